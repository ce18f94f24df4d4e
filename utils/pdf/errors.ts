/**
 * Every way a PDF can be refused, as a code (the UI words it from `_locales`) and English (CLI, logs).
 * Bytes are checked before pdf.js sees them: pdf.js repairs what it can, and a truncated download it
 * "repairs" loses its last pages without a word, which must never reach the store as the document.
 */
import type { PdfErrorCode, PdfFailure } from './types';

/** The spec puts `%PDF-` in the first 1024 bytes and `%%EOF` in the last 1024 (readers look there). */
const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 1024;
export const MAX_PDF_BYTES = 512 * 1024 * 1024;

export const PDF_FAILURE_MESSAGES: Readonly<Record<PdfErrorCode, (detail?: string) => string>> = {
  'not-pdf': (detail) =>
    detail === 'empty'
      ? 'This file is empty: it is not a PDF.'
      : `This file is not a PDF (it looks like ${detail === 'html' ? 'a web page' : 'something else'}).`,
  truncated: () => 'This PDF is incomplete: the file ends before the document does (a download cut short?).',
  damaged: () => 'This PDF is damaged: it cannot be read.',
  password: (detail) =>
    detail === 'incorrect'
      ? 'The password for this PDF is not correct.'
      : 'This PDF is protected by a password: it cannot be read without it.',
  'no-text': () => 'This PDF has no text layer: it is a scan, so there is no text to clip.',
  'too-large': () => 'This PDF is too large to read.',
  cancelled: () => 'Reading the PDF was cancelled.',
};

export function pdfFailure(code: PdfErrorCode, detail?: string): PdfFailure {
  return {
    ok: false,
    code,
    ...(detail === undefined ? {} : { detail }),
    message: PDF_FAILURE_MESSAGES[code](detail),
  };
}

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from: number, to: number): number {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return /^(<!doctype|<html|<head|<body|<\?xml|<!--|<meta|<title|<div|<p\b)/.test(head);
}

/** Null when `bytes` can be a whole PDF; else why not. */
export function checkPdfBytes(bytes: Uint8Array, maxBytes = MAX_PDF_BYTES): PdfFailure | null {
  if (bytes.length === 0) return pdfFailure('not-pdf', 'empty');
  if (bytes.length > maxBytes) return pdfFailure('too-large');
  if (indexOfBytes(bytes, PDF_HEADER, 0, HEADER_WINDOW) < 0)
    return pdfFailure('not-pdf', looksLikeHtml(bytes) ? 'html' : 'other');
  if (indexOfBytes(bytes, EOF_MARKER, bytes.length - TRAILER_WINDOW, bytes.length) < 0)
    return pdfFailure('truncated');
  return null;
}

/** pdf.js's exception names (its classes differ between builds; their names do not). */
const PDFJS_PASSWORD_NEEDED = 1;

/** What a pdf.js loading or parsing error means to the user. */
export function failureFromPdfJs(error: unknown): PdfFailure {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (name === 'PasswordException')
    return pdfFailure('password', code === PDFJS_PASSWORD_NEEDED ? 'needed' : 'incorrect');
  if (name === 'AbortException') return pdfFailure('cancelled');
  return pdfFailure('damaged');
}
