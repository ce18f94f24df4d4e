import { browser } from 'wxt/browser';
import { renderBriefJob, type BriefJob } from '@/utils/brief';
import { isOffscreenRequest } from '../background/offscreen-protocol';

// Chrome's service worker has no DOMParser; this hidden document has one. It renders full-text briefs
// for the background and answers nothing else (other extension messages are not for it).
const parseHtml = (html: string): Node => new DOMParser().parseFromString(html, 'text/html').body;

browser.runtime.onMessage.addListener((message, sender) => {
  if (sender.id !== browser.runtime.id || !isOffscreenRequest(message)) return undefined;
  return Promise.resolve(renderBriefJob(message.job as BriefJob, parseHtml));
});
