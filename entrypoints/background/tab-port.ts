/**
 * The background's hands in a tab: read its URL, run the extractor in it, talk to the highlighter.
 * Script injection happens here and only here, on demand.
 */
import { browser } from 'wxt/browser';
import {
  highlighterChannel,
  type HighlighterCommandType,
  type HighlighterReply,
} from '@/utils/messages/highlighter-channel';
import { createClient, type RequestInputOf } from '@/utils/messages/protocol';
import { FAILURE_MESSAGES, UNREADABLE } from '@/utils/extract/failure-messages';
import { parseExtractResult } from '@/utils/extract/result-schema';
import { analyzeExtraction, type PageAnalysis } from '@/utils/page-analysis';

export interface TabInfo {
  url: string;
  title: string;
}

export interface TabPort {
  info(tabId: number): Promise<TabInfo | null>;
  /**
   * Runs the extractor in the tab and detection on its answer. Rejects when the browser refuses to
   * script the tab.
   */
  analyze(tabId: number): Promise<PageAnalysis>;
  /**
   * Sends a command to the tab's highlighter, injecting it first when it is not there yet. The reply
   * was computed in the page: it is checked against the command's schema (a wrong one is a failure).
   */
  command<T extends HighlighterCommandType>(
    tabId: number,
    command: RequestInputOf<typeof highlighterChannel.spec, T>,
  ): Promise<HighlighterReply<T>>;
  /** Sends a command to the tab's highlighter only if it is there (rejects otherwise; never injects). */
  notify<T extends HighlighterCommandType>(
    tabId: number,
    command: RequestInputOf<typeof highlighterChannel.spec, T>,
  ): Promise<HighlighterReply<T>>;
}

type ScriptFile = '/extractor.js' | '/content-scripts/highlighter.js';

async function inject(tabId: number, file: ScriptFile): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return frame?.result;
}

export function browserTabPort(): TabPort {
  return {
    async info(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return { url: tab.url ?? '', title: tab.title ?? '' };
      } catch {
        return null;
      }
    },
    async analyze(tabId) {
      const result = parseExtractResult(await inject(tabId, '/extractor.js'));
      // An answer of the wrong shape (a script of the page interfering, or a bug) is an unreadable page.
      return analyzeExtraction(result ?? { ok: false, ...UNREADABLE, message: FAILURE_MESSAGES.unreadable });
    },
    async command(tabId, command) {
      const send = (message: unknown): Promise<unknown> =>
        browser.tabs.sendMessage(tabId, message, { frameId: 0 });
      const ping = createClient(highlighterChannel, send);
      // No highlighter in the page yet ("Receiving end does not exist"): inject it first.
      const ready = await ping.call({ type: 'hl/ping' }).then(
        () => true,
        () => false,
      );
      if (!ready) await inject(tabId, '/content-scripts/highlighter.js');
      return createClient(highlighterChannel, send).call(command);
    },
    notify(tabId, command) {
      const send = (message: unknown): Promise<unknown> =>
        browser.tabs.sendMessage(tabId, message, { frameId: 0 });
      return createClient(highlighterChannel, send).call(command);
    },
  };
}
