import type { ExtractFailure } from './types';

/** A page that could not be read as an article (also an extractor answer the background cannot use). */
export const UNREADABLE: ExtractFailure = { reason: 'no-article', detail: 'unreadable' };

/** The English of each extraction refusal (CLI and logs; the UI words refusals from their codes). */
export const FAILURE_MESSAGES = {
  notHtml: (type: string) => `This is not a web page (it is ${type}), so there is no article to clip.`,
  tooLarge: (count: number, limit: number) =>
    `This page is too large to clip (${count.toLocaleString('en')} elements; the limit is ${limit.toLocaleString('en')}).`,
  empty: 'This page is empty: it has no text to clip.',
  unreadable: 'This page could not be read as an article.',
} as const;
