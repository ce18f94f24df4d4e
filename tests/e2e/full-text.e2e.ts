/**
 * A full-text brief: the article's HTML turned into Markdown (tables included) with the highlighted
 * passages marked. That needs a DOM parser: Chrome's service worker has none and renders it in an
 * offscreen document; Firefox has no offscreen documents, and its background (an event page) parses
 * the HTML itself. The same file comes out of both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BROWSER, ROOT, useExtension } from './harness';

const ext = useExtension({
  '/solar.html': { body: readFileSync(join(ROOT, 'tests/fixtures/e2e/table-article.html')) },
});

it('exports a full-text brief with the table as Markdown and the highlight marked', async () => {
  const library = await ext.browser.openExtensionPage('/library.html');
  await library.testId('option-fullText').check();
  await expect
    .poll(async () => {
      const stored = await ext.browser.inExtension((api) => api.storage.local.get('settings'));
      return (stored.settings as { brief?: { fullText?: boolean } } | undefined)?.brief?.fullText;
    })
    .toBe(true);

  const page = await ext.browser.openPage(ext.server.url('/solar.html'));
  await page.selectText('lower module prices and faster permitting');
  const popup = await ext.browser.openPopup(page);
  await popup.testId('highlight-selection').click();
  await expect.poll(() => popup.testId('status').text()).toBe('Highlighted and saved.');
  await popup.testId('export-brief').click();
  const file = await ext.browser.waitForDownload(/\.md$/);
  expect(file.text).toMatch(/\| Year \| New capacity \(GW\) \| Share of new power \|/);
  expect(file.text).toMatch(/\| 2023 \| 30\.8 \| 52% \|/);
  expect(file.text).toContain('==lower module prices and faster permitting==');

  // Which path rendered it: an offscreen document in Chromium; none in Firefox, which has no such API.
  const renderer = await ext.browser.inExtension(async () => {
    const offscreen = (globalThis as { chrome?: { offscreen?: { hasDocument(): Promise<boolean> } } }).chrome
      ?.offscreen;
    if (!offscreen) return 'no offscreen API';
    return (await offscreen.hasDocument()) ? 'offscreen document' : 'no offscreen document';
  });
  expect(renderer).toBe(BROWSER === 'chromium' ? 'offscreen document' : 'no offscreen API');
});
