/**
 * The evaluation corpus: a folder outside the repository (its pages belong to their publishers) holding
 * `pages/<slug>/source.html` (+ `source.json`, reference files) and `seed/policy-article-zh.html` (+ its
 * `.gold.json`). Which folder is used is always said, and a missing one is refused with the way to fix it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Environment variable naming the corpus when no folder is given on the command line. */
export const CORPUS_ENV = 'POLICY_CLIPPER_CORPUS';
/** Where the development machines keep it, beside the repository. */
const DEFAULT_CORPUS = '../shared/corpus';
const FALLBACK_URL = 'http://fakehost/test/page.html';
export const SEED_SLUG = 'seed-policy-article-zh';

export interface CorpusChoice {
  dir: string;
  /** How the folder was chosen, for the banner. */
  from: 'command line' | `$${typeof CORPUS_ENV}` | 'default (../shared/corpus beside the repository)';
}

export type CorpusResult = { ok: true; corpus: CorpusChoice } | { ok: false; message: string };

/** The corpus to use: the argument, else $POLICY_CLIPPER_CORPUS, else ../shared/corpus beside the repo. */
export function chooseCorpus(arg: string | undefined, repoRoot: string, env = process.env): CorpusResult {
  const envDir = env[CORPUS_ENV];
  const corpus: CorpusChoice =
    arg !== undefined
      ? { dir: resolve(arg), from: 'command line' }
      : envDir
        ? { dir: resolve(envDir), from: `$${CORPUS_ENV}` }
        : {
            dir: resolve(repoRoot, DEFAULT_CORPUS),
            from: 'default (../shared/corpus beside the repository)',
          };
  if (existsSync(join(corpus.dir, 'pages'))) return { ok: true, corpus };
  const what = existsSync(corpus.dir) ? `${corpus.dir} has no pages/ folder` : `${corpus.dir} does not exist`;
  return {
    ok: false,
    message:
      `no evaluation corpus: ${what} (taken from the ${corpus.from}). The corpus is not part of the ` +
      `repository (its pages belong to their publishers): pass the folder holding pages/ and seed/, ` +
      `\`npm run eval -- /path/to/corpus\`, or set ${CORPUS_ENV}.`,
  };
}

export interface CorpusPage {
  slug: string;
  dir: string;
  html: string;
  url: string;
  /** The seed's gold file (figures, documents, measures a correct clip holds), when the page has one. */
  gold: string | null;
}

function pageUrl(dir: string): string {
  try {
    const url =
      (JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as { original_url?: string })
        .original_url ?? '';
    return /^https?:\/\//.test(url) ? url : FALLBACK_URL;
  } catch {
    return FALLBACK_URL;
  }
}

/** The pages of `pages/`, sorted, then the seed when the corpus has it. */
export function corpusPages(corpusDir: string): CorpusPage[] {
  const pagesDir = join(corpusDir, 'pages');
  const pages: CorpusPage[] = readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(pagesDir, slug);
      return { slug, dir, html: join(dir, 'source.html'), url: pageUrl(dir), gold: null };
    });
  const seedHtml = join(corpusDir, 'seed', 'policy-article-zh.html');
  const seedGold = join(corpusDir, 'seed', 'policy-article-zh.gold.json');
  if (existsSync(seedHtml)) {
    const url = existsSync(seedGold)
      ? ((JSON.parse(readFileSync(seedGold, 'utf8')) as { url?: string }).url ?? FALLBACK_URL)
      : FALLBACK_URL;
    pages.push({
      slug: SEED_SLUG,
      dir: join(corpusDir, 'seed'),
      html: seedHtml,
      url,
      gold: existsSync(seedGold) ? seedGold : null,
    });
  }
  return pages;
}
