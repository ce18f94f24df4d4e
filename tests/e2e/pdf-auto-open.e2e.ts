/**
 * "Open PDFs in Policy Clipper's reader" (Chrome only; off by default). Off, a PDF opens in the
 * browser's own viewer; turned on in the library with the user's own clicks, every PDF a tab opens
 * (`application/pdf`, whatever its path says) lands in the reader with its original address shown, and
 * that address opens the browser's viewer when clicked; turned off, the browser's viewer again. Firefox
 * does not offer it: the box is disabled and says which ways in work there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_ZH, policyZhPdf } from '@/tests/support/pdf-fixtures';
import type { Tab } from '@/tests/support/driver';
import { BROWSER, useExtension } from './harness';

const PDF_PATH = '/files/2021-18.pdf';
/** A PDF whose address says nothing of it: only its `Content-Type` does. */
const TYPED_PATH = '/download';
/** A PDF the site sends as a download. */
const ATTACHMENT_PATH = '/files/attachment.pdf';
const fixture = useExtension({ '/notice.html': { body: '<!doctype html><title>通知</title><p>附件</p>' } });

beforeAll(async () => {
  const body = Buffer.from(await policyZhPdf());
  fixture.server.set(PDF_PATH, { body, type: 'application/pdf' });
  fixture.server.set(TYPED_PATH, { body, type: 'application/pdf; charset=binary' });
  fixture.server.set(ATTACHMENT_PATH, {
    body,
    type: 'application/pdf',
    headers: { 'content-disposition': 'attachment; filename="pc-attachment-2021-18.pdf"' },
  });
});

/** The tab's address once the browser has finished loading it. */
function settledUrl(tabId: number): Promise<string> {
  return fixture.browser.inExtension(async (api, id) => {
    for (let i = 0; i < 100; i++) {
      const tab = await api.tabs.get(id);
      if (tab.status === 'complete') return tab.url ?? '';
      await new Promise((r) => setTimeout(r, 100));
    }
    return 'still loading';
  }, tabId);
}

/** The addresses of every tab the browser has open. */
const tabUrls = (): Promise<string[]> =>
  fixture.browser.inExtension(async (api) => (await api.tabs.query({})).map((t) => t.url ?? ''));

/** Opens `url` in `tab` as the address bar would, however the browser answers. */
async function visit(tab: Tab, url: string): Promise<number> {
  await tab.goto(url).catch(() => undefined);
  return fixture.browser.tabIdOf(tab);
}

/** The option's box in the library: ticked, and whether it may be changed. */
const boxState = (library: Tab): Promise<{ checked: boolean; disabled: boolean } | null> =>
  library.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('[data-testid="option-pdfAutoOpen"]');
    return box ? { checked: box.checked, disabled: box.disabled } : null;
  });

/** Turns the option on or off in the library, with a trusted click, and waits for the stored setting. */
async function setAutoOpen(on: boolean): Promise<void> {
  const library = await fixture.browser.openExtensionPage('/library.html');
  const box = library.testId('option-pdfAutoOpen');
  await box.waitFor();
  expect(await boxState(library)).toEqual({ checked: !on, disabled: false });
  await box.click();
  await expect.poll(() => boxState(library)).toEqual({ checked: on, disabled: false });
  await expect
    .poll(() =>
      fixture.browser.inExtension(async (api) => (await api.storage.local.get('settings'))['settings']),
    )
    .toMatchObject({ pdfAutoOpen: on });
  await library.close();
}

