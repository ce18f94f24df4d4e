/**
 * Commands the background sends to the highlighter injected in a page (`tabs.sendMessage`), and its
 * replies. Only this extension can message its content scripts, but the highlighter still checks
 * the shape of what it gets (`isHighlighterCommand`).
 */
import type { Selector, TextQuoteSelector } from '../anchor/types';
import type { ClipRecord } from '../store/types';

/** A passage of the live page, described so it can be stored and found again. */
export interface DescribedSpan {
  quote: string;
  selectors: Selector[];
  /** The sentence around the passage. */
  context: string;
  /** Text-fragment directive (`text=…`) that scrolls to it. */
  fragment: string;
}

export type HighlighterCommand =
  | { type: 'hl/ping' }
  | { type: 'hl/describeSelection' }
  | { type: 'hl/locate'; items: { key: string; selector: TextQuoteSelector }[] }
  | { type: 'hl/render'; clips: ClipRecord[] }
  | { type: 'hl/remove'; ids: string[] }
  | { type: 'hl/sync' }
  /** Opens the in-page menu of a highlight (e.g. to tag it right after "Highlight with tag…"). */
  | { type: 'hl/edit'; id: string }
  /** Opens the in-page menu of the highlight holding the selection, if there is one. */
  | { type: 'hl/editAtSelection' }
  /** Shows a short message in the page (for actions started from a menu or shortcut). */
  | { type: 'hl/notify'; message: string };

export interface HighlighterReplies {
  'hl/ping': { ready: true };
  'hl/describeSelection': { ok: true; span: DescribedSpan } | { ok: false };
  'hl/locate': { found: { key: string; span: DescribedSpan }[] };
  'hl/render': { anchored: string[]; orphans: string[] };
  'hl/remove': { removed: number };
  'hl/sync': { anchored: string[]; orphans: string[] };
  'hl/edit': { opened: boolean };
  'hl/editAtSelection': { opened: boolean };
  'hl/notify': { shown: true };
}

export type HighlighterReply<C extends HighlighterCommand> = HighlighterReplies[C['type']];

const COMMAND_TYPES: ReadonlySet<string> = new Set([
  'hl/ping',
  'hl/describeSelection',
  'hl/locate',
  'hl/render',
  'hl/remove',
  'hl/sync',
  'hl/edit',
  'hl/editAtSelection',
  'hl/notify',
]);

export function isHighlighterCommand(raw: unknown): raw is HighlighterCommand {
  if (typeof raw !== 'object' || raw === null) return false;
  const { type } = raw as { type?: unknown };
  if (typeof type !== 'string' || !COMMAND_TYPES.has(type)) return false;
  const r = raw as Record<string, unknown>;
  switch (type) {
    case 'hl/locate':
      return Array.isArray(r.items);
    case 'hl/render':
      return Array.isArray(r.clips);
    case 'hl/remove':
      return Array.isArray(r.ids) && r.ids.every((x) => typeof x === 'string');
    case 'hl/edit':
      return typeof r.id === 'string';
    case 'hl/notify':
      return typeof r.message === 'string';
    default:
      return true;
  }
}
