/**
 * The error model every channel shares: a code the UI words in the user's language (with a detail for
 * the codes that need different words, and values to put in them), and plain English for logs, the CLI
 * and codes this build does not know. Handlers throw or answer these; `user-text.ts` words them.
 */
import * as v from 'valibot';

export const ERROR_CODES = [
  'invalid-message',
  'forbidden',
  'restricted-page',
  'no-article',
  'no-selection',
  'not-found',
  'quota',
  'invalid-backup',
  'invalid',
  'conflict',
  'too-many',
  'tab-gone',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const MessageErrorSchema = v.object({
  // Any short code is accepted on the wire: a code this build does not know shows its English message.
  code: v.pipe(v.string(), v.maxLength(64)),
  /** A sub-kind of the code that needs other words (`clips-gone`, `checksum`, `newer-version`…). */
  detail: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Values the words need (a field path, a record number, a limit), in order. */
  subs: v.optional(
    v.pipe(v.array(v.union([v.pipe(v.string(), v.maxLength(500)), v.number()])), v.maxLength(4)),
  ),
  /** Plain English ("Browsers don't let extensions read this page."). */
  message: v.pipe(v.string(), v.maxLength(2_000)),
});
/** Producers name a known code; readers accept any (see the schema). */
export type MessageError = Omit<v.InferOutput<typeof MessageErrorSchema>, 'code'> & { code: ErrorCode };
export type WireError = v.InferOutput<typeof MessageErrorSchema>;

/** The envelope every reply travels in. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: WireError };

/** What the UI says when the other side gave no answer at all (a stopped worker, a closed tab). */
export const NO_ANSWER: MessageError = {
  code: 'internal',
  detail: 'no-answer',
  message: 'Policy Clipper did not answer. Reload the extension and try again.',
};

/** An error a handler or a client raises on purpose, carrying the wire error as it is. */
export class ChannelError extends Error {
  constructor(
    readonly error: WireError,
    options?: { cause?: unknown },
  ) {
    super(error.message, options);
    this.name = 'ChannelError';
  }
}
