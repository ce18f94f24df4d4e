/**
 * The background's gate: every incoming message is checked for who sent it and for its shape before
 * any handler runs. Web pages cannot message the background directly (we declare no
 * `externally_connectable`), but a compromised or confused page context could still try through a
 * content script's channel, so: extension pages may send page requests; content scripts may only send
 * content requests about their own tab's page.
 */
import { normaliseUrl, sameSite } from '../url';
import { contentChannel, type ContentRequest } from './content-channel';
import type { MessageError } from './errors';
import { pageChannel, type PageRequest } from './page-channel';

/** The parts of `runtime.MessageSender` the gate looks at (Chrome and Firefox fill them the same way). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface SelfInfo {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://abc/`. */
  origin: string;
}

export type SenderRole =
  /** `tabId`: the tab an extension page lives in (a frame in a page, a popup opened in a tab). */
  | { role: 'extension-page'; tabId: number | null }
  | { role: 'content-script'; tabId: number; pageUrl: string }
  | { role: 'foreign'; why: string };

export function classifySender(sender: SenderInfo, self: SelfInfo): SenderRole {
  if (sender.id !== self.id) return { role: 'foreign', why: 'another extension or a web page' };
  const url = sender.url ?? '';
  if (url.startsWith(self.origin)) {
    const tab = sender.tab?.id;
    return { role: 'extension-page', tabId: typeof tab === 'number' && tab >= 0 ? tab : null };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && /^https?:/i.test(url)) {
    // Our content scripts run in top frames only; a message from a sub-frame is not ours to trust.
    if (sender.frameId !== undefined && sender.frameId !== 0) return { role: 'foreign', why: 'a sub-frame' };
    return { role: 'content-script', tabId, pageUrl: url };
  }
  return { role: 'foreign', why: 'an unknown context' };
}

export type Caller = Exclude<SenderRole, { role: 'foreign' }>;

export type Validated =
  | { ok: true; channel: 'page'; request: PageRequest; caller: Extract<Caller, { role: 'extension-page' }> }
  | {
      ok: true;
      channel: 'content';
      request: ContentRequest;
      caller: Extract<Caller, { role: 'content-script' }>;
    }
  | { ok: false; error: MessageError };

const refused = (message: string): Validated => ({ ok: false, error: { code: 'forbidden', message } });
const malformed = (issue: string): Validated => ({
  ok: false,
  error: { code: 'invalid-message', message: `Malformed message (${issue}).` },
});

export function validateRequest(raw: unknown, sender: SenderInfo, self: SelfInfo): Validated {
  const role = classifySender(sender, self);
  if (role.role === 'foreign') return refused(`Message refused: it came from ${role.why}.`);
  if (role.role === 'extension-page') {
    const parsed = pageChannel.parseRequest(raw);
    if (parsed.ok) return { ok: true, channel: 'page', request: parsed.request, caller: role };
    if (contentChannel.knows(raw)) return refused('Message refused: it is for content scripts only.');
    return malformed(parsed.issue);
  }
  const parsed = contentChannel.parseRequest(raw);
  if (!parsed.ok) {
    return pageChannel.knows(raw)
      ? refused('Message refused: page scripts cannot send it.')
      : malformed(parsed.issue);
  }
  const request = parsed.request;
  if (normaliseUrl(request.url) !== normaliseUrl(role.pageUrl)) {
    return refused('Message refused: a page may only touch its own clips.');
  }
  const canonical = 'canonicalUrl' in request ? request.canonicalUrl : undefined;
  if (canonical !== undefined && !sameSite(canonical, role.pageUrl)) {
    return refused("Message refused: a page's canonical URL must be on its own site.");
  }
  return { ok: true, channel: 'content', request, caller: role };
}
