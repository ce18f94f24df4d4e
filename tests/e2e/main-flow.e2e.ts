/**
 * The researcher's main flow, in English and in Chinese (Chromium launched with --lang): open the popup
 * on the seed article → highlight two suggested figures → tag one `科技金融` → add a note → open the
 * library → filter by that tag → search `贷款` → select → export the brief → check the file, which must
 * be exactly what the brief module renders for the same stored data. Then a note typed just before the
 * popup closes is kept.
 */
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderMultiBrief } from '@/utils/brief';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import {
  downloadedFile,
  localeMessages,
  openPopup,
  readStore,
  UI_LANGUAGES,
  useExtension,
  SEED_HTML,
  SEED_PATH,
} from './harness';

const TAG = '科技金融';
const NOTE = '与贷款风险补偿试点一起看：成交额增长快于合同数。';
const QUICK_NOTE = '合同数：对比上年。';
describe.each(UI_LANGUAGES)('main flow in $lang', ({ lang, locale }) => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } }, { lang });
  const m = localeMessages(locale);

  it('popup → two figures → tag → note → library → filter → search → select → export brief', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url(SEED_PATH));
    const popup = await openPopup(ext.session, page);
    await expect.poll(() => popup.getByTestId('save-clip').textContent()).toBe(m.saveClip!.message);

    const figures = popup.getByTestId('group-figure').getByTestId('suggestion');
    for (const text of ['28251.51亿元', '549353项']) {
      const item = figures.filter({ has: popup.locator('strong', { hasText: new RegExp(`^${text}$`) }) });
      await item.getByTestId('highlight-suggestion').click();
      await expect.poll(() => item.getAttribute('data-saved')).toBe('true');
    }

    const money = popup
      .getByTestId('page-highlight')
      .filter({ has: popup.locator('blockquote', { hasText: '28251.51亿元' }) });
    const tagInput = money.getByRole('combobox');
    await tagInput.fill(TAG);
    await tagInput.press('Enter');
    await money.locator('textarea').fill(NOTE);
    await money.locator('textarea').blur();
    await expect
      .poll(async () =>
        (await readStore<ClipRecord>(ext.session, 'clips')).find((c) => c.quote === '28251.51亿元'),
      )
      .toMatchObject({ tags: ['figure', 'figure/money', TAG], note: NOTE });

    const [library] = await Promise.all([
      ext.session.context.waitForEvent('page'),
      popup.getByTestId('open-library').click(),
    ]);
    await library.waitForLoadState();
    await expect.poll(() => library.getByTestId('clip-row').count()).toBe(2);
    await library.getByTestId('filter-tag').selectOption(TAG);
    await expect.poll(() => library.getByTestId('clip-row').count()).toBe(1);
    await library.getByTestId('search').fill('贷款');
    await library.getByTestId('search').press('Enter');
    await expect.poll(() => library.getByTestId('clip-row').count()).toBe(1);
    const row = library.getByTestId('clip-row');
    expect(await row.getByTestId('clip-quote').textContent()).toContain('28251.51亿元');
    await row.getByTestId('select-clip').check();
    await library.getByTestId('export-brief').click();

    const file = await downloadedFile(ext.session, /\.md$/);
    expect(file.name).toMatch(new RegExp(`^${TAG}-简报-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    const clips = (await readStore<ClipRecord>(ext.session, 'clips')).filter((c) => c.tags.includes(TAG));
    const articles = await readStore<ArticleRecord>(ext.session, 'articles');
    const timeZone = await (
      await ext.session.worker()
    ).evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const expected = renderMultiBrief({ articles, clips }, { ...defaultBriefOptions(new Date()), timeZone });
    expect(file.text).toBe(expected);
    expect(file.text).toContain(NOTE);
    expect(file.text).toContain('思瀚产业研究院, 2021-05-10');

    // A note typed just before the popup closes (no pause, no blur) is kept.
    const count = popup
      .getByTestId('page-highlight')
      .filter({ has: popup.locator('blockquote', { hasText: '549353项' }) });
    await count.locator('textarea').fill(QUICK_NOTE);
    await popup.close();
    await expect
      .poll(
        async () =>
          (await readStore<ClipRecord>(ext.session, 'clips')).find((c) => c.quote === '549353项')?.note,
      )
      .toBe(QUICK_NOTE);
    await library.close();
    await page.close();
  });
});
