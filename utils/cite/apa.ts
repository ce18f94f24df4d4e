/**
 * APA 7 references as plain text, for pasting into English-language papers:
 * - official documents by their issuer, the number after the title:
 *   `国务院办公厅. (2017, June 8). 国务院办公厅关于印发政府网站发展指引的通知 (国办发〔2017〕47号). 中国政府网. URL`
 * - people as `Schwartz, N. D.` (Chinese names whole), up to 20, `&` before the last;
 * - a reference work by its title, `In Wikipedia`, with the revision date and the retrieval date (its
 *   pages change); a page with no date `(n.d.)`, with the retrieval date.
 * The site is left out when it is the author. Nothing is invented: missing elements are left out.
 */
import { citationFields, type Creator } from './fields';
import type { CitableArticle, CiteOptions } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MAX_AUTHORS = 20;
const LATIN = /^[A-Za-z][A-Za-z.'’ -]*$/;

/** `Nelson D. Schwartz` → `Schwartz, N. D.`; Chinese and institutional names as written. */
function apaName(c: Creator): string {
  if ('literal' in c) return c.literal;
  if (!c.given) return c.family;
  if (!LATIN.test(`${c.family} ${c.given}`)) return `${c.family} ${c.given}`;
  const initials = c.given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((p) => `${p[0]?.toUpperCase() ?? ''}.`)
    .join(' ');
  return `${c.family}, ${initials}`;
}

function authors(creators: readonly Creator[]): string {
  const names = creators.map(apaName);
  if (names.length > MAX_AUTHORS) return [...names.slice(0, 19), '…', names.at(-1)].join(', ');
  if (names.length <= 1) return names[0] ?? '';
  const last = names.pop() as string;
  return `${names.join(', ')}, & ${last}`;
}

/** `2017-06-08` → `2017, June 8`. */
function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 0) - 1];
  return month && d ? `${y}, ${month} ${d}` : String(y);
}

/** `2026-12-05` → `December 5, 2026`. */
function retrievalDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1] ?? ''} ${d}, ${y}`;
}

const withStop = (s: string): string => (/[.。!?！？]$/.test(s) ? s : `${s}.`);

/** The reference as one line of plain text (no italics: it is pasted into any editor). */
export function apaReference(article: CitableArticle, options: CiteOptions): string {
  const f = citationFields(article);
  const date = `(${f.issued ? apaDate(f.issued) : 'n.d.'}).`;
  const title = f.kind === 'official' && f.number ? `${f.title} (${f.number})` : f.title;
  const retrieved = `Retrieved ${retrievalDate(options.accessed)}, from ${f.url}`;
  if (f.kind === 'reference') {
    const work = f.container ? ` In ${withStop(f.container)}` : '';
    return `${withStop(title)} ${date}${work} ${retrieved}`;
  }
  const who = authors(f.creators);
  // An unsigned page is cited by its title in the author's place, then the date.
  const head = who ? `${withStop(who)} ${date} ${withStop(title)}` : `${withStop(title)} ${date}`;
  const site = f.container ? ` ${withStop(f.container)}` : '';
  const tail = f.issued ? f.url : retrieved;
  return `${head}${site} ${tail}`;
}
