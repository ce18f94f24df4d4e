import type { ArticleRecord } from '../store/types';

/** What a citation needs of an article: the stored record's bibliographic fields. */
export type CitableArticle = Pick<
  ArticleRecord,
  | 'title'
  | 'source'
  | 'byline'
  | 'published'
  | 'lang'
  | 'url'
  | 'originalUrl'
  | 'policy'
  | 'genre'
  | 'revised'
>;

/**
 * How a work is cited: an official document (GB/T 7714 `[A/OL]`, CSL `legislation`/`regulation`), a news
 * report (`[N/OL]`, `article-newspaper`), a reference work cited by its own name, or any web page
 * (`[EB/OL]`, `webpage`).
 */
export type CitationKind = 'official' | 'news' | 'reference' | 'webpage';

export interface CiteOptions {
  /** The access date (`YYYY-MM-DD`) every citation carries: when the article was clipped. */
  accessed: string;
  /** The item's id in CSL-JSON, RIS and BibTeX; default: one made from the URL. */
  id?: string;
}
