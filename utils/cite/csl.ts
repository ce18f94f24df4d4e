/**
 * CSL-JSON (the citation-style-language input schema): what Zotero, Zotero's connector, citeproc and
 * Pandoc read. Official documents are `legislation` (laws, notices, opinions) or `regulation` (rules
 * and measures), with the 发文字号 as `number` and the issuing institutions as literal authors; news is
 * `article-newspaper`; every other page `webpage`. `accessed` is always given.
 */
import { citationFields, dateParts, defaultId, type CitationFields, type Creator } from './fields';
import type { CitableArticle, CiteOptions } from './types';

type CslDate = { 'date-parts': [[number, number, number]] };

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: Creator[];
  authority?: string;
  'container-title'?: string;
  number?: string;
  genre?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language?: string;
  keyword?: string;
  note?: string;
}

/** Rules and measures (条例, 办法, 规定…) are regulations; Western report types stay reports. */
const REGULATION = /条例|办法|规定|细则|规则|规章|令$|regulation|rule|order|decree|ordinance/i;
const REPORT = /report|white paper|memorandum/i;

function cslType(fields: CitationFields): string {
  switch (fields.kind) {
    case 'official':
      if (fields.docType && REPORT.test(fields.docType)) return 'report';
      return fields.docType && REGULATION.test(fields.docType) ? 'regulation' : 'legislation';
    case 'news':
      return 'article-newspaper';
    default:
      return 'webpage';
  }
}

const date = (iso: string): CslDate => ({ 'date-parts': [dateParts(iso)] });

/** What an official document states beyond CSL's variables, as `label: value` lines Zotero keeps in Extra. */
function officialNote(fields: CitationFields): string | undefined {
  const lines = [
    fields.written && fields.written !== fields.issued ? `成文日期: ${fields.written}` : null,
    fields.indexNumber ? `索引号: ${fields.indexNumber}` : null,
  ].filter((l): l is string => l !== null);
  return lines.length ? lines.join('\n') : undefined;
}

export function toCslItem(article: CitableArticle, options: CiteOptions): CslItem {
  const fields = citationFields(article);
  const institutions = fields.creators.filter((c): c is { literal: string } => 'literal' in c);
  const item: CslItem = {
    id: options.id ?? defaultId(fields),
    type: cslType(fields),
    title: fields.title,
    accessed: date(options.accessed),
    URL: fields.url,
  };
  if (fields.creators.length) item.author = fields.creators;
  if (fields.kind === 'official' && institutions.length)
    item.authority = institutions.map((c) => c.literal).join(', ');
  if (fields.container) item['container-title'] = fields.container;
  if (fields.number) item.number = fields.number;
  if (fields.docType) item.genre = fields.docType;
  if (fields.issued) item.issued = date(fields.issued);
  if (fields.lang) item.language = fields.lang;
  if (fields.topic) item.keyword = fields.topic;
  const note = fields.kind === 'official' ? officialNote(fields) : undefined;
  if (note) item.note = note;
  return item;
}

/** A CSL-JSON document: a list of items, pretty-printed (CJK as is). */
export function renderCslJson(articles: readonly CitableArticle[], options: readonly CiteOptions[]): string {
  return `${JSON.stringify(
    articles.map((a, i) => toCslItem(a, options[i] as CiteOptions)),
    null,
    2,
  )}\n`;
}
