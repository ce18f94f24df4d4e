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
  /** Offsets into the normalised text of the root (see `anchor/text.ts`). */
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;
