/**
 * A PDF as Policy Clipper reads it: the same `Article` as a web page (its `text` is the one string
 * findings index), plus the facts only a PDF has — pages, fingerprint, document info, the official
 * document's number line — and the refusals a PDF can earn.
 */
import type { Article } from '../extract/types';

/** One page's share of `Article.text`: `text.slice(start, end)` is what the page contributes. */
export interface PdfPageText {
  /** 1-based page number, as printed in citations (`p. 3`). */
  page: number;
  start: number;
  end: number;
  /**
   * Where the page's text came from, as flat quintuples `[textStart, length, item, itemOffset,
   * itemLength]`: `text.slice(textStart, textStart + length)` is `items[item].str.slice(itemOffset,
   * itemOffset + itemLength)` of the page's pdf.js text content (read with `disableNormalization`, as
   * the viewer's text layer reads it; item i is the text layer's i-th span). The two lengths differ
   * only where one compatibility character was written in its usual form (`⽇` → `日`, `ﬁ` → `fi`).
   * Separators the extraction wrote (spaces, line and paragraph breaks) belong to no run.
   */
  runs: number[];
}

/** The policy metadata an official document prints on its first page (and signs on its last). */
export interface PdfPolicyMetadata {
  /** 发文字号 (`国办发〔2017〕47号`), brackets normalised to 〔〕. */
  docNumber: string | null;
  /** 发文机关: from the masthead (`国务院办公厅文件`), a labelled field, or the signature. */
  issuer: string | null;
  /** 成文日期 as `YYYY-MM-DD`: the date under the signature (or a labelled date). */
  signedOn: string | null;
}

/** The document information dictionary and XMP, cleaned: null where absent or placeholder. */
export interface PdfInfo {
  title: string | null;
  author: string | null;
  subject: string | null;
  keywords: string | null;
  creator: string | null;
  producer: string | null;
  /** `YYYY-MM-DD` from `CreationDate` / `ModDate` (the calendar day written, zone ignored). */
  created: string | null;
  modified: string | null;
  /** The catalog's `/Lang`. */
  lang: string | null;
}

/** Where `Article.published` was read. */
export type PdfDateSource = 'labelled' | 'signature' | 'first-page' | 'info' | null;

export interface PdfFacts {
  /** pdf.js `fingerprints[0]`: the same file found from another URL has the same one. */
  fingerprint: string;
  pageCount: number;
  pages: PdfPageText[];
  /** Pages with no text at all (scanned pages in an otherwise digital document). */
  pagesWithoutText: number[];
  info: PdfInfo;
  policy: PdfPolicyMetadata;
  publishedFrom: PdfDateSource;
}

export const PDF_ERROR_CODES = [
  /** Not a PDF at all (an HTML error page served as `application/pdf`, an image, nothing). */
  'not-pdf',
  /** Starts like a PDF but its end is missing: a download cut short. */
  'truncated',
  /** A PDF pdf.js cannot parse. */
  'damaged',
  /** Opening needs a password (or the one given is wrong). */
  'password',
  /** Pages but no text: a scan without a text layer. */
  'no-text',
  /** Larger than the extraction accepts. */
  'too-large',
  /** The user (or the page closing) cancelled the extraction. */
  'cancelled',
] as const;
export type PdfErrorCode = (typeof PDF_ERROR_CODES)[number];

/** `detail` words a refusal more precisely (`not-pdf`: what the bytes look like; `password`: wrong or needed). */
export interface PdfFailure {
  ok: false;
  code: PdfErrorCode;
  detail?: string;
  /** Plain English for the CLI and logs; the UI words the failure from `code` and `detail`. */
  message: string;
}

export type PdfExtractResult = { ok: true; article: Article; pdf: PdfFacts } | PdfFailure;

export interface PdfProgress {
  /** Pages whose text has been read. */
  done: number;
  total: number;
}

export interface PdfExtractOptions {
  /** Cancels the extraction between pages: the result is then a `cancelled` failure. */
  signal?: AbortSignal;
  onProgress?: (progress: PdfProgress) => void;
}
