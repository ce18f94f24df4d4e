/** Which saved files are PDFs (by their bytes, whatever their name), and reading one from disk. */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { MAX_PDF_BYTES } from '../utils/pdf';

const SNIFF_BYTES = 1024;

/** A `.pdf` name, or `%PDF-` in the first 1024 bytes (where the spec puts it). */
export function isPdfFile(path: string): boolean {
  if (/\.pdf$/i.test(path)) return true;
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, read).includes('%PDF-');
  } catch {
    return false; // the HTML loader reports what is wrong with the path
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export type LoadedPdf = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export function loadPdf(path: string): LoadedPdf {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, message: `${path} is not a regular file` };
    if (stat.size > MAX_PDF_BYTES)
      return { ok: false, message: `${path}: the file is too large to read (${stat.size} bytes)` };
    return { ok: true, bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`,
    };
  }
}
