/** Each way a PDF is refused: a specific code, an English message, and no article half-read. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePdfBytes } from '@/cli/pdf-node';
import { checkPdfBytes, pageAt, PDF_ERROR_CODES, PDF_FAILURE_MESSAGES, type PdfProgress } from '@/utils/pdf';
import {
  encryptPdf,
  hasQpdf,
  multiPagePdf,
  pageMarker,
  policyZhPdf,
  POLICY_ZH,
  scannedPdf,
  truncated,
} from '@/tests/support/pdf-fixtures';

const URL = 'https://example.cn/doc.pdf';
const encoder = new TextEncoder();

let policy: Uint8Array;
beforeAll(async () => {
  policy = await policyZhPdf();
});

describe('refusals', () => {
  it('a scan: no text layer', async () => {
    const result = await analyzePdfBytes(await scannedPdf(), URL);
    expect(result).toMatchObject({ ok: false, code: 'no-text' });
    expect(!result.ok && result.message).toMatch(/no text layer: it is a scan/);
  });

  it('a download cut short: truncated (before pdf.js could "repair" it into fewer pages)', async () => {
    const result = await analyzePdfBytes(truncated(policy), URL);
    expect(result).toMatchObject({ ok: false, code: 'truncated' });
  });

  it('an HTML error page served as a PDF: not a PDF, and says it looks like a web page', async () => {
    const html = encoder.encode('<!doctype html><html><body><h1>404 Not Found</h1></body></html>');
    const result = await analyzePdfBytes(html, URL);
    expect(result).toMatchObject({ ok: false, code: 'not-pdf', detail: 'html' });
    expect(!result.ok && result.message).toMatch(/looks like a web page/);
  });

  it('an empty file and other bytes: not a PDF', async () => {
    expect(await analyzePdfBytes(new Uint8Array(), URL)).toMatchObject({ code: 'not-pdf', detail: 'empty' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect(await analyzePdfBytes(png, URL)).toMatchObject({ code: 'not-pdf', detail: 'other' });
  });

  it('a PDF whose body is garbage: damaged', async () => {
    const broken = encoder.encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\ngarbage garbage\n%%EOF\n');
    expect(await analyzePdfBytes(broken, URL)).toMatchObject({ ok: false, code: 'damaged' });
  });

  it('a file larger than the limit: too large, checked before parsing', () => {
    expect(checkPdfBytes(policy, 1024)).toMatchObject({ code: 'too-large' });
    expect(checkPdfBytes(policy)).toBeNull();
  });

  it('every code has an English message', () => {
    for (const code of PDF_ERROR_CODES) expect(PDF_FAILURE_MESSAGES[code]().length).toBeGreaterThan(10);
  });
});

// qpdf (Debian) encrypts the fixtures; .ci/run installs it. Without it the suite says so, and CI fails.
const QPDF = hasQpdf();
if (!QPDF) {
  console.error('\n!!! PDF ENCRYPTION TESTS DID NOT RUN: qpdf is missing (apt-get install -y qpdf).\n');
  if (process.env.CI === 'true') throw new Error('qpdf is required under CI=true');
}

describe.runIf(QPDF)('encrypted PDFs (qpdf, AES-256)', () => {
  it('a user password: refused as password-protected', async () => {
    const result = await analyzePdfBytes(encryptPdf(policy, 'open-sesame'), URL);
    expect(result).toMatchObject({ ok: false, code: 'password', detail: 'needed' });
    expect(!result.ok && result.message).toMatch(/protected by a password/);
  });

  it('the right password opens it; a wrong one is told apart', async () => {
    const locked = encryptPdf(policy, 'open-sesame');
    const opened = await analyzePdfBytes(locked.slice(), URL, { password: 'open-sesame' });
    expect(opened.ok && opened.article.text).toContain(POLICY_ZH.cidSentence);
    const wrong = await analyzePdfBytes(locked.slice(), URL, { password: 'guess' });
    expect(wrong).toMatchObject({ ok: false, code: 'password', detail: 'incorrect' });
  });

  it('only an owner password (copying restricted, as many official PDFs are): read as usual', async () => {
    const result = await analyzePdfBytes(encryptPdf(policy, ''), URL);
    expect(result.ok && result.article.title).toBe(POLICY_ZH.title);
  });
});

describe('a 500-page document', { timeout: 120_000 }, () => {
  const PAGES = 500;
  let big: Uint8Array;
  beforeAll(async () => {
    big = await multiPagePdf(PAGES);
  });

  it('is read whole, page by page, every page mapped', async () => {
    let reports = 0;
    const result = await analyzePdfBytes(big.slice(), URL, { onProgress: () => reports++ });
    if (!result.ok) throw new Error(result.message);
    expect(reports).toBe(PAGES);
    expect(result.pdf.pageCount).toBe(PAGES);
    const last = result.article.text.indexOf(pageMarker(PAGES));
    expect(pageAt(result.pdf.pages, last)).toBe(PAGES);
  });

  it('stops halfway when cancelled halfway', async () => {
    const controller = new AbortController();
    let reports = 0;
    const result = await analyzePdfBytes(big.slice(), URL, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        reports++;
        if (done === PAGES / 2) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
    expect(reports).toBe(PAGES / 2);
  });
});

describe('long documents', () => {
  it('reports progress page by page', async () => {
    const seen: PdfProgress[] = [];
    const result = await analyzePdfBytes(await multiPagePdf(6), URL, { onProgress: (p) => seen.push(p) });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((done) => ({ done, total: 6 })));
  });

  it('stops when cancelled, with nothing half-read', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await analyzePdfBytes(await multiPagePdf(12), URL, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        if (done === 3) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('is not started when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await analyzePdfBytes(policy.slice(), URL, { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
  });
});
