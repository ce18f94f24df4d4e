/**
 * Renders briefs. Turning an article's HTML into Markdown needs a DOM parser: Firefox's background
 * page has one; Chrome's service worker does not, so a full-text brief is rendered in an offscreen
 * document there (created on first use, reason DOM_PARSER). Briefs without full text render here.
 */
import { browser } from 'wxt/browser';
import { renderBriefJob, type BriefJob } from '@/utils/brief';
import { offscreenChannel } from '@/utils/messages/offscreen-channel';
import { createClient } from '@/utils/messages/protocol';

export type BriefRenderer = (job: BriefJob) => Promise<string>;

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export function browserBriefRenderer(): BriefRenderer {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (Parser) {
    const parseHtml = (html: string): Node => new Parser().parseFromString(html, 'text/html').body;
    return async (job) => renderBriefJob(job, parseHtml);
  }
  const offscreen = createClient(offscreenChannel, (message) => browser.runtime.sendMessage(message));
  let creating: Promise<void> | null = null;
  const ensureDocument = async (): Promise<void> => {
    const offscreen = (globalThis as unknown as { chrome: { offscreen: OffscreenApi } }).chrome.offscreen;
    if (await offscreen.hasDocument?.()) return;
    creating ??= offscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER'],
        justification: 'Convert saved article HTML to Markdown for full-text briefs.',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return async (job) => {
    if (!job.options.fullText) return renderBriefJob(job);
    await ensureDocument();
    return offscreen.call({ type: 'offscreen/renderBrief', job });
  };
}
