/** The words for the reader's failures, in both UI languages (its address: reader-url.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_ERROR_CODES } from '@/utils/pdf';
import { pdfFailureText, type PdfLoadFailure } from '@/utils/pdf/failure-text';

const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(new URL(`../../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
  );

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
