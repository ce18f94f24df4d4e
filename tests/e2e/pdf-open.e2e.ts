/**
 * Getting to the PDF reader: the popup over a tab showing a PDF offers "Open in Policy Clipper" and
 * opens the reader in that tab, for the PDF's own address; the context menu on a link to a PDF opens the
 * reader in a new tab. (The driver plays the browser's part for the menu click: see `browserEvent`.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_ZH, policyZhPdf } from '@/tests/support/pdf-fixtures';
import { BROWSER, useExtension } from './harness';

const PDF_PATH = '/files/2021-18.pdf';
const fixture = useExtension({
  '/notice.html': {
    body: `<!doctype html><meta charset="utf-8"><title>通知</title>
      <p>附件：<a id="pdf" href="${PDF_PATH}">关于印发《示范方案》的通知（PDF）</a></p>`,
  },
});

let localPdf = '';
let localDir = '';
beforeAll(async () => {
  const bytes = Buffer.from(await policyZhPdf());
  fixture.server.set(PDF_PATH, { body: bytes, type: 'application/pdf' });
  localDir = mkdtempSync(join(tmpdir(), 'pc-pdf-open-'));
  const file = join(localDir, '2021-18.pdf');
  writeFileSync(file, bytes);
  localPdf = pathToFileURL(file).href;
});
afterAll(() => {
  if (localDir) rmSync(localDir, { recursive: true, force: true });
});

/** The address and title the browser gives tab `id`. */
function tabState(id: number): Promise<{ url: string; title: string }> {
  return fixture.browser.inExtension(async (api, tabId) => {
    const tab = await api.tabs.get(tabId);
    return { url: tab.url ?? '', title: tab.title ?? '' };
  }, id);
}

/** The reader's address for the fixture PDF (the PDF's own address follows `#src=`, as it stands). */
const readerUrlFor = (pdf: string): string => `/pdf.html#src=${pdf}`;

describe('opening a PDF in the reader', () => {
  it('the popup over a PDF tab opens the reader in that tab, for the PDF’s address; Back returns', async () => {
    const pdf = fixture.server.url(PDF_PATH);
    // The browser's own viewer may never report a page load to automation: the address is what counts.
    const page = await fixture.browser.newTab();
    await page.goto(pdf).catch(() => undefined);
    const tabId = await fixture.browser.tabIdOf(page);
    expect((await tabState(tabId)).url).toBe(pdf);
    const popup = await fixture.browser.openPopup(tabId);
    const open = popup.testId('open-pdf-reader');
    await expect.poll(() => open.count(), { timeout: 15_000 }).toBe(1);
    await open.click();
    await expect
      .poll(async () => (await tabState(tabId)).url, { timeout: 15_000 })
      .toContain(readerUrlFor(pdf));
    await expect
      .poll(async () => (await tabState(tabId)).title, { timeout: 30_000 })
      .toBe(`${POLICY_ZH.title} · Policy Clipper`);
    // Same tab: Back returns to the browser's own viewer of the PDF.
    await page.evaluate(() => history.back());
    await expect.poll(async () => (await tabState(tabId)).url, { timeout: 15_000 }).toBe(pdf);
    await page.close();
  });

  it('the context menu on a PDF link opens the reader in a new tab', async () => {
    await expect.poll(() => fixture.browser.missingMenuItems(['pc-open-pdf'])).toEqual([]);
    const page = await fixture.browser.openPage(fixture.server.url('/notice.html'));
    const tabId = await fixture.browser.tabIdOf(page);
    const linkUrl = fixture.server.url(PDF_PATH);
    const reader = await fixture.browser.waitForNewTab(() =>
      fixture.browser.browserEvent('menuClick', 'pc-open-pdf', tabId, { linkUrl }),
    );
    expect(await reader.url()).toContain(readerUrlFor(linkUrl));
    await expect.poll(() => reader.find('.source-url').text(), { timeout: 20_000 }).toBe(linkUrl);
    await expect
      .poll(() => reader.evaluate(() => document.title), { timeout: 30_000 })
      .toBe(`${POLICY_ZH.title} · Policy Clipper`);
    // A link that is not a PDF's opens nothing (the background checks the address again).
    const before = await fixture.browser.inExtension(async (api) => (await api.tabs.query({})).length);
    await fixture.browser.browserEvent('menuClick', 'pc-open-pdf', tabId, {
      linkUrl: fixture.server.url('/notice.html'),
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await fixture.browser.inExtension(async (api) => (await api.tabs.query({})).length)).toBe(before);
    await reader.close();
    await page.close();
  });

  it('the popup over a local PDF opens it in Chromium (file access allowed); Firefox hides its address', async () => {
    // An extension loaded unpacked from the command line has Chromium's file access. Firefox gives
    // extensions no file access, nor a local tab's address without the `tabs` permission (which we do
    // not ask for): its popup cannot tell a local PDF (the unit tests cover its words for one).
    const page = await fixture.browser.newTab();
    await page.goto(localPdf).catch(() => undefined);
    const tabId = await fixture.browser.inExtension(async (api, url) => {
      const [tab] = await api.tabs.query({ url });
      return tab?.id ?? -1;
    }, localPdf);
    if (BROWSER === 'firefox') {
      expect(tabId).toBe(-1);
    } else {
      const popup = await fixture.browser.openPopup(tabId);
      await popup.testId('open-pdf-reader').click();
      await expect
        .poll(async () => (await tabState(tabId)).title, { timeout: 30_000 })
        .toBe(`${POLICY_ZH.title} · Policy Clipper`);
      expect((await tabState(tabId)).url).toContain(readerUrlFor(localPdf));
    }
    await page.close();
  });
});
