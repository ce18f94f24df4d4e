/**
 * Bytes → an open pdf.js document, or the refusal the user should read. pdf.js itself is passed in
 * (the legacy build in Node, the modern one in the extension), with where its CMaps, standard fonts
 * and wasm decoders are: without CMaps the Chinese text of non-embedded CID fonts silently vanishes.
 * Every document is opened with the PDF's own code disabled: no `eval` for fonts, no XFA forms (and
 * no scripting: nothing here or in the reader creates pdf.js's scripting sandbox).
 */
import { checkPdfBytes, failureFromPdfJs, pdfFailure } from './errors';
import type { PdfFailure } from './types';

/** Where pdf.js finds its data files: URLs in a browser, folder paths (ending in `/`) in Node. */
export interface PdfResources {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl?: string;
  iccUrl?: string;
}

export interface LoadingTaskLike<D> {
  promise: Promise<D>;
  destroy(): Promise<void>;
}

export type GetDocument<D> = (params: Record<string, unknown>) => LoadingTaskLike<D>;

export interface OpenOptions {
  password?: string;
  signal?: AbortSignal;
  maxBytes?: number;
}

export type OpenedPdf<D> = { ok: true; doc: D; close: () => Promise<void> } | PdfFailure;

/** pdf.js parameters with every safety switch set. `data` is handed over (pdf.js detaches its buffer). */
export function pdfDocumentParams(
  data: Uint8Array,
  resources: PdfResources,
  password?: string,
): Record<string, unknown> {
  return {
    data,
    ...resources,
    cMapPacked: true,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
    ...(password === undefined ? {} : { password }),
  };
}

export async function openPdf<D>(
  getDocument: GetDocument<D>,
  bytes: Uint8Array,
  resources: PdfResources,
  options: OpenOptions = {},
): Promise<OpenedPdf<D>> {
  const refused = checkPdfBytes(bytes, options.maxBytes);
  if (refused) return refused;
  if (options.signal?.aborted) return pdfFailure('cancelled');
  const task = getDocument(pdfDocumentParams(bytes, resources, options.password));
  const cancel = (): void => void task.destroy();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const doc = await task.promise;
    return { ok: true, doc, close: () => task.destroy() };
  } catch (error) {
    void task.destroy();
    return options.signal?.aborted ? pdfFailure('cancelled') : failureFromPdfJs(error);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
}
