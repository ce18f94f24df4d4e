/**
 * "Related articles" that carry no label Readability or the rule table could know (`观察员`, a columnist
 * box): a run of teasers at the end of the article, each a short headline followed by a date on its own
 * line. Article prose never ends like that, so the run (and the short heading above it) is removed.
 */
import { leafBlocks } from './dom';
import { cleanInline } from './text-normalise';

/** A date (and time) alone on a line: `2019-09-08`, `2019-09-07 15:05`, `2021年5月10日`. */
const DATE_ONLY = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
const MAX_TEASER_TITLE = 60;
const MAX_SECTION_HEADING = 12;
const MIN_TEASERS = 2;
/** A headline, not a sentence of the article: no full stop inside. */
const SENTENCE_END = /[。.!！]$/;

interface Block {
  el: Element;
  text: string;
}

function isTeaserTitle(text: string): boolean {
  return (
    text.length > 0 && text.length <= MAX_TEASER_TITLE && !SENTENCE_END.test(text) && !DATE_ONLY.test(text)
  );
}

/** Non-empty blocks still under `root`, read from the end one at a time (usually two are enough). */
function* blocksFromEnd(root: Element, elements: readonly Element[]): Generator<Block> {
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as Element;
    if (!root.contains(el)) continue;
    const text = cleanInline(el.textContent ?? '');
    if (text) yield { el, text };
  }
}

/** A run longer than this is not a "related" box. */
const MAX_TEASERS = 12;

/**
 * Removes a trailing run of ≥ 2 (headline, date) teasers and its heading; returns how many blocks went.
 * `elements` are `root`'s leaf blocks when the caller already has them.
 */
export function removeTrailingTeasers(
  root: Element,
  elements: readonly Element[] = leafBlocks(root),
): number {
  const fromEnd = blocksFromEnd(root, elements);
  const run: Block[] = [];
  let next = fromEnd.next();
  while (!next.done && run.length < 2 * MAX_TEASERS) {
    const date = next.value;
    const title = fromEnd.next();
    if (!DATE_ONLY.test(date.text) || title.done || !isTeaserTitle(title.value.text)) break;
    run.push(date, title.value);
    next = fromEnd.next();
  }
  if (run.length < 2 * MIN_TEASERS) return 0;
  // `next` is the block above the run (if the loop ended on it): a short heading goes with the run.
  const heading = next.done ? undefined : next.value;
  if (heading && heading.text.length <= MAX_SECTION_HEADING && !/[，。,.:：]/.test(heading.text))
    run.push(heading);
  for (const block of run) block.el.remove();
  return run.length;
}
