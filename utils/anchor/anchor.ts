/**
 * Re-anchoring: selectors → the passage in the live page, or an orphan. Strategy, cheapest first:
 * 1. the stored position, if the text there is still `exact` with its context intact;
 * 2. exact occurrences, ranked by context similarity and distance to the position (`exact-search.ts`);
 * 3. unless the old context closed up over the gap (deleted in place), approximate matches near the
 *    position and next to the surviving old context, then anywhere the quote's pieces occur
 *    (`fuzzy-search.ts`).
 * The score and its minimum are explained in `score.ts`.
 */
import { bestExactMatch } from './exact-search';
import { bestDistantFuzzyMatch, bestLocalFuzzyMatch, contextClosedUp, findContext } from './fuzzy-search';
import { collapseSpaces, normalizeText } from './normalize';
import { MIN_SCORE, type QuoteQuery, type ScoredMatch, contextSimilarity, scoreMatch } from './score';
import { type TextModel, TextModelBuilder, buildTextModel } from './text-model';
import type { AnchorResult, Selector } from './types';
import { clock, yieldToEventLoop } from './yield';

/**
 * An exact match whose context similarity reaches this (one side intact, or both mostly) is taken
 * without looking for approximate ones: only an edited copy with an even better context could beat it.
 */
const CONFIDENT_CONTEXT = 0.7;

function queryOf(selectors: readonly Selector[]): QuoteQuery | null {
  let hint: number | null = null;
  let query: QuoteQuery | null = null;
  for (const s of selectors) {
    if (s.type === 'TextPositionSelector') {
      if (Number.isFinite(s.start) && s.start >= 0) hint = s.start;
    } else if (s.type === 'TextQuoteSelector' && query === null) {
      const exact = normalizeText(s.exact);
      if (exact === '') continue;
      // Whitespace trimmed off `exact` belongs to its context.
      const lead = /^\s/.test(s.exact) ? ' ' : '';
      const trail = /\s$/.test(s.exact) ? ' ' : '';
      query = {
        exact,
        prefix: collapseSpaces((s.prefix ?? '') + lead),
        suffix: collapseSpaces(trail + (s.suffix ?? '')),
        hint: null,
      };
    }
  }
  return query === null ? null : { ...query, hint };
}

function better(a: ScoredMatch | null, b: ScoredMatch | null): ScoredMatch | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.score > a.score ? b : a;
}

/** The best match of `q` in `text` (possibly under the minimum score), or null if nothing resembles it. */
export function matchQuote(text: string, q: QuoteQuery): ScoredMatch | null {
  const m = q.exact.length;
  const confident = (match: ScoredMatch): boolean =>
    contextSimilarity(text, q, match.start, match.end) >= CONFIDENT_CONTEXT;
  if (q.hint !== null && text.startsWith(q.exact, q.hint)) {
    const atHint = { start: q.hint, end: q.hint + m, score: scoreMatch(text, q, q.hint, q.hint + m, 0) };
    if (confident(atHint)) return atHint;
  }
  const exact = bestExactMatch(text, q);
  if (exact !== null && confident(exact)) return exact;
  // From here on, context that occurs all over the page counts for less (see `score.ts`).
  const context = findContext(text, q);
  const weighed: QuoteQuery = {
    ...q,
    prefixWeight: 1 / Math.sqrt(Math.max(1, context.prefixCopies)),
    suffixWeight: 1 / Math.sqrt(Math.max(1, context.suffixCopies)),
  };
  let best =
    exact === null ? null : { ...exact, score: scoreMatch(text, weighed, exact.start, exact.end, 0) };
  // Deleted where it stood (its old prefix and suffix now touch): the same words elsewhere may stand
  // for it, but a similar passage elsewhere is another passage (the next entry of a list).
  if (contextClosedUp(text, q, context)) return best;
  best = better(best, bestLocalFuzzyMatch(text, weighed, context));
  if (best !== null && best.score >= MIN_SCORE) return best;
  return better(best, bestDistantFuzzyMatch(text, weighed));
}

/** Where selectors landed in a plain text (no DOM): offsets into `text`, or an orphan. */
export type TextMatch =
  | { ok: true; score: number; start: number; end: number }
  | { ok: false; reason: 'orphan'; bestScore: number };

/**
 * Places one clip's selectors in `text` (already normalised as the text model's). `drift` is added to
 * the stored position (the batch APIs pass the shift observed for the previous clip on the page, so
 * that after a paragraph was inserted above, the search starts where the passage most likely is now).
 */
export function matchInText(text: string, selectors: readonly Selector[], drift = 0): TextMatch {
  const query = queryOf(selectors);
  // Without a quote nothing can confirm that a position still holds the same words.
  if (query === null) return { ok: false, reason: 'orphan', bestScore: 0 };
  if (query.hint !== null) query.hint = Math.min(text.length, Math.max(0, query.hint + drift));
  const match = matchQuote(text, query);
  if (match === null || match.score < MIN_SCORE) {
    return { ok: false, reason: 'orphan', bestScore: match?.score ?? 0 };
  }
  return { ok: true, score: match.score, start: match.start, end: match.end };
}

