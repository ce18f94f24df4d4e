/**
 * The article's title: the on-page headline that matches the document title when there is one, else the
 * declared title without its site suffix (`-思瀚产业研究院`, `_教育频道_中国青年网`, ` | Herald Sun`).
 */
import { findDate } from './dates';
import { cleanInline, readingWeight } from './text-normalise';

interface SeparatorRule {
  name: string;
  /** Global pattern; each match is one place the title may be cut. */
  pattern: RegExp;
}

/** Where sites join a title to their name. Unspaced dashes only count beside CJK, so `COVID-19` survives. */
const SEPARATOR_RULES: readonly SeparatorRule[] = [
  { name: 'spaced bar, dash, bullet, slash, at or guillemet', pattern: /\s+(?:[|｜\-–—·•»/@]|\|\||::)\s+/g },
  { name: 'unspaced bar (half or full width)', pattern: /\s*[|｜]\s*/g },
  { name: 'double colon', pattern: /\s*::\s*/g },
  { name: 'underscore after a space (标题 _频道 _网站名)', pattern: /\s+_+\s*/g },
  { name: 'unspaced dash or underscore after CJK', pattern: /(?<=[\p{Script=Han}”」』）])[-_–—]+(?=\S)/gu },
  { name: 'unspaced dash or underscore before CJK', pattern: /(?<=\S)[-_–—]+(?=[\p{Script=Han}“「『（])/gu },
];

/** A site name is short: at most this reading weight (CJK characters weigh 3). */
const MAX_SITE_NAME_WEIGHT = 40;
/** The title left after a cut must still read as a title. */
const MIN_TITLE_WEIGHT = 12;
/** Lower-case words allowed inside a Latin site name (`Ministry of Finance`). */
const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'la',
  'le',
  'di',
  'und',
  'on',
  'in',
  '&',
]);

export interface Heading {
  text: string;
  element: Element;
}

export interface TitleInputs {
  /** `document.title`. */
  documentTitle: string;
  /** The declared title (JSON-LD, Open Graph…) as Readability chose it, if any. */
  declaredTitle: string | null;
  /** Candidate headlines in document order, best level first (`h1` before `h2`…). */
  headings: readonly Heading[];
  /** Names the page gives itself (`og:site_name`, JSON-LD publisher): always cut when found as a suffix. */
  siteNames: readonly string[];
}

export interface TitleChoice {
  title: string;
  /** The headline element the title came from, when it came from one. */
  heading: Element | null;
  /** The site name cut off the document title (outermost), when one was cut. */
  siteSuffix: string | null;
}

/** Characters NFKC changes in titles (full-width forms, compatibility ideographs, ligatures): only then normalise, it is slow. */
const COMPATIBILITY_CHARS = /[\u2000-\u2bff\u3000-\u33ff\ufb00-\ufb4f\uf900-\ufaff\uff00-\uffef]/;

function comparable(text: string): string {
  const cleaned = cleanInline(text);
  return (COMPATIBILITY_CHARS.test(cleaned) ? cleaned.normalize('NFKC') : cleaned).toLowerCase();
}

interface Cut {
  index: number;
  end: number;
}

