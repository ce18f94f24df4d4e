/**
 * Download file names that every desktop OS accepts, keeping Chinese and other scripts:
 * `briefFileName('科技成果转化-简报', date, 'md')` → `科技成果转化-简报-2026-11-30.md`.
 */
import { dateFormatter } from './format';

const MAX_BYTES = 120;
const FALLBACK_BASE = 'brief';

// Forbidden on Windows (`<>:"/\|?*`), control characters, invisible format characters (bidi controls
// could disguise the extension; zero-width spaces make look-alike names; the joiners U+200C/U+200D stay,
// emoji and several scripts need them), and lone surrogates (not encodable as UTF-8).
const UNSAFE =
  /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Windows reserves these device names whatever the extension (`con.md`, `NUL.tar.gz`).
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

function graphemes(s: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter)
    return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (x) => x.segment);
  return Array.from(s);
}

/** Cuts `s` to at most `maxBytes` of UTF-8 without splitting a character (grapheme cluster). */
function truncateUtf8(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const g of graphemes(s)) {
    const n = utf8Length(g);
    if (bytes + n > maxBytes) break;
    out += g;
    bytes += n;
  }
  return out;
}

const trimEnds = (s: string): string => s.replace(/^[\s.-]+|[\s.-]+$/gu, '');

/** What exports are saved as: briefs, the figures CSV, backups and citation files. */
export type FileExtension = 'md' | 'csv' | 'json' | 'ris' | 'bib';

/**
 * `base` made safe as (the start of) a file name on every desktop OS, at most `maxBytes` of UTF-8 (one
 * more for the `_` a Windows device name gets), or `fallback` when nothing usable is left; `suffix` is
 * what will follow it (a device name is compared up to the first dot of the whole name).
 */
export function safeFileStem(base: string, maxBytes: number, fallback: string, suffix = ''): string {
  let stem = trimEnds(base.normalize('NFC').replace(UNSAFE, '-').replace(/\s+/g, ' ').replace(/-{2,}/g, '-'));
  stem = trimEnds(truncateUtf8(stem, maxBytes));
  if (stem === '') stem = fallback;
  // The name before the first dot is what Windows compares with its device names.
  if (RESERVED.test((stem + suffix).split('.')[0] ?? '')) stem = `_${stem}`;
  return stem;
}

/** `base-YYYY-MM-DD.ext`, ≤ 120 bytes of UTF-8; `date` is printed in `timeZone` (default UTC). */
export function briefFileName(base: string, date: Date, ext: FileExtension, timeZone = 'UTC'): string {
  const suffix = `-${dateFormatter(timeZone)(date.getTime())}.${ext}`;
  // One byte kept for the `_` a reserved name gets.
  return safeFileStem(base, MAX_BYTES - 1 - utf8Length(suffix), FALLBACK_BASE, suffix) + suffix;
}
