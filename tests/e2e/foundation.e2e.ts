/**
 * The foundation's path in real Chromium: open the popup on the seed article, see the right title,
 * source and date, save the clip (read back from the background's IndexedDB), export the brief (read
 * the downloaded file); and the popup's plain-words messages on a page with no article and on a page
 * browsers forbid extensions to read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderArticleBrief } from '@/utils/brief';
import type { ArticleContentRecord, ArticleRecord } from '@/utils/store/types';
import {
  downloadedFile,
  openPopup,
  readStore,
  ROOT,
  tabIdOf,
  useExtension,
  SEED_GOLD,
  SEED_HTML,
  SEED_PATH,
} from './harness';

const ext = useExtension({
  [SEED_PATH]: { body: SEED_HTML },
  '/portal/': { body: readFileSync(join(ROOT, 'tests/fixtures/e2e/no-article.html')) },
});

describe('popup on the seed article', () => {
  it('shows title, source and date; saves the clip; exports a brief', async () => {
    const page = await ext.session.context.newPage();
    const url = ext.server.url(SEED_PATH);
    await page.goto(url);
    const popup = await openPopup(ext.session, page);

    await expect.poll(() => popup.getByTestId('article-title').textContent()).toBe(SEED_GOLD.article.title);
    expect(await popup.getByTestId('article-source').textContent()).toBe(SEED_GOLD.article.source);
    expect(await popup.getByTestId('article-date').getAttribute('datetime')).toBe(
      SEED_GOLD.article.published,
    );

    await popup.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Article saved.');
    const articles = await readStore<{
      title: string;
      source: string;
      published: string;
      originalUrl: string;
    }>(ext.session, 'articles');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: SEED_GOLD.article.title,
      source: SEED_GOLD.article.source,
      published: SEED_GOLD.article.published,
      originalUrl: url,
    });

    await popup.getByRole('button', { name: 'Export brief' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/^Downloaded .+\.md$/);
    const file = await downloadedFile(ext.session, /\.md$/);
    expect(file.name).toContain('央地齐打');
    expect(file.text).toContain(`# ${SEED_GOLD.article.title}`);
    expect(file.text).toContain(SEED_GOLD.article.source);
    expect(file.text).toContain(SEED_GOLD.article.published);
    expect(file.text).toContain(url);
    // Exactly what the brief module renders for the stored data (golden-tested in tests/unit/brief).
    const [article] = await readStore<ArticleRecord>(ext.session, 'articles');
    const [content] = await readStore<ArticleContentRecord>(ext.session, 'contents');
    // The text extracted in the live page holds the gold passages and none of the page chrome.
    for (const passage of SEED_GOLD.article.mustContain as string[]) expect(content?.text).toContain(passage);
    for (const chrome of SEED_GOLD.article.mustNotContain as string[])
      expect(content?.text).not.toContain(chrome);
    const timeZone = await (
      await ext.session.worker()
    ).evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(file.text).toBe(
      renderArticleBrief(
        { article: article!, content, clips: [] },
        { ...defaultBriefOptions(new Date()), timeZone },
      ),
    );
    await popup.close();
    await page.close();
  });
});

describe('popup where there is nothing to clip', () => {
  it('says so in plain words on a page with no article', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url('/portal/'));
    const popup = await openPopup(ext.session, page);
    const message = popup.getByTestId('page-message');
    await expect.poll(() => message.textContent()).toMatch(/not an article/i);
    expect(await popup.getByTestId('article-title').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says so in plain words on a page browsers forbid extensions to read', async () => {
    // Without the `tabs` permission a chrome:// tab cannot be found by URL: note its id on a web page first.
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url('/portal/'));
    const tabId = await tabIdOf(ext.session, page);
    await page.goto('chrome://version/');
    const popup = await openPopup(ext.session, tabId);
    await expect
      .poll(() => popup.getByTestId('page-message').textContent())
      .toMatch(/don't let extensions read/);
    await popup.close();
    await page.close();
  });
});
