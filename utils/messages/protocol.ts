/**
 * One way to talk across every channel of the extension (UI → background, content script →
 * background, background → highlighter, background → offscreen document): a channel is a table of
 * messages, each with a valibot schema for its request fields and one for its reply. From the table
 * come the request and reply types, the receiver's parser, a handler map typed per message, and a
 * typed client that checks every reply against its schema, so no caller ever casts what it receives.
 *
 * Every reply travels in the same envelope: `{ ok: true, result }` or `{ ok: false, error }`.
 */
import * as v from 'valibot';
import { ChannelError, MessageErrorSchema, NO_ANSWER, type Envelope, type WireError } from './errors';

/** One message of a channel: the fields of its request (besides `type`) and the shape of its result. */
export interface MessageSpec {
  request: v.ObjectEntries;
  reply: v.GenericSchema;
}

export type ChannelSpec = Record<string, MessageSpec>;

export type MessageType<S extends ChannelSpec> = keyof S & string;

/** The request of message `T`: its fields plus `type`. */
export type RequestOf<S extends ChannelSpec, T extends MessageType<S>> = {
  [K in T]: { type: K } & v.InferOutput<v.StrictObjectSchema<S[K]['request'], undefined>>;
}[T];

/** What the sender builds (before transforms and defaults of the schema apply). */
export type RequestInputOf<S extends ChannelSpec, T extends MessageType<S>> = {
  [K in T]: { type: K } & v.InferInput<v.StrictObjectSchema<S[K]['request'], undefined>>;
}[T];

export type ReplyOf<S extends ChannelSpec, T extends MessageType<S>> = v.InferOutput<S[T]['reply']>;

export type AnyRequest<S extends ChannelSpec> = RequestOf<S, MessageType<S>>;

export interface Channel<S extends ChannelSpec> {
  readonly name: string;
  readonly spec: S;
  /** The request when `raw` is one of this channel's messages in its exact shape (unknown keys refused). */
  parseRequest(raw: unknown): { ok: true; request: AnyRequest<S> } | { ok: false; issue: string };
  /** True when `raw` names one of this channel's message types (whatever its fields). */
  knows(raw: unknown): boolean;
  parseReply<T extends MessageType<S>>(type: T, raw: unknown): Envelope<ReplyOf<S, T>> | null;
  /** Runs the handler of an already-parsed request (the map is total, so one always exists). */
  dispatch<Ctx>(handlers: HandlerMap<S, Ctx>, request: AnyRequest<S>, ctx: Ctx): Promise<unknown>;
}

/** A handler per message of the channel, each typed by its own request and reply. */
export type HandlerMap<S extends ChannelSpec, Ctx> = {
  [T in MessageType<S>]: (request: RequestOf<S, T>, ctx: Ctx) => Promise<ReplyOf<S, T>> | ReplyOf<S, T>;
};

function typeOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type: unknown = Reflect.get(raw, 'type');
  return typeof type === 'string' ? type : null;
}

function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

export function defineChannel<const S extends ChannelSpec>(name: string, spec: S): Channel<S> {
  const requestSchemas = new Map<string, v.GenericSchema>();
  const envelopeSchemas = new Map<string, v.GenericSchema>();
  for (const [type, message] of Object.entries(spec)) {
    requestSchemas.set(type, v.strictObject({ type: v.literal(type), ...message.request }));
    envelopeSchemas.set(
      type,
      v.variant('ok', [
        v.object({ ok: v.literal(true), result: message.reply }),
        v.object({ ok: v.literal(false), error: MessageErrorSchema }),
      ]),
    );
  }
  const has = (type: string | null): type is MessageType<S> => type !== null && Object.hasOwn(spec, type);
  return {
    name,
    spec,
    knows: (raw) => has(typeOf(raw)),
    parseRequest(raw) {
      const type = typeOf(raw);
      const schema = type === null ? undefined : requestSchemas.get(type);
      if (!has(type) || !schema) return { ok: false, issue: `unknown message type ${JSON.stringify(type)}` };
      const parsed = v.safeParse(schema, raw);
      if (!parsed.success) return { ok: false, issue: describeIssue(parsed.issues) };
      // The schema for `type` was built from `spec[type]`: its output is that message's request.
      return { ok: true, request: parsed.output as AnyRequest<S> };
    },
    parseReply(type, raw) {
      const schema = envelopeSchemas.get(type);
      if (!schema) return null;
      const parsed = v.safeParse(schema, raw);
      // Built from `spec[type].reply` above: the output is that message's envelope.
      return parsed.success ? (parsed.output as Envelope<ReplyOf<S, typeof type>>) : null;
    },
    dispatch(handlers, request, ctx) {
      // Indexing a mapped type by a union loses the link between the key and its request type; the
      // parser guarantees `request` is `RequestOf<S, request.type>`.
      const handler = handlers[request.type];
      return Promise.resolve(handler(request, ctx));
    },
  };
}

/** Sends one message and resolves with its raw answer (the browser's `sendMessage`, or a fake). */
export type Transport = (message: unknown) => Promise<unknown>;

export interface Client<S extends ChannelSpec> {
  call<T extends MessageType<S>>(request: RequestInputOf<S, T>): Promise<ReplyOf<S, T>>;
}

/**
 * A typed client over a transport: each request is sent as its schema's output, and the reply of each
 * call is checked against its message's schema, so what the caller gets has the declared type, or the
 * call fails with `ChannelError`.
 */
export function createClient<S extends ChannelSpec>(channel: Channel<S>, send: Transport): Client<S> {
  return {
    async call(request) {
      // What leaves is exactly what the schema describes: fields it does not name (a clip's note in a
      // command that needs only where to paint) never cross, and a malformed request is our own bug.
      const parsed = channel.parseRequest(request);
      if (!parsed.ok) {
        throw new ChannelError({ code: 'invalid-message', message: `Malformed message (${parsed.issue}).` });
      }
      let raw: unknown;
      try {
        raw = await send(parsed.request);
      } catch (e) {
        // The browser's own wording ("Receiving end does not exist") means nothing to the user.
        throw new ChannelError(NO_ANSWER, { cause: e });
      }
      const envelope = channel.parseReply(request.type, raw);
      if (!envelope) throw new ChannelError(NO_ANSWER, { cause: raw });
      if (!envelope.ok) throw new ChannelError(envelope.error);
      return envelope.result;
    },
  };
}

/**
 * The receiving side of a channel over a listener: parse, dispatch, and answer in the envelope. An
 * unknown or malformed message is answered with `invalid-message` (never reaches a handler).
 */
export async function answer<S extends ChannelSpec, Ctx>(
  channel: Channel<S>,
  handlers: HandlerMap<S, Ctx>,
  raw: unknown,
  ctx: Ctx,
  mapError: (e: unknown) => WireError,
): Promise<Envelope<unknown>> {
  const parsed = channel.parseRequest(raw);
  if (!parsed.ok) {
    return { ok: false, error: { code: 'invalid-message', message: `Malformed message (${parsed.issue}).` } };
  }
  try {
    return { ok: true, result: await channel.dispatch(handlers, parsed.request, ctx) };
  } catch (e) {
    return { ok: false, error: e instanceof ChannelError ? e.error : mapError(e) };
  }
}
