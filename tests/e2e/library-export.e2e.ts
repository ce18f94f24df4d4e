/**
 * The library across articles: the figures of three articles (Chinese and English) highlighted from
 * the popup, all tagged at once, searched in Chinese and in English, then a multi-article brief and the
 * figures CSV downloaded under the tag's (Chinese) name. Each file must be exactly what the brief
 * module renders for the stored data (the module's own output is golden-tested in tests/unit/brief);
 * the CSV must also parse back into one row per figure clip. Last, a backup, the library wiped, the
 * backup imported: everything is back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import { defaultBriefOptions, FIGURES_CSV_COLUMNS, renderFiguresCsv, renderMultiBrief } from '@/utils/brief';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { backgroundTimeZone, ROOT, useExtension, SEED_HTML, SEED_PATH } from './harness';

const fixture = (slug: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', slug, 'source.html'));
const EN_PATH = '/en/export-credit.html';
const ZH_PATH = '/zh/specialised-smes.html';
const TAG = '产业政策';
const DATE = '\\d{4}-\\d{2}-\\d{2}';

const ext = useExtension({
  [SEED_PATH]: { body: SEED_HTML },
  [EN_PATH]: { body: fixture('en-jsonld-news') },
  [ZH_PATH]: { body: fixture('zh-news-fullwidth-bar') },
});

/** Searches the library as a user does (type, Enter) and waits until `rows` clips are listed. */
async function search(library: Tab, words: string, rows: number): Promise<void> {
  await library.testId('search').fill(words);
  await library.testId('search').press('Enter');
  await expect.poll(() => library.testId('clip-row').count()).toBe(rows);
}

const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('library exports across articles', () => {
  it('tags, searches in Chinese and English, exports a multi-article brief and the figures CSV', async () => {
    for (const path of [SEED_PATH, EN_PATH, ZH_PATH]) {
      const page = await ext.browser.openPage(ext.server.url(path));
      const popup = await ext.browser.openPopup(page);
      await popup.testId('highlight-all-figure').click();
      // The button goes once every suggested figure is saved.
      await expect.poll(() => popup.testId('highlight-all-figure').count()).toBe(0);
      await popup.close();
      await page.close();
    }
    const stored = await ext.browser.readStore<ClipRecord>('clips');
    const articles = await ext.browser.readStore<ArticleRecord>('articles');
    expect(articles).toHaveLength(3);
    expect(new Set(stored.map((c) => c.articleId)).size).toBe(3);
    const clipsOf = (title: RegExp): number => {
      const article = articles.find((a) => title.test(a.title));
      return stored.filter((c) => c.articleId === article?.id).length;
    };

    const library = await ext.browser.openExtensionPage('/library.html');
    await expect.poll(() => library.testId('clip-row').count()).toBe(stored.length);
    await library.testId('select-all').click();
    await library.testId('bulk-tags').fill(TAG);
    await library.testId('bulk-add-tags').click();
    await expect
      .poll(async () => (await ext.browser.readStore<ClipRecord>('clips')).every((c) => c.tags.includes(TAG)))
      .toBe(true);

    // Search reads titles too: each language finds its own article's clips.
    await search(library, '专精特新', clipsOf(/专精特新/));
    await search(library, 'Export Credit', clipsOf(/Export Credit/));
    await search(library, '', stored.length);

    const clips = await ext.browser.readStore<ClipRecord>('clips');
    const timeZone = await backgroundTimeZone(ext.browser);
    if ((await library.testId('select-all').attr('disabled')) === null)
      await library.testId('select-all').click();
    await library.testId('export-brief').click();
    const brief = await ext.browser.waitForDownload(/\.md$/);
    // Named after the tag every clip shares; 简报 as most of the articles are Chinese.
    expect(brief.name).toMatch(new RegExp(`^${TAG}-简报-${DATE}\\.md$`));
    expect(brief.text).toBe(
      renderMultiBrief({ articles, clips }, { ...defaultBriefOptions(new Date()), timeZone }),
    );
    expect(brief.text).toMatch(/^sources: "?3"?$/m);
    for (const article of articles) expect(brief.text).toContain(article.title);

    await library.testId('export-csv').click();
    const csv = await ext.browser.waitForDownload(/\.csv$/);
    expect(csv.name).toMatch(new RegExp(`^${TAG}-figures-${DATE}\\.csv$`));
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toBe(renderFiguresCsv({ articles, clips: clips.filter((c) => c.kind === 'figure') }));
    const parsed = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...FIGURES_CSV_COLUMNS]);
    expect(rows).toHaveLength(clips.filter((c) => c.kind === 'figure').length);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(articles.map((a) => a.title)));
    await library.close();
  });

  it('backs up, wipes the library, imports the backup: everything is back', async () => {
    const before = {
      clips: byId(await ext.browser.readStore<ClipRecord>('clips')),
      articles: byId(await ext.browser.readStore<ArticleRecord>('articles')),
    };
    const library = await ext.browser.openExtensionPage('/library.html');
    await expect.poll(() => library.testId('clip-row').count()).toBe(before.clips.length);
    await library.testId('backup-export').click();
    const backup = await ext.browser.waitForDownload(/^.*policy-clipper-backup-[\d-]+\.json$/);

    await library.testId('select-all').click();
    await library.testId('delete-selected').click();
    await expect.poll(() => library.testId('clip-row').count()).toBe(0);
    // Deleted clips go to the trash (undo, recovery): none is left among the clips.
    await expect.poll(async () => (await ext.browser.readStore('clips')).length).toBe(0);

    await library.testId('backup-import').setFiles(backup.path);
    await expect.poll(() => library.testId('import-report').text()).toMatch(/\d/);
    await expect.poll(() => library.testId('clip-row').count()).toBe(before.clips.length);
    expect(byId(await ext.browser.readStore<ClipRecord>('clips'))).toEqual(before.clips);
    expect(byId(await ext.browser.readStore<ArticleRecord>('articles'))).toEqual(before.articles);
    await library.close();
  });
});
