/**
 * The PDF reader: a Chinese official document served as a PDF by the local server opens in the
 * extension's reader page, its text layer shows the Chinese text (including the lines set in a
 * non-embedded font, readable only through the bundled CMaps), and the suggestions list the 亿元 figure
 * and the 《》 documents with their page. Two refusals are worded for the user.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
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

function openReader(path: string): Promise<Tab> {
  const target = encodeURIComponent(fixture.server.url(path));
  return fixture.browser.openExtensionPage(`/pdf.html?url=${target}`);
}

describe('PDF reader', () => {
  it('shows a Chinese PDF with its text layer and suggests the 亿元 figure and the 《》 documents', async () => {
    const page = await openReader('/files/2021-18.pdf');
    await expect.poll(() => page.find('.source-url').text()).toBe(fixture.server.url('/files/2021-18.pdf'));
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

    const suggestions = page.find('.suggestions');
    await expect.poll(() => suggestions.find('.doc-title').text(), { timeout: 20_000 }).toBe(POLICY_ZH.title);
    const figure = suggestions.find('.finding[data-kind="figure"]').withText(POLICY_ZH.figure);
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.find('.finding-page').text()).toBe('p. 1');
    for (const doc of POLICY_ZH.documents)
      expect(await suggestions.find('.finding[data-kind="document"]').withText(doc).count()).toBe(1);
    expect(await suggestions.find('.particulars').text()).toContain(POLICY_ZH.docNumber);
    expect(await page.evaluate(() => document.title)).toBe(`${POLICY_ZH.title} · Policy Clipper`);
    await page.close();
  });

  it('says a scan has no text layer', async () => {
    const page = await openReader('/files/scan.pdf');
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('This PDF has no text layer: it is a scan');
    await page.close();
  });

  it('says a web page served as a PDF is not one', async () => {
    const page = await openReader('/files/error.pdf');
    await expect
      .poll(() => page.find('.failure').text(), { timeout: 20_000 })
      .toContain('answered with a web page, not a PDF');
    await page.close();
  });
});
