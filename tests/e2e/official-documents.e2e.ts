/**
 * Official documents as records and citations, in both browsers: a gov.cn policy-library page and a
 * ministry notice (both built on the real structures, tests/fixtures/pages) → the popup shows issuer,
 * number, dates and type → saved with their suggested highlights → the library filters by issuer and
 * finds a document by its number typed without brackets → each file a researcher takes away: the
 * article's CSL-JSON (valid against the CSL schema), RIS from the article's Cite menu and BibTeX of the
 * selection (read back by citation-js, a real parser), the brief with its GB/T 7714 reference; and
 * "Open in Obsidian" builds the obsidian://new link (the OS hand-off itself is replaced by a recorder:
 * no Obsidian in the test machine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { parseBack, validateCsl } from '../unit/cite/helpers';
import { ROOT, useExtension } from './harness';

const fixture = (slug: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', slug, 'source.html'));
const GOV_PATH = '/zhengce/content/2017-06/08/content_5200760.htm';
const MINISTRY_PATH = '/zwgk/zcwj/2021/art_142.html';
const TITLE = '国务院办公厅关于印发政府网站发展指引的通知';
const DATE = '\\d{4}-\\d{2}-\\d{2}';

const ext = useExtension(
  {
    [GOV_PATH]: { body: fixture('zh-gov-policy-library') },
    [MINISTRY_PATH]: { body: fixture('zh-ministry-notice') },
  },
  { lang: 'zh-CN' },
);

/** Opens the popup's Cite menu (a disclosure) and clicks one of its items. */
async function cite(surface: Tab, scope: string, item: string): Promise<void> {
  const menu = surface.find(scope).testId('cite-menu');
  if ((await menu.attr('open')) === null) await menu.find('summary').click();
  await menu.testId(item).click();
}

/** Records the obsidian:// link the page hands to the OS instead of handing it (no Obsidian here). */
async function recordExternalLinks(tab: Tab): Promise<void> {
  await tab.evaluate(() => {
    const w = window as unknown as { opened: string[] };
    w.opened = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.href.startsWith('obsidian:')) w.opened.push(this.href);
    };
  }, null);
}

