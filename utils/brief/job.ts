/**
 * A brief to render, as plain data that can cross a message boundary (the Chrome service worker has
 * no DOM parser, so full-text briefs are rendered in an offscreen document: see
 * `entrypoints/background/brief-renderer.ts`). `now` travels as epoch ms.
 */
import * as v from 'valibot';
import { articleRecordSchema, clipRecordSchema, contentRecordSchema } from '../store/validation';
import { BriefPreferencesSchema } from '../vocabulary';
import { renderArticleBrief } from './article-brief';
import { renderMultiBrief } from './multi-brief';
import { BRIEF_LOCALES, type BriefOptions, type ParseHtml } from './types';

const PortableBriefOptionsSchema = v.object({
  ...BriefPreferencesSchema.entries,
  title: v.optional(v.string()),
  now: v.number(),
  locale: v.optional(v.picklist(BRIEF_LOCALES)),
  timeZone: v.optional(v.string()),
  generator: v.optional(v.string()),
  ownOrigin: v.optional(v.pipe(v.string(), v.maxLength(100))),
});
export type PortableBriefOptions = v.InferOutput<typeof PortableBriefOptionsSchema>;

/** A brief to render as it crosses to the offscreen document: records, and options with `now` in ms. */
export const BriefJobSchema = v.variant('kind', [
  v.object({
    kind: v.literal('article'),
    input: v.object({
      article: articleRecordSchema,
      content: v.optional(contentRecordSchema),
      clips: v.array(clipRecordSchema),
    }),
    options: PortableBriefOptionsSchema,
  }),
  v.object({
    kind: v.literal('multi'),
    input: v.object({
      articles: v.array(articleRecordSchema),
      clips: v.array(clipRecordSchema),
      contents: v.optional(v.array(contentRecordSchema)),
    }),
    options: PortableBriefOptionsSchema,
  }),
]);
export type BriefJob = v.InferOutput<typeof BriefJobSchema>;

export function toPortable(options: BriefOptions): PortableBriefOptions {
  const { parseHtml: _parse, now, ...rest } = options;
  return { ...rest, now: now.getTime() };
}

export function renderBriefJob(job: BriefJob, parseHtml?: ParseHtml): string {
  const options: BriefOptions = {
    ...job.options,
    now: new Date(job.options.now),
    ...(parseHtml ? { parseHtml } : {}),
  };
  return job.kind === 'article'
    ? renderArticleBrief(job.input, options)
    : renderMultiBrief(job.input, options);
}
