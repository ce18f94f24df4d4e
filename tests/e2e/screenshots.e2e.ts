/**
 * Screenshots of the popup and the library, light and dark, English and Chinese, into the git-ignored
 * `tests/screenshots/`. `npm run screenshots` (UPDATE_SCREENSHOTS=1) also refreshes the four the README
 * shows, in `docs/screenshots/`. Along the way it checks that the theme follows the system colour
 * scheme and the UI language follows the browser's.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, ROOT, useExtension, SEED_HTML, SEED_PATH } from './harness';

const OUT = join(ROOT, 'tests/screenshots');
const README_SHOTS = ['popup-en-light', 'library-en-light', 'popup-zh-CN-dark', 'library-zh-CN-dark'];

describe.each([
  { lang: 'en', scheme: 'light' as const },
  { lang: 'en', scheme: 'dark' as const },
  { lang: 'zh-CN', scheme: 'light' as const },
  { lang: 'zh-CN', scheme: 'dark' as const },
])('screenshots $lang $scheme', ({ lang, scheme }) => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } }, { lang, colorScheme: scheme });
  beforeAll(() => void mkdirSync(OUT, { recursive: true }));

  it('renders the popup and the library in the right language and colour scheme', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url(SEED_PATH));
    const popup = await openPopup(ext.session, page);
    await popup.setViewportSize({ width: 440, height: 720 });
    await popup.getByTestId('highlight-all-figure').click();
    await popup.getByTestId('page-highlight').first().waitFor();
    const tags = popup.getByTestId('page-highlight').first().getByRole('combobox');
    await tags.fill('科技金融');
    await tags.press('Enter');

    const looks = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(looks.lang.startsWith(lang === 'en' ? 'en' : 'zh')).toBe(true);
    const [r, g, b] = (looks.background.match(/\d+/g) ?? []).map(Number);
    const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    expect(scheme === 'dark' ? luminance < 0.3 : luminance > 0.7).toBe(true);
    await popup.screenshot({ path: join(OUT, `popup-${lang}-${scheme}.png`), fullPage: false });

    const library = await ext.session.context.newPage();
    await library.setViewportSize({ width: 1200, height: 800 });
    await library.goto(`chrome-extension://${ext.session.extensionId}/library.html`);
    await library.getByTestId('clip-row').first().waitFor();
    await library.screenshot({ path: join(OUT, `library-${lang}-${scheme}.png`) });

    for (const name of [`popup-${lang}-${scheme}`, `library-${lang}-${scheme}`]) {
      const file = join(OUT, `${name}.png`);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      if (process.env.UPDATE_SCREENSHOTS === '1' && README_SHOTS.includes(name)) {
        mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
        copyFileSync(file, join(ROOT, 'docs/screenshots', `${name}.png`));
      }
    }
  });
});
