/**
 * Text-fragment links (`#:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/) for a span of the
 * normalised page text. The directive is grown (context words, then longer start/end terms) until a
 * simulation of the browser's matching (`fragment-match.ts`) finds the intended passage first.
 *
 * Word boundaries: Chromium only matches terms at word boundaries, by ICU segmentation, which for
 * Chinese is dictionary-based. Cutting a CJK quote mid-word (or an English one mid-word) would give a
 * link that finds nothing, so the span is widened to the enclosing words, and context terms are cut at
 * boundaries too. Terms never cross a block ("\n"): Chromium matches each term within one block.
 */
import { encodeTextDirectiveComponent } from './fragment-encode';
import { type DirectiveTerms, type DirectiveText, firstDirectiveMatch } from './fragment-match';
import { isSpaceCode } from './normalize';
import { type WordBoundaries, createWordBoundaries } from './word-boundaries';

/** Longest quote given whole (`text=quote`); longer ones become `text=start,end`. */
const MAX_EXACT_LENGTH = 60;
/** Words in each of `textStart`/`textEnd` to begin with. */
const FIRST_RANGE_WORDS = 3;
const MAX_ROUNDS = 24;

/** The offset after `count` more words from `pos`, not past `limit` (spaces between words are crossed). */
function forwardWords(
  text: string,
  words: WordBoundaries,
  pos: number,
  count: number,
  limit: number,
): number {
  let p = pos;
  for (let n = 0; n < count && p < limit; n++) {
    while (p < limit && isSpaceCode(text.charCodeAt(p))) p++;
    if (p >= limit) break;
    p = words.next(p + 1, limit);
  }
  return p;
}

/** The offset `count` words before `pos`, not before `floor`. */
function backwardWords(
  text: string,
  words: WordBoundaries,
  pos: number,
  count: number,
  floor: number,
): number {
  let p = pos;
  for (let n = 0; n < count && p > floor; n++) {
    while (p > floor && isSpaceCode(text.charCodeAt(p - 1))) p--;
    if (p <= floor) break;
    p = words.previous(p - 1, floor);
  }
  return p;
}

interface Plan {
  startWords: number;
  endWords: number;
  prefixWords: number;
  suffixWords: number;
}

/**
 * The text directive (`text=…`, without `#:~:`) for `text.slice(start, end)`, where `text` is the
 * normalised page text (`TextModel.text`). The span is trimmed and widened to word boundaries. An
 * empty string if the span holds no text. If no directive within the limits selects the passage first
 * (its block, e.g. a table cell or menu entry, occurs elsewhere word for word: context never crosses a
 * block), the most specific one tried is returned.
 */
export function textFragmentDirective(text: string, start: number, end: number): string {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s >= e) return '';
  const words = createWordBoundaries(text);
  const firstBlock = words.blockOf(s);
  const lastBlock = words.blockOf(e - 1);
  s = words.previous(s, firstBlock.start);
  e = words.next(e, lastBlock.end);
  const lowered = text.toLowerCase();
  const doc: DirectiveText = { lower: lowered.length === text.length ? lowered : text, words };
  const exact = e - s <= MAX_EXACT_LENGTH && lastBlock.start === firstBlock.start;

  const termsFor = (plan: Plan): DirectiveTerms => {
    let textStart = text.slice(s, e);
    let textEnd = '';
    if (!exact) {
      const startLimit = lastBlock.start === firstBlock.start ? e : firstBlock.end;
      const startCut = forwardWords(text, words, s, plan.startWords, startLimit);
      const endFloor = lastBlock.start === firstBlock.start ? startCut : lastBlock.start;
      const endCut = backwardWords(text, words, e, plan.endWords, endFloor);
      textStart = text.slice(s, startCut).trimEnd();
      textEnd =
        endCut > startCut || lastBlock.start !== firstBlock.start ? text.slice(endCut, e).trimStart() : '';
      if (textEnd === '') textStart = text.slice(s, e);
    }
    let prefixEnd = s;
    while (prefixEnd > firstBlock.start && isSpaceCode(text.charCodeAt(prefixEnd - 1))) prefixEnd--;
    const prefixStart = backwardWords(text, words, prefixEnd, plan.prefixWords, firstBlock.start);
    let suffixStart = e;
    while (suffixStart < lastBlock.end && isSpaceCode(text.charCodeAt(suffixStart))) suffixStart++;
    const suffixEnd = forwardWords(text, words, suffixStart, plan.suffixWords, lastBlock.end);
    return {
      prefix: text.slice(prefixStart, prefixEnd),
      textStart,
      textEnd,
      suffix: text.slice(suffixStart, suffixEnd),
    };
  };

  let plan: Plan = {
    startWords: FIRST_RANGE_WORDS,
    endWords: FIRST_RANGE_WORDS,
    prefixWords: 0,
    suffixWords: 0,
  };
  let terms = termsFor(plan);
  const growPrefix = (p: Plan): Plan => ({ ...p, prefixWords: p.prefixWords + 1 });
  const growSuffix = (p: Plan): Plan => ({ ...p, suffixWords: p.suffixWords + 1 });
  const growStart = (p: Plan): Plan => ({ ...p, startWords: p.startWords + 1 });
  const growEnd = (p: Plan): Plan => ({ ...p, endWords: p.endWords + 1 });
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const match = firstDirectiveMatch(doc, terms);
    if (match === null || (match.start === s && match.end === e)) break;
    // Found the right start but ended early: `textEnd` also occurs inside the passage. Otherwise an
    // earlier passage matched: context tells them apart, cheapest first, alternating sides.
    const order =
      match.start === s
        ? [growEnd, growSuffix]
        : round % 2 === 0
          ? [growPrefix, growSuffix, growStart, growEnd]
          : [growSuffix, growPrefix, growEnd, growStart];
    let grown = false;
    for (const grow of order) {
      const p = grow(plan);
      const t = termsFor(p);
      if (!sameTerms(t, terms)) {
        plan = p;
        terms = t;
        grown = true;
        break;
      }
    }
    if (!grown) break;
  }
  return serialize(terms);
}

function sameTerms(a: DirectiveTerms, b: DirectiveTerms): boolean {
  return (
    a.prefix === b.prefix && a.textStart === b.textStart && a.textEnd === b.textEnd && a.suffix === b.suffix
  );
}

function serialize(t: DirectiveTerms): string {
  const parts: string[] = [];
  if (t.prefix !== '') parts.push(`${encodeTextDirectiveComponent(t.prefix)}-`);
  parts.push(encodeTextDirectiveComponent(t.textStart));
  if (t.textEnd !== '') parts.push(encodeTextDirectiveComponent(t.textEnd));
  if (t.suffix !== '') parts.push(`-${encodeTextDirectiveComponent(t.suffix)}`);
  return `text=${parts.join(',')}`;
}

/**
 * `url` with the text directive (`text=…`; a leading `#` or `:~:` is tolerated). An existing fragment
 * is kept, since it may be a single-page app's route (browsers strip the directive before the page
 * sees it); an existing directive is replaced. An empty directive removes the directive.
 */
export function fragmentUrl(url: string, directive: string): string {
  const d = directive.replace(/^#?(?::~:)?/, '');
  const hash = url.indexOf('#');
  const directiveAt = hash < 0 ? -1 : url.indexOf(':~:', hash);
  const base = directiveAt >= 0 ? url.slice(0, directiveAt) : url;
  if (d === '') return base.endsWith('#') ? base.slice(0, -1) : base;
  return `${base}${hash < 0 ? '#' : ''}:~:${d}`;
}
