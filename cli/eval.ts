/**
 * `npm run eval -- [CORPUS] [--only extract|detect] [--unjudged FILE]`: quality over a folder of real
 * pages (not in the repository; see eval-corpus.ts for how it is chosen). First which corpus is used,
 * then extraction (eval-extract.ts) and detection against the judged set (eval-detect.ts), each with
 * its targets. `--unjudged FILE` writes the suggestions nobody has judged yet, ready to be judged.
 * Exit code 0 when every target is met and every suggestion is judged, 1 when not, 2 on bad input.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chooseCorpus, corpusPages, SEED_SLUG } from './eval-corpus';
import { evaluatePageDetection } from './eval-detect';
import { type Baseline, printDetectionTable, printUnjudged, summariseDetection } from './eval-detect-report';
import {
  evaluateExtraction,
  printExtractionDetails,
  printExtractionTable,
  summariseExtraction,
} from './eval-extract';

const ROOT = resolve(import.meta.dirname, '..');
const JUDGED_DIR = join(ROOT, 'tests/fixtures/judged');
const USAGE = 'usage: npm run eval -- [CORPUS_DIR] [--only extract|detect] [--unjudged FILE]';

interface EvalArgs {
  corpus: string | undefined;
  only: 'extract' | 'detect' | null;
  unjudged: string | null;
}

function parseArgs(argv: readonly string[]): { ok: true; args: EvalArgs } | { ok: false; message: string } {
  const args: EvalArgs = { corpus: undefined, only: null, unjudged: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--only') {
      const value = argv[++i];
      if (value !== 'extract' && value !== 'detect')
        return { ok: false, message: `--only takes extract or detect, got ${value ?? 'nothing'}` };
      args.only = value;
    } else if (arg === '--unjudged') {
      const value = argv[++i];
      if (value === undefined || value === '') return { ok: false, message: '--unjudged needs a FILE' };
      args.unjudged = resolve(value);
    } else if (arg.startsWith('-')) {
      return { ok: false, message: `unknown option ${arg}` };
    } else if (args.corpus === undefined) {
      args.corpus = arg;
    } else {
      return { ok: false, message: `expected one CORPUS_DIR, got "${args.corpus}" and "${arg}"` };
    }
  }
  return { ok: true, args };
}

function loadBaseline(): Baseline | null {
  const path = join(JUDGED_DIR, 'baseline.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Baseline) : null;
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`eval: ${parsed.message} (${USAGE})\n`);
    return 2;
  }
  const { args } = parsed;
  const chosen = chooseCorpus(args.corpus, ROOT);
  if (!chosen.ok) {
    process.stderr.write(`eval: ${chosen.message}\n`);
    return 2;
  }
  const { corpus } = chosen;
  const pages = corpusPages(corpus.dir);
  const banner = `CORPUS ${corpus.dir} (${corpus.from}): ${pages.filter((p) => p.slug !== SEED_SLUG).length} pages${pages.some((p) => p.slug === SEED_SLUG) ? ' + the seed' : ''}`;
  console.log(`${'='.repeat(banner.length + 8)}\n=== ${banner} ===\n${'='.repeat(banner.length + 8)}`);
  let ok = true;
  if (args.only !== 'detect') {
    console.log('\nEXTRACTION (pages/)');
    const results = pages.filter((p) => p.slug !== SEED_SLUG).map(evaluateExtraction);
    printExtractionTable(results);
    printExtractionDetails(results);
    ok = summariseExtraction(results) && ok;
  }
  if (args.only !== 'extract') {
    console.log(`\nDETECTION (suggestions judged by hand: ${JUDGED_DIR})`);
    const results = pages.map((p) => evaluatePageDetection(p, JUDGED_DIR));
    printDetectionTable(results);
    const missing = results.filter((r) => !r.error && !r.judgedFile).map((r) => r.slug);
    if (missing.length) console.log(`\npages with no judged file: ${missing.join(', ')}`);
    ok = summariseDetection(results, loadBaseline()) && ok;
    const unjudged = results.flatMap((r) => r.unjudged);
    printUnjudged(unjudged, JUDGED_DIR);
    if (args.unjudged) {
      const skeleton = unjudged.map((u) => ({ ...u, verdict: '?' }));
      writeFileSync(args.unjudged, `${JSON.stringify(skeleton, null, 1)}\n`);
      console.log(`wrote ${unjudged.length} unjudged suggestions to ${args.unjudged}`);
    }
    ok = ok && unjudged.length === 0;
  }
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
