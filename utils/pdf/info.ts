/**
 * The document information dictionary (and XMP) as pdf.js reports it → `PdfInfo`: strings cleaned,
 * placeholder values dropped, PDF dates (`D:20170926103000+08'00'`) read as the calendar day written.
 */
import { cleanInline } from '../extract/text-normalise';
import type { PdfInfo } from './types';

/** The part of pdf.js's `getMetadata()` answer read here. */
export interface PdfMetadataLike {
  info: object;
  metadata: { get(name: string): unknown } | null;
}

/** `D:YYYYMMDDHHmmSS…` (the `D:` and everything after the day optional) → `YYYY-MM-DD`, or null. */
export function parsePdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? '1'), Number(m[3] ?? '1')];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO 8601 XMP date (`2017-09-26T10:30:00+08:00`) → its day. */
function parseXmpDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? parsePdfDate(`${m[1]}${m[2]}${m[3]}`) : null;
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value.join('; '));
  if (typeof value !== 'string') return null;
  const cleaned = cleanInline(value);
  return cleaned === '' ? null : cleaned;
}

/** The XMP value of `name` (pdf.js gives a string, or a list for `dc:creator`), else null. */
function xmp(metadata: PdfMetadataLike['metadata'], name: string): unknown {
  try {
    return metadata?.get(name) ?? null;
  } catch {
    return null;
  }
}

/** `Language` is the catalog's `/Lang`, which pdf.js reports with the info dictionary. */
export function readPdfInfo(meta: PdfMetadataLike): PdfInfo {
  const info = meta.info as Record<string, unknown>;
  const x = meta.metadata;
  return {
    title: text(info.Title) ?? text(xmp(x, 'dc:title')),
    author: text(info.Author) ?? text(xmp(x, 'dc:creator')),
    subject: text(info.Subject) ?? text(xmp(x, 'dc:description')),
    keywords: text(info.Keywords) ?? text(xmp(x, 'pdf:keywords')),
    creator: text(info.Creator) ?? text(xmp(x, 'xmp:creatortool')),
    producer: text(info.Producer) ?? text(xmp(x, 'pdf:producer')),
    created: parsePdfDate(info.CreationDate) ?? parseXmpDate(xmp(x, 'xmp:createdate')),
    modified: parsePdfDate(info.ModDate) ?? parseXmpDate(xmp(x, 'xmp:modifydate')),
    lang: text(info.Language),
  };
}
