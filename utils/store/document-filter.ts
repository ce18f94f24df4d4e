/**
 * The library's official-document filters: by issuing institution (发文机关) and by document type
 * (公文种类). Joint documents (`国家发展改革委 国家能源局`) are found under each institution, as
 * their citations list them (`splitInstitutions`, the one rule for both).
 */
import { splitInstitutions } from '../cite/fields';
import type { ArticleRecord } from './types';

export interface DocumentCriteria {
  issuer: string | null;
  docType: string | null;
}

export interface FacetCount {
  value: string;
  /** Articles with this value. */
  count: number;
}

export interface DocumentFacets {
  issuers: FacetCount[];
  docTypes: FacetCount[];
}

type Documentary = Pick<ArticleRecord, 'policy'>;

/** The institutions an article was issued by (none when it is not an official document). */
export function issuersOf(article: Documentary): string[] {
  const issuer = article.policy?.issuer?.trim();
  return issuer ? [...new Set(splitInstitutions(issuer))] : [];
}

export function docTypeOf(article: Documentary): string | null {
  return article.policy?.docType?.trim() || null;
}

export function hasDocumentCriteria(c: DocumentCriteria): boolean {
  return c.issuer !== null || c.docType !== null;
}

/** Whether an article meets the criteria. An issuer given as a whole joint string matches too. */
export function matchesDocument(article: Documentary, c: DocumentCriteria): boolean {
  if (c.docType !== null && docTypeOf(article) !== c.docType.trim()) return false;
  if (c.issuer === null) return true;
  const wanted = c.issuer.trim();
  return article.policy?.issuer?.trim() === wanted || issuersOf(article).includes(wanted);
}

function ranked(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
}

/** The issuers and types the library holds, with how many articles each, most first. */
export function documentFacets(articles: Iterable<Documentary>): DocumentFacets {
  const issuers = new Map<string, number>();
  const docTypes = new Map<string, number>();
  for (const article of articles) {
    for (const issuer of issuersOf(article)) issuers.set(issuer, (issuers.get(issuer) ?? 0) + 1);
    const type = docTypeOf(article);
    if (type) docTypes.set(type, (docTypes.get(type) ?? 0) + 1);
  }
  return { issuers: ranked(issuers), docTypes: ranked(docTypes) };
}
