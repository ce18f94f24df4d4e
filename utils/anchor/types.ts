/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters of normalised text before `exact`. */
  prefix: string;
  /** Up to 32 characters of normalised text after `exact`. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets into the normalised text of the root (see `anchor/text-model.ts`). */
  start: number;
  end: number;
}

/**
 * The page of a PDF a passage starts on (as Hypothesis writes it): `index` 0-based, `label` the page
 * number as printed in citations. Text selectors place the passage; this one says where to look and
 * cites it while the PDF is not open.
 */
export interface PageSelector {
  type: 'PageSelector';
  index: number;
  label: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | PageSelector;

/**
 * Where a clip's selectors landed in the live page. `start`/`end` are offsets into the text model's
 * text (the input of `textFragmentDirective`); `range` is built from them on first access, so read it
 * before the page changes again. An orphan's `bestScore` is the best candidate's score, below the
 * minimum (0 when nothing resembled the quote).
 */
export type AnchorResult =
  | { ok: true; range: Range; score: number; start: number; end: number }
  | { ok: false; reason: 'orphan'; bestScore: number };
