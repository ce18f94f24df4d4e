/**
 * A brief to render, as plain data that can cross a message boundary (the Chrome service worker has
 * no DOM parser, so full-text briefs are rendered in an offscreen document: see
 * `entrypoints/background/brief-renderer.ts`). `now` travels as epoch ms.
 */
import { renderArticleBrief } from './article-brief';
import { renderMultiBrief } from './multi-brief';
import type { ArticleBriefInput, BriefOptions, MultiBriefInput, ParseHtml } from './types';

export type PortableBriefOptions = Omit<BriefOptions, 'now' | 'parseHtml'> & { now: number };

export type BriefJob =
  | { kind: 'article'; input: ArticleBriefInput; options: PortableBriefOptions }
  | { kind: 'multi'; input: MultiBriefInput; options: PortableBriefOptions };

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
