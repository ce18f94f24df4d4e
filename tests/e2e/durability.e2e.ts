/**
 * Nothing is lost: the background's service worker is stopped (as Chrome does after 30 s idle) and the
 * library is still there and new clips still save; a backup exported from one profile and imported
 * into a fresh one gives an identical library.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, type ArticleRecord, type ClipRecord } from '@/utils/store/types';
import {
  downloadedFile,
  launch,
  openPopup,
  readStore,
  selectText,
  type ExtensionSession,
  useExtension,
  SEED_HTML,
  SEED_PATH,
} from './harness';

const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });

/** Stops the extension's service worker the way a user can: the Stop button of chrome://serviceworker-internals. */
async function stopServiceWorker(s: ExtensionSession): Promise<void> {
  const internals = await s.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const entry = internals.locator('.serviceworker-registration').filter({ hasText: s.extensionId });
  await entry.locator('cr-button[data-command="stop"]').first().click();
  await expect
    .poll(() => entry.locator('.serviceworker-running-status .value').first().textContent())
    .toBe('STOPPED');
  await internals.close();
}

const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('durability', () => {
  it('keeps everything when the service worker is stopped, and saves new clips after', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url(SEED_PATH));
    const popup = await openPopup(ext.session, page);
    await popup.getByTestId('highlight-all-figure').click();
    await expect
      .poll(async () => (await readStore<ClipRecord>(ext.session, 'clips')).length)
      .toBeGreaterThanOrEqual(9);
    const before = byId(await readStore<ClipRecord>(ext.session, 'clips'));
    await popup.close();

    await stopServiceWorker(ext.session);

    // A new popup wakes the worker: the page's highlights are all there, and a new one saves.
    const popup2 = await openPopup(ext.session, page);
    await expect.poll(() => popup2.getByTestId('page-highlight').count()).toBe(before.length);
    await selectText(page, '开展科技成果转化贷款风险补偿试点');
    await popup2.getByTestId('highlight-selection').click();
    await expect.poll(() => popup2.getByTestId('status').textContent()).toBe('Highlighted and saved.');
    const after = byId(await readStore<ClipRecord>(ext.session, 'clips'));
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((c) => before.some((b) => b.id === c.id))).toEqual(before);
    await popup2.close();
    await page.close();
  });

  it('exports a backup and imports it into a fresh profile: an identical library', async () => {
    const library = await ext.session.context.newPage();
    await library.goto(`chrome-extension://${ext.session.extensionId}/library.html`);
    // Settings travel with the library: a tag colour and an export option, set as the library sets them.
    await library.evaluate(async () => {
      await chrome.runtime.sendMessage({ type: 'tags/colour', tag: '科技', colour: 'purple' });
      await chrome.runtime.sendMessage({ type: 'settings/set', brief: { groupBy: 'article' } });
    });
    await library.getByTestId('backup-export').click();
    const backup = await downloadedFile(ext.session, /policy-clipper-backup-.*\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({
      format: 'policy-clipper-backup',
      version: BACKUP_VERSION,
    });

    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      await page.goto(`chrome-extension://${fresh.extensionId}/library.html`);
      await page.getByTestId('backup-import').setInputFiles(backup.path);
      await expect
        .poll(() => page.getByTestId('import-report').textContent())
        .toMatch(/^Imported clips: \d+, articles: 1\.$/);
      for (const store of ['articles', 'contents', 'clips']) {
        const key = store === 'contents' ? 'articleId' : 'id';
        const sort = (rows: Record<string, string>[]) =>
          [...rows].sort((a, b) => a[key]!.localeCompare(b[key]!));
        expect(sort(await readStore(fresh, store))).toEqual(sort(await readStore(ext.session, store)));
      }
      expect((await readStore<ArticleRecord>(fresh, 'articles'))[0]?.title).toBe(
        '央地齐打“组合拳” 促科技成果转化再迎政策利好',
      );
      const settings = await (
        await fresh.worker()
      ).evaluate(async () => (await chrome.storage.local.get('settings'))['settings']);
      expect(settings).toMatchObject({ brief: { groupBy: 'article' }, tagColours: { 科技: 'purple' } });
    } finally {
      await fresh.close();
    }
    await library.close();
  });
});
