import { describe, expect, it } from 'vitest';
import { articleIdFor, articleUrl, isWebUrl, normaliseUrl, sameSite } from '@/utils/url';
import { pageAccess } from '@/utils/page-access';

describe('normaliseUrl', () => {
  it('drops fragments and tracking parameters, sorts the rest, lower-cases the host', () => {
    expect(
      normaliseUrl('HTTPS://News.Example.CN:443/a/1.html?utm_source=wx&b=2&a=1&fbclid=z&spm=1.2#p3'),
    ).toBe('https://news.example.cn/a/1.html?a=1&b=2');
  });
  it('keeps parameters that identify the page', () => {
    expect(normaliseUrl('http://x.org/view?id=42&page=2')).toBe('http://x.org/view?id=42&page=2');
  });
  it('leaves non-URLs alone', () => {
    expect(normaliseUrl('not a url')).toBe('not a url');
  });
});

describe('articleUrl', () => {
  it('prefers a canonical URL', () => {
    expect(articleUrl('https://m.x.org/a?id=1&utm_medium=x', 'https://www.x.org/a/1')).toBe(
      'https://www.x.org/a/1',
    );
  });
  it('ignores a canonical that points at the home page from a deeper page', () => {
    expect(articleUrl('https://x.org/news/1.html', 'https://x.org/')).toBe('https://x.org/news/1.html');
  });
  it('ignores a canonical that is not a web URL', () => {
    expect(articleUrl('https://x.org/1', 'javascript:alert(1)')).toBe('https://x.org/1');
  });
});

describe('ids and sites', () => {
  it('gives one id per normalised URL', () => {
    const a = articleIdFor(normaliseUrl('https://x.org/a?utm_source=1'));
    expect(a).toBe(articleIdFor(normaliseUrl('https://x.org/a#frag')));
    expect(a).not.toBe(articleIdFor(normaliseUrl('https://x.org/b')));
    expect(a).toMatch(/^a_[0-9a-f]{16}$/);
  });
  it('treats www/m subdomains as one site, other hosts as foreign', () => {
    expect(sameSite('https://www.gov.cn/x', 'https://gov.cn/y')).toBe(true);
    expect(sameSite('https://m.news.cn/x', 'https://www.news.cn/y')).toBe(true);
    expect(sameSite('https://evil.cn/x', 'https://gov.cn/y')).toBe(false);
    expect(isWebUrl('chrome://settings')).toBe(false);
  });
});

describe('pageAccess', () => {
  it('says plainly which pages extensions cannot read', () => {
    expect(pageAccess('chrome://settings/')).toMatchObject({ ok: false, kind: 'browser-page' });
    expect(pageAccess('about:blank')).toMatchObject({ ok: false, kind: 'browser-page' });
    expect(pageAccess('https://chromewebstore.google.com/detail/x')).toMatchObject({
      ok: false,
      kind: 'store',
    });
    expect(pageAccess('https://chrome.google.com/webstore/category')).toMatchObject({
      ok: false,
      kind: 'store',
    });
    expect(pageAccess('https://addons.mozilla.org/en-US/firefox/')).toMatchObject({
      ok: false,
      kind: 'store',
    });
    expect(pageAccess('https://www.gov.cn/zhengce/1.pdf')).toMatchObject({ ok: false, kind: 'pdf' });
    expect(pageAccess('file:///home/a.html')).toMatchObject({ ok: false, kind: 'not-web' });
    // A local PDF is one the reader may open (where the browser lets the extension read files).
    expect(pageAccess('file:///home/a.PDF')).toMatchObject({ ok: false, kind: 'pdf' });
    expect(pageAccess('chrome-extension://abc/x.pdf')).toMatchObject({ ok: false, kind: 'browser-page' });
    expect(pageAccess(undefined)).toMatchObject({ ok: false });
    expect(pageAccess('https://chrome.google.com/search')).toEqual({ ok: true });
    expect(pageAccess('https://www.gov.cn/zhengce/content/1.htm')).toEqual({ ok: true });
  });
});
