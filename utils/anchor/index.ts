/**
 * Anchoring: Range ⇄ selectors over a normalised text model, fuzzy re-anchoring, text-fragment links.
 * Pure DOM logic: every function takes the root element and reaches the document through it.
 */
export type { AnchorResult, PageSelector, Selector, TextPositionSelector, TextQuoteSelector } from './types';
export { type Bias, type TextModel, buildTextModel } from './text-model';
export { describe, describeInModel, quoteSelectorFromText } from './describe';
export {
  type AnchorAllOptions,
  anchor,
  anchorAll,
  anchorAllInModel,
  anchorInModel,
  anchorManyInModel,
  buildTextModelAsync,
  matchAllInText,
  matchInText,
  type TextMatch,
} from './anchor';
export { MIN_SCORE } from './score';
export { fragmentUrl, textFragmentDirective } from './fragment-directive';
export { encodeTextDirectiveComponent } from './fragment-encode';
export { OWN_UI_ATTRIBUTE } from './element-rules';