function lastSeparator(title: string): Cut | null {
  let best: Cut | null = null;
  for (const rule of SEPARATOR_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(title); m; m = rule.pattern.exec(title)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      if (m.index > 0 && (!best || m.index > best.index))
        best = { index: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}

/** Whether `part` reads like a site, channel or date rather than part of a sentence. */
function looksLikeSiteName(part: string): boolean {
  if (readingWeight(part) > MAX_SITE_NAME_WEIGHT) return false;
  if (/[。！？!?]/.test(part)) return false;
  const date = findDate(part);
  if (date && date.length >= part.length - 4) return true;
  for (const word of part.split(/\s+/)) {
    if (!/[A-Za-z]/.test(word)) continue;
    if (/^[A-Z0-9]/.test(word) || NAME_CONNECTORS.has(word.toLowerCase()) || /\w\.\w/.test(word)) continue;
    return false;
  }
  return true;
}

function isKnownName(part: string, siteNames: readonly string[]): boolean {
  const p = comparable(part);
  return (
    p !== '' &&
    siteNames.some((name) => {
      const n = comparable(name);
      return n !== '' && (n === p || n.includes(p) || p.includes(n));
    })
  );
}

/** Cuts site names off the end of a title, outermost first; returns what is left and the names cut. */
export function stripSiteSuffix(
  rawTitle: string,
  siteNames: readonly string[] = [],
): { title: string; suffixes: string[] } {
  let title = cleanInline(rawTitle);
  const suffixes: string[] = [];
  for (let cut = lastSeparator(title); cut; cut = lastSeparator(title)) {
    const prefix = title.slice(0, cut.index).trim();
    const suffix = title.slice(cut.end).trim();
    const known = suffix !== '' && isKnownName(suffix, siteNames);
    const plausible =
      suffix === '' || (looksLikeSiteName(suffix) && readingWeight(prefix) >= readingWeight(suffix));
    if (readingWeight(prefix) < MIN_TITLE_WEIGHT || !(known || plausible)) break;
    if (suffix !== '') suffixes.unshift(suffix);
    title = prefix;
  }
  return { title, suffixes };
}

/** Whether a separator starts at `start` of `text`, or (with `atEnd`) ends at `start`. */
function separatorAt(text: string, start: number, atEnd: boolean): boolean {
  return SEPARATOR_RULES.some((rule) => {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      else if (atEnd ? m.index + m[0].length === start : m.index === start) return true;
    }
    return false;
  });
}

/** Whether `heading` is the title, or a title is the heading plus a site suffix (or a site prefix). */
function headingMatches(heading: string, titles: readonly string[]): boolean {
  const h = comparable(heading);
  if (readingWeight(h) < MIN_TITLE_WEIGHT / 2) return false;
  return titles.some((title) => {
    if (title === h) return true;
    if (title.startsWith(h)) return separatorAt(title, h.length, false);
    if (title.endsWith(h)) return separatorAt(title, title.length - h.length, true);
    return false;
  });
}

/** Joins nothing with spaces: CJK headline fragments (`<span>`s) must not gain spaces. */
export function headingText(el: Element): string {
  return cleanInline(el.textContent ?? '');
}

/** What follows `heading` in the document title, when the title is the heading plus a suffix: the site name. */
function suffixAfter(documentTitle: string, heading: string): string | null {
  const title = cleanInline(documentTitle);
  const h = cleanInline(heading);
  if (!title.startsWith(h) || title.length === h.length) return null;
  let rest = title;
  for (let cut = lastSeparator(rest); cut && cut.index >= h.length; cut = lastSeparator(rest)) {
    const part = rest.slice(cut.end).trim();
    if (part) return part;
    rest = rest.slice(0, cut.index);
  }
  return null;
}

export function chooseTitle(inputs: TitleInputs): TitleChoice {
  const stripped = stripSiteSuffix(inputs.documentTitle, inputs.siteNames);
  const declared = inputs.declaredTitle ? stripSiteSuffix(inputs.declaredTitle, inputs.siteNames).title : '';
  const siteSuffix = stripped.suffixes.at(-1) ?? null;
  const targets = [comparable(inputs.documentTitle), comparable(stripped.title), comparable(declared)].filter(
    Boolean,
  );
  const match = inputs.headings.find((h) => headingMatches(h.text, targets));
  if (match) {
    // A headline that repeats the whole document title carries its suffix too.
    const title = comparable(match.text) === targets[0] ? stripped.title : match.text;
    return {
      title,
      heading: match.element,
      siteSuffix: siteSuffix ?? suffixAfter(inputs.documentTitle, match.text),
    };
  }

  const fromDeclared = declared || stripped.title;
  const isOnlySiteName = fromDeclared === '' || isKnownName(fromDeclared, inputs.siteNames);
  const h1s = inputs.headings.filter(
    (h) => h.element.localName === 'h1' && readingWeight(h.text) >= MIN_TITLE_WEIGHT,
  );
  const onlyH1 = h1s.length === 1 ? h1s[0] : undefined;
  if (isOnlySiteName && onlyH1) return { title: onlyH1.text, heading: onlyH1.element, siteSuffix };
  return { title: fromDeclared, heading: null, siteSuffix };
}

/** Whether two titles are the same once spacing, width and case are ignored (for tests and eval). */
export function sameTitle(a: string, b: string): boolean {
  return comparable(a).replace(/\s+/g, '') === comparable(b).replace(/\s+/g, '');
}
