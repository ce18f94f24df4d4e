/**
 * The PDF reader in real Chromium: a Chinese official document served as a PDF by the local server
 * opens in the extension's reader page, its text layer shows the Chinese text (including the lines set
 * in a non-embedded font, readable only through the bundled CMaps), and the suggestions list the 亿元
 * figure and the 《》 documents with their page. Two refusals are worded for the user.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_ZH, policyZhPdf, scannedPdf } from '@/tests/support/pdf-fixtures';
import { useExtension } from './harness';

const PDF = 'application/pdf';
const fixture = useExtension({
  '/files/error.pdf': { body: '<!doctype html><title>Login</title><p>Please log in</p>', type: PDF },
});

beforeAll(async () => {
  fixture.server.set('/files/2021-18.pdf', { body: Buffer.from(await policyZhPdf()), type: PDF });
  fixture.server.set('/files/scan.pdf', { body: Buffer.from(await scannedPdf()), type: PDF });
});

async function openReader(path: string): Promise<Page> {
  const { session, server } = fixture;
  const page = await session.context.newPage();
  const target = encodeURIComponent(server.url(path));
  await page.goto(`chrome-extension://${session.extensionId}/pdf.html?url=${target}`);
  return page;
}

describe('PDF reader', () => {
  it('shows a Chinese PDF with its text layer and suggests the 亿元 figure and the 《》 documents', async () => {
    const page = await openReader('/files/2021-18.pdf');
    await expect
      .poll(() => page.locator('.source-url').textContent())
      .toBe(fixture.server.url('/files/2021-18.pdf'));
    // The text layer: the masthead (embedded font) and a sentence in the non-embedded STSong font.
    const layerText = (): Promise<string> =>
      page.evaluate(() =>
        [...document.querySelectorAll('.textLayer')]
          .map((l) => l.textContent ?? '')
          .join('')
          .replace(/\s/g, ''),
      );
    await expect.poll(layerText, { timeout: 20_000 }).toContain(POLICY_ZH.masthead);
    expect(await layerText()).toContain(POLICY_ZH.cidSentence);

    const suggestions = page.locator('.suggestions');
    await expect
      .poll(() => suggestions.locator('.doc-title').textContent(), { timeout: 20_000 })
      .toBe(POLICY_ZH.title);
    const figure = suggestions.locator('.finding[data-kind="figure"]', { hasText: POLICY_ZH.figure });
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.locator('.finding-page').textContent()).toBe('p. 1');
    for (const doc of POLICY_ZH.documents)
      expect(await suggestions.locator('.finding[data-kind="document"]', { hasText: doc }).count()).toBe(1);
    expect(await suggestions.locator('.particulars').textContent()).toContain(POLICY_ZH.docNumber);
    expect(await page.title()).toBe(`${POLICY_ZH.title} · Policy Clipper`);
    await page.close();
  });

  it('says a scan has no text layer', async () => {
    const page = await openReader('/files/scan.pdf');
    await expect
      .poll(() => page.locator('.failure').textContent(), { timeout: 20_000 })
      .toContain('This PDF has no text layer: it is a scan');
    await page.close();
  });

  it('says a web page served as a PDF is not one', async () => {
    const page = await openReader('/files/error.pdf');
    await expect
      .poll(() => page.locator('.failure').textContent(), { timeout: 20_000 })
      .toContain('answered with a web page, not a PDF');
    await page.close();
  });
});
