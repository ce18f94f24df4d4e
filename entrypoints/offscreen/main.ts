import { browser } from 'wxt/browser';
import { renderBriefJob } from '@/utils/brief';
import { toMessageError } from '@/utils/messages/error-model';
import { offscreenChannel } from '@/utils/messages/offscreen-channel';
import { answer, type HandlerMap } from '@/utils/messages/protocol';

// Chrome's service worker has no DOMParser; this hidden document has one. It renders full-text briefs
// for the background and answers nothing else (other extension messages are not for it).
const parseHtml = (html: string): Node => new DOMParser().parseFromString(html, 'text/html').body;

const handlers: HandlerMap<typeof offscreenChannel.spec, null> = {
  'offscreen/renderBrief': ({ job }) => renderBriefJob(job, parseHtml),
};

browser.runtime.onMessage.addListener((message, sender) => {
  if (sender.id !== browser.runtime.id || !offscreenChannel.knows(message)) return undefined;
  return answer(offscreenChannel, handlers, message, null, toMessageError);
});
