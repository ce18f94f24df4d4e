/**
 * The pages the extraction bench times: every corpus page, or without a corpus the project's fixture
 * pages that hold an article (refusals such as the navigation-only page are not extractions).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context';

export interface BenchPage {
  slug: string;
  /** The file as saved (the browser decodes it by its own declaration, Node by `decodeHtml`). */
  bytes: Uint8Array;
  url: string;
}

const FALLBACK_URL = 'http://fakehost/test/page.html';

function readJson(path: string): Record<string, unknown> | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
}

function urlOf(dir: string): string {
  const declared =
    readJson(join(dir, 'source.json'))?.['original_url'] ?? readJson(join(dir, 'expected.json'))?.['url'];
  return typeof declared === 'string' && /^https?:\/\//.test(declared) ? declared : FALLBACK_URL;
}

export function benchPages(ctx: BenchContext): BenchPage[] {
  const dir = ctx.corpus ? join(ctx.corpus, 'pages') : join(ctx.root, 'tests/fixtures/pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .filter((d) => ctx.corpus !== null || !readJson(join(dir, d.name, 'expected.json'))?.['failure'])
    .map((d) => d.name)
    .sort()
    .map((slug) => ({
      slug,
      bytes: new Uint8Array(readFileSync(join(dir, slug, 'source.html'))),
      url: urlOf(join(dir, slug)),
    }));
}
