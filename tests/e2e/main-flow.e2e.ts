/**
 * The researcher's main flow, in English and in Chinese (the browser's UI language): open the popup on
 * the seed article → highlight two suggested figures → tag one `科技金融` → add a note → open the
 * library → filter by that tag → search `贷款` → select → export the brief → check the file, which must
 * be exactly what the brief module renders for the same stored data. Then a note typed just before the
 * popup closes is kept.
 */
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderMultiBrief } from '@/utils/brief';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import {
  backgroundTimeZone,
  localeMessages,
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
  const clip = async (quote: string): Promise<ClipRecord | undefined> =>
    (await ext.browser.readStore<ClipRecord>('clips')).find((c) => c.quote === quote);

  it('popup → two figures → tag → note → library → filter → search → select → export brief', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    await expect.poll(() => popup.testId('save-clip').text()).toBe(m.saveClip!.message);

    const figures = popup.testId('group-figure').testId('suggestion');
    for (const text of ['28251.51亿元', '549353项']) {
      const item = figures.has(popup.find('strong').withText(new RegExp(`^${text}$`)));
      await item.testId('highlight-suggestion').click();
      await expect.poll(() => item.attr('data-saved')).toBe('true');
    }

    const money = popup.testId('page-highlight').has(popup.find('blockquote').withText('28251.51亿元'));
    const tagInput = money.find('[role="combobox"]');
    await tagInput.fill(TAG);
    await tagInput.press('Enter');
    await money.find('textarea').fill(NOTE);
    await money.find('textarea').press('Tab'); // leaves the field: the note is saved
    await expect
      .poll(() => clip('28251.51亿元'))
      .toMatchObject({ tags: ['figure', 'figure/money', TAG], note: NOTE });

    const library = await ext.browser.waitForNewTab(() => popup.testId('open-library').click());
    await expect.poll(() => library.testId('clip-row').count()).toBe(2);
    await library.testId('filter-tag').select(TAG);
    await expect.poll(() => library.testId('clip-row').count()).toBe(1);
    await library.testId('search').fill('贷款');
    await library.testId('search').press('Enter');
    await expect.poll(() => library.testId('clip-row').count()).toBe(1);
    const row = library.testId('clip-row');
    expect(await row.testId('clip-quote').text()).toContain('28251.51亿元');
    await row.testId('select-clip').check();
    await library.testId('export-brief').click();

    const file = await ext.browser.waitForDownload(/\.md$/);
    expect(file.name).toMatch(new RegExp(`^${TAG}-简报-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    const clips = (await ext.browser.readStore<ClipRecord>('clips')).filter((c) => c.tags.includes(TAG));
    const articles = await ext.browser.readStore<ArticleRecord>('articles');
    const timeZone = await backgroundTimeZone(ext.browser);
    const expected = renderMultiBrief({ articles, clips }, { ...defaultBriefOptions(new Date()), timeZone });
    expect(file.text).toBe(expected);
    expect(file.text).toContain(NOTE);
    expect(file.text).toContain('思瀚产业研究院, 2021-05-10');

    // A note typed just before the popup closes (no pause, no blur) is kept.
    const count = popup.testId('page-highlight').has(popup.find('blockquote').withText('549353项'));
    await count.find('textarea').fill(QUICK_NOTE);
    await popup.close();
    await expect.poll(async () => (await clip('549353项'))?.note).toBe(QUICK_NOTE);
    await library.close();
    await page.close();
  });
});
