/**
 * What the background tells open side panels (Chrome) and sidebars (Firefox) besides store changes:
 * the user clicked one of a tab's highlights in the page, so the panel following that tab selects it.
 * Carried over their own long-lived port; every message is checked like any other input.
 */
import * as v from 'valibot';
import { Id, TabId } from './fields';

export const PANEL_PORT = 'policy-clipper-panel';

export const PanelEventSchema = v.object({
  type: v.literal('panel/clipClicked'),
  tabId: TabId,
  clipId: Id,
});
export type PanelEvent = v.InferOutput<typeof PanelEventSchema>;

export function parsePanelEvent(raw: unknown): PanelEvent | null {
  const parsed = v.safeParse(PanelEventSchema, raw);
  return parsed.success ? parsed.output : null;
}
