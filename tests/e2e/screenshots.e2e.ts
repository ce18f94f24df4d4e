/**
 * Screenshots of the popup, the library, the side panel beside its page and the saved copy, light and
 * dark, English and Chinese, in each browser, into
 * the git-ignored `tests/screenshots/<browser>/`. `npm run screenshots` (UPDATE_SCREENSHOTS=1) also
 * refreshes the ones the README shows, in `docs/screenshots/`. Along the way it checks that the theme
 * follows the system colour scheme and the UI language follows the browser's.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, highlightedTexts, ROOT, useExtension, SEED_HTML, SEED_PATH } from './harness';

const OUT = join(ROOT, 'tests/screenshots', BROWSER);
/** Shot name → the README's file for it (Chromium shows the four combinations, Firefox its popup). */
const README_SHOTS: Record<string, string> =
  BROWSER === 'chromium'
    ? Object.fromEntries(
        [
          'popup-en-light',
          'library-en-light',
          'popup-zh-CN-dark',
          'library-zh-CN-dark',
          'panel-en-light',
          'panel-zh-CN-dark',
          'saved-copy-en-light',
          'saved-copy-zh-CN-dark',
        ].map((n) => [n, n]),
      )
    : { 'popup-en-light': 'firefox-popup-en-light', 'popup-zh-CN-dark': 'firefox-popup-zh-CN-dark' };

describe.each([
  { lang: 'en', scheme: 'light' as const },
  { lang: 'en', scheme: 'dark' as const },
  { lang: 'zh-CN', scheme: 'light' as const },
  { lang: 'zh-CN', scheme: 'dark' as const },
] as const)('screenshots $lang $scheme', ({ lang, scheme }) => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } }, { lang, colorScheme: scheme });
  beforeAll(() => void mkdirSync(OUT, { recursive: true }));

  it('renders the popup and the library in the right language and colour scheme', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    await popup.setViewport(440, 720);
    await popup.testId('highlight-all-figure').click();
    // Every figure saved (the button goes), then the first highlight tagged as a user does, while the
    // popup's own re-read may still be on its way (the list keeps one order either way).
    await expect.poll(() => popup.testId('highlight-all-figure').count(), { timeout: 20_000 }).toBe(0);
    const tags = popup.testId('page-highlight').first().find('[role="combobox"]');
    await tags.fill('科技金融');
    await tags.press('Enter');
    await expect
      .poll(() => popup.testId('page-highlight').first().find('.tag-chip').withText('科技金融').count())
      .toBe(1);

    const looks = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(looks.lang.startsWith(lang === 'en' ? 'en' : 'zh')).toBe(true);
    const [r, g, b] = (looks.background.match(/\d+/g) ?? []).map(Number);
    const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    expect(scheme === 'dark' ? luminance < 0.3 : luminance > 0.7).toBe(true);
    await popup.screenshot(join(OUT, `popup-${lang}-${scheme}.png`));

    const library = await ext.browser.newTab();
    await library.setViewport(1200, 800);
    await library.goto(`${ext.browser.extensionOrigin}/library.html`);
    await library.testId('clip-row').waitFor();
    await library.screenshot(join(OUT, `library-${lang}-${scheme}.png`));

    // The side panel beside its page: each shot on its own, then both side by side on one page.
    await popup.close();
    await page.setViewport(820, 720);
    const tabId = await ext.browser.tabIdOf(page);
    const windowId = await ext.browser.inExtension(
      async (api, id) => (await api.tabs.get(id)).windowId,
      tabId,
    );
    const panel = await ext.browser.waitForNewTab(() =>
      ext.browser.inExtension(
        (api, w) => api.windows.create({ url: api.runtime.getURL(`/sidepanel.html?windowId=${w}` as '/') }),
        windowId,
      ),
    );
    await panel.setViewport(380, 720);
    await page.bringToFront();
    await panel.testId('page-highlight').first().waitFor();
    // "Show in page" on the first highlight scrolls the page to it, as a reader would.
    await panel.testId('show-in-page').first().click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.bringToFront();
    await page.screenshot(join(OUT, `page-${lang}-${scheme}.png`));
    await panel.screenshot(join(OUT, `panel-alone-${lang}-${scheme}.png`));
    ext.server.set('/shots/page.png', {
      body: readFileSync(join(OUT, `page-${lang}-${scheme}.png`)),
      type: 'image/png',
    });
    ext.server.set('/shots/panel.png', {
      body: readFileSync(join(OUT, `panel-alone-${lang}-${scheme}.png`)),
      type: 'image/png',
    });
    ext.server.set('/shots/beside.html', {
      body:
        '<!doctype html><body style="margin:0;display:flex;background:#888">' +
        '<img src="page.png" width="820" height="720"><img src="panel.png" width="380" height="720" ' +
        'style="border-left:1px solid #888"></body>',
    });
    const beside = await ext.browser.openPage(ext.server.url('/shots/beside.html'));
    await beside.setViewport(1201, 720);
    await expect
      .poll(() => beside.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0)))
      .toBe(true);
    await beside.screenshot(join(OUT, `panel-${lang}-${scheme}.png`));
    await beside.close();
    await panel.close();

    // The saved copy, opened from the library, with the highlights painted on it.
    const href = await library.testId('read-saved-copy').first().attr('href');
    const reader = await ext.browser.openExtensionPage(`/${href}`);
    await reader.setViewport(1000, 760);
    await expect
      .poll(async () => (await highlightedTexts(reader)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await reader.screenshot(join(OUT, `saved-copy-${lang}-${scheme}.png`));

    for (const name of [
      `popup-${lang}-${scheme}`,
      `library-${lang}-${scheme}`,
      `panel-${lang}-${scheme}`,
      `saved-copy-${lang}-${scheme}`,
    ]) {
      const file = join(OUT, `${name}.png`);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      const readmeName = README_SHOTS[name];
      if (process.env.UPDATE_SCREENSHOTS === '1' && readmeName) {
        mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
        copyFileSync(file, join(ROOT, 'docs/screenshots', `${readmeName}.png`));
      }
    }
  });
});
