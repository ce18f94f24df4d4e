/**
 * The PDF's bytes from its address, as the reader's page (an extension page with host access) may
 * fetch them: http(s) with the user's cookies (a PDF behind a login opens as in a tab), `file://`
 * only where the browser lets extensions read local files.
 */
import { browser } from 'wxt/browser';
import type { PdfLoadFailure } from '@/utils/pdf/failure-text';

export type FetchedPdf = { ok: true; bytes: Uint8Array } | { ok: false; failure: PdfLoadFailure };

/** Bytes received so far, and the total when the server says it. */
export type DownloadProgress = (received: number, total: number | null) => void;

async function fileAccessRefused(): Promise<PdfLoadFailure | null> {
  if (import.meta.env.FIREFOX) return { code: 'file-access', browser: 'firefox' };
  const allowed = await browser.extension.isAllowedFileSchemeAccess();
  return allowed ? null : { code: 'file-access', browser: 'chrome' };
}

async function readBody(response: Response, onProgress: DownloadProgress): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

export async function fetchPdf(
  url: URL,
  signal: AbortSignal,
  onProgress: DownloadProgress,
): Promise<FetchedPdf> {
  if (url.protocol === 'file:') {
    const refused = await fileAccessRefused();
    if (refused) return { ok: false, failure: refused };
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal });
  } catch {
    return { ok: false, failure: { code: 'network' } };
  }
  // file:// answers status 0 in some browsers: only an HTTP error status is one.
  if (url.protocol !== 'file:' && !response.ok)
    return { ok: false, failure: { code: 'http', status: response.status } };
  try {
    return { ok: true, bytes: await readBody(response, onProgress) };
  } catch {
    return { ok: false, failure: { code: 'network' } };
  }
}

/** A download started before the reader's view exists: its progress is given to whoever listens. */
export interface PdfDownload {
  result: Promise<FetchedPdf>;
  /** Receives the progress so far at once, then each step. */
  onProgress(listener: DownloadProgress): void;
  abort(): void;
}

/**
 * Starts fetching `url` at once: the reader calls this before it renders, so the download runs while the
 * page paints and pdf.js loads (it began only after the first paint, a fifth of the time to the first page).
 */
export function startDownload(url: URL): PdfDownload {
  const controller = new AbortController();
  let listener: DownloadProgress | null = null;
  let last: [number, number | null] | null = null;
  const result = fetchPdf(url, controller.signal, (received, total) => {
    last = [received, total];
    listener?.(received, total);
  });
  return {
    result,
    onProgress(next) {
      listener = next;
      if (last) next(...last);
    },
    abort: () => controller.abort(),
  };
}
