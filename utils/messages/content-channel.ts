/**
 * Messages the extension's content scripts send the background. Each names the page URL it is about;
 * the gate (`gate.ts`) checks it is the sender tab's own page. Content scripts never change clips and
 * never see tags or notes: they paint, and ask for the menu when the user clicks a highlight.
 */
import * as v from 'valibot';
import { Id, MAX_ITEMS_PER_REQUEST, Url } from './fields';
import { PaintedClipSchema, UiToken } from './highlighter-channel';
import { defineChannel, type MessageType, type RequestInputOf, type RequestOf } from './protocol';
import { replies } from './reply-schemas';

const IdList = v.pipe(v.array(Id), v.maxLength(MAX_ITEMS_PER_REQUEST));

export const contentChannel = defineChannel('content', {
  'content/hasClips': {
    request: { url: Url, canonicalUrl: v.optional(Url) },
    reply: replies.counted,
  },
  'content/clips': {
    request: { url: Url, canonicalUrl: v.optional(Url) },
    reply: v.array(PaintedClipSchema),
  },
  'content/anchored': {
    request: { url: Url, anchored: IdList, orphans: IdList },
    reply: v.object({ orphans: v.number() }),
  },
  /** The user clicked one of the page's highlights (a trusted click): open its menu. */
  'content/openMenu': { request: { url: Url, id: Id }, reply: v.object({ token: UiToken }) },
});

type ContentSpec = typeof contentChannel.spec;
export type ContentRequestType = MessageType<ContentSpec>;
export type ContentRequest<T extends ContentRequestType = ContentRequestType> = RequestOf<ContentSpec, T>;
export type ContentRequestInput<T extends ContentRequestType = ContentRequestType> = RequestInputOf<
  ContentSpec,
  T
>;
