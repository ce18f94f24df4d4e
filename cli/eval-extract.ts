/**
 * Extraction quality over the corpus pages: per page, whether the title and date are right, how many
 * reference snippets the text holds, how many boilerplate snippets leaked into it, and the extraction
 * time; then a summary line against the targets (title ≥ 12/13, snippets ≥ 95 %, ≤ 1 leaked per page).
 * What counts as a reference is described in eval-references.ts.
 */
import { join } from 'node:path';
import { extract } from '../utils/extract';
import type { CorpusPage } from './eval-corpus';
import { normaliseForMatch, containsSnippet, titleMatches } from './eval-match';
import { readReferences } from './eval-references';
import { parseHtmlDocument } from './html-document';
import { loadPage } from './load-page';

const TARGET_TITLE_SHARE = 12 / 13;
const TARGET_SNIPPET_SHARE = 0.95;
const TARGET_LEAKS_PER_PAGE = 1;

interface PageResult {
  slug: string;
  error: string | null;
  title: { ours: string; reference: string; from: string; right: boolean };
  date: { ours: string | null; reference: string | null; right: boolean | null };
  found: number;
  snippets: number;
  missing: string[];
  leaked: string[];
  ms: number;
}

export function evaluateExtraction(corpusPage: CorpusPage): PageResult {
  const { dir, slug, url } = corpusPage;
  const empty = {
    title: { ours: '', reference: '', from: '', right: false },
    date: { ours: null, reference: null, right: null },
    found: 0,
    snippets: 0,
    missing: [],
    leaked: [],
    ms: 0,
  };
  const page = loadPage(join(dir, 'source.html'));
  if (!page.ok) return { slug, error: page.message, ...empty };
  const doc = parseHtmlDocument(page.html, url);
  const refs = readReferences(dir, doc.body?.textContent ?? '', doc.title);
  const started = performance.now();
  const result = extract(doc, url);
  const ms = performance.now() - started;
  if (!result.ok) return { slug, error: `${result.reason}: ${result.message}`, ...empty, ms };
  const { article } = result;
  const text = normaliseForMatch(article.text);
  const missing = refs.snippets.filter((s) => !containsSnippet(text, s));
  return {
    slug,
    error: null,
    title: {
      ours: article.title,
      reference: refs.title,
      from: refs.titleFrom,
      right: titleMatches(article.title, refs.title),
    },
    date: {
      ours: article.published,
      reference: refs.date,
      right: refs.date === null ? null : article.published === refs.date,
    },
    found: refs.snippets.length - missing.length,
    snippets: refs.snippets.length,
    missing,
    leaked: refs.boilerplate.filter((s) => containsSnippet(text, s)),
    ms,
  };
}

const mark = (ok: boolean | null): string => (ok === null ? '–' : ok ? 'yes' : 'NO');

export function printExtractionTable(results: readonly PageResult[]): void {
  const rows = results.map((r) => [
    r.slug,
    r.error ? 'ERROR' : `${mark(r.title.right)}${r.title.from === 'doc' ? ' (doc)' : ''}`,
    r.error ? '' : mark(r.date.right),
    r.error ? '' : r.snippets ? `${r.found}/${r.snippets}` : '–',
    r.error ? '' : String(r.leaked.length),
    r.ms.toFixed(0),
  ]);
  const header = ['page', 'title right', 'date right', 'snippets found', 'leaked', 'ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

export function printExtractionDetails(results: readonly PageResult[]): void {
  for (const r of results) {
    const notes: string[] = [];
    if (r.error) notes.push(`error: ${r.error}`);
    if (!r.error && !r.title.right)
      notes.push(`title: got "${r.title.ours}", reference "${r.title.reference}"`);
    if (r.date.right === false)
      notes.push(`date: got ${r.date.ours ?? 'none'}, reference ${r.date.reference}`);
    for (const s of r.missing.slice(0, 3)) notes.push(`missing: ${s.slice(0, 100)}`);
    for (const s of r.leaked) notes.push(`leaked: ${s}`);
    if (notes.length) console.log(`\n${r.slug}\n  ${notes.join('\n  ')}`);
  }
}

export function summariseExtraction(results: readonly PageResult[]): boolean {
  const titles = results.filter((r) => r.title.right).length;
  const dated = results.filter((r) => r.date.right !== null);
  const datesRight = dated.filter((r) => r.date.right).length;
  const found = results.reduce((n, r) => n + r.found, 0);
  const snippets = results.reduce((n, r) => n + r.snippets, 0);
  const leaked = results.reduce((n, r) => n + r.leaked.length, 0);
  const maxLeaked = Math.max(0, ...results.map((r) => r.leaked.length));
  const share = snippets ? found / snippets : 1;
  const titleOk = titles >= Math.ceil(TARGET_TITLE_SHARE * results.length);
  const snippetsOk = share >= TARGET_SNIPPET_SHARE;
  const leaksOk = maxLeaked <= TARGET_LEAKS_PER_PAGE;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `\nsummary: ${results.length} pages · title right ${titles}/${results.length} ${titleOk ? '✓' : '✗'} · date right ${datesRight}/${dated.length}` +
      ` · snippets found ${found}/${snippets} (${(share * 100).toFixed(1)}%) ${snippetsOk ? '✓' : '✗'}` +
      ` · boilerplate leaked ${leaked} (max ${maxLeaked}/page) ${leaksOk ? '✓' : '✗'}` +
      ` · median ${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(0)} ms`,
  );
  return titleOk && snippetsOk && leaksOk && results.every((r) => !r.error);
}
