/**
 * The one rule for live links (`utils/safe-link.ts`): whatever the string, what `safeHref` returns is
 * an address a browser reads as http(s) (or mailto, for notes), and every other scheme, however it is
 * spelt, is refused.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isWebAddress, ownPageHref, safeHref, startsWithLinkScheme } from '@/utils/safe-link';

const { document } = new JSDOM('<!doctype html><base href="https://brief.invalid/dir/">').window;

/** The scheme a browser gives an `<a href>` holding `href` (resolved against a web base). */
function browserScheme(href: string): string {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  return a.protocol;
}

const HOSTILE = [
  'javascript:alert(document.domain)//x',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'javascript%3Aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'file:///etc/passwd',
  'chrome://settings',
  'chrome-extension://abc/library.html',
  'moz-extension://abc/library.html',
  'about:blank',
  'blob:https://a.cn/1',
  'filesystem:https://a.cn/temporary/x',
  'ftp://a.cn/x',
  '//evil.example/x',
  '/relative',
  'relative/path',
  '#frag',
  '?q=1',
  '',
  ' ',
  'https:',
  'https:/',
  'https://',
  'mailto:x@y.z',
  'garbage',
  '\\\\evil\\share',
];

/** Schemes spelt with mixed case, control characters and whitespace inside and around them. */
const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u001f', '\u00a0', '\u200b');
const spelt = (scheme: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      noise,
      fc.array(fc.tuple(fc.boolean(), noise), { minLength: scheme.length, maxLength: scheme.length }),
      fc.constantFrom(':', ':', '&#58;', '&colon;', '%3A'),
      fc.string({ maxLength: 12 }),
    )
    .map(([lead, letters, colon, rest]) => {
      const body = [...scheme]
        .map((ch, i) => {
          const [upper, after] = letters[i] ?? [false, ''];
          return (upper ? ch.toUpperCase() : ch) + after;
        })
        .join('');
      return `${lead}${body}${colon}${rest}`;
    });
const anyScheme = fc.constantFrom(
  'javascript',
  'vbscript',
  'data',
  'file',
  'chrome',
  'blob',
  'http',
  'https',
  'mailto',
);
const candidates = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  anyScheme.chain(spelt),
  fc.webUrl(),
);

