/**
 * `utils/cite`: an article (and its official-document record) in, citations out: CSL-JSON, RIS, BibTeX
 * and the GB/T 7714-2015 reference string. Pure: no I/O, no clock (the access date is passed in).
 */
export { citationFields, citationKind, type CitationFields } from './fields';
export { renderCslJson, toCslItem, type CslItem } from './csl';
export { renderRis, toRis } from './ris';
export { renderBibtex, toBibtex } from './bibtex';
export { gbtReference, gbtReferenceParts, type GbtReference } from './gbt7714';
export { apaReference } from './apa';
export { CITATION_FILES, citationFile, type CitationFile, type CitationFileOptions } from './files';
export type { CitableArticle, CitationKind, CiteOptions } from './types';

import { apaReference } from './apa';
import { renderBibtex } from './bibtex';
import { gbtReference } from './gbt7714';
import { renderCslJson } from './csl';
import { renderRis } from './ris';
import type { CitableArticle, CiteOptions } from './types';
import type { CitationFormat } from '../vocabulary';

export { CITATION_FORMATS, type CitationFormat } from '../vocabulary';

/** Several articles in one citation file, each with its own options (access date, id). */
export function renderCitations(
  format: CitationFormat,
  articles: readonly CitableArticle[],
  options: readonly CiteOptions[],
): string {
  if (articles.length !== options.length)
    throw new RangeError('renderCitations: one options object per article');
  if (format === 'csl') return renderCslJson(articles, options);
  if (format === 'ris') return renderRis(articles, options);
  return renderBibtex(articles, options);
}

/** The reference styles a single citation is copied in: GB/T 7714-2015 and APA 7. */
export const REFERENCE_STYLES = ['gbt7714', 'apa'] as const;
export type ReferenceStyle = (typeof REFERENCE_STYLES)[number];

/** One article's reference as a line of plain text, in `style`. */
export function referenceText(style: ReferenceStyle, article: CitableArticle, options: CiteOptions): string {
  return style === 'apa' ? apaReference(article, options) : gbtReference(article, options);
}
