/**
 * Messages the extension's content scripts send the background. Each names the page URL it is about;
 * the gate (`gate.ts`) checks it is the sender tab's own page, so a script in one page can never read
 * or change another page's clips.
 */
import * as v from 'valibot';
import { TagListSchema } from '../tags';
import { HighlightColourSchema } from '../vocabulary';
import { Id, Note, Url } from './fields';
import { defineChannel, type MessageType, type RequestInputOf, type RequestOf } from './protocol';
import { replies } from './reply-schemas';

const IdList = v.pipe(v.array(Id), v.maxLength(20_000));

export const contentChannel = defineChannel('content', {
  'content/hasClips': {
    request: { url: Url, canonicalUrl: v.optional(Url) },
    reply: replies.counted,
  },
  'content/clips': { request: { url: Url, canonicalUrl: v.optional(Url) }, reply: replies.clips },
  'content/anchored': {
    request: { url: Url, anchored: IdList, orphans: IdList },
    reply: v.object({ orphans: v.number() }),
  },
  'content/updateClip': {
    request: {
      url: Url,
      id: Id,
      patch: v.strictObject({
        tags: v.optional(TagListSchema),
        note: v.optional(Note),
        colour: v.optional(HighlightColourSchema),
      }),
    },
    reply: replies.clip,
  },
  'content/deleteClip': { request: { url: Url, id: Id }, reply: v.object({ token: v.string() }) },
  // Undo of the page's own delete: restored only when the clips are this page's (content-handlers).
  'content/restoreClip': { request: { url: Url, token: Id }, reply: replies.counted },
});

type ContentSpec = typeof contentChannel.spec;
export type ContentRequestType = MessageType<ContentSpec>;
export type ContentRequest<T extends ContentRequestType = ContentRequestType> = RequestOf<ContentSpec, T>;
export type ContentRequestInput<T extends ContentRequestType = ContentRequestType> = RequestInputOf<
  ContentSpec,
  T
>;
