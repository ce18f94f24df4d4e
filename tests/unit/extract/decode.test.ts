import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { declaredCharset, decodeHtml, encodingForLabel, sniffEncoding } from '@/utils/extract/decode';
import { htmlDocument } from './dom-helpers';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
/** 政策利好 in GBK, 政策 in Big5 (from `iconv -t gbk` / `-t big5`). */
const GBK_POLICY = [0xd5, 0xfe, 0xb2, 0xdf, 0xc0, 0xfb, 0xba, 0xc3];
const BIG5_POLICY = [0xac, 0x46, 0xb5, 0xa6];

describe('decodeHtml', () => {
  it('decodes by <meta charset> (GBK, GB2312 label, Big5)', () => {
    expect(
      decodeHtml(bytes('<html><head><meta charset="gbk"></head><body><p>', GBK_POLICY, '</p>')),
    ).toMatchObject({ ok: true, encoding: 'gbk', html: expect.stringContaining('<p>政策利好</p>') });
    expect(decodeHtml(bytes('<meta charset=gb2312><p>', GBK_POLICY))).toMatchObject({
      ok: true,
      html: expect.stringContaining('政策利好'),
    });
    expect(decodeHtml(bytes('<meta charset="big5"><p>', BIG5_POLICY))).toMatchObject({
      ok: true,
      encoding: 'big5',
      html: expect.stringContaining('政策'),
    });
  });

  it('decodes by http-equiv Content-Type', () => {
    expect(
      decodeHtml(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><p>', GBK_POLICY),
      ),
    ).toMatchObject({ ok: true, encoding: 'gb18030', html: expect.stringContaining('政策利好') });
  });

  it('lets a byte-order mark win over the declaration', () => {
    const utf8 = Array.from(new TextEncoder().encode('<meta charset="gbk"><p>政策</p>'));
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      html: '<meta charset="gbk"><p>政策</p>',
    });
  });

  it('reads undeclared valid UTF-8 as UTF-8 and undeclared non-UTF-8 as GB18030', () => {
    expect(sniffEncoding(new TextEncoder().encode('<p>政策</p>'))).toBe('utf-8');
    expect(sniffEncoding(bytes('<p>', GBK_POLICY))).toBe('gb18030');
  });

  it.each([
    ['a PDF', bytes('%PDF-1.7\n%...'), 'not-html'],
    ['a PNG', bytes([0x89], 'PNG\r\n'), 'not-html'],
    ['gzip', bytes([0x1f, 0x8b, 0x08, 0x00]), 'not-html'],
    ['bytes with NULs', bytes('<p>', [0, 1, 2, 0]), 'not-html'],
    ['plain text', bytes('Just some notes, no markup at all.'), 'not-html'],
    ['JSON', bytes('{"title": "x", "items": [1, 2]}'), 'not-html'],
    ['an empty file', bytes(''), 'empty'],
    ['whitespace', bytes('  \n\t '), 'empty'],
  ])('refuses %s', (_name, input, reason) => {
    const result = decodeHtml(input);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).toMatch(/\w{4,}/);
  });

  it('takes a frameset page for HTML, leaving extraction to say there is no article in it', () => {
    const frameset =
      '<FRAMESET cols="20%,80%">\n  <FRAME src="nav.htm" name="nav">\n  <FRAME src="main.htm" name="main">\n</FRAMESET>\n';
    const withNoframes =
      '<!-- saved -->\n<frameset rows="*"><frame src="main.htm"><noframes>Your browser does not support frames.</noframes></frameset>';
    const cases = [
      [frameset, { ok: false, reason: 'empty' }],
      ['<frame src="main.htm">', { ok: false, reason: 'empty' }],
      [withNoframes, { ok: false, reason: 'no-article' }],
    ] as const;
    for (const [page, refusal] of cases) {
      const decoded = decodeHtml(bytes(page));
      expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', html: page });
      if (!decoded.ok) continue;
      const url = 'https://www.gov.example.cn/index.htm';
      const result = extract(htmlDocument(decoded.html, url), url);
      expect(result).toMatchObject(refusal);
      if (!result.ok) expect(result.message).not.toMatch(/HTML/);
    }
    // `frame` only as a whole tag name: `<framework>` in plain text is still no HTML.
    expect(decodeHtml(bytes('Notes on the <framework> of the plan.'))).toMatchObject({
      ok: false,
      reason: 'not-html',
    });
  });

  it('maps labels and ignores a UTF-16 declaration in ASCII bytes', () => {
    expect(encodingForLabel('GB2312')).toBe('gbk');
    expect(encodingForLabel('no-such-charset')).toBeNull();
    expect(declaredCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredCharset(bytes('<?xml version="1.0" encoding="GBK"?><html>'))).toBe('gbk');
  });
});