/** Anchors one clip's selectors in an already built text model (see `matchInText`). */
export function anchorInModel(model: TextModel, selectors: readonly Selector[], drift = 0): AnchorResult {
  const match = matchInText(model.text, selectors, drift);
  return match.ok ? anchoredResult(model, match) : match;
}

/**
 * The DOM range is built on first access (and kept): a batch of anchors costs no DOM work until its
 * ranges are painted, and jsdom, unlike browsers, walks the document to order two boundary points.
 * Read `range` before the page changes again.
 */
function anchoredResult(
  model: TextModel,
  match: { score: number; start: number; end: number },
): AnchorResult {
  let range: Range | null = null;
  return {
    ok: true,
    get range(): Range {
      range ??= model.rangeAt(match.start, match.end);
      return range;
    },
    score: match.score,
    start: match.start,
    end: match.end,
  };
}

/** Anchors one clip's selectors in `root` (builds the text model: for many clips use `anchorAll`). */
export function anchor(root: Element, selectors: readonly Selector[]): AnchorResult {
  return anchorInModel(buildTextModel(root), selectors);
}

/**
 * Clips in the order of their stored positions (those without one last), so each can start from the
 * shift its predecessor showed: edits move whole stretches of a page by the same amount.
 */
function* inPageOrder<R extends TextMatch>(
  place: (selectors: readonly Selector[], drift: number) => R,
  list: readonly (readonly Selector[])[],
  results: R[],
): Generator<void, void, void> {
  const hintOf = (selectors: readonly Selector[]): number | null => {
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    return position?.type === 'TextPositionSelector' ? position.start : null;
  };
  const order = list.map((selectors, index) => ({ index, hint: hintOf(selectors) }));
  order.sort((a, b) => (a.hint ?? Infinity) - (b.hint ?? Infinity));
  let drift = 0;
  for (const { index, hint } of order) {
    const result = place(list[index] as readonly Selector[], drift);
    if (result.ok && hint !== null) drift = result.start - hint;
    results[index] = result;
    yield;
  }
}

/** Anchors many clips against one model, synchronously; results in the order of `list`. */
export function anchorManyInModel(model: TextModel, list: readonly (readonly Selector[])[]): AnchorResult[] {
  const results: AnchorResult[] = new Array<AnchorResult>(list.length);
  for (const _ of inPageOrder((s, drift) => anchorInModel(model, s, drift), list, results));
  return results;
}

export interface AnchorAllOptions {
  /**
   * Longest stretch of work before yielding to the event loop, in ms (default 10: well inside a 50 ms
   * task, with room for the clip that runs over it).
   */
  budgetMs?: number;
  /** Also yield after this many clips, whatever the time (default: time only). */
  yieldEvery?: number;
  /** How to yield (default `yieldToEventLoop`: `scheduler.yield()` or a timer). */
  yieldTo?: () => Promise<void>;
}

const DEFAULT_BUDGET_MS = 10;

/** Builds the text model of `root` in slices, yielding to the event loop between them. */
export async function buildTextModelAsync(root: Element, options: AnchorAllOptions = {}): Promise<TextModel> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const yieldTo = options.yieldTo ?? yieldToEventLoop;
  const builder = new TextModelBuilder(root);
  while (!builder.step(clock() + budget)) await yieldTo();
  return builder.finish();
}

/** Runs `place` over `list` in page order, yielding to the event loop between slices of work. */
async function placeAll<R extends TextMatch>(
  place: (selectors: readonly Selector[], drift: number) => R,
  list: readonly (readonly Selector[])[],
  options: AnchorAllOptions,
): Promise<R[]> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const every = options.yieldEvery ?? Infinity;
  const yieldTo = options.yieldTo ?? yieldToEventLoop;
  const results: R[] = new Array<R>(list.length);
  let sliceStart = clock();
  let inSlice = 0;
  for (const _ of inPageOrder(place, list, results)) {
    if (++inSlice >= every || clock() - sliceStart >= budget) {
      await yieldTo();
      sliceStart = clock();
      inSlice = 0;
    }
  }
  return results;
}

/** Anchors many clips against one model, yielding to the event loop between slices of work. */
export function anchorAllInModel(
  model: TextModel,
  list: readonly (readonly Selector[])[],
  options: AnchorAllOptions = {},
): Promise<AnchorResult[]> {
  return placeAll((s, drift) => anchorInModel(model, s, drift), list, options);
}

/**
 * Places many clips in a plain normalised text (a PDF's, where the DOM is drawn page by page later),
 * yielding to the event loop between slices of work. Results in the order of `list`.
 */
export function matchAllInText(
  text: string,
  list: readonly (readonly Selector[])[],
  options: AnchorAllOptions = {},
): Promise<TextMatch[]> {
  return placeAll((s, drift) => matchInText(text, s, drift), list, options);
}

/**
 * Anchors many clips in `root` without blocking the page: the model is built and the clips anchored in
 * slices of at most about `budgetMs`. Results are in the order of `list`.
 */
export async function anchorAll(
  root: Element,
  list: readonly (readonly Selector[])[],
  options: AnchorAllOptions = {},
): Promise<AnchorResult[]> {
  const model = await buildTextModelAsync(root, options);
  await (options.yieldTo ?? yieldToEventLoop)();
  return anchorAllInModel(model, list, options);
}
