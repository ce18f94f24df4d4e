/**
 * Highlighting without the popup (context menu, keyboard shortcut), "Clip this page", "Open library",
 * and an orphan shown in the popup and re-attached to a new selection; in English and in Chinese.
 *
 * No automation can pick an extension's context-menu item or press its shortcut in a headless
 * browser, so the driver plays the browser's part (`browserEvent`): it calls the very listeners the
 * background registered, with the tab the browser would pass. What the browser itself owns is checked
 * apart: every menu item and shortcut exists as registered.
 */
import { describe, expect, it } from 'vitest';
import type { ClipRecord } from '@/utils/store/types';
import {
  highlightedTexts,
  inPageFrame,
  localeMessages,
  UI_LANGUAGES,
  useExtension,
  SEED_HTML,
  SEED_PATH,
} from './harness';

const MENU_ITEMS = ['pc-highlight', 'pc-highlight-tag', 'pc-clip-page', 'pc-open-library', 'pc-open-pdf'];

describe.each(UI_LANGUAGES)('without the popup, and orphans, in $lang', ({ lang, locale }) => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } }, { lang });
  const m = localeMessages(locale);
  const tagsOf = async (quote: (q: string) => boolean): Promise<string[] | undefined> =>
    (await ext.browser.readStore<ClipRecord>('clips')).find((c) => quote(c.quote))?.tags;

  describe('context menu and keyboard shortcut', () => {
    it('declares every menu item and the shortcuts', async () => {
      const shortcuts = await ext.browser.shortcuts();
      expect(shortcuts['highlight-selection']).toBe('Alt+Shift+H');
      // The toolbar button's shortcut: `_execute_action` (MV3), `_execute_browser_action` (Firefox MV2).
      expect(shortcuts._execute_action ?? shortcuts._execute_browser_action).toBe('Alt+Shift+K');
      // The background creates the items on install, after clearing old ones (asynchronously), so the
      // test may start before they exist: wait for them.
      await expect.poll(() => ext.browser.missingMenuItems(MENU_ITEMS)).toEqual([]);
    });

    it('highlights the selection from the menu and from the shortcut, tags it from the menu', async () => {
      const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
      const tabId = await ext.browser.tabIdOf(page);

      await page.selectText('推进技术要素市场配置改革');
      await ext.browser.browserEvent('menuClick', 'pc-highlight', tabId);
      await expect.poll(() => highlightedTexts(page)).toContain('推进技术要素市场配置改革');

      await page.selectText('开展科技成果转化贷款风险补偿试点');
      await ext.browser.browserEvent('command', 'highlight-selection', tabId);
      await expect.poll(() => highlightedTexts(page)).toContain('开展科技成果转化贷款风险补偿试点');

      // "Highlight selection with tag…": the in-page menu opens with the tag field focused.
      await page.selectText('建设专业化市场化技术转移机构和技术经理人队伍');
      await ext.browser.browserEvent('menuClick', 'pc-highlight-tag', tabId);
      await expect
        .poll(() => highlightedTexts(page))
        .toContain('建设专业化市场化技术转移机构和技术经理人队伍');
      await expect.poll(async () => (await inPageFrame(page, 'inpage-menu')) !== null).toBe(true);
      await expect.poll(() => page.focusedElement()).toBe('policy-clipper-ui');
      await page.keyboard.type('人才');
      await page.keyboard.press('Enter');
      await expect.poll(() => tagsOf((q) => q.startsWith('建设专业化'))).toEqual(['人才']);

      // The shortcut on a passage already highlighted opens that highlight's menu, focus in its tag
      // field (the keyboard way to tag, annotate or delete it), and saves no second clip.
      await page.keyboard.press('Escape');
      await page.selectText('推进技术要素市场配置改革');
      await ext.browser.browserEvent('command', 'highlight-selection', tabId);
      await expect.poll(() => page.focusedElement()).toBe('policy-clipper-ui');
      // The keyboard is in the menu's tag field (keys typed while it loads are kept there too).
      await expect
        .poll(async () =>
          (await inPageFrame(page, 'inpage-menu'))?.evaluate(() => document.activeElement?.tagName),
        )
        .toBe('INPUT');
      await page.keyboard.type('改革');
      await page.keyboard.press('Enter');
      await expect.poll(() => tagsOf((q) => q === '推进技术要素市场配置改革')).toEqual(['改革']);

      const quotes = (await ext.browser.readStore<ClipRecord>('clips')).map((c) => c.quote).sort();
      expect(quotes).toEqual(
        [
          '开展科技成果转化贷款风险补偿试点',
          '推进技术要素市场配置改革',
          '建设专业化市场化技术转移机构和技术经理人队伍',
        ].sort(),
      );
      await page.close();
    });

    it('clips the page and opens the library from the menu', async () => {
      const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
      const tabId = await ext.browser.tabIdOf(page);
      await ext.browser.browserEvent('menuClick', 'pc-clip-page', tabId);
      await expect.poll(async () => (await ext.browser.readStore('articles')).length).toBe(1);
      const library = await ext.browser.waitForNewTab(() =>
        ext.browser.browserEvent('menuClick', 'pc-open-library', tabId),
      );
      expect(await library.url()).toBe(`${ext.browser.extensionOrigin}/library.html`);
      await expect.poll(() => library.testId('clip-row').count()).toBe(3);
      await library.close();
      await page.close();
    });
  });

  describe('orphans', () => {
    it('lists an orphan in the popup and re-attaches it to a new selection', async () => {
      // The site dropped the passage: the old highlight cannot be found; the user picks the nearest wording.
      ext.server.set(SEED_PATH, { body: SEED_HTML.replace('推进技术要素市场配置改革,', '') });
      const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
      const popup = await ext.browser.openPopup(page);
      const orphan = popup.find('[data-testid="page-highlight"][data-orphan="true"]');
      await expect.poll(() => orphan.count()).toBe(1);
      expect(await orphan.find('blockquote').text()).toBe('推进技术要素市场配置改革');

      await page.selectText('促进技术要素市场体系建设');
      await orphan.testId('reattach').click();
      await expect.poll(() => popup.testId('status').text()).toBe(m.statusReattached!.message);
      await expect.poll(() => popup.find('[data-orphan="true"]').count()).toBe(0);
      await expect.poll(() => highlightedTexts(page)).toContain('促进技术要素市场体系建设');
      const clip = (await ext.browser.readStore<ClipRecord>('clips')).find(
        (c) => c.quote === '促进技术要素市场体系建设',
      );
      expect(clip).toBeDefined();
      await page.reload();
      await expect.poll(() => highlightedTexts(page)).toContain('促进技术要素市场体系建设');
      await popup.close();
      await page.close();
    });
  });
});
