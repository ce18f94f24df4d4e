/**
 * A suggestion the user accepted, as the clip to save: one rule for the extension (a finding picked in
 * the popup, located in the live page) and the CLI (every finding, located in the article text).
 */
import { suggestedTags } from './detect';
import type { Finding } from './detect/types';
import type { ClipDraft } from './store/types';
import { KIND_COLOUR } from './vocabulary';

/** What a clip needs of a finding (the popup sends these fields of the one the user picked). */
export type FindingFields = Pick<Finding, 'kind' | 'type' | 'text' | 'context'> & {
  value?: number | null;
  unit?: string | null;
};

/** Where the finding was found: in the live page (the highlighter's description) or in the text. */
export interface FoundAt {
  articleId: string;
  /** The passage's words as the page has them. */
  quote: string;
  selectors: ClipDraft['selectors'];
  fragment: string;
}

/** The page's words for the finding, or the finding's own when they differ only in spacing. */
function quoteFor(finding: FindingFields, pageQuote: string): string {
  const squash = (s: string): string => s.replace(/\s+/g, '');
  return squash(pageQuote) === squash(finding.text) ? finding.text : pageQuote;
}

export function findingClipDraft(finding: FindingFields, at: FoundAt): ClipDraft {
  return {
    articleId: at.articleId,
    quote: quoteFor(finding, at.quote),
    selectors: at.selectors,
    kind: finding.kind,
    type: finding.type,
    value: finding.kind === 'figure' ? (finding.value ?? null) : null,
    unit: finding.kind === 'figure' ? (finding.unit ?? null) : null,
    context: finding.context,
    fragment: at.fragment,
    tags: suggestedTags(finding),
    colour: KIND_COLOUR[finding.kind],
  };
}
