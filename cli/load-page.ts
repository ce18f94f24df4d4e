/** A saved page from disk → decoded HTML, or a one-line reason it cannot be clipped. */
import { readFileSync, statSync } from 'node:fs';
import { MAX_HTML_BYTES, decodeHtml } from '../utils/extract/decode';

export type LoadedPage = { ok: true; html: string; encoding: string } | { ok: false; message: string };

export function loadPage(path: string): LoadedPage {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: `${path} is a directory, not an HTML file` };
    if (!stat.isFile()) return { ok: false, message: `${path} is not a regular file` };
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`,
    };
  }
  if (size > MAX_HTML_BYTES)
    return { ok: false, message: `${path}: the file is too large to clip (${size} bytes)` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    return {
      ok: false,
      message: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  }
  const decoded = decodeHtml(bytes);
  return decoded.ok ? decoded : { ok: false, message: `${path}: ${decoded.message}` };
}
