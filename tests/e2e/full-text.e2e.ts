/**
 * A full-text brief in Chrome: the service worker has no DOM parser, so the article's HTML is turned
 * into Markdown (tables included) in an offscreen document; highlighted passages are marked in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { downloadedFile, openPopup, ROOT, selectText, useExtension } from './harness';

const ext = useExtension({
  '/solar.html': { body: readFileSync(join(ROOT, 'tests/fixtures/e2e/table-article.html')) },
});

it('exports a full-text brief with the table as Markdown and the highlight marked', async () => {
  const library = await ext.session.context.newPage();
  await library.goto(`chrome-extension://${ext.session.extensionId}/library.html`);
  await library.getByTestId('option-fullText').check();
  await expect
    .poll(
      async () =>
        (await (await ext.session.worker()).evaluate(() => chrome.storage.local.get('settings'))).settings
          ?.brief?.fullText,
    )
    .toBe(true);

  const page = await ext.session.context.newPage();
  await page.goto(ext.server.url('/solar.html'));
  await selectText(page, 'lower module prices and faster permitting');
  const popup = await openPopup(ext.session, page);
  await popup.getByTestId('highlight-selection').click();
  await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Highlighted and saved.');
  await popup.getByTestId('export-brief').click();
  const file = await downloadedFile(ext.session, /\.md$/);
  expect(file.text).toMatch(/\| Year \| New capacity \(GW\) \| Share of new power \|/);
  expect(file.text).toMatch(/\| 2023 \| 30\.8 \| 52% \|/);
  expect(file.text).toContain('==lower module prices and faster permitting==');
});
