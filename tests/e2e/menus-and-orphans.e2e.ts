/**
 * Highlighting without the popup (context menu, keyboard shortcut), "Clip this page", "Open library",
 * and an orphan shown in the popup and re-attached to a new selection; in English and in Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { ClipRecord } from '@/utils/store/types';
import {
  highlightedTexts,
  inPageFrame,
  localeMessages,
  openPopup,
  readStore,
  selectText,
  tabIdOf,
  UI_LANGUAGES,
  useExtension,
  SEED_HTML,
  SEED_PATH,
} from './harness';

describe.each(UI_LANGUAGES)('without the popup, and orphans, in $lang', ({ lang, locale }) => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } }, { lang });
  const m = localeMessages(locale);

  /** What the browser does when the user picks a menu item or presses a shortcut (see background index). */
  async function browserEvent(kind: 'menuClick' | 'command', arg: string, tabId: number): Promise<void> {
    const sw = await ext.session.worker();
    await sw.evaluate(
      ([k, a, id]) => {
        const events = (
          globalThis as unknown as Record<string, Record<string, (x: unknown, t: unknown) => void>>
        ).policyClipperBrowserEvents!;
        if (k === 'menuClick') events.menuClick!({ menuItemId: a }, { id });
        else events.command!(a, { id });
      },
      [kind, arg, tabId] as const,
    );
  }

  describe('context menu and keyboard shortcut', () => {
    it('declares the menu items and the shortcuts', async () => {
      const sw = await ext.session.worker();
      const commands = await sw.evaluate(() => chrome.commands.getAll());
      const byName = Object.fromEntries(
        commands.map((c: { name: string; shortcut: string }) => [c.name, c.shortcut]),
      );
      expect(byName['highlight-selection']).toBe('Alt+Shift+H');
      expect(byName._execute_action).toBe('Alt+Shift+K');
      // The worker creates the items on install, after clearing old ones (asynchronously), so the test
      // may start before they exist: wait for them. `update` rejects for an item that was never created.
      const missing = (): Promise<string[]> =>
        sw.evaluate(
          async (ids) => {
            const gone: string[] = [];
            for (const id of ids) await chrome.contextMenus.update(id, {}).catch(() => gone.push(id));
            return gone;
          },
          ['pc-highlight', 'pc-highlight-tag', 'pc-clip-page', 'pc-open-library'],
        );
      await expect.poll(missing, { timeout: 10_000 }).toEqual([]);
    });

    it('highlights the selection from the menu and from the shortcut, tags it from the menu', async () => {
      const page = await ext.session.context.newPage();
      await page.goto(ext.server.url(SEED_PATH));
      const tabId = await tabIdOf(ext.session, page);

      await selectText(page, '推进技术要素市场配置改革');
      await browserEvent('menuClick', 'pc-highlight', tabId);
      await expect.poll(() => highlightedTexts(page)).toContain('推进技术要素市场配置改革');

      await selectText(page, '开展科技成果转化贷款风险补偿试点');
      await browserEvent('command', 'highlight-selection', tabId);
      await expect.poll(() => highlightedTexts(page)).toContain('开展科技成果转化贷款风险补偿试点');

      // "Highlight selection with tag…": the in-page menu opens with the tag field focused.
      await selectText(page, '建设专业化市场化技术转移机构和技术经理人队伍');
      await browserEvent('menuClick', 'pc-highlight-tag', tabId);
      await expect
        .poll(() => highlightedTexts(page))
        .toContain('建设专业化市场化技术转移机构和技术经理人队伍');
      await expect.poll(async () => (await inPageFrame(page, 'inpage-menu')) !== null).toBe(true);
      await page.keyboard.type('人才');
      await page.keyboard.press('Enter');
      await expect
        .poll(
          async () =>
            (await readStore<ClipRecord>(ext.session, 'clips')).find((c) => c.quote.startsWith('建设专业化'))
              ?.tags,
        )
        .toEqual(['人才']);

      // The shortcut on a passage already highlighted opens that highlight's menu, focus in its tag
      // field (the keyboard way to tag, annotate or delete it), and saves no second clip.
      await page.keyboard.press('Escape');
      await selectText(page, '推进技术要素市场配置改革');
      await browserEvent('command', 'highlight-selection', tabId);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.localName))
        .toBe('policy-clipper-ui');
      // The keyboard is in the menu's tag field (keys typed while it loads are kept there too).
      await expect
        .poll(async () =>
          (await inPageFrame(page, 'inpage-menu'))?.evaluate(() => document.activeElement?.tagName),
        )
        .toBe('INPUT');
      await page.keyboard.type('改革');
      await page.keyboard.press('Enter');
      await expect
        .poll(
          async () =>
            (await readStore<ClipRecord>(ext.session, 'clips')).find(
              (c) => c.quote === '推进技术要素市场配置改革',
            )?.tags,
        )
        .toEqual(['改革']);

      const quotes = (await readStore<ClipRecord>(ext.session, 'clips')).map((c) => c.quote).sort();
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
      const page = await ext.session.context.newPage();
      await page.goto(ext.server.url(SEED_PATH));
      const tabId = await tabIdOf(ext.session, page);
      await browserEvent('menuClick', 'pc-clip-page', tabId);
      await expect
        .poll(async () => (await readStore<{ title: string }>(ext.session, 'articles')).length)
        .toBe(1);
      const [library] = await Promise.all([
        ext.session.context.waitForEvent('page'),
        browserEvent('menuClick', 'pc-open-library', tabId),
      ]);
      await library.waitForLoadState();
      expect(library.url()).toBe(`chrome-extension://${ext.session.extensionId}/library.html`);
      await expect.poll(() => library.getByTestId('clip-row').count()).toBe(3);
      await library.close();
      await page.close();
    });
  });

  describe('orphans', () => {
    it('lists an orphan in the popup and re-attaches it to a new selection', async () => {
      const page = await ext.session.context.newPage();
      // The site dropped the passage: the old highlight cannot be found; the user picks the nearest wording.
      ext.server.set(SEED_PATH, { body: SEED_HTML.replace('推进技术要素市场配置改革,', '') });
      await page.goto(ext.server.url(SEED_PATH));
      const popup = await openPopup(ext.session, page);
      const orphan = popup.locator('[data-testid="page-highlight"][data-orphan="true"]');
      await expect.poll(() => orphan.count(), { timeout: 10_000 }).toBe(1);
      expect(await orphan.locator('blockquote').textContent()).toBe('推进技术要素市场配置改革');

      await selectText(page, '促进技术要素市场体系建设');
      await orphan.getByTestId('reattach').click();
      await expect.poll(() => popup.getByTestId('status').textContent()).toBe(m.statusReattached!.message);
      await expect.poll(() => popup.locator('[data-orphan="true"]').count()).toBe(0);
      await expect.poll(() => highlightedTexts(page)).toContain('促进技术要素市场体系建设');
      const clip = (await readStore<ClipRecord>(ext.session, 'clips')).find(
        (c) => c.quote === '促进技术要素市场体系建设',
      );
      expect(clip).toBeDefined();
      await page.reload();
      await expect
        .poll(() => highlightedTexts(page), { timeout: 10_000 })
        .toContain('促进技术要素市场体系建设');
      await popup.close();
      await page.close();
    });
  });
});
