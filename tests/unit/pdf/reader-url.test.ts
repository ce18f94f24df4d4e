/**
 * The reader's address for a PDF and back: the one form the popup, the link menu and Chrome's redirect
 * rule all make (`#src=` + the address as it stands), read by `readerTarget` alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfRedirectRule } from '@/utils/pdf/auto-open';
import { readerPath, readerTarget, readerSubstitution } from '@/utils/pdf/reader-url';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const READER = `${ORIGIN}/pdf.html`;
/** What the browser opens for `readerPath(pdf)` (`runtime.getURL` then the address bar's parser). */
const opened = (pdf: string): string => new URL(`${ORIGIN}${readerPath(new URL(pdf))}`).href;
/**
 * What Chrome's redirect makes of a request for `requestUrl` (a serialised URL, as requests carry): the
 * rule's filter matched the whole address, so `\0` is all of it, pasted raw into the substitution.
 */
function redirected(requestUrl: string): string {
  const rule = pdfRedirectRule(READER, 'abcdefghijklmnopabcdefghijklmnop');
  const whole = new RegExp(rule.condition.regexFilter).exec(requestUrl)?.[0];
  expect(whole).toBe(requestUrl);
  // A function, not a replacement string: `$$` or `$&` in the address must stay as they are (Chrome's
  // substitution gives them no meaning; JavaScript's replacement strings would).
  return new URL(rule.action.redirect.regexSubstitution.replace('\\0', () => requestUrl)).href;
}

describe('reader address', () => {
  it.each([
    'https://www.gov.cn/zhengce/附件1.pdf?id=3&x=y#page=2',
    'http://127.0.0.1:8080/files/a.pdf?a=1&b=2',
    // Escapes stay escapes: %23 is no fragment, %26 no parameter, %25 no second decoding.
    'https://x.org/a%23b.pdf?q=%26c%3Dd&r=%25&s=100%',
    'https://例子.中国/文件.pdf?名称=通知&x=a+b',
    'https://x.org/it\'s (final).pdf?a="b"&c=<d>',
    'https://x.org/a.pdf?next=https://y.org/?p=1%26q=2#frag#more',
    'file:///home/me/政策 附件.pdf',
  ])('carries %s there and back, unchanged', (pdf) => {
    expect(readerTarget(opened(pdf))?.href).toBe(new URL(pdf).href);
  });

  it('carries any web address there and back (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (pdf) => {
        expect(readerTarget(opened(pdf))?.href).toBe(new URL(pdf).href);
      }),
    );
  });

  it('reads back the address Chrome’s redirect pasted in raw, `&`, `#` and `%` included', () => {
    for (const pdf of [
      'http://127.0.0.1:8080/files/a.pdf?a=1&b=2',
      'https://x.org/doc?id=%23x&y=%C3%A9&z=%25',
      'https://xn--fsqu00a.xn--fiqs8s/%E6%96%87.pdf?url=http://a/?b=1&c=2',
      'http://a.aa/?$$&$&',
    ])
      expect(readerTarget(redirected(pdf))?.href).toBe(pdf);
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (raw) => {
        const pdf = new URL(raw).href;
        expect(readerTarget(redirected(pdf))?.href).toBe(pdf);
      }),
    );
  });

  it('returns a backtick in the query as %60 (the fragment escapes it; servers read both alike)', () => {
    expect(readerTarget(opened('https://x.org/a.pdf?q=`x`'))?.href).toBe('https://x.org/a.pdf?q=%60x%60');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(document.domain)//a.pdf',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:application/pdf;base64,JVBERi0=',
    'chrome://settings',
    `${READER}#src=https://x.org/a.pdf`,
    'blob:https://x.org/1234',
    '%68ttps://x.org/a.pdf',
    '//x.org/a.pdf',
    'a.pdf',
    'not a url',
    '',
  ])('refuses #src=%s', (target) => expect(readerTarget(`${READER}#src=${target}`)).toBeNull());

  it('reads the encoded ?url= of earlier versions, and the raw #src= first when both are there', () => {
    const legacy = `${READER}?url=${encodeURIComponent('https://x.org/a.pdf?a=1&b=2#page=3')}`;
    expect(readerTarget(legacy)?.href).toBe('https://x.org/a.pdf?a=1&b=2#page=3');
    expect(readerTarget(`${READER}?url=${encodeURIComponent('javascript:alert(1)')}`)).toBeNull();
    expect(readerTarget(`${legacy}#src=https://y.org/b.pdf`)?.href).toBe('https://y.org/b.pdf');
    expect(readerTarget(READER)).toBeNull();
    expect(readerTarget('not a url')).toBeNull();
  });

  it('the redirect pastes the address after the same mark readerPath writes', () => {
    expect(readerSubstitution(READER)).toBe(`${READER}#src=\\0`);
    expect(readerPath(new URL('https://x.org/a.pdf'))).toBe('/pdf.html#src=https://x.org/a.pdf');
  });
});
