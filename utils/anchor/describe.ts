/**
 * Selectors for a passage: from a live DOM range (`describe`), or from a span of another text such as
 * the extracted article text that findings index (`quoteSelectorFromText`).
 */
import { alignToCodePoint, collapseSpaces, isSpaceCode, normalizeText } from './normalize';
import { type TextModel, buildTextModel } from './text-model';
import type { Selector, TextQuoteSelector } from './types';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Raw characters read on each side before normalising, enough for 32 after collapsing whitespace. */
const RAW_CONTEXT_WINDOW = 512;

function contextBefore(text: string, start: number): string {
  return text.slice(alignToCodePoint(text, Math.max(0, start - CONTEXT_LENGTH)), start);
}

function contextAfter(text: string, end: number): string {
  return text.slice(end, alignToCodePoint(text, Math.min(text.length, end + CONTEXT_LENGTH)));
}

/**
 * `[TextQuoteSelector, TextPositionSelector]` for `range` over the text model; leading and trailing
 * whitespace of the selection is left out. An empty list when the range holds no text of the model
 * (collapsed, only whitespace, or only skipped content).
 */
export function describeInModel(model: TextModel, range: Range): Selector[] {
  const text = model.text;
  let { start, end } = model.offsetsOf(range);
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (start >= end) return [];
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: contextBefore(text, start),
      suffix: contextAfter(text, end),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Selectors for `range` within `root` (see `describeInModel`). */
export function describe(range: Range, root: Element): Selector[] {
  return describeInModel(buildTextModel(root), range);
}

/**
 * A quote selector for `text.slice(start, end)` with its context taken from `text` (not from a DOM):
 * for the detector's findings, whose offsets index the extracted article text. Whitespace is normalised
 * as in the text model, so `anchor` can place it in the live page although the live text differs in
 * whitespace and block separators. No position selector: offsets in `text` mean nothing in the page.
 */
export function quoteSelectorFromText(text: string, start: number, end: number): TextQuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const raw = text.slice(s, e);
  // Whitespace at the edges of the span is context, as `describeInModel` trims it off the quote.
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const before = collapseSpaces(text.slice(Math.max(0, s - RAW_CONTEXT_WINDOW), s + lead));
  const after = collapseSpaces(text.slice(e - trail, Math.min(text.length, e + RAW_CONTEXT_WINDOW)));
  return {
    type: 'TextQuoteSelector',
    exact: normalizeText(raw),
    prefix: contextBefore(before, before.length),
    suffix: contextAfter(after, 0),
  };
}
