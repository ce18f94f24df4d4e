/**
 * Commands the background sends the highlighter injected in a page (`tabs.sendMessage`), and its
 * replies. The replies were computed in a page we do not control, so the background checks them
 * like any other input (bounded text, known selector shapes) before storing anything from them.
 */
import * as v from 'valibot';
import { selectorSchema } from '../store/validation';
import { Id, MAX_ITEMS_PER_REQUEST, Offset } from './fields';
import { defineChannel, type MessageType, type ReplyOf, type RequestOf } from './protocol';
import { HighlightColourSchema } from '../vocabulary';

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
const Ids = v.pipe(v.array(Id), v.maxLength(MAX_ITEMS_PER_REQUEST));
const Painted = v.object({ anchored: Ids, orphans: Ids });

/**
 * What the page side gets of a clip: where it is and how to paint it, never its tags or note (those
 * stay in extension pages, out of the page's renderer).
 */
export const PaintedClipSchema = v.object({
  id: Id,
  selectors: v.pipe(v.array(selectorSchema), v.maxLength(10)),
  colour: HighlightColourSchema,
  /** The stored record's version (bumped by every write): an older one never repaints a newer. */
  version: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
});
export type PaintedClip = v.InferOutput<typeof PaintedClipSchema>;
export const paintedClip = ({ id, selectors, colour, version }: PaintedClip): PaintedClip => ({
  id,
  selectors,
  colour,
  ...(version === undefined ? {} : { version }),
});

/** An in-page UI session (`inpage/open`): a random one-time token the frame trades for its content. */
export const UiToken = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22,64}$/));
const Px = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_000));

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
      items: v.pipe(
        v.array(v.object({ key: Text(20), selector: QuoteSelector })),
        v.maxLength(MAX_ITEMS_PER_REQUEST),
      ),
    },
    reply: v.object({
      found: v.pipe(
        v.array(v.object({ key: Text(20), span: DescribedSpanSchema })),
        v.maxLength(MAX_ITEMS_PER_REQUEST),
      ),
    }),
  },
  'hl/render': { request: { clips: v.array(PaintedClipSchema) }, reply: Painted },
  'hl/remove': { request: { ids: Ids }, reply: v.object({ removed: Offset }) },
  'hl/sync': { request: {}, reply: Painted },
  /**
   * A change made elsewhere (the library, the panel): the page's changed and removed clips as the
   * store held them at `readAt` (epoch ms). Sent only to a highlighter already there, never injected.
   */
  'hl/refresh': {
    request: {
      clips: v.pipe(v.array(PaintedClipSchema), v.maxLength(MAX_ITEMS_PER_REQUEST)),
      removedIds: Ids,
      readAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    },
    reply: v.object({ changed: Offset }),
  },
  /** Scrolls the page to a highlight and flashes it (the panel's "show in page"). */
  'hl/show': { request: { id: Id }, reply: v.object({ shown: v.boolean() }) },
  /** The highlight holding the user's selection, if there is one (the shortcut then edits it). */
  'hl/highlightAtSelection': { request: {}, reply: v.object({ id: v.nullable(Id) }) },
  /**
   * Shows the in-page UI frame for a session: a highlight's menu (beside `anchorId`, or at `at`, the
   * point the user clicked) or a notice. `focus`: the keyboard moves into it.
   */
  'hl/showUi': {
    request: {
      token: UiToken,
      kind: v.picklist(['menu', 'notice']),
      anchorId: v.optional(Id),
      at: v.optional(v.object({ x: Px, y: Px })),
      focus: v.boolean(),
    },
    reply: v.object({ shown: v.boolean() }),
  },
  /** Sizes the frame to its content (reported by the frame itself, relayed by the background). */
  'hl/resizeUi': {
    request: { token: UiToken, width: Px, height: Px },
    reply: v.object({ resized: v.boolean() }),
  },
  /** Removes the frame; the keyboard focus goes back where it was when the frame opened. */
  'hl/closeUi': { request: { token: UiToken }, reply: v.object({ closed: v.boolean() }) },
});

type HighlighterSpec = typeof highlighterChannel.spec;
export type HighlighterCommandType = MessageType<HighlighterSpec>;
export type HighlighterCommand<T extends HighlighterCommandType = HighlighterCommandType> = RequestOf<
  HighlighterSpec,
  T
>;
export type HighlighterReply<T extends HighlighterCommandType> = ReplyOf<HighlighterSpec, T>;