describe('safeHref', () => {
  it.each(HOSTILE)('refuses %j as a web link', (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it('keeps http(s) addresses, as the parser writes them', () => {
    expect(safeHref('https://www.gov.cn/zhengce/2021/0510.htm')).toBe(
      'https://www.gov.cn/zhengce/2021/0510.htm',
    );
    expect(safeHref('HTTP://A.CN')).toBe('http://a.cn/');
    expect(safeHref('https://a.cn/p#:~:text=%E5%85%83')).toBe('https://a.cn/p#:~:text=%E5%85%83');
    expect(safeHref(' https://a.cn/ ')).toBe('https://a.cn/');
  });

  it('allows mailto only under the note policy', () => {
    expect(safeHref('mailto:press@gov.cn')).toBeNull();
    expect(safeHref('mailto:press@gov.cn', { mailto: true })).toBe('mailto:press@gov.cn');
    expect(safeHref('MAILTO:a@b.c', { mailto: true })).toBe('mailto:a@b.c');
    expect(safeHref('javascript:alert(1)', { mailto: true })).toBeNull();
  });

  it('whatever the string, a result is an http(s) address the browser reads as such', () => {
    fc.assert(
      fc.property(candidates, fc.boolean(), (url, mailto) => {
        const href = safeHref(url, { mailto });
        if (href === null) return;
        const allowed = mailto ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
        expect(allowed).toContain(new URL(href).protocol);
        expect(allowed).toContain(browserScheme(href));
        // Idempotent: the href read back is the same address.
        expect(safeHref(href, { mailto })).toBe(href);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses every other scheme however it is spelt', () => {
    const hostile = fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'chrome', 'blob').chain(spelt);
    fc.assert(
      fc.property(hostile, (url) => {
        expect(safeHref(url, { mailto: true })).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe("safeHref: the extension's own pages (ownOrigin)", () => {
  const own = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  const page = `${own}/reader.html?article=a%2Fb`;

  it('allows a page of exactly that origin, in Chrome and in Firefox', () => {
    expect(safeHref(page, { ownOrigin: own })).toBe(page);
    const fx = 'moz-extension://0b8f8c2e-5d1a-4c3e-9f00-1234567890ab';
    expect(safeHref(`${fx}/reader.html?article=x`, { ownOrigin: fx })).toBe(`${fx}/reader.html?article=x`);
    // Web links keep their rule under this policy.
    expect(safeHref('https://a.cn/x', { ownOrigin: own })).toBe('https://a.cn/x');
  });

  it('refuses other extensions, other schemes and look-alikes of the origin', () => {
    for (const url of [
      page.replace('abcdefghijklmnop/', 'abcdefghijklmnoq/'),
      'chrome-extension://bbcdefghijklmnopabcdefghijklmnop/reader.html',
      'moz-extension://abcdefghijklmnopabcdefghijklmnop/reader.html',
      'chrome-extension://ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP/reader.html',
      `chrome-extension://user@abcdefghijklmnopabcdefghijklmnop/reader.html`,
      `chrome-extension://abcdefghijklmnopabcdefghijklmnop:80/reader.html`,
      `chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example/reader.html`,
      'javascript:alert(1)',
      'data:text/html,x',
      ...HOSTILE.filter((h) => !h.startsWith('mailto:')),
    ])
      expect(safeHref(url, { ownOrigin: own }), url).toBeNull();
  });

  it('ownPageHref is the exception alone: never a web address', () => {
    expect(ownPageHref(page, own)).toBe(page);
    expect(ownPageHref('https://a.cn/reader.html', own)).toBeNull();
    expect(ownPageHref('https://a.cn/reader.html', 'https://a.cn')).toBeNull();
  });

  it('grants nothing when the origin given is not an extension origin', () => {
    for (const origin of ['https://a.cn', 'javascript:', 'chrome://settings', '', 'chrome-extension://a/b'])
      expect(safeHref(`${origin}/reader.html`, { ownOrigin: origin })).toBe(
        origin.startsWith('https:') ? 'https://a.cn/reader.html' : null,
      );
  });

  it('whatever the string, a result is a web address or a page of that very origin', () => {
    const extensionish = fc
      .tuple(
        fc.constantFrom('chrome-extension', 'moz-extension', 'CHROME-EXTENSION', 'chrome-extension\t'),
        fc.constantFrom('abcdefghijklmnopabcdefghijklmnop', 'abcdefghijklmnopabcdefghijklmnoq', 'x'),
        fc.string({ maxLength: 12 }),
      )
      .map(([scheme, id, rest]) => `${scheme}://${id}${rest}`);
    fc.assert(
      fc.property(fc.oneof(candidates, extensionish, anyScheme.chain(spelt)), (url) => {
        const href = safeHref(url, { ownOrigin: own });
        if (href === null) return;
        const parsed = new URL(href);
        if (parsed.protocol === 'chrome-extension:') expect(`${parsed.protocol}//${parsed.host}`).toBe(own);
        else expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(safeHref(href, { ownOrigin: own })).toBe(href);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isWebAddress (what backups may hold in URL fields)', () => {
  it.each(HOSTILE)('refuses %j', (url) => {
    expect(isWebAddress(url)).toBe(false);
  });

  it('accepts absolute http(s) URLs as exported, and nothing with blanks or controls', () => {
    expect(isWebAddress('https://www.gov.cn/zhengce/content/2021-05/10/content_1.htm')).toBe(true);
    expect(isWebAddress('http://127.0.0.1:8080/news/policy/2021/0510.html')).toBe(true);
    expect(isWebAddress('https://a.cn/政策?q=1#x')).toBe(true);
    expect(isWebAddress(' https://a.cn/')).toBe(false);
    expect(isWebAddress('https://a.cn/\n')).toBe(false);
    expect(isWebAddress('https://a.c n/')).toBe(false);
    // The browser reads it as http, but no exported record is written so.
    expect(isWebAddress('http:example.com')).toBe(false);
  });

  it('whatever the string, an accepted one is an http(s) address in the browser too', () => {
    fc.assert(
      fc.property(candidates, (url) => {
        if (!isWebAddress(url)) return;
        expect(['http:', 'https:']).toContain(browserScheme(url));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('startsWithLinkScheme (the brief rule for destinations written in Markdown)', () => {
  it('wants the scheme written plainly at the start', () => {
    expect(startsWithLinkScheme('https://a.cn) more')).toBe(true);
    expect(startsWithLinkScheme('HTTP://a')).toBe(true);
    expect(startsWithLinkScheme('mailto:a@b.c')).toBe(false);
    expect(startsWithLinkScheme('mailto:a@b.c', { mailto: true })).toBe(true);
    for (const bad of ['http&#58;//a', 'h\\ttp://a', '<https://a>', ' https://a', 'https:/a', 'javascript:x'])
      expect(startsWithLinkScheme(bad, { mailto: true })).toBe(false);
  });
});
