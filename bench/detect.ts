/**
 * `detect` bench: throughput of `detect` over article text, and its cost on adversarial inputs.
 * - `mbPerSec`: MB (UTF-8) of article text per second, over the corpus pages' text (Readability's article,
 *   blocks joined by blank lines, as the extractor does) or, without a corpus, the project's fixtures.
 * - `adversarialRatio`: the worst time per MB over 2 MB adversarial inputs (digits, `《` without `》`,
 *   `%%%`, one endless sentence in Chinese and in English, a sentence dense with document names)
 *   divided by the time per MB on that text.
 * Times are the process's CPU time (best of several passes), so other work on a shared machine counts little;
 * `wallMbPerSec` is the wall-clock figure. Targets (issue 17): mbPerSec ≥ 25 on the corpus, adversarialRatio ≤ 3.
 * `denseCpuMsPerMb` (not in the ratio) is the cost of inputs that are nearly all findings (a figure, a
 * clause or a quotation every dozen bytes): output-bound, it shows the cost per finding stays constant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { detect } from '../utils/detect';
import type { AreaBench } from './context';

const MB = 1024 * 1024;
const ADVERSARIAL_BYTES = 2 * MB;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, figcaption, dt, dd';

interface Sample {
  text: string;
  lang: string | null;
}

function blocksText(root: ParentNode): string {
  return Array.from(root.querySelectorAll(BLOCKS))
    .filter((el) => el.querySelector(BLOCKS) === null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
}

export function corpusSamples(corpus: string): Sample[] {
  const pagesDir = join(corpus, 'pages');
  const samples: Sample[] = [];
  for (const slug of readdirSync(pagesDir)) {
    const meta = JSON.parse(readFileSync(join(pagesDir, slug, 'source.json'), 'utf8')) as {
      decoded_as?: string;
      language?: string;
    };
    const html = new TextDecoder(meta.decoded_as ?? 'utf-8').decode(
      readFileSync(join(pagesDir, slug, 'source.html')),
    );
    const dom = new JSDOM(html, { url: 'https://example.org/' });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    if (!article?.content) continue;
    const content = new JSDOM(`<body>${article.content}</body>`);
    samples.push({ text: blocksText(content.window.document.body), lang: meta.language ?? null });
    content.window.close();
  }
  return samples;
}

function fixtureSamples(root: string): Sample[] {
  const pages = [
    ['tests/fixtures/pages/seed-policy-article-zh/source.html', 'zh-CN'],
    ['tests/fixtures/detect/policy-article-en.html', 'en'],
    ['tests/fixtures/detect/policy-article-zh-tw.html', 'zh-TW'],
  ] as const;
  return pages.map(([path, lang]) => {
    const dom = new JSDOM(readFileSync(join(root, path), 'utf8'));
    const content = dom.window.document.querySelector('div.content') ?? dom.window.document.body;
    const text = blocksText(content);
    dom.window.close();
    return { text, lang };
  });
}

/** Repeats `unit` up to `bytes` of UTF-8. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}

function adversarialInputs(): Record<string, string> {
  return {
    digits: repeatTo('3141592653', ADVERSARIAL_BYTES),
    unclosedTitles: repeatTo('《', ADVERSARIAL_BYTES),
    percent: repeatTo('%', ADVERSARIAL_BYTES),
    endlessSentenceZh: repeatTo('政府支持企业加快推进改革并且投入资金', ADVERSARIAL_BYTES),
    endlessSentenceEn: repeatTo(
      'the government will allocate more funds to the Clean Energy Plan and expand the grid by 2030 ',
      ADVERSARIAL_BYTES,
    ),
    // Output-bound rather than input-bound: two document names every 56 bytes, all in one sentence.
    denseDocumentNames: repeatTo(
      'the Government will allocate more Funds to Plan and Act ',
      ADVERSARIAL_BYTES,
    ),
  };
}

/** Inputs that are nearly all findings, in one endless sentence: the cost per finding must not grow. */
function denseInputs(): Record<string, string> {
  return {
    figuresAndDates: repeatTo('增长5%和2020年', ADVERSARIAL_BYTES),
    quotedClauses: repeatTo('“the minister said we will cut taxes by 5%, ', ADVERSARIAL_BYTES),
    measureClauses: repeatTo('政府设立专项基金，', ADVERSARIAL_BYTES),
    distances: repeatTo('1 km of 2 km ', ADVERSARIAL_BYTES),
  };
}

interface Timing {
  /** Process CPU time: what detect costs, whatever else runs on a shared machine. */
  cpuMsPerMb: number;
  wallMsPerMb: number;
}

/**
 * Fastest CPU and wall milliseconds per MB over `runs` timed passes (after one warm-up pass): the best
 * pass is the cost of detect itself; slower passes measure what else the machine was doing.
 */
function timePerMb(samples: readonly Sample[], runs: number): Timing {
  const bytes = samples.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  for (const s of samples) detect(s.text, { lang: s.lang });
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    for (const s of samples) detect(s.text, { lang: s.lang });
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpuMsPerMb: Math.min(...cpu) / (bytes / MB), wallMsPerMb: Math.min(...wall) / (bytes / MB) };
}

export const bench: AreaBench = async (ctx) => {
  const samples = ctx.corpus ? corpusSamples(ctx.corpus) : fixtureSamples(ctx.root);
  const bytes = samples.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  // Each page detected on its own, the set repeated to about 4 MB per pass so small corpora time steadily.
  const repeated = Array.from(
    { length: Math.max(1, Math.ceil((4 * MB) / Math.max(bytes, 1))) },
    () => samples,
  ).flat();
  const normal = timePerMb(repeated, 7);
  const adversarial = Object.fromEntries(
    Object.entries(adversarialInputs()).map(([name, text]) => [
      name,
      timePerMb([{ text, lang: null }], 3).cpuMsPerMb,
    ]),
  );
  const worst = Math.max(...Object.values(adversarial));
  const dense = Object.fromEntries(
    Object.entries(denseInputs()).map(([name, text]) => [
      name,
      timePerMb([{ text, lang: null }], 3).cpuMsPerMb,
    ]),
  );
  return {
    detect: {
      mbPerSec: 1000 / normal.cpuMsPerMb,
      adversarialRatio: worst / normal.cpuMsPerMb,
      wallMbPerSec: 1000 / normal.wallMsPerMb,
      normalCpuMsPerMb: normal.cpuMsPerMb,
      adversarialCpuMsPerMb: adversarial,
      denseCpuMsPerMb: dense,
      textSource: ctx.corpus ? 'corpus' : 'fixtures',
      pages: samples.length,
      textBytes: bytes,
    },
  };
};
