/**
 * Extraction speed in Node on jsdom: per page, our `extract` and raw Readability on a clone, alternating
 * which goes first, same parsed document, same process. Both include the clone (Readability needs one).
 *
 * Times are this process's CPU time (`process.cpuUsage`), not wall time: on a shared machine other
 * processes' load stretches wall time at random, while CPU time stays what the extraction costs.
 * V8 needs many runs to optimise Readability's code, so every page is run first (a warm-up pass over
 * all pages) and each page again a few times before its runs are timed.
 */
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../cli/html-document';
import { decodeHtml } from '../utils/extract/decode';
import { extract } from '../utils/extract';
import type { BenchPage } from './extract-pages';
import { type ExtractFigures, type PageTiming, runsFor, summarise } from './extract-timing';
import { median } from './stats';

const WARM_UP_RUNS = 2;

function time(fn: () => unknown): number {
  const started = process.cpuUsage();
  fn();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

interface PreparedPage {
  slug: string;
  ours: () => unknown;
  raw: () => unknown;
}

function prepare(page: BenchPage): PreparedPage | null {
  const decoded = decodeHtml(page.bytes);
  if (!decoded.ok) return null;
  const doc = parseHtmlDocument(decoded.html, page.url);
  return {
    slug: page.slug,
    ours: () => extract(doc, page.url),
    raw: () => new Readability(doc.cloneNode(true) as Document).parse(),
  };
}

function timePage({ slug, ours, raw }: PreparedPage): PageTiming {
  let slowest = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) slowest = Math.max(time(ours), time(raw));
  const runs = runsFor(slowest);
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      rawMs.push(time(raw));
      oursMs.push(time(ours));
    } else {
      oursMs.push(time(ours));
      rawMs.push(time(raw));
    }
  }
  return { slug, oursMs: median(oursMs), rawMs: median(rawMs), runs };
}

export function benchNode(pages: readonly BenchPage[]): { figures: ExtractFigures; timings: PageTiming[] } {
  const prepared = pages.map(prepare).filter((p): p is PreparedPage => p !== null);
  for (const page of prepared) {
    page.raw();
    page.ours();
  }
  const timings = prepared.map(timePage);
  return { figures: summarise(timings), timings };
}