describe('official documents: record, filter, cite', () => {
  it('shows the document’s facts, saves it, and downloads its CSL-JSON and brief from the popup', async () => {
    const page = await ext.browser.openPage(ext.server.url(GOV_PATH));
    const popup = await ext.browser.openPopup(page);
    await expect.poll(() => popup.testId('policy-issuer').text()).toBe('国务院办公厅');
    expect(await popup.testId('policy-docNumber').text()).toBe('国办发〔2017〕47号');
    expect(await popup.testId('policy-written').find('time').attr('datetime')).toBe('2017-05-15');
    expect(await popup.testId('policy-published').find('time').attr('datetime')).toBe('2017-06-08');
    expect(await popup.testId('policy-docType').text()).toBe('通知');

    await popup.find('[data-testid^="highlight-all-"]').first().click();
    await expect
      .poll(async () => (await ext.browser.readStore<ClipRecord>('clips')).length)
      .toBeGreaterThan(0);
    const [stored] = await ext.browser.readStore<ArticleRecord>('articles');
    expect(stored?.policy).toMatchObject({
      issuer: '国务院办公厅',
      docNumber: '国办发〔2017〕47号',
      written: '2017-05-15',
    });

    await cite(popup, 'main', 'cite-download-csl');
    const csl = await ext.browser.waitForDownload(/\.json$/);
    expect(csl.name).toMatch(new RegExp(`^${TITLE}-${DATE}\\.json$`));
    const items = JSON.parse(csl.text) as { type: string; number: string; author: unknown[] }[];
    expect(validateCsl(items), JSON.stringify(validateCsl.errors)).toBe(true);
    expect(items[0]).toMatchObject({
      type: 'legislation',
      number: '国办发〔2017〕47号',
      author: [{ literal: '国务院办公厅' }],
    });

    await popup.testId('export-brief').click();
    const brief = await ext.browser.waitForDownload(/\.md$/);
    expect(brief.text).toMatch(/^issuer: "?国务院办公厅"?$/m);
    expect(brief.text).toMatch(
      new RegExp(
        `国务院办公厅\\. ${TITLE}: 国办发〔2017〕47号\\\\\\[A/OL\\\\\\]\\. \\(2017-06-08\\)\\\\\\[${DATE}\\\\\\]\\. <http`,
      ),
    );

    await recordExternalLinks(popup);
    await popup.testId('open-obsidian').click();
    await expect.poll(() => popup.testId('obsidian-link').attr('href')).toMatch(/^obsidian:\/\/new\?file=/);
    const opened = await popup.evaluate(() => (window as unknown as { opened: string[] }).opened, null);
    expect(opened).toEqual([await popup.testId('obsidian-link').attr('href')]);
    // A Chinese brief is far longer than a link may be: it went through the clipboard, and we said so.
    expect(opened[0]).toContain('&clipboard=true');
    expect(await popup.testId('status').text()).toContain('Markdown 已复制到剪贴板');
    await popup.close();
    await page.close();
  });

  it('filters the library by issuer, finds a number typed without brackets, exports RIS and BibTeX', async () => {
    const page = await ext.browser.openPage(ext.server.url(MINISTRY_PATH));
    const popup = await ext.browser.openPopup(page);
    await expect.poll(() => popup.testId('policy-docNumber').text()).toBe('工信部联规〔2021〕142号');
    const before = (await ext.browser.readStore<ClipRecord>('clips')).length;
    await popup.find('[data-testid^="highlight-all-"]').first().click();
    // Saved in one request (all or nothing): the popup may close once the new clips are stored.
    await expect
      .poll(async () => (await ext.browser.readStore<ClipRecord>('clips')).length)
      .toBeGreaterThan(before);
    expect(await ext.browser.readStore<ArticleRecord>('articles')).toHaveLength(2);
    await popup.close();
    await page.close();
    const clips = await ext.browser.readStore<ClipRecord>('clips');
    const articles = await ext.browser.readStore<ArticleRecord>('articles');
    const gov = articles.find((a) => a.title === TITLE)!;
    const govClips = clips.filter((c) => c.articleId === gov.id).length;
    expect(govClips).toBeGreaterThan(0);
    expect(govClips).toBeLessThan(clips.length);

    const library = await ext.browser.openExtensionPage('/library.html');
    await expect.poll(() => library.testId('clip-row').count()).toBe(clips.length);
    await library.testId('filter-issuer').select('国务院办公厅');
    await expect.poll(() => library.testId('clip-row').count()).toBe(govClips);
    await library.testId('filter-issuer').select('');
    // Joint documents are found under each of their institutions.
    await library.testId('filter-issuer').select('国家发展改革委');
    await expect.poll(() => library.testId('clip-row').count()).toBe(clips.length - govClips);
    await library.testId('filter-issuer').select('');
    await expect.poll(() => library.testId('clip-row').count()).toBe(clips.length);

    await library.testId('search').fill('国办发2017 47号');
    await expect.poll(() => library.testId('clip-row').count()).toBe(govClips);
    await cite(library, '[data-testid="article-group"]', 'cite-download-ris');
    const ris = await ext.browser.waitForDownload(/\.ris$/);
    const [fromRis] = parseBack(ris.text);
    expect(fromRis).toMatchObject({ title: TITLE, number: '国办发〔2017〕47号' });
    // RIS has no institutional-name marker: the issuer comes back whole as one name, not split.
    expect(fromRis?.author).toEqual([{ family: '国务院办公厅' }]);

    await library.testId('search').fill('');
    await expect.poll(() => library.testId('clip-row').count()).toBe(clips.length);
    await library.testId('select-all').click();
    await library.testId('citation-format').select('bibtex');
    await library.testId('export-citations').click();
    const bib = await ext.browser.waitForDownload(/\.bib$/);
    expect(bib.name).toMatch(new RegExp(`-引文-${DATE}\\.bib$`));
    const parsed = parseBack(bib.text);
    expect(parsed.map((item) => item.title).sort()).toEqual(articles.map((a) => a.title).sort());
    expect(parsed.map((item) => item.number).sort()).toEqual([
      '国办发〔2017〕47号',
      '工信部联规〔2021〕142号',
    ]);
    await library.close();
  });
});
