/**
 * Saved HTML bytes → text, for the CLI and benches (a browser hands the extension a decoded DOM).
 * The encoding comes from a byte-order mark, else the page's own declaration (`<meta charset>`,
 * `http-equiv=Content-Type`, `<?xml encoding>`) found in its first bytes as browsers look for it, else
 * UTF-8 when the bytes are valid UTF-8, else GB18030 (the superset of GBK/GB2312 that undeclared
 * Chinese pages use). Binary files and text that is not HTML are refused with a reason.
 */
import type { ExtractFailureReason } from './types';

export type DecodeResult =
  | { ok: true; html: string; encoding: string }
  | { ok: false; reason: Extract<ExtractFailureReason, 'empty' | 'not-html' | 'too-large'>; message: string };

/** How far into the file declarations are looked for (browsers use 1024 bytes; old Chinese CMSs need more). */
const PRESCAN_BYTES = 4096;
export const MAX_HTML_BYTES = 32 * 1024 * 1024;
const FALLBACK_NON_UTF8 = 'gb18030';

interface Signature {
  name: string;
  bytes: readonly number[];
}

/** Files that are plainly not web pages, by their first bytes. */
const BINARY_SIGNATURES: readonly Signature[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip-compressed file', bytes: [0x1f, 0x8b] },
  { name: 'an old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

const BOMS: readonly (Signature & { encoding: string })[] = [
  { name: 'UTF-8 BOM', bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { name: 'UTF-16LE BOM', bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { name: 'UTF-16BE BOM', bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Tags whose presence near the start makes text an HTML document. Frameset pages (`<frameset>`,
 * `<frame>`, `<noframes>`) count: they are HTML, and extraction gives its own no-article reason.
 */
const HTML_MARKERS =
  /<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6]|span|a\s|br|script|link|frameset|frame|noframes)\b/i;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A supported WHATWG encoding name for `label`, or null (`gb2312` → `gbk`, `utf8` → `utf-8`). */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

/** The charset a page declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const patterns = [
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i,
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i,
  ];
  for (const pattern of patterns) {
    const label = pattern.exec(head)?.[1];
    const encoding = label ? encodingForLabel(label) : null;
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
    if (encoding) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding to read `bytes` with: BOM, then declaration, then UTF-8 if valid, else GB18030. */
export function sniffEncoding(bytes: Uint8Array): string {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) return bom.encoding;
  return declaredCharset(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : FALLBACK_NON_UTF8);
}

/** Binary content by signature, or by NUL bytes (never in HTML text outside UTF-16). */
function binaryKind(bytes: Uint8Array): string | null {
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return signature.name;
  if (BOMS.some((b) => b.encoding.startsWith('utf-16') && startsWith(bytes, b.bytes))) return null;
  const sample = bytes.subarray(0, PRESCAN_BYTES);
  return sample.includes(0) ? 'a binary file' : null;
}

export function decodeHtml(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  if (bytes.length > MAX_HTML_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      message: `The file is too large to clip (${bytes.length} bytes; the limit is ${MAX_HTML_BYTES}).`,
    };
  }
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, reason: 'not-html', message: `This is ${binary}, not an HTML page.` };
  const encoding = sniffEncoding(bytes);
  const html = new TextDecoder(encoding).decode(bytes);
  if (html.trim() === '') return { ok: false, reason: 'empty', message: 'The file holds only whitespace.' };
  if (!HTML_MARKERS.test(html.slice(0, PRESCAN_BYTES * 4))) {
    return {
      ok: false,
      reason: 'not-html',
      message: 'This file is text but not HTML (no HTML tags near its start).',
    };
  }
  return { ok: true, html, encoding };
}
