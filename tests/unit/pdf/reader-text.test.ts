/** The reader's address and the words for its failures, in both UI languages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_ERROR_CODES } from '@/utils/pdf';
import { pdfFailureText, type PdfLoadFailure } from '@/utils/pdf/failure-text';
import { readerPath, readerTarget } from '@/utils/pdf/reader-url';

const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
  );

describe('reader address', () => {
  it('carries the PDF address there and back, query and fragment included', () => {
    const pdf = 'https://www.gov.cn/zhengce/附件1.pdf?id=3&x=y#page=2';
    const href = `chrome-extension://abc${readerPath(pdf)}`;
    expect(readerTarget(href)?.href).toBe(new URL(pdf).href);
  });

  it.each([
    'javascript:alert(1)',
    'chrome://settings',
    'data:application/pdf;base64,JVBERi0=',
    'not a url',
    '',
  ])('refuses %s', (target) =>
    expect(readerTarget(`chrome-extension://abc${readerPath(target)}`)).toBeNull(),
  );

  it('reads file addresses (the reader says when the browser refuses them)', () => {
    expect(readerTarget(`moz-extension://abc${readerPath('file:///home/me/a.pdf')}`)?.protocol).toBe('file:');
  });
});

describe('failure words', () => {
  const failures: Parameters<typeof pdfFailureText>[0][] = [
    ...PDF_ERROR_CODES.map((code) => ({ code })),
    { code: 'not-pdf', detail: 'html' },
    { code: 'not-pdf', detail: 'empty' },
    { code: 'password', detail: 'incorrect' },
    ...([
      { code: 'bad-url' },
      { code: 'file-access', browser: 'chrome' },
      { code: 'file-access', browser: 'firefox' },
      { code: 'http', status: 404 },
      { code: 'network' },
    ] as PdfLoadFailure[]),
  ];

  it('gives every failure its own message, in English and Chinese', () => {
    const en = messages('en');
    const zh = messages('zh_CN');
    const keys = failures.map((f) => pdfFailureText(f).key);
    for (const key of keys) {
      expect(en[key]?.message, key).toBeTruthy();
      expect(zh[key]?.message, key).toMatch(/\p{Script=Han}/u);
    }
    expect(new Set(keys).size).toBe(failures.length);
  });

  it('says which HTTP status the server answered', () => {
    expect(pdfFailureText({ code: 'http', status: 403 })).toEqual({ key: 'pdfErrHttp', subs: [403] });
  });
});
