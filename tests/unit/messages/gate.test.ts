import { describe, expect, it } from 'vitest';
import { classifySender, validateRequest, type SenderInfo } from '@/utils/messages/gate';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const popup: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const library: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/library.html', tab: { id: 7 } };
const pageUrl = 'https://news.example.cn/a/1.html?utm_source=x#top';
const contentScript: SenderInfo = { id: 'ext-id', url: pageUrl, frameId: 0, tab: { id: 3, url: pageUrl } };

describe('classifySender', () => {
  it('recognises the extension pages, content scripts and everything else', () => {
    expect(classifySender(popup, self)).toEqual({ role: 'extension-page', tabId: null });
    expect(classifySender(library, self)).toEqual({ role: 'extension-page', tabId: 7 });
    // The in-page frame: an extension page inside a web page's tab.
    const frame = { id: 'ext-id', url: 'chrome-extension://ext-id/inpage.html', frameId: 4, tab: { id: 9 } };
    expect(classifySender(frame, self)).toEqual({ role: 'extension-page', tabId: 9 });
    expect(classifySender(contentScript, self)).toEqual({ role: 'content-script', tabId: 3, pageUrl });
    expect(classifySender({ ...popup, id: 'other-ext' }, self).role).toBe('foreign');
    expect(classifySender({ url: pageUrl }, self).role).toBe('foreign');
    expect(classifySender({ ...contentScript, frameId: 2 }, self).role).toBe('foreign');
    expect(classifySender({ id: 'ext-id', url: 'file:///etc/passwd', tab: { id: 1 } }, self).role).toBe(
      'foreign',
    );
  });
});

describe('validateRequest', () => {
  it('accepts well-formed requests from extension pages', () => {
    const r = validateRequest({ type: 'page/analyze', tabId: 12 }, popup, self);
    expect(r).toMatchObject({ ok: true, request: { type: 'page/analyze', tabId: 12 } });
  });

  it.each([
    ['unknown type', { type: 'db/drop' }],
    ['missing field', { type: 'page/analyze' }],
    ['wrong field type', { type: 'page/analyze', tabId: '12' }],
    ['extra field', { type: 'page/analyze', tabId: 1, evil: true }],
    ['not an object', 'page/analyze'],
    ['null', null],
    ['negative tab', { type: 'page/analyze', tabId: -1 }],
    ['empty id list', { type: 'clips/delete', ids: [] }],
    ['over-long tag', { type: 'tags/rename', from: 'a', to: 'x'.repeat(101) }],
    ['bad colour', { type: 'clips/update', id: 'c1', patch: { colour: 'red;background:url(x)' } }],
    // The type becomes a `kind/type` tag: it must be one the detector gives that kind.
    [
      'finding type of another kind',
      {
        type: 'highlight/findings',
        tabId: 1,
        findings: [{ kind: 'figure', type: 'funding', text: 'x', start: 0, end: 1, context: 'x' }],
      },
    ],
    [
      'unknown finding type',
      {
        type: 'highlight/findings',
        tabId: 1,
        findings: [{ kind: 'document', type: 'evil/../x', text: 'x', start: 0, end: 1, context: 'x' }],
      },
    ],
  ])('refuses a malformed message (%s) with a clear error', (_name, raw) => {
    const r = validateRequest(raw, popup, self);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-message');
      expect(r.error.message).toMatch(/^Malformed message \(.+\)\.$/);
    }
  });

  it('refuses any message from a foreign sender, even a valid one', () => {
    for (const sender of [{ id: 'evil', url: 'https://evil.example/' }, { url: 'https://evil.example/' }]) {
      const r = validateRequest({ type: 'backup/export', deliver: 'text' }, sender, self);
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('refuses page-only requests (bulk delete, import, export) from content scripts', () => {
    for (const raw of [
      { type: 'clips/delete', ids: ['c1'] },
      { type: 'backup/import', json: '{}' },
      { type: 'backup/export', deliver: 'text' },
      { type: 'tags/rename', from: 'a', to: 'b' },
    ]) {
      expect(validateRequest(raw, contentScript, self)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('lets a content script ask only about its own page (tracking parameters and fragment aside)', () => {
    const own = validateRequest(
      { type: 'content/clips', url: 'https://news.example.cn/a/1.html' },
      contentScript,
      self,
    );
    expect(own.ok).toBe(true);
    const other = validateRequest(
      { type: 'content/clips', url: 'https://news.example.cn/a/2.html' },
      contentScript,
      self,
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it("refuses a canonical URL on another site (a page cannot claim another site's clips)", () => {
    const ok = validateRequest(
      { type: 'content/hasClips', url: pageUrl, canonicalUrl: 'https://www.news.example.cn/a/1.html' },
      contentScript,
      self,
    );
    expect(ok.ok).toBe(true);
    const evil = validateRequest(
      { type: 'content/hasClips', url: pageUrl, canonicalUrl: 'https://bank.example.com/a/1.html' },
      contentScript,
      self,
    );
    expect(evil).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses content requests from extension pages (they have no page of their own)', () => {
    const r = validateRequest({ type: 'content/clips', url: pageUrl }, popup, self);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
