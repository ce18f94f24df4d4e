import { describe, expect, it } from 'vitest';
import { isPdfPath, PDF_LINK_PATTERNS, pdfAddress, pdfOfTab } from '@/utils/pdf/pdf-tab';
import type { PageUnavailable } from '@/utils/messages/reply-schemas';

const tab = (url: string, why: PageUnavailable): PageUnavailable & { url: string } => ({ ...why, url });

describe('pdfAddress', () => {
  it('takes web and local addresses whose path names a PDF, whatever the query and hash', () => {
    expect(pdfAddress('https://www.gov.cn/zhengce/2024/P0202.pdf')?.href).toBe(
      'https://www.gov.cn/zhengce/2024/P0202.pdf',
    );
    expect(pdfAddress('http://x.org/a/Report.PDF?download=1#page=3')?.pathname).toBe('/a/Report.PDF');
    expect(pdfAddress('file:///home/me/%E9%80%9A%E7%9F%A5.pdf')?.protocol).toBe('file:');
  });

  it('refuses other paths, other schemes and what is not an address', () => {
    expect(pdfAddress('https://x.org/a.pdf.html')).toBeNull();
    expect(pdfAddress('https://x.org/view?file=a.pdf')).toBeNull();
    expect(pdfAddress('chrome-extension://abc/a.pdf')).toBeNull();
    expect(pdfAddress('ftp://x.org/a.pdf')).toBeNull();
    expect(pdfAddress('a.pdf')).toBeNull();
  });

  it('takes any readable address that answered application/pdf', () => {
    expect(pdfAddress('https://x.org/download?id=7', 'application/pdf')?.search).toBe('?id=7');
    expect(pdfAddress('https://x.org/download?id=7', 'Application/PDF; qs=1')).not.toBeNull();
    expect(pdfAddress('https://x.org/download?id=7', 'text/html')).toBeNull();
    expect(pdfAddress('about:blank', 'application/pdf')).toBeNull();
  });
});

describe('pdfOfTab', () => {
  it('finds the PDF behind the page-access refusal and behind a non-HTML answer', () => {
    const url = 'https://www.stats.gov.cn/sj/zxfb/202402/P020240229.pdf';
    expect(pdfOfTab(tab(url, { reason: 'restricted', detail: 'pdf', message: '' }))?.href).toBe(url);
    const typed = tab('https://x.org/file?id=1', {
      reason: 'not-html',
      contentType: 'application/pdf',
      message: '',
    });
    expect(pdfOfTab(typed)?.href).toBe('https://x.org/file?id=1');
  });

  it('is null for every other reason a tab has no article', () => {
    const url = 'https://x.org/a.pdf';
    expect(pdfOfTab(tab(url, { reason: 'restricted', detail: 'scripting-refused', message: '' }))).toBeNull();
    expect(
      pdfOfTab(tab('https://x.org/a', { reason: 'not-html', contentType: 'image/png', message: '' })),
    ).toBeNull();
    expect(pdfOfTab(tab(url, { reason: 'empty', message: '' }))).toBeNull();
  });
});

describe('PDF_LINK_PATTERNS', () => {
  /** A match pattern's path part as a regular expression (`*` is any run of characters). */
  const pathMatches = (pattern: string, pathAndQuery: string): boolean => {
    const path = pattern.replace(/^[^:]+:\/\/[^/]*/, '');
    const re = new RegExp(`^${path.replace(/[.?#]/g, (c) => `\\${c}`).replace(/\*/g, '.*')}$`);
    return re.test(pathAndQuery);
  };
  const offered = (pathAndQuery: string): boolean =>
    PDF_LINK_PATTERNS.some((p) => pathMatches(p, pathAndQuery));

  it('offers the menu on links to PDFs, with or without a query, and on none else', () => {
    for (const link of ['/a/b.pdf', '/B.PDF', '/a.pdf?x=1', '/a.pdf#page=2']) {
      expect(offered(link), link).toBe(true);
      expect(isPdfPath(new URL(link, 'https://x.org').pathname), link).toBe(true);
    }
    for (const link of ['/a.html', '/a.pdfx', '/view'])
      expect([offered(link), isPdfPath(link)], link).toEqual([false, false]);
  });
});
