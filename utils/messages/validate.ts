/**
 * The background's gate: every incoming message is checked for shape (valibot) and for who sent it,
 * before any handler runs. Web pages cannot message the background directly (we declare no
 * `externally_connectable`), but a compromised or confused page context could still try through a
 * content script's channel, so the rules are: extension pages may send page requests; content
 * scripts may only send content requests about their own tab's page.
 */
import * as v from 'valibot';
import { normaliseUrl, sameSite } from '../url';
import { ContentRequestSchema, PageRequestSchema, type Request } from './requests';
import type { MessageError } from './responses';

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
  | { role: 'extension-page' }
  | { role: 'content-script'; tabId: number; pageUrl: string }
  | { role: 'foreign'; why: string };

export function classifySender(sender: SenderInfo, self: SelfInfo): SenderRole {
  if (sender.id !== self.id) return { role: 'foreign', why: 'another extension or a web page' };
  const url = sender.url ?? '';
  if (url.startsWith(self.origin)) return { role: 'extension-page' };
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && /^https?:/i.test(url)) {
    // Our content scripts run in top frames only; a message from a sub-frame is not ours to trust.
    if (sender.frameId !== undefined && sender.frameId !== 0) return { role: 'foreign', why: 'a sub-frame' };
    return { role: 'content-script', tabId, pageUrl: url };
  }
  return { role: 'foreign', why: 'an unknown context' };
}

export type Validated =
  | { ok: true; request: Request; sender: Exclude<SenderRole, { role: 'foreign' }> }
  | { ok: false; error: MessageError };

function describeIssue(issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

export function validateRequest(raw: unknown, sender: SenderInfo, self: SelfInfo): Validated {
  const role = classifySender(sender, self);
  if (role.role === 'foreign') {
    return { ok: false, error: { code: 'forbidden', message: `Message refused: it came from ${role.why}.` } };
  }
  if (role.role === 'extension-page') {
    const parsed = v.safeParse(PageRequestSchema, raw);
    if (parsed.success) return { ok: true, request: parsed.output, sender: role };
    if (v.is(ContentRequestSchema, raw)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Message refused: it is for content scripts only.' },
      };
    }
    return {
      ok: false,
      error: { code: 'invalid-message', message: `Malformed message (${describeIssue(parsed.issues)}).` },
    };
  }
  const parsed = v.safeParse(ContentRequestSchema, raw);
  if (!parsed.success) {
    const forbidden = v.is(PageRequestSchema, raw);
    return forbidden
      ? { ok: false, error: { code: 'forbidden', message: 'Message refused: page scripts cannot send it.' } }
      : {
          ok: false,
          error: { code: 'invalid-message', message: `Malformed message (${describeIssue(parsed.issues)}).` },
        };
  }
  if (normaliseUrl(parsed.output.url) !== normaliseUrl(role.pageUrl)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Message refused: a page may only touch its own clips.' },
    };
  }
  const canonical = 'canonicalUrl' in parsed.output ? parsed.output.canonicalUrl : undefined;
  if (canonical !== undefined && !sameSite(canonical, role.pageUrl)) {
    return {
      ok: false,
      error: {
        code: 'forbidden',
        message: "Message refused: a page's canonical URL must be on its own site.",
      },
    };
  }
  return { ok: true, request: parsed.output, sender: role };
}
