/**
 * What a PDF says about itself on its first page (and signs on its last), read from its lines: the
 * title (the largest type on the first page, or a usable metadata title), the official document's
 * masthead, number line and signature, and a printed publication date.
 */
import { BLOCK_START, lineJoiner, pageStats } from './paragraphs';
import type { TextLine } from './lines';
import {
  readDateLine,
  readDocNumber,
  readLabelledFields,
  readMasthead,
  readSignature,
  squeezeHan,
} from './policy-lines';
import type { PdfPolicyMetadata } from './types';
import { findDate } from '../extract/dates';
import { readingWeight } from '../extract/text-normalise';

/** The masthead, number line and title sit in the first lines of an official document. */
const HEAD_LINES = 16;
/** Lines of a cover page whose dates count, and how long such a line may be. */
const COVER_LINES = 8;
const COVER_LINE_WEIGHT = 60;
const TITLE_MAX_LENGTH = 200;
/** A heading this much larger than the body text is the document's title. */
const STRONG_HEADING = 1.25;

/** Lines above the title that are not it: classification, urgency, copy number, 签发人, attachment labels. */
const NOT_TITLE =
  /^(?:★|[\d]{6}$|密级|秘密|机密|绝密|特急|加急|平急|特提|签发人|附件\s*\d*[:：]?$|抄送|印发|主题词)/;

export interface FrontMatter {
  policy: PdfPolicyMetadata;
  /** The first page's heading, and whether it stands out from the body text. */
  heading: { text: string; strong: boolean } | null;
  /** A date given a label (`发布日期：`, `Published:`) on the first page. */
  labelledDate: string | null;
  /**
   * A line of the first page that is only a date (a report cover's `March 14, 2024`), else a date on a
   * short line near the top of the first page.
   */
  dateLine: string | null;
}

/** Lines that cannot be the title: masthead, number line, labelled fields, dates, section headings. */
function cannotBeTitle(text: string): boolean {
  return (
    readMasthead(text) !== null ||
    readDocNumber(text) !== null ||
    Object.keys(readLabelledFields(text)).length > 0 ||
    readDateLine(text) !== null ||
    BLOCK_START.test(text) ||
    NOT_TITLE.test(squeezeHan(text))
  );
}

/** The run of adjacent lines set in the largest type among the first lines (a title may wrap). */
function findHeading(lines: readonly TextLine[]): FrontMatter['heading'] {
  const head = lines.slice(0, HEAD_LINES).filter((l) => !cannotBeTitle(l.text));
  if (head.length === 0) return null;
  const largest = Math.max(...head.map((l) => l.size));
  const first = head.findIndex((l) => l.size >= largest * 0.95 && readingWeight(l.text) >= 4);
  const parts: TextLine[] = [head[first] as TextLine];
  for (let i = first + 1; i < head.length; i++) {
    const line = head[i] as TextLine;
    const prev = parts.at(-1) as TextLine;
    if (line.size < largest * 0.95 || prev.y - line.y > line.size * 2.2) break;
    parts.push(line);
  }
  let text = '';
  for (const part of parts) text += text === '' ? part.text : lineJoiner(text, part.text) + part.text;
  if (text.length > TITLE_MAX_LENGTH) return null;
  return { text: squeezeHan(text), strong: largest >= pageStats(lines).bodySize * STRONG_HEADING };
}

export function readFrontMatter(first: readonly TextLine[], lastPageLines: readonly string[]): FrontMatter {
  const policy: PdfPolicyMetadata = { docNumber: null, issuer: null, signedOn: null };
  let labelledDate: string | null = null;
  let dateLine: string | null = null;
  let coverDate: string | null = null;
  first.forEach((line, i) => {
    const fields = readLabelledFields(line.text);
    policy.docNumber ??= fields.docNumber ?? null;
    policy.issuer ??= fields.issuer ?? null;
    labelledDate ??= fields.date ?? null;
    dateLine ??= readDateLine(line.text);
    // A cover line that carries a date among a few words (`for version 4.19.0, 18 August 2022`).
    if (i < COVER_LINES && readingWeight(line.text) <= COVER_LINE_WEIGHT)
      coverDate ??= findDate(line.text)?.iso ?? null;
    if (i >= HEAD_LINES) return;
    policy.docNumber ??= readDocNumber(line.text);
    policy.issuer ??= readMasthead(line.text);
  });
  const signature = readSignature(lastPageLines);
  if (signature) {
    policy.issuer ??= signature.issuer;
    policy.signedOn = signature.date;
  }
  policy.signedOn ??= policy.docNumber || policy.issuer ? labelledDate : null;
  return { policy, heading: findHeading(first), labelledDate, dateLine: dateLine ?? coverDate };
}
