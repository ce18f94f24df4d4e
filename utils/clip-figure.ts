/**
 * Where a figure sits in the statement it was saved with: the one rule the popup, the library and the
 * briefs use to emphasise it. Plain strings: callers render them as text (or escape them as Markdown).
 */
import type { ClipRecord } from './store/types';

export interface FigurePieces {
  before: string;
  figure: string;
  after: string;
}

/** The quote split around its figure, or null when the clip has none (or it is no longer in the quote). */
export function figurePieces(clip: Pick<ClipRecord, 'quote' | 'figure'>): FigurePieces | null {
  const f = clip.figure;
  if (!f) return null;
  const at = clip.quote.startsWith(f.text, f.at) ? f.at : clip.quote.indexOf(f.text);
  if (at < 0) return null;
  const end = at + f.text.length;
  return { before: clip.quote.slice(0, at), figure: f.text, after: clip.quote.slice(end) };
}

/** The figure's own words: its `figure.text`, or the quote of a figure saved before statements. */
export function figureText(clip: Pick<ClipRecord, 'quote' | 'figure'>): string {
  return clip.figure?.text ?? clip.quote;
}
