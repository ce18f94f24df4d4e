/**
 * `utils/cite`: an article (and its official-document record) in, citations out: CSL-JSON, RIS, BibTeX
 * and the GB/T 7714-2015 reference string. Pure: no I/O, no clock (the access date is passed in).
 */
export { citationFields, citationKind, type CitationFields } from './fields';
export { renderCslJson, toCslItem, type CslItem } from './csl';
export { renderRis, toRis } from './ris';
export { renderBibtex, toBibtex } from './bibtex';
export { gbtReference, gbtReferenceParts, type GbtReference } from './gbt7714';
export type { CitableArticle, CitationKind, CiteOptions } from './types';

import { renderBibtex } from './bibtex';
import { renderCslJson } from './csl';
import { renderRis } from './ris';
import type { CitableArticle, CiteOptions } from './types';
import type { CitationFormat } from '../vocabulary';

export { CITATION_FORMATS, type CitationFormat } from '../vocabulary';

/** File name extension and MIME type of each format, for downloads. */
export const CITATION_FILES: Readonly<Record<CitationFormat, { extension: string; mime: string }>> = {
  csl: { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems' },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex' },
};

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
