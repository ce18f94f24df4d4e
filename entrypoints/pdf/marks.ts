/** Performance marks the reader sets (bench/pdf-reader.ts reads them; times count from navigation start). */
export const READER_MARKS = {
  /** The first text layer is drawn (the first page the user sees can be selected). */
  firstTextLayer: 'pc-pdf-first-text-layer',
  /** The suggestions panel has the whole document's findings. */
  suggestions: 'pc-pdf-suggestions',
} as const;
