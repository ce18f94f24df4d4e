/**
 * RIS, the tagged format every reference manager imports (Zotero, EndNote, Mendeley). Official
 * documents are `LEGAL` (Zotero: statute), news `NEWS`, web pages `ELEC`; the 发文字号 goes in `SN` (the
 * RIS number tag for legal rules), the document type in `M3`, 成文日期 and 索引号 in a note. UTF-8 text,
 * one value per line, CJK as is.
 */
import { citationFields, dateParts, defaultId, type CitationFields, type Creator } from './fields';
import type { CitableArticle, CiteOptions } from './types';

const TYPE: Record<CitationFields['kind'], string> = {
  official: 'LEGAL',
  news: 'NEWS',
  reference: 'ELEC',
  webpage: 'ELEC',
};

/** RIS values are one line each. */
function value(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

function risDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;
}

function risName(c: Creator): string {
  if ('literal' in c) return c.literal;
  return c.given ? `${c.family}, ${c.given}` : c.family;
}

export function toRis(article: CitableArticle, options: CiteOptions): string {
  const f = citationFields(article);
  const lines: [string, string][] = [['TY', TYPE[f.kind]]];
  // A NEWS record's AU is its reporter (RIS 2011), which Zotero and EndNote import as the author.
  for (const creator of f.creators) lines.push(['AU', risName(creator)]);
  lines.push(['TI', f.title]);
  if (f.container) lines.push(['T2', f.container]);
  if (f.number) lines.push(['SN', f.number]);
  if (f.docType) lines.push(['M3', f.docType]);
  if (f.issued) lines.push(['PY', f.issued.slice(0, 4)], ['DA', risDate(f.issued)]);
  if (f.kind === 'official' && f.written && f.written !== f.issued)
    lines.push(['N1', `成文日期: ${f.written}`]);
  if (f.indexNumber) lines.push(['N1', `索引号: ${f.indexNumber}`]);
  if (f.topic) lines.push(['KW', f.topic]);
  if (f.lang) lines.push(['LA', f.lang]);
  lines.push(['UR', f.url], ['Y2', risDate(options.accessed)], ['ID', options.id ?? defaultId(f)]);
  return `${lines.map(([tag, v]) => `${tag}  - ${value(v)}`).join('\n')}\nER  - \n`;
}

export function renderRis(articles: readonly CitableArticle[], options: readonly CiteOptions[]): string {
  return articles.map((a, i) => toRis(a, options[i] as CiteOptions)).join('\n');
}
