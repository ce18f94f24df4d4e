/**
 * Suggestions a researcher keeps (issue 17), on the seed page, in each browser: a figure suggestion is
 * saved as the sentence that states it with the figure emphasised (popup and library); "Highlight all"
 * saves every suggestion once, with no automatic tags; a brief filtered to a tag holds only that tag.
 */
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderMultiBrief } from '@/utils/brief';
import { clipIdentityOf } from '@/utils/finding-clip';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { backgroundTimeZone, highlightedTexts, useExtension, SEED_HTML, SEED_PATH } from './harness';

const STATEMENT = '合同项数为15035项,比上一年增长32.3%';
const FIGURE = '15035项';
const MEASURE = '开展科技成果转化贷款风险补偿试点';
const TAG = '科技金融';

const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });
const clips = () => ext.browser.readStore<ClipRecord>('clips');

describe('suggestions a researcher keeps', () => {
  it('saves a figure suggestion as its sentence, the figure emphasised in the popup and the library', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    const figures = popup.testId('group-figure');
    await expect.poll(() => figures.count()).toBe(1);
    const showAll = figures.find('button').withText(/^(Show all|显示全部)/);
    if ((await showAll.count()) > 0) await showAll.first().click();
    const item = figures.testId('suggestion').has(popup.find('strong').withText(new RegExp(`^${FIGURE}$`)));
    // The popup shows the figure in bold inside the sentence it will be saved with.
    expect(await item.find('.suggestion-text').text()).toBe(STATEMENT);
    await item.testId('highlight-suggestion').click();
    await expect.poll(() => item.attr('data-saved')).toBe('true');

    const [clip] = await clips();
    expect(clip).toMatchObject({
      quote: STATEMENT,
      kind: 'figure',
      type: 'count',
      value: 15035,
      tags: [],
      figure: { text: FIGURE, at: STATEMENT.indexOf(FIGURE), number: 15035, unitText: '项' },
    });
    await expect.poll(() => highlightedTexts(page)).toEqual([STATEMENT]);
    const highlight = popup.testId('page-highlight');
    expect(await highlight.testId('clip-figure').text()).toBe(FIGURE);
    await popup.close();

    const library = await ext.browser.openExtensionPage('/library.html');
    await expect.poll(() => library.testId('clip-row').count()).toBe(1);
    expect(await library.testId('clip-quote').text()).toBe(STATEMENT);
    expect(await library.testId('clip-figure').text()).toBe(FIGURE);
    // Kind and category are labels, not tags.
    expect(await library.testId('clip-type').count()).toBe(1);
    await library.close();
    await page.close();
  });

  it('"Highlight all" saves every suggestion once, with no automatic tags, and nothing twice', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    for (const kind of ['figure', 'measure', 'document']) {
      const all = popup.testId(`highlight-all-${kind}`);
      await expect.poll(() => all.count()).toBe(1);
      // The button goes once every suggestion of the kind is saved (a loaded CI machine takes seconds).
      // On a loaded machine the list may still move under the pointer as the previous kind's rows turn
      // saved, and the click land beside the button: a user would click again, and a second "Highlight
      // all" saves only what is left (the check below fails if anything is saved twice).
      for (let attempt = 0; attempt < 3 && (await all.count()) > 0; attempt++) {
        await all.click();
        await expect
          .poll(() => all.count(), { timeout: 10_000 })
          .toBe(0)
          .catch(() => undefined);
      }
      expect(await all.count()).toBe(0);
    }
    const saved = await clips();
    expect(saved.length).toBeGreaterThan(20);
    const identities = saved.map(clipIdentityOf);
    expect(identities.length - new Set(identities).size).toBe(0);
    expect(saved.filter((c) => c.tags.length > 0)).toEqual([]);
    // No bare year or date among the figures.
    expect(saved.filter((c) => c.kind === 'figure' && c.type === 'date')).toEqual([]);
    await expect.poll(() => popup.testId('suggestion').attr('data-saved')).toBe('true');
    await popup.close();

    // A second popup has nothing left to save: every suggestion shows as saved.
    const again = await ext.browser.openPopup(page);
    await expect.poll(() => again.testId('group-figure').count()).toBe(1);
    await expect.poll(() => again.find('[data-testid="suggestion"][data-saved="false"]').count()).toBe(0);
    expect(await again.find('[data-testid^="highlight-all-"]').count()).toBe(0);
    expect((await clips()).length).toBe(saved.length);
    await again.close();
    await page.close();
  });

  it('a brief filtered to a tag holds only that tag: its clips, its one section, only it in the front matter', async () => {
    const total = (await clips()).length;
    // Tagged as a user does, in the popup's list of the page's highlights: the tag typed into each
    // clip's tag field (the money figure is told from the others of its sentence by its emphasis).
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    const highlights = popup.testId('page-highlight');
    await expect.poll(() => highlights.count()).toBe(total);
    const targets = [
      highlights.has(popup.testId('clip-figure').withText(/^28251\.51亿元$/)),
      highlights.has(popup.find('.highlight-quote').withText(new RegExp(`^${MEASURE}$`))),
    ];
    for (const [i, row] of targets.entries()) {
      expect(await row.count()).toBe(1);
      const input = row.find('[role="combobox"]');
      await input.fill(TAG);
      await input.press('Enter');
      await expect.poll(async () => (await clips()).filter((c) => c.tags.includes(TAG)).length).toBe(i + 1);
    }
    await popup.close();
    await page.close();

    const library = await ext.browser.openExtensionPage('/library.html');
    await expect.poll(() => library.testId('clip-row').count()).toBeGreaterThan(2);
    await library.testId('filter-tag').select(TAG);
    await expect.poll(() => library.testId('clip-row').count()).toBe(2);
    if ((await library.testId('select-all').attr('disabled')) === null)
      await library.testId('select-all').click();
    await library.testId('export-brief').click();
    const file = await ext.browser.waitForDownload(/\.md$/);
    expect(file.name).toMatch(new RegExp(`^${TAG}-简报-\\d{4}-\\d{2}-\\d{2}\\.md$`));

    const stored = await clips();
    expect(stored).toHaveLength(total);
    const tagged = stored.filter((c) => c.tags.includes(TAG));
    const articles = await ext.browser.readStore<ArticleRecord>('articles');
    const timeZone = await backgroundTimeZone(ext.browser);
    expect(file.text).toBe(
      renderMultiBrief(
        { articles, clips: tagged },
        { ...defaultBriefOptions(new Date()), timeZone, onlyTag: TAG },
      ),
    );
    expect(file.text).toMatch(new RegExp(`^tags:\\n  - "${TAG}"\\nsources:`, 'm'));
    expect(file.text).toContain('28251.51亿元');
    expect(file.text).toContain(MEASURE);
    expect(file.text.match(/^## .*$/gm)).toEqual([`## ${TAG}`, '## 参考来源']);
    expect(file.text).not.toMatch(/figure\/|measure\/|document\/|15035项|《促进科技成果转化法》/);
    await library.close();
  });
});
