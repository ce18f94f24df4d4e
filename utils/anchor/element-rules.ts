/**
 * How the text model treats an element: its text is left out, it breaks the text into blocks, or it
 * is inline (its text runs on with its neighbours, with nothing inserted: CJK text split over inline
 * elements stays one run of characters).
 */
import { BLOCK_TAGS } from '@/utils/block-elements';

export const ElementRole = {
  Inline: 0,
  Block: 1,
  Skip: 2,
  /** `<br>` and `<hr>`: leaves that end a line but have no text of their own. */
  LineBreak: 3,
} as const;
export type ElementRole = (typeof ElementRole)[keyof typeof ElementRole];

/** Elements whose content is never rendered as text of the page. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'textarea',
  'select',
  'datalist',
  'math',
]);

const LINE_BREAK_TAGS = new Set(['br', 'hr']);

/** The attribute that marks the extension's own UI in the page; its text is never page text. */
export const OWN_UI_ATTRIBUTE = 'data-pc-ui';

const DISPLAY = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i;

/**
 * The role of `el`. Hidden means the `hidden` attribute (except `until-found`, which the browser's
 * find reveals), `aria-hidden="true"`, or an inline `display: none`; style sheets are not consulted
 * (no layout in jsdom, and computing styles for every element of a large page is not cheap).
 */
export function elementRole(el: Element): ElementRole {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return ElementRole.Skip;
  let role: ElementRole = LINE_BREAK_TAGS.has(tag)
    ? ElementRole.LineBreak
    : BLOCK_TAGS.has(tag)
      ? ElementRole.Block
      : ElementRole.Inline;
  // Most elements of a page carry no attribute: one call answers for all the checks below.
  if (!el.hasAttributes()) return role;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return ElementRole.Skip;
  const hidden = el.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return ElementRole.Skip;
  if (el.getAttribute('aria-hidden') === 'true') return ElementRole.Skip;
  const style = el.getAttribute('style');
  if (style !== null) {
    const display = DISPLAY.exec(style)?.[1]?.toLowerCase();
    if (display === 'none') return ElementRole.Skip;
    if (display !== undefined && role !== ElementRole.LineBreak) {
      role = display.startsWith('inline') || display === 'contents' ? ElementRole.Inline : ElementRole.Block;
    }
  }
  return role;
}
