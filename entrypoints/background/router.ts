/**
 * The background's message router: validate (shape + sender), dispatch to the handler for the type,
 * turn any failure into a typed error. A plain function of its dependencies, so tests drive it
 * directly with fakes (no listener glue, no `browser.*`).
 */
import type { Request, RequestType } from '@/utils/messages/requests';
import type { MessageError, Response, ResultOf } from '@/utils/messages/responses';
import { validateRequest, type SelfInfo, type SenderInfo, type SenderRole } from '@/utils/messages/validate';

export type Caller = Exclude<SenderRole, { role: 'foreign' }>;

export type Handler<T extends RequestType> = (
  request: Extract<Request, { type: T }>,
  caller: Caller,
) => Promise<ResultOf<T>>;

export type Handlers = { [T in RequestType]: Handler<T> };

/** An error a handler throws on purpose, with words for the user. */
export class HandledError extends Error {
  constructor(readonly error: MessageError) {
    super(error.message);
    this.name = 'HandledError';
  }
}

/** Maps anything thrown by a handler to a MessageError (store errors carry their own code and words). */
export type ErrorMapper = (e: unknown) => MessageError;

export function createRouter(handlers: Handlers, self: SelfInfo, mapError: ErrorMapper) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Response<unknown>> {
    const checked = validateRequest(raw, sender, self);
    if (!checked.ok) return { ok: false, error: checked.error };
    const { request } = checked;
    const handler = handlers[request.type] as Handler<typeof request.type>;
    try {
      return { ok: true, result: await handler(request, checked.sender) };
    } catch (e) {
      return { ok: false, error: e instanceof HandledError ? e.error : mapError(e) };
    }
  };
}
