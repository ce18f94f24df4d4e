/**
 * The background's message router: validate (sender + shape, `utils/messages/gate.ts`), dispatch to
 * the handler of the message's channel and type, turn any failure into a typed error. A plain function
 * of its dependencies, so tests drive it directly with fakes (no listener glue, no `browser.*`).
 */
import { contentChannel, type ContentRequestType } from '@/utils/messages/content-channel';
import { ChannelError, type Envelope, type MessageError, type WireError } from '@/utils/messages/errors';
import { validateRequest, type Caller, type SelfInfo, type SenderInfo } from '@/utils/messages/gate';
import { pageChannel, type PageRequestType } from '@/utils/messages/page-channel';
import type { HandlerMap } from '@/utils/messages/protocol';

export type PageCaller = Extract<Caller, { role: 'extension-page' }>;
export type ContentCaller = Extract<Caller, { role: 'content-script' }>;

export type PageHandlers = HandlerMap<typeof pageChannel.spec, PageCaller>;
export type ContentHandlers = HandlerMap<typeof contentChannel.spec, ContentCaller>;
export type PageHandlersFor<T extends PageRequestType> = Pick<PageHandlers, T>;
export type ContentHandlersFor<T extends ContentRequestType> = Pick<ContentHandlers, T>;

export interface Handlers {
  page: PageHandlers;
  content: ContentHandlers;
}

/** An error a handler throws on purpose, with words for the user. */
export const handled = (error: MessageError): ChannelError => new ChannelError(error);

/** Maps anything thrown by a handler to a MessageError (store errors carry their own code and words). */
export type ErrorMapper = (e: unknown) => WireError;

export function createRouter(handlers: Handlers, self: SelfInfo, mapError: ErrorMapper) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> {
    const checked = validateRequest(raw, sender, self);
    if (!checked.ok) return { ok: false, error: checked.error };
    try {
      const result =
        checked.channel === 'page'
          ? await pageChannel.dispatch(handlers.page, checked.request, checked.caller)
          : await contentChannel.dispatch(handlers.content, checked.request, checked.caller);
      return { ok: true, result };
    } catch (e) {
      return { ok: false, error: e instanceof ChannelError ? e.error : mapError(e) };
    }
  };
}
