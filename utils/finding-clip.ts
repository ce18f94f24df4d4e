/**
 * A suggestion the user accepted, as the clip to save: one rule for the extension (a finding picked in
 * the popup, located in the live page) and the CLI (every finding, located in the article text).
 *
 * A figure is saved with its statement: the clip's quote is the sentence (or clause) stating it, the
 * figure kept as the clip's value (`figure`: as written and where it sits in the quote; `value`/`unit`:
 * normalised), so the library and briefs never show a bare number. Kind and category are the clip's
 * fields (`kind`, `type`), never tags: the tags are the user's.
 */
import type { Finding, TextSpan } from './detect/types';
import type { ClipDraft, ClipRecord } from './store/types';
import { KIND_COLOUR } from './vocabulary';

/** What a clip needs of a finding (the popup sends these fields of the one the user picked). */
export type FindingFields = Pick<Finding, 'kind' | 'type' | 'text' | 'context'> & {
  value?: number | null;
  unit?: string | null;
  /** A figure's number and unit words as written. */
  number?: number | null;
  unitText?: string | null;
};

/** Where the finding was found: in the live page (the highlighter's description) or in the text. */
export interface FoundAt {
  articleId: string;
  /** The passage's words as the page has them: the finding's, or a figure's statement. */
  quote: string;
  selectors: ClipDraft['selectors'];
  fragment: string;
  /** Where the figure was expected in `quote` (its offset in the statement), to pick among repeats. */
  figureHint?: number;
}

/**
 * The span of the text a finding is saved as: a figure's statement when it holds the figure, else the
 * finding itself.
 */
export function savedSpan(f: TextSpan & { kind: Finding['kind']; statement?: TextSpan }): TextSpan {
  const s = f.kind === 'figure' ? f.statement : undefined;
  return s && s.start <= f.start && f.end <= s.end && s.end - s.start > f.end - f.start ? s : f;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The occurrence of `needle` in `haystack` nearest `hint`, or -1. */
function nearestIndex(haystack: string, needle: string, hint: number): number {
  let best = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}

function figureIn(finding: FindingFields, quote: string, hint: number): ClipDraft['figure'] {
  if (finding.kind !== 'figure') return null;
  const at = nearestIndex(quote, finding.text, hint);
  if (at < 0) return null;
  return { text: finding.text, at, number: finding.number ?? null, unitText: finding.unitText ?? null };
}

export function findingClipDraft(finding: FindingFields, at: FoundAt): ClipDraft {
  // The page's words, or the finding's own when they differ only in spacing.
  const quote = squash(at.quote) === squash(finding.text) ? finding.text : at.quote;
  const figure = finding.kind === 'figure';
  return {
    articleId: at.articleId,
    quote,
    selectors: at.selectors,
    kind: finding.kind,
    type: finding.type,
    value: figure ? (finding.value ?? null) : null,
    unit: figure ? (finding.unit ?? null) : null,
    figure: figureIn(finding, quote, at.figureHint ?? 0),
    context: finding.context,
    fragment: at.fragment,
    tags: [],
    colour: KIND_COLOUR[finding.kind],
  };
}

/**
 * What makes a clip the same as a finding: kind, the finding's words (a figure's own, not its
 * statement's) and its context. A second "Highlight all" saves nothing twice.
 */
export function clipIdentity(kind: string, text: string, context: string): string {
  return `${kind}\u0000${text}\u0000${context}`;
}

export const clipIdentityOf = (c: Pick<ClipRecord, 'kind' | 'quote' | 'context' | 'figure'>): string =>
  clipIdentity(c.kind, c.figure?.text ?? c.quote, c.context);

export const findingIdentity = (f: Pick<Finding, 'kind' | 'text' | 'context'>): string =>
  clipIdentity(f.kind, f.text, f.context);
