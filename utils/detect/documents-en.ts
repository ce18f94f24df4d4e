/**
 * English document names: found by their head word (`Act`, `Plan`, `Roadmap`, `Times`…), then extended
 * to the left over capitalised words and a few connectors (`Fourth Energy Technology Development Plan
 * and Roadmap`, `Treaty on the Functioning of the European Union`), and to the right over a number or a
 * year (`Executive Order 14110`, `Inflation Reduction Act of 2022`). Every walk is bounded.
 */
import type { DocumentType } from './types';
import {
  EN_NUMBERED_HEADS,
  EN_PART_HEADS,
  EN_SELF_NAMING_HEADS,
  EN_TITLE_HEADS,
  GENERIC_NAME_WORDS,
  REVIEW_QUALIFIERS,
} from './document-types';

export interface TitleCandidate {
  start: number;
  end: number;
  type: DocumentType;
}

const MAX_NAME_WORDS = 10;
const MAX_WORD_LENGTH = 30;

/** Lower-case words allowed inside a name. */
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'on',
  'the',
  'to',
  'in',
  '&',
  'de',
  'la',
  'du',
  'des',
  'against',
  'with',
  'from',
]);
/** `the` continues a name only after these (`of the European Union`); otherwise it starts the sentence part. */
const BEFORE_INNER_THE = new Set(['of', 'on', 'for', 'to', 'in', 'against', 'with', 'from']);
/** Capitalised words that start a sentence or a phrase, not a name. */
// prettier-ignore
const LEADING_STOPWORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'Under',
  'In', 'By', 'For', 'With', 'From', 'And', 'But', 'As', 'At', 'On', 'To', 'Of', 'After', 'Before', 'Since',
  'While', 'When', 'If', 'Why', 'How', 'What', 'Last', 'Next', 'Both', 'Each', 'Every', 'Such', 'Per', 'Via',
  'Through', 'Despite', 'Although', 'Because', 'Whether', 'Said', 'Says', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'Meanwhile', 'However', 'Also', 'Separately', 'Implementing',
  'Including', 'Following', 'According', 'Regarding', 'Signing', 'Passing', 'Introducing', 'Launching',
  'Announcing', 'Adopting', 'Using', 'Citing', 'Speaking', 'See', 'Read',
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’\-–&]*|[0-9][\p{L}\p{N}\-–]*|(?:[A-Z]\.)+[A-Z]?)$/u;
/** The common case (`Energy`, `REPowerEU`), without Unicode property classes. */
const ASCII_NAME_WORD = /^[A-Z][A-Za-z0-9'’\-–&]*$/;

function isNameWord(word: string): boolean {
  return ASCII_NAME_WORD.test(word) || NAME_WORD.test(word);
}
/** A word opening a quotation or a parenthesis starts the name: `"New Zealand Daylight Time Order`. */
const OPENING_MARK = /^["“‘'(（[]+/;

/** Numbers after a head: any identifier after `Order`/`Section`…, a four-digit year after the rest. */
const NUMBERED_LAW_HEADS = new Set([
  'Order',
  'Section',
  'Resolution',
  'Directive',
  'Regulation',
  'Law',
  'Bill',
]);
const IDENTIFIER_AFTER =
  /^ (?:\((?:EU|EC|EEC)\) )?(?:No\. ?)?\d+(?:[/-]\d+)*(?:\/(?:EU|EC|EEC))?(?![0-9A-Za-z])/;
const PART_OF = /^ of (?:the )?[A-Z]/;
/** After a name: it continues (`… between Australia`), so what was read is cut. */
const CUT_NAME = /^ between (?:the )?[A-Z]/;
/** After a name with an `of`/`for` part: more of it (`Rules for International Trade in Agricultural…`). */
const CUT_AFTER_OF = /^ in (?:the )?[A-Z]/;
const YEAR_AFTER = /^(?: of)? (?:19|20)\d\d(?![0-9A-Za-z])/;

interface Word {
  start: number;
  text: string;
}

/** The words before `pos` (nearest first) that may belong to a name, at most `MAX_NAME_WORDS`. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0xa0;
}

function wordsBefore(text: string, pos: number): Word[] {
  const words: Word[] = [];
  let at = pos;
  while (words.length < MAX_NAME_WORDS && text.charCodeAt(at - 1) === 0x20) {
    const end = at - 1;
    let start = end;
    while (start > 0 && start > end - MAX_WORD_LENGTH && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (start === end || (start > 0 && !isSpaceCode(text.charCodeAt(start - 1)))) break;
    const first = text.charCodeAt(start);
    // Cheap refusal before any slicing: a name word starts with a capital, a digit, a quote or is a connector.
    if (first >= 0x61 && first <= 0x7a && end - start > 7) break;
    const raw = text.slice(start, end);
    const mark = first < 0x41 || first > 0x7a ? (OPENING_MARK.exec(raw)?.[0] ?? '') : '';
    const word = raw.slice(mark.length);
    if (mark.length > 0) {
      if (isNameWord(word)) words.push({ start: start + mark.length, text: word });
      break;
    }
    if (word === 'the') {
      const before =
        text
          .slice(Math.max(0, start - 8), Math.max(0, start - 1))
          .split(' ')
          .pop() ?? '';
      if (!BEFORE_INNER_THE.has(before)) break;
    } else if (!CONNECTORS.has(word) && !isNameWord(word)) {
      break;
    }
    words.push({ start, text: word });
    at = start;
  }
  // Drop what starts the phrase rather than the name: connectors, `The`, `Under`, a leading verb.
  while (words.length > 0) {
    const first = words[words.length - 1]?.text ?? '';
    if (CONNECTORS.has(first) || LEADING_STOPWORDS.has(first)) words.pop();
    else break;
  }
  return words;
}

/** `Treaty of Waitangi`, `Programme for International Student Assessment`: the name goes on. */
const OF_NAME_AFTER = /^ (?:of|on|for)(?: the)?(?: (?:[A-Z][A-Za-z'’\-–]*|of|and|the|for|on|with|a|an)){1,8}/;

function extensionAfter(text: string, head: string, end: number): number {
  // Every extension starts with a space and a digit, `(`, `No.`, `of`, `on` or `for`.
  if (text.charCodeAt(end) !== 0x20 || !/[0-9(Nof]/.test(text[end + 1] ?? '')) return end;
  const slice = text.slice(end, end + 80);
  const pattern = NUMBERED_LAW_HEADS.has(head) || EN_NUMBERED_HEADS.has(head) ? IDENTIFIER_AFTER : YEAR_AFTER;
  const numbered = pattern.exec(slice) ?? YEAR_AFTER.exec(slice);
  if (numbered !== null) return end + numbered[0].length;
  const named = OF_NAME_AFTER.exec(slice);
  if (named === null) return end;
  // `… of History and the National Review`: `and the` starts another name.
  const own = named[0].split(' and the ')[0] ?? named[0];
  // Keep the name's last capitalised word: `Treaty of Waitangi and the` ends at `Waitangi`.
  const words = own.split(' ');
  while (words.length > 0 && !/^[A-Z]/.test(words[words.length - 1] ?? '')) words.pop();
  return end + words.join(' ').length;
}

/** Longest quoted title read on (`"2018 Census population and dwelling counts"`). */
const MAX_QUOTED_TITLE = 160;

/**
 * A name that opens a quotation (`^ "2018 Census population and dwelling counts"`) is the whole quoted
 * title, when the quotation closes on the same line without a sentence ending inside it.
 */
function quotedTitleEnd(text: string, start: number, end: number): number {
  const open = text[start - 1];
  const close = open === '"' ? '"' : open === '“' ? '”' : null;
  if (close === null) return end;
  const at = text.indexOf(close, end);
  if (at < 0 || at - start > MAX_QUOTED_TITLE) return end;
  const inside = text.slice(end, at);
  if (/[\n.!?;]\s/.test(inside) || /[\n]/.test(inside)) return end;
  return trimmedEnd(text, end, at);
}

function trimmedEnd(text: string, floor: number, end: number): number {
  let e = end;
  while (e > floor && /[\s,.:;–—-]/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** `New Zealand Post Office`: the head is inside a longer name, not at its end. */
function continuesWithName(text: string, end: number): boolean {
  return text[end] === ' ' && /[A-Z]/.test(text[end + 1] ?? '');
}

export function detectEnglishTitles(text: string): TitleCandidate[] {
  const found: TitleCandidate[] = [];
  const re = new RegExp(EN_TITLE_HEADS.searchSource, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const head = m[0];
    const type = EN_TITLE_HEADS.values.get(head);
    if (type === undefined) continue;
    const headEnd = m.index + head.length;
    const end = extensionAfter(text, head, headEnd);
    if (end === headEnd && continuesWithName(text, headEnd)) continue;
    const words = wordsBefore(text, m.index);
    const after = text.slice(headEnd, end);
    const numbered = /^ (?:\(|No|\d)/.test(after);
    const ofName = /^ (?:of|on|for) \S/.test(after);
    // `Public Act`, `Draft Report`, `the British Bill`: qualifiers, no name.
    const specific = words.some((w) => !CONNECTORS.has(w.text) && !GENERIC_NAME_WORDS.has(w.text));
    // A name is more than its head: words before it, an identifier, or `of/on …` after it.
    const named = numbered || ofName || specific;
    if (EN_NUMBERED_HEADS.has(head) ? !numbered : !named && !EN_SELF_NAMING_HEADS.has(head)) continue;
    // `Section 1` is a part of something; `Section 301 of the Trade Act` names it.
    if (EN_PART_HEADS.has(head) && !specific && !PART_OF.test(text.slice(end, end + 16))) continue;
    const start = words.length > 0 ? (words[words.length - 1]?.start ?? m.index) : m.index;
    const quoted = quotedTitleEnd(text, start, end);
    const periodical =
      head === 'Review' && !/^ of /.test(after) && !REVIEW_QUALIFIERS.has(words[0]?.text ?? '');
    // `Security Treaty between Australia, New Zealand…`: the name goes on past what can be read.
    if (
      CUT_NAME.test(text.slice(quoted, quoted + 24)) ||
      (ofName && CUT_AFTER_OF.test(text.slice(quoted, quoted + 24)))
    )
      continue;
    found.push({ start, end: quoted, type: periodical ? 'media' : type });
  }
  return found;
}
