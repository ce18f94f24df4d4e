/**
 * Nothing is lost: the background is stopped (as Chrome stops its service worker and Firefox unloads
 * its event page when idle) and the library is still there and new clips still save; a backup
 * exported from one profile and imported into a fresh one gives an identical library.
 */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '@/tests/support/driver';
import { BACKUP_VERSION, type ArticleRecord, type ClipRecord } from '@/utils/store/types';
import { BROWSER, useExtension, SEED_HTML, SEED_PATH } from './harness';

const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });

const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('durability', () => {
  it('keeps everything when the background is stopped, and saves new clips after', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    await popup.testId('highlight-all-figure').click();
    await expect
      .poll(async () => (await ext.browser.readStore<ClipRecord>('clips')).length)
      .toBeGreaterThanOrEqual(9);
    const before = byId(await ext.browser.readStore<ClipRecord>('clips'));
    await popup.close();

    await ext.browser.stopBackground();

    // A new popup wakes the background: the page's highlights are all there, and a new one saves.
    const popup2 = await ext.browser.openPopup(page);
    await expect.poll(() => popup2.testId('page-highlight').count()).toBe(before.length);
    await page.selectText('开展科技成果转化贷款风险补偿试点');
    await popup2.testId('highlight-selection').click();
    await expect.poll(() => popup2.testId('status').text()).toBe('Highlighted and saved.');
    const after = byId(await ext.browser.readStore<ClipRecord>('clips'));
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((c) => before.some((b) => b.id === c.id))).toEqual(before);
    await popup2.close();
    await page.close();
  });

  it('exports a backup and imports it into a fresh profile: an identical library', async () => {
    const library = await ext.browser.openExtensionPage('/library.html');
    // Settings travel with the library: a tag colour and an export option, set as the library sets them.
    await library.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.runtime.sendMessage({ type: 'tags/colour', tag: '科技', colour: 'purple' });
      await api.runtime.sendMessage({ type: 'settings/set', brief: { groupBy: 'article' } });
    });
    await library.testId('backup-export').click();
    const backup = await ext.browser.waitForDownload(/policy-clipper-backup-.*\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({
      format: 'policy-clipper-backup',
      version: BACKUP_VERSION,
    });

    const fresh = await launchBrowser(BROWSER);
    try {
      const page = await fresh.openExtensionPage('/library.html');
      await page.testId('backup-import').setFiles(backup.path);
      await expect
        .poll(() => page.testId('import-report').text())
        .toMatch(/^Imported clips: \d+, articles: 1\.$/);
      for (const store of ['articles', 'contents', 'clips']) {
        const key = store === 'contents' ? 'articleId' : 'id';
        const sort = (rows: Record<string, string>[]) =>
          [...rows].sort((a, b) => a[key]!.localeCompare(b[key]!));
        expect(sort(await fresh.readStore(store))).toEqual(sort(await ext.browser.readStore(store)));
      }
      expect((await fresh.readStore<ArticleRecord>('articles'))[0]?.title).toBe(
        '央地齐打“组合拳” 促科技成果转化再迎政策利好',
      );
      const settings = await fresh.inExtension(
        async (api) => (await api.storage.local.get('settings'))['settings'],
      );
      expect(settings).toMatchObject({ brief: { groupBy: 'article' }, tagColours: { 科技: 'purple' } });
    } finally {
      await fresh.close();
    }
    await library.close();
  });
});