// Each browser's own path, asserted (nothing skipped): Chromium's option, Firefox's explanation.
if (BROWSER === 'chromium')
  describe('opening every PDF in the reader (Chromium)', () => {
    let tab: Tab;
    beforeAll(async () => {
      tab = await fixture.browser.newTab();
    });
    afterAll(async () => {
      await tab.close();
    });

    it('off by default: a PDF opens in the browser’s own viewer, its address unchanged', async () => {
      const pdf = fixture.server.url(`${PDF_PATH}?a=1&b=2`);
      const id = await visit(tab, pdf);
      expect(await settledUrl(id)).toBe(pdf);
    });

    it('turned on in the library: a PDF lands in the reader, its original address and its text shown', async () => {
      await setAutoOpen(true);
      const pdf = fixture.server.url(`${PDF_PATH}?a=1&b=2`);
      const id = await visit(tab, pdf);
      await expect
        .poll(() => settledUrl(id), { timeout: 15_000 })
        .toBe(`${fixture.browser.extensionOrigin}/pdf.html#src=${pdf}`);
      await expect.poll(() => tab.find('.source-url').text(), { timeout: 20_000 }).toBe(pdf);
      const layerText = (): Promise<string> =>
        tab.evaluate(() =>
          [...document.querySelectorAll('.textLayer')]
            .map((l) => l.textContent ?? '')
            .join('')
            .replace(/\s/g, ''),
        );
      await expect.poll(layerText, { timeout: 20_000 }).toContain(POLICY_ZH.masthead);
      await expect
        .poll(() => tab.evaluate(() => document.title), { timeout: 30_000 })
        .toBe(`${POLICY_ZH.title} · Policy Clipper`);
    });

    it('goes by the answer’s Content-Type, not the path; a web page stays a web page', async () => {
      // Its fragment too (`#page=3` would come along): Chrome pastes the whole address, `#` and all.
      const typed = fixture.server.url(`${TYPED_PATH}?id=7&name=%E9%99%84%E4%BB%B6#x`);
      const id = await visit(tab, typed);
      await expect
        .poll(() => settledUrl(id), { timeout: 15_000 })
        .toBe(`${fixture.browser.extensionOrigin}/pdf.html#src=${typed}`);
      await expect.poll(() => tab.find('.source-url').text(), { timeout: 20_000 }).toBe(typed);
      const page = fixture.server.url('/notice.html');
      expect(await settledUrl(await visit(tab, page))).toBe(page);
    });

    it('a PDF the site sends as a download (Content-Disposition: attachment) still downloads', async () => {
      const page = fixture.server.url('/notice.html');
      const id = await visit(tab, page);
      await visit(tab, fixture.server.url(ATTACHMENT_PATH));
      const file = await fixture.browser.waitForDownload(/pc-attachment-2021-18\.pdf$/);
      expect(file.name).toBe('pc-attachment-2021-18.pdf');
      expect(await settledUrl(id)).toBe(page);
    });

    it('the original address in the reader opens the browser’s own viewer (not the reader again)', async () => {
      const pdf = fixture.server.url(`${PDF_PATH}?view=original`);
      const id = await visit(tab, pdf);
      await expect.poll(() => tab.find('.source-url').text(), { timeout: 20_000 }).toBe(pdf);
      const before = (await tabUrls()).length;
      await tab.find('.source-url').click();
      await expect.poll(async () => (await tabUrls()).length, { timeout: 15_000 }).toBe(before + 1);
      // The new tab shows the PDF at its own address, and stays there.
      await expect
        .poll(async () => (await tabUrls()).filter((u) => u === pdf).length, { timeout: 15_000 })
        .toBe(1);
      await new Promise((r) => setTimeout(r, 1000));
      expect((await tabUrls()).filter((u) => u === pdf)).toHaveLength(1);
      const opened = await fixture.browser.inExtension(async (api, url) => {
        const tabs = await api.tabs.query({});
        const found = tabs.find((t) => t.url === url);
        if (found?.id !== undefined) await api.tabs.remove(found.id);
        return found !== undefined;
      }, pdf);
      expect(opened).toBe(true);
      expect(await settledUrl(id)).toContain('/pdf.html#src=');
    });

    it('a new address typed after #src= in the reader opens that PDF (not the old one under the new address)', async () => {
      const first = fixture.server.url(`${PDF_PATH}?edit=1`);
      await visit(tab, first);
      await expect.poll(() => tab.find('.source-url').text(), { timeout: 20_000 }).toBe(first);
      const second = fixture.server.url(`${TYPED_PATH}?edit=2`);
      await tab.goto(`${fixture.browser.extensionOrigin}/pdf.html#src=${second}`).catch(() => undefined);
      await expect.poll(() => tab.find('.source-url').text(), { timeout: 20_000 }).toBe(second);
      await expect
        .poll(() => tab.evaluate(() => document.title), { timeout: 30_000 })
        .toBe(`${POLICY_ZH.title} · Policy Clipper`);
    });

    it('refuses to run in a web page’s frame (pdf.html is web-accessible for the redirect)', async () => {
      const reader = `${fixture.browser.extensionOrigin}/pdf.html#src=${fixture.server.url(PDF_PATH)}`;
      fixture.server.set('/framing.html', {
        body: `<!doctype html><title>framing</title><iframe id="f" src="${reader}" width="600" height="400"></iframe>`,
      });
      const page = await fixture.browser.openPage(fixture.server.url('/framing.html'));
      const frameText = async (): Promise<string> => {
        const [frame] = await page.frames();
        return frame
          ? frame.evaluate(
              () =>
                `${(document.body.textContent ?? '').trim()}|${document.querySelectorAll('.source-url, .pdfViewer').length}`,
            )
          : '';
      };
      await expect
        .poll(frameText, { timeout: 15_000 })
        .toBe("Policy Clipper's PDF reader opens only in a tab of its own.|0");
      await page.close();
    });

    it('a rule lost behind our back is back when the background next starts', async () => {
      const rules = (): Promise<{ id: number }[]> =>
        fixture.browser.inExtension((api) => api.declarativeNetRequest.getDynamicRules());
      await fixture.browser.inExtension((api) =>
        api.declarativeNetRequest.updateDynamicRules({ removeRuleIds: [1] }),
      );
      expect(await rules()).toEqual([]);
      await fixture.browser.stopBackground();
      // The next start (woken by an extension page's message) syncs the rules to the setting.
      await expect.poll(async () => (await rules()).map((r) => r.id), { timeout: 15_000 }).toEqual([1]);
      const pdf = fixture.server.url(`${PDF_PATH}?after=restart`);
      const id = await visit(tab, pdf);
      await expect
        .poll(() => settledUrl(id), { timeout: 15_000 })
        .toBe(`${fixture.browser.extensionOrigin}/pdf.html#src=${pdf}`);
    });

    it('turned off: the browser’s viewer again', async () => {
      await setAutoOpen(false);
      const pdf = fixture.server.url(`${PDF_PATH}?a=1&b=2&off=1`);
      const id = await visit(tab, pdf);
      expect(await settledUrl(id)).toBe(pdf);
      expect(await fixture.browser.inExtension((api) => api.declarativeNetRequest.getDynamicRules())).toEqual(
        [],
      );
    });
  });

if (BROWSER === 'firefox')
  describe('opening every PDF in the reader (Firefox)', () => {
    it('is not offered: the box is disabled and says to use the popup’s button or the link menu', async () => {
      const library = await fixture.browser.openExtensionPage('/library.html');
      await library.testId('option-pdfAutoOpen').waitFor();
      expect(await boxState(library)).toEqual({ checked: false, disabled: true });
      expect(await library.testId('option-pdfAutoOpen-help').text()).toMatch(
        /^In Firefox, open a PDF in the reader with the popup's/,
      );
      await library.close();
      // And a PDF opens in Firefox's own viewer, at its own address.
      const tab = await fixture.browser.newTab();
      const pdf = fixture.server.url(`${PDF_PATH}?a=1&b=2`);
      await tab.goto(pdf).catch(() => undefined);
      await expect
        .poll(() => tab.evaluate(() => location.href).catch(() => ''), { timeout: 15_000 })
        .toBe(pdf);
      await tab.close();
    });
  });
