/**
 * Screenshots of the popup and the library, light and dark, English and Chinese, in each browser, into
 * the git-ignored `tests/screenshots/<browser>/`. `npm run screenshots` (UPDATE_SCREENSHOTS=1) also
 * refreshes the ones the README shows, in `docs/screenshots/`. Along the way it checks that the theme
 * follows the system colour scheme and the UI language follows the browser's.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, ROOT, useExtension, SEED_HTML, SEED_PATH } from './harness';

const OUT = join(ROOT, 'tests/screenshots', BROWSER);
/** Shot name → the README's file for it (Chromium shows the four combinations, Firefox its popup). */
const README_SHOTS: Record<string, string> =
  BROWSER === 'chromium'
    ? Object.fromEntries(
        ['popup-en-light', 'library-en-light', 'popup-zh-CN-dark', 'library-zh-CN-dark'].map((n) => [n, n]),
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

    for (const name of [`popup-${lang}-${scheme}`, `library-${lang}-${scheme}`]) {
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
