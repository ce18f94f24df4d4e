/**
 * Clips made in the PDF reader, before the background files them under the PDF's article: a suggestion
 * (by the same rule as on a web page: a figure is saved with its statement) or the user's selection.
 * Both are placed by quote + position + page selectors over the extracted text.
 */
import type { Finding } from '../detect/types';
import { contextAround } from '@/utils/detect/contexts';
import { findingClipDraft, savedSpan } from '../finding-clip';
import type { ClipDraft } from '../store/types';
import { describePdfPassage, type PdfTextModel } from './passages';
import type { PdfPageText } from './types';

export type PdfClipDraft = Omit<ClipDraft, 'articleId'>;

function quoteOf(selectors: ClipDraft['selectors']): string | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' && quote.exact ? quote.exact : null;
}

/** A suggestion as a clip, or null when its span holds no text. */
export function pdfFindingDraft(
  model: PdfTextModel,
  pages: readonly PdfPageText[],
  finding: Finding,
): PdfClipDraft | null {
  const span = savedSpan(finding);
  const selectors = describePdfPassage(model, pages, span.start, span.end);
  const quote = quoteOf(selectors);
  if (quote === null) return null;
  const { articleId: _none, ...draft } = findingClipDraft(finding, {
    articleId: '',
    quote,
    selectors,
    fragment: '',
    figureHint: finding.start - span.start,
  });
  return draft;
}

/** The user's selection (`[start, end)` of the text) as a quote clip, or null when it is only space. */
export function pdfQuoteDraft(
  model: PdfTextModel,
  pages: readonly PdfPageText[],
  start: number,
  end: number,
  extra: Pick<PdfClipDraft, 'tags' | 'colour'> = {},
): PdfClipDraft | null {
  const selectors = describePdfPassage(model, pages, start, end);
  const quote = quoteOf(selectors);
  if (quote === null) return null;
  return {
    quote,
    selectors,
    kind: 'quote',
    context: contextAround(model.source, start, end),
    fragment: '',
    tags: extra.tags ?? [],
    ...(extra.colour ? { colour: extra.colour } : {}),
  };
}
