/**
 * The anchor bench scenario, on any Document (jsdom in Node, the real page in Chromium): describe N
 * highlights, edit the page (paragraphs inserted, 5% of the quotes altered, 5% deleted), then re-anchor
 * them all with `anchorAll` and check every result against where each passage really went (live DOM
 * ranges follow the edits). Three phases (prepare, anchor, check) so that the caller can read a CPU
 * clock around the timed one. No Node APIs here: this file is bundled into the page.
 */
import {
  type AnchorResult,
  type Selector,
  anchorAll,
  buildTextModel,
  describeInModel,
} from '../utils/anchor';
import { clock, yieldToEventLoop } from '../utils/anchor/yield';
import { paragraphHtml } from './anchor-page';
import { seededRandom } from './seeded-random';

export interface AnchorFigures {
  highlights: number;
  /** Wall time of `anchorAll` (text model built in slices + every clip anchored [+ ranges built]). */
  totalMs: number;
  /** CPU time of the same, where the caller could measure it (the machine may be shared), else null. */
  cpuMs: number | null;
  /** The longest stretch of work between two yields to the event loop. */
  maxChunkMs: number;
  orphans: number;
  /** Anchored, but not to the passage (deleted ones anchored anywhere count as wrong). */
  wrong: number;
  deleted: number;
  altered: number;
  insertedParagraphs: number;
  rangesBuilt: boolean;
  /** Times the work yielded, and the time spent waiting for the event loop (part of totalMs). */
  yields: number;
  yieldWaitMs: number;
}

interface Highlight {
  range: Range;
  selectors: Selector[];
  fate: 'kept' | 'altered' | 'deleted';
  edits: number;
}

const MIN_QUOTE = 30;
const MAX_QUOTE = 200;

/** Non-overlapping spans of the text whose quote occurs once, starting and ending on a word edge. */
function chooseSpans(text: string, count: number, rand: () => number): [number, number][] {
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b + 1 && a < e + 1);
  for (let attempt = 0; taken.length < count && attempt < count * 50; attempt++) {
    let s = Math.floor(rand() * text.length);
    while (s < text.length && /\s/.test(text[s] as string)) s++;
    if (/[a-z0-9]/i.test(text[s - 1] ?? ' ')) continue;
    let e = Math.min(text.length, s + MIN_QUOTE + Math.floor(rand() * (MAX_QUOTE - MIN_QUOTE)));
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e - s < MIN_QUOTE || /[a-z0-9]/i.test(text[e] ?? ' ') || overlaps(s, e)) continue;
    const quote = text.slice(s, e);
    if (text.indexOf(quote) !== text.lastIndexOf(quote)) continue;
    taken.push([s, e]);
  }
  return taken;
}

/** A letter different from `ch`, from its script. */
function otherLetter(ch: string, rand: () => number): string {
  const pool = /[\u4e00-\u9fff]/.test(ch) ? '政策市场企业创新发展服务' : 'abcdefghiklmnoprstuvw';
  let c = ch;
  while (c === ch) c = pool[Math.floor(rand() * pool.length)] as string;
  return c;
}

export interface ScenarioOptions {
  highlights: number;
  seed: number;
  /**
   * Build every anchored result's DOM range inside the timed part (as painting them would). True in
   * browsers; in jsdom, ordering two boundary points walks the rest of the document, which measures
   * jsdom rather than this module.
   */
  buildRanges: boolean;
}

export interface PreparedScenario {
  /** The timed phase: re-anchors every highlight in the edited page. */
  anchor(): Promise<void>;
  /** Checks the results against the truth; `cpuMs` as measured by the caller around `anchor`. */
  figures(cpuMs: number | null): AnchorFigures;
}

