/**
 * The foundation's path: open the popup on the seed article, see the right title, source and date,
 * save the clip (read back from the extension's IndexedDB), export the brief (read the downloaded
 * file); and the popup's plain-words messages on a page with no article and on a page browsers forbid
 * extensions to read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderArticleBrief } from '@/utils/brief';
import type { ArticleContentRecord, ArticleRecord } from '@/utils/store/types';
import { backgroundTimeZone, ROOT, useExtension, SEED_GOLD, SEED_HTML, SEED_PATH } from './harness';

/**
 * The seed article as a portal serves it, with 100 KB of inline CSS (our copy for Readability drops it)
 * and a picture whose `onload` counts its loads: extracting must not load it again or run its handler.
 */
const STYLED_PATH = '/news/policy/2021/0510-styled.html';
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const STYLED_HTML = String(SEED_HTML)
  .replace(
    /<head>/i,
    `<head><style>${'.nav-item{color:#333;margin:0 4px;padding:2px}\n'.repeat(2200)}</style>`,
  )
  .replace(
    /<body([^>]*)>/i,
    `<body$1><img src="/pixel.png" alt="" onload="document.documentElement.dataset.loads = String(Number(document.documentElement.dataset.loads || 0) + 1)">`,
  );

const ext = useExtension({
  [SEED_PATH]: { body: SEED_HTML },
  [STYLED_PATH]: { body: STYLED_HTML },
  // Never cached: a second load would reach the server and fire `onload` again.
  '/pixel.png': { body: PIXEL, type: 'image/png', headers: { 'cache-control': 'no-store' } },
  '/portal/': { body: readFileSync(join(ROOT, 'tests/fixtures/e2e/no-article.html')) },
});

describe('popup on the seed article', () => {
  it('shows title, source and date; saves the clip; exports a brief', async () => {
    const url = ext.server.url(SEED_PATH);
    const page = await ext.browser.openPage(url);
    const popup = await ext.browser.openPopup(page);

    await expect.poll(() => popup.testId('article-title').text()).toBe(SEED_GOLD.article.title);
    expect(await popup.testId('article-source').text()).toBe(SEED_GOLD.article.source);
    expect(await popup.testId('article-date').attr('datetime')).toBe(SEED_GOLD.article.published);

    await popup.testId('save-clip').click();
    await expect.poll(() => popup.testId('status').text()).toBe('Article saved.');
    const articles = await ext.browser.readStore<ArticleRecord>('articles');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: SEED_GOLD.article.title,
      source: SEED_GOLD.article.source,
      published: SEED_GOLD.article.published,
      originalUrl: url,
    });

    await popup.testId('export-brief').click();
    await expect.poll(() => popup.testId('status').text()).toMatch(/^Downloaded .+\.md$/);
    const file = await ext.browser.waitForDownload(/\.md$/);
    expect(file.name).toContain('央地齐打');
    expect(file.text).toContain(`# ${SEED_GOLD.article.title}`);
    expect(file.text).toContain(SEED_GOLD.article.source);
    expect(file.text).toContain(SEED_GOLD.article.published);
    expect(file.text).toContain(url);
    // Exactly what the brief module renders for the stored data (golden-tested in tests/unit/brief).
    const [article] = await ext.browser.readStore<ArticleRecord>('articles');
    const [content] = await ext.browser.readStore<ArticleContentRecord>('contents');
    // The text extracted in the live page holds the gold passages and none of the page chrome.
    for (const passage of SEED_GOLD.article.mustContain as string[]) expect(content?.text).toContain(passage);
    for (const chrome of SEED_GOLD.article.mustNotContain as string[])
      expect(content?.text).not.toContain(chrome);
    const timeZone = await backgroundTimeZone(ext.browser);
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

describe('popup on a page with much inline CSS', () => {
  it("reads the same article as without it, and never loads the page's pictures again", async () => {
    expect(STYLED_HTML.length - String(SEED_HTML).length).toBeGreaterThan(64_000);
    const page = await ext.browser.openPage(ext.server.url(STYLED_PATH));
    const loads = (): Promise<string | undefined> =>
      page.evaluate(() => document.documentElement.dataset.loads);
    await expect.poll(loads).toBe('1');
    const popup = await ext.browser.openPopup(page);
    await expect.poll(() => popup.testId('article-title').text()).toBe(SEED_GOLD.article.title);
    expect(await popup.testId('article-source').text()).toBe(SEED_GOLD.article.source);
    expect(await popup.testId('article-date').attr('datetime')).toBe(SEED_GOLD.article.published);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await loads()).toBe('1');
    await popup.close();
    await page.close();
  });
});

describe('popup where there is nothing to clip', () => {
  it('says so in plain words on a page with no article', async () => {
    const page = await ext.browser.openPage(ext.server.url('/portal/'));
    const popup = await ext.browser.openPopup(page);
    await expect.poll(() => popup.testId('page-message').text()).toMatch(/not an article/i);
    expect(await popup.testId('article-title').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says so in plain words on a page browsers forbid extensions to read', async () => {
    // Without the `tabs` permission a browser page cannot be found by URL: note the tab's id on a web page first.
    const page = await ext.browser.openPage(ext.server.url('/portal/'));
    const tabId = await ext.browser.tabIdOf(page);
    await page.goto(ext.browser.restrictedUrl);
    const popup = await ext.browser.openPopup(tabId);
    await expect.poll(() => popup.testId('page-message').text()).toMatch(/don't let extensions read/);
    await popup.close();
    await page.close();
  });
});
