/**
 * GB/T 7714-2015 reference strings, the form Chinese reports and theses require:
 * - official documents `[A/OL]` with the issuer and the number:
 *   `国务院办公厅. 国务院办公厅关于印发政府网站发展指引的通知: 国办发〔2017〕47号[A/OL]. (2017-06-08)[2026-12-05]. URL.`
 * - news `[N/OL]`: `作者. 题名[N/OL]. 报纸名, 2021-05-10[2026-12-05]. URL.`
 * - other pages and reference works `[EB/OL]`: `责任者. 题名[EB/OL]. 出版者, (2021-05-10)[2026-12-05]. URL.`
 * Elements the article lacks are left out with their punctuation; nothing is invented.
 */
import { citationFields, type CitationFields, type Creator } from './fields';
import type { CitableArticle, CiteOptions } from './types';

/** Three names, then `等` (Chinese works) or `et al.` (others), as the standard sets. */
const MAX_NAMES = 3;
const LATIN = /^[A-Za-z][A-Za-z.'’ -]*$/;

/** `Nelson D. Schwartz` → `SCHWARTZ N D`; Chinese and institutional names as written. */
function gbtName(c: Creator): string {
  if ('literal' in c) return c.literal;
  if (!c.given || !LATIN.test(`${c.family} ${c.given}`)) return c.given ? `${c.family} ${c.given}` : c.family;
  const initials = c.given
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join(' ');
  return `${c.family.toUpperCase()} ${initials}`;
}

function names(creators: readonly Creator[], chinese: boolean): string {
  const shown = creators.slice(0, MAX_NAMES).map(gbtName);
  if (creators.length > MAX_NAMES) shown.push(chinese ? '等' : 'et al.');
  return shown.join(', ');
}

const TYPE_CODE: Record<CitationFields['kind'], string> = {
  official: 'A/OL',
  news: 'N/OL',
  reference: 'EB/OL',
  webpage: 'EB/OL',
};

export interface GbtReference {
  /** Everything before the URL, ending with `. ` (plain text). */
  head: string;
  url: string;
}

/** The reference in two parts, so a Markdown writer can escape the text and link the URL. */
export function gbtReferenceParts(article: CitableArticle, options: CiteOptions): GbtReference {
  const f = citationFields(article);
  const chinese = (f.lang ?? '').toLowerCase().startsWith('zh') || /\p{Script=Han}/u.test(f.title);
  // A reference work is cited by its own name; a page without a named author by its publisher.
  const who =
    f.creators.length > 0
      ? names(f.creators, chinese)
      : f.kind === 'official' || f.kind === 'news'
        ? ''
        : (f.container ?? '');
  const title = f.kind === 'official' && f.number ? `${f.title}: ${f.number}` : f.title;
  const publisher = f.kind === 'webpage' && f.creators.length > 0 && f.container ? `${f.container}, ` : '';
  const accessed = `[${options.accessed}]`;
  let where: string;
  if (f.kind === 'news') {
    const paper = f.container ?? '';
    where = paper
      ? `${paper}, ${f.issued ?? ''}${accessed}`
      : `${f.issued ? `(${f.issued})` : ''}${accessed}`;
  } else {
    where = `${publisher}${f.issued ? `(${f.issued})` : ''}${accessed}`;
  }
  const head = `${who ? `${withStop(who)} ` : ''}${title}[${TYPE_CODE[f.kind]}]. ${where}. `;
  return { head, url: f.url };
}

/** The reference as one plain-text line. */
export function gbtReference(article: CitableArticle, options: CiteOptions): string {
  const { head, url } = gbtReferenceParts(article, options);
  return `${head}${url}.`;
}

/** Ends an element with a full stop unless it already ends with punctuation (`等` lists end without). */
function withStop(s: string): string {
  return /[.。!?！？]$/.test(s) ? s : `${s}.`;
}
