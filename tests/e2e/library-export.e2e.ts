/**
 * Exports across articles from the library, in real Chromium: the figures of three articles (Chinese
 * and English) highlighted from the popup, all selected in the library, then a multi-article brief and
 * the figures CSV downloaded. Each file must be exactly what the brief module renders for the stored
 * data (the module's own output is golden-tested in tests/unit/brief); the CSV must also parse back
 * into one row per figure clip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, FIGURES_CSV_COLUMNS, renderFiguresCsv, renderMultiBrief } from '@/utils/brief';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { downloadedFile, openPopup, readStore, ROOT, useExtension, SEED_HTML, SEED_PATH } from './harness';

const fixture = (slug: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', slug, 'source.html'));
const PAGES = [SEED_PATH, '/en/export-credit.html', '/zh/specialised-smes.html'];

const ext = useExtension({
  [SEED_PATH]: { body: SEED_HTML },
  '/en/export-credit.html': { body: fixture('en-jsonld-news') },
  '/zh/specialised-smes.html': { body: fixture('zh-news-fullwidth-bar') },
});

describe('library exports across articles', () => {
  it('exports a multi-article brief and the figures CSV of the whole selection', async () => {
    for (const path of PAGES) {
      const page = await ext.session.context.newPage();
      await page.goto(ext.server.url(path));
      const popup = await openPopup(ext.session, page);
      await popup.getByTestId('highlight-all-figure').click();
      // The button goes once every suggested figure is saved.
      await expect.poll(() => popup.getByTestId('highlight-all-figure').count(), { timeout: 10_000 }).toBe(0);
      await popup.close();
      await page.close();
    }
    const clips = await readStore<ClipRecord>(ext.session, 'clips');
    const articles = await readStore<ArticleRecord>(ext.session, 'articles');
    expect(articles).toHaveLength(3);
    expect(new Set(clips.map((c) => c.articleId)).size).toBe(3);

    const library = await ext.session.context.newPage();
    await library.goto(`chrome-extension://${ext.session.extensionId}/library.html`);
    await library.getByTestId('clip-row').first().waitFor();
    await library.getByTestId('select-all').click();
    const timeZone = await (
      await ext.session.worker()
    ).evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

    await library.getByTestId('export-brief').click();
    const brief = await downloadedFile(ext.session, /\.md$/);
    expect(brief.text).toBe(
      renderMultiBrief({ articles, clips }, { ...defaultBriefOptions(new Date()), timeZone }),
    );
    expect(brief.text).toMatch(/^sources: "?3"?$/m);
    for (const article of articles) expect(brief.text).toContain(article.title);

    await library.getByTestId('export-csv').click();
    const csv = await downloadedFile(ext.session, /\.csv$/);
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
});
