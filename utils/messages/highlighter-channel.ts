/**
 * Commands the background sends the highlighter injected in a page (`tabs.sendMessage`), and its
 * replies. The replies were computed in a page we do not control, so the background checks them
 * like any other input (bounded text, known selector shapes) before storing anything from them.
 */
import * as v from 'valibot';
import { selectorSchema } from '../store/validation';
import { Id, Offset } from './fields';
import { defineChannel, type MessageType, type ReplyOf, type RequestOf } from './protocol';
import { ClipRecordSchema } from './reply-schemas';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A passage of the live page, described so it can be stored and found again. */
export const DescribedSpanSchema = v.object({
  quote: v.pipe(Text(100_000), v.minLength(1)),
  selectors: v.pipe(v.array(selectorSchema), v.maxLength(10)),
  /** The sentence around the passage. */
  context: Text(100_000),
  /** Text-fragment directive (`text=…`) that scrolls to it. */
  fragment: Text(20_000),
});
export type DescribedSpan = v.InferOutput<typeof DescribedSpanSchema>;

const QuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: Text(10_000),
  prefix: Text(1_000),
  suffix: Text(1_000),
});
const Ids = v.pipe(v.array(Id), v.maxLength(20_000));
const Painted = v.object({ anchored: Ids, orphans: Ids });
const Opened = v.object({ opened: v.boolean() });

export const highlighterChannel = defineChannel('highlighter', {
  'hl/ping': { request: {}, reply: v.object({ ready: v.literal(true) }) },
  'hl/describeSelection': {
    request: {},
    reply: v.variant('ok', [
      v.object({ ok: v.literal(true), span: DescribedSpanSchema }),
      v.object({ ok: v.literal(false) }),
    ]),
  },
  'hl/locate': {
    request: {
      items: v.pipe(v.array(v.object({ key: Text(20), selector: QuoteSelector })), v.maxLength(20_000)),
    },
    reply: v.object({
      found: v.pipe(v.array(v.object({ key: Text(20), span: DescribedSpanSchema })), v.maxLength(20_000)),
    }),
  },
  'hl/render': { request: { clips: v.array(ClipRecordSchema) }, reply: Painted },
  'hl/remove': { request: { ids: Ids }, reply: v.object({ removed: Offset }) },
  'hl/sync': { request: {}, reply: Painted },
  /** Opens the in-page menu of a highlight (e.g. to tag it right after "Highlight with tag…"). */
  'hl/edit': { request: { id: Id }, reply: Opened },
  /** Opens the in-page menu of the highlight holding the selection, if there is one. */
  'hl/editAtSelection': { request: {}, reply: Opened },
  /** Shows a short message in the page (for actions started from a menu or shortcut). */
  'hl/notify': { request: { message: Text(500) }, reply: v.object({ shown: v.literal(true) }) },
});

type HighlighterSpec = typeof highlighterChannel.spec;
export type HighlighterCommandType = MessageType<HighlighterSpec>;
export type HighlighterCommand<T extends HighlighterCommandType = HighlighterCommandType> = RequestOf<
  HighlighterSpec,
  T
>;
export type HighlighterReply<T extends HighlighterCommandType> = ReplyOf<HighlighterSpec, T>;
