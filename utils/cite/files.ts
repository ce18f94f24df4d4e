/**
 * Citation files as the extension delivers them: the articles' records in one format, each accessed on
 * the day it was clipped (in the user's time zone), under a name that says what is in the file.
 */
import { briefFileName, type FileExtension } from '../brief/file-name';
import { dateFormatter } from '../brief/format';
import type { ArticleRecord } from '../store/types';
import type { CitationFormat } from '../vocabulary';
import { renderBibtex } from './bibtex';
import { renderCslJson } from './csl';
import { renderRis } from './ris';

/** File name extension and MIME type of each format, for downloads. */
export const CITATION_FILES: Readonly<Record<CitationFormat, { extension: FileExtension; mime: string }>> = {
  csl: { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems' },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex' },
};

export interface CitationFileOptions {
  /** The export's date (in the name). */
  now: Date;
  timeZone: string;
  /** A name for a file of several articles (the selection's shared tag); default `Policy Clipper`. */
  name?: string | null;
}

export interface CitationFile {
  filename: string;
  text: string;
  mime: string;
}

const isZh = (lang: string | null): boolean => !!lang && lang.toLowerCase().startsWith('zh');

/**
 * One article's file is named by its title (`国务院办公厅关于…的通知-2026-12-05.ris`); several articles'
 * by `name` and `引文` or `citations` (the articles' majority language): `新能源-引文-2026-12-05.bib`.
 */
export function citationFile(
  format: CitationFormat,
  articles: readonly ArticleRecord[],
  options: CitationFileOptions,
): CitationFile {
  if (articles.length === 0) throw new RangeError('citationFile: no articles');
  const day = dateFormatter(options.timeZone);
  const cites = articles.map((a) => ({ accessed: day(a.clippedAt) }));
  const text =
    format === 'csl'
      ? renderCslJson(articles, cites)
      : format === 'ris'
        ? renderRis(articles, cites)
        : renderBibtex(articles, cites);
  const zh = articles.filter((a) => isZh(a.lang)).length * 2 > articles.length;
  const [only] = articles;
  const base =
    articles.length === 1 && only
      ? only.title
      : `${options.name?.trim() || 'Policy Clipper'}-${zh ? '引文' : 'citations'}`;
  const { extension, mime } = CITATION_FILES[format];
  return { filename: briefFileName(base, options.now, extension, options.timeZone), text, mime };
}