/** Describes the highlights and edits the page (`doc.body`); nothing is timed yet. */
export async function prepareAnchorScenario(
  doc: Document,
  options: ScenarioOptions,
): Promise<PreparedScenario> {
  const { highlights, seed, buildRanges } = options;
  const rand = seededRandom(seed);
  const root = doc.body;
  const model = buildTextModel(root);
  const spans = chooseSpans(model.text, highlights, rand);
  const list: Highlight[] = spans.map(([s, e]) => {
    const range = model.rangeAt(s, e);
    return { range, selectors: describeInModel(model, range), fate: 'kept', edits: 0 };
  });
  // New paragraphs go before paragraphs where no quote is cut in two (chosen now, inserted last).
  const paragraphs = [...root.querySelectorAll('p')];
  const insertBefore: Element[] = [];
  const wanted = Math.max(10, Math.round(paragraphs.length / 20));
  for (let i = 0; i < wanted * 4 && insertBefore.length < wanted; i++) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)];
    if (p === undefined || insertBefore.includes(p)) continue;
    const at = model.offsetAt(p, 0, 'start');
    if (!spans.some(([s, e]) => s < at && at < e)) insertBefore.push(p);
  }
  const share = Math.round(list.length * 0.05);
  const order = list.map((h, i) => ({ h, k: rand(), i })).sort((a, b) => a.k - b.k);
  for (const { h } of order.slice(0, share)) h.fate = 'altered';
  for (const { h } of order.slice(share, 2 * share)) h.fate = 'deleted';

  // Typos inside altered quotes: 1–3 letters substituted, inserted or removed; right to left so that
  // the DOM points computed from the original model stay valid.
  const typos: { at: number; kind: number }[] = [];
  list.forEach((h, i) => {
    if (h.fate !== 'altered') return;
    const [s, e] = spans[i] as [number, number];
    const n = 1 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) {
      const at = s + 1 + Math.floor(rand() * (e - s - 2));
      if (/\s/.test(model.text[at] as string) || /\s/.test(model.text[at - 1] ?? ' ')) continue;
      typos.push({ at, kind: Math.floor(rand() * 3) });
      h.edits++;
    }
  });
  typos.sort((a, b) => b.at - a.at);
  for (const { at, kind } of typos) {
    const point = model.rangeAt(at, at + 1);
    const node = point.startContainer as Text;
    const ch = node.data[point.startOffset] as string;
    if (kind === 0) node.replaceData(point.startOffset, 1, otherLetter(ch, rand));
    else if (kind === 1) node.insertData(point.startOffset, otherLetter(ch, rand));
    else node.deleteData(point.startOffset, 1);
  }
  for (const h of list) if (h.fate === 'deleted') h.range.deleteContents();

  let insertedParagraphs = 0;
  for (const before of insertBefore) {
    if (!before.isConnected || before.parentNode === null) continue;
    const p = doc.createElement('p');
    p.innerHTML = paragraphHtml(rand, rand() < 0.3);
    before.parentNode.insertBefore(p, before);
    insertedParagraphs++;
  }

  // Let the browser lay out the edited page first: that work belongs to the edits, not to anchoring.
  void root.getBoundingClientRect();
  await yieldToEventLoop();

  // Re-anchor, measuring every stretch of work between yields.
  let maxChunkMs = 0;
  let yields = 0;
  let yieldWaitMs = 0;
  let resumed = 0;
  const yieldTo = async (): Promise<void> => {
    const paused = clock();
    maxChunkMs = Math.max(maxChunkMs, paused - resumed);
    yields++;
    await yieldToEventLoop();
    resumed = clock();
    yieldWaitMs += resumed - paused;
  };
  let results: AnchorResult[] = [];
  let totalMs = 0;

  return {
    async anchor() {
      const started = clock();
      resumed = started;
      results = await anchorAll(
        root,
        list.map((h) => h.selectors),
        { yieldTo },
      );
      if (buildRanges) {
        for (const r of results) if (r.ok && r.range.collapsed) throw new Error('empty range');
      }
      totalMs = clock() - started;
      maxChunkMs = Math.max(maxChunkMs, clock() - resumed);
    },
    figures(cpuMs) {
      const truth = buildTextModel(root);
      let orphans = 0;
      let wrong = 0;
      results.forEach((r, i) => {
        const h = list[i] as Highlight;
        if (!r.ok) {
          orphans++;
          return;
        }
        if (h.fate === 'deleted') {
          wrong++;
          return;
        }
        let { start, end } = truth.offsetsOf(h.range);
        while (start < end && /\s/.test(truth.text[start] as string)) start++;
        while (end > start && /\s/.test(truth.text[end - 1] as string)) end--;
        // An altered quote's best alignment may take or leave an edited letter at its edges.
        const slack = h.fate === 'altered' ? h.edits : 0;
        if (Math.abs(r.start - start) > slack || Math.abs(r.end - end) > slack) wrong++;
      });
      return {
        highlights: list.length,
        totalMs,
        cpuMs,
        maxChunkMs,
        orphans,
        wrong,
        deleted: list.filter((h) => h.fate === 'deleted').length,
        altered: list.filter((h) => h.fate === 'altered').length,
        insertedParagraphs,
        rangesBuilt: buildRanges,
        yields,
        yieldWaitMs,
      };
    },
  };
}

/** All three phases; `cpuClock` (ms) measures the CPU time of the anchoring if given. */
export async function runAnchorScenario(
  doc: Document,
  options: ScenarioOptions,
  cpuClock?: () => number,
): Promise<AnchorFigures> {
  const scenario = await prepareAnchorScenario(doc, options);
  const cpuStart = cpuClock?.() ?? 0;
  await scenario.anchor();
  return scenario.figures(cpuClock === undefined ? null : cpuClock() - cpuStart);
}
