/**
 * `npm run --silent clip -- [PAGE.html|FILE.pdf] [--url URL] [--format md|json|csl|ris|bibtex]`: the
 * extension's pipeline on a saved page or a PDF (recognised by its bytes). Without PAGE it clips the
 * bundled sample article. Any bad input: one line on stderr, exit code 2, nothing on stdout.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLIP_USAGE, parseClipArgs, type ClipFormat } from './clip-args';
import { isPdfFile, loadPdf } from './load-pdf';
import { loadPage } from './load-page';
import { renderClip, renderPdfClip } from './render-clip';
import { SAMPLE_PAGE, SAMPLE_URL } from './sample';

const EXIT_BAD_INPUT = 2;

function fail(message: string): number {
  process.stderr.write(`clip: ${message.replace(/\s+/g, ' ').trim()}\n`);
  return EXIT_BAD_INPUT;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseClipArgs(argv);
  if (!parsed.ok) return fail(`${parsed.message} (${CLIP_USAGE})`);
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(`${CLIP_USAGE}\n`);
    return 0;
  }
  const path = args.page === null ? SAMPLE_PAGE : resolve(args.page);
  const url = args.url ?? (args.page === null ? SAMPLE_URL : pathToFileURL(path).href);

  if (args.page !== null && isPdfFile(path)) return clipPdf(args.page, path, url, args.format);
  const page = loadPage(path);
  if (!page.ok) return fail(page.message);
  // jsdom and Readability load only once there is a page to parse: bad input is answered at once.
  const [{ parseHtmlDocument }, { analyzeDocument }] = await Promise.all([
    import('./html-document'),
    import('../utils/pipeline'),
  ]);
  const result = analyzeDocument(parseHtmlDocument(page.html, url), url);
  if (!result.ok) return fail(`${args.page ?? path}: ${result.message}`);
  process.stdout.write(renderClip(args.format, result.article, result.findings, new Date()));
  return 0;
}

async function clipPdf(shown: string, path: string, url: string, format: ClipFormat): Promise<number> {
  const file = loadPdf(path);
  if (!file.ok) return fail(file.message);
  // pdf.js loads only once there is a file to read.
  const { analyzePdfBytes } = await import('./pdf-node');
  const result = await analyzePdfBytes(file.bytes, url);
  if (!result.ok) return fail(`${shown}: ${result.message}`);
  process.stdout.write(renderPdfClip(format, result, new Date()));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
