/**
 * The foundation's path in real Chromium: open the popup on the seed article, see the right title,
 * source and date, save the clip (read back from the background's IndexedDB), export the brief (read
 * the downloaded file); and the popup's plain-words messages on a page with no article and on a page
 * browsers forbid extensions to read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderArticleBrief } from '../../utils/brief';
import type { ArticleContentRecord, ArticleRecord } from '../../utils/store/types';
import { downloadedFile, launch, openPopup, readStore, ROOT, serve, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

const seedHtml = readFileSync(join(ROOT, 'tests/fixtures/seed/policy-article-zh.html'));
const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed/policy-article-zh.gold.json'), 'utf8'));

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serve({
    '/news/policy/2021/0510.html': { body: seedHtml },
    '/portal/': { body: readFileSync(join(ROOT, 'tests/fixtures/e2e/no-article.html')) },
  });
  session = await launch();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('popup on the seed article', () => {
  it('shows title, source and date; saves the clip; exports a brief', async () => {
    const page = await session.context.newPage();
    const url = server.url('/news/policy/2021/0510.html');
    await page.goto(url);
    const popup = await openPopup(session, page);

    await expect.poll(() => popup.getByTestId('article-title').textContent()).toBe(gold.article.title);
    expect(await popup.getByTestId('article-source').textContent()).toBe(gold.article.source);
    expect(await popup.getByTestId('article-date').getAttribute('datetime')).toBe(gold.article.published);

    await popup.getByRole('button', { name: 'Save clip' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Article saved.');
    const articles = await readStore<{ title: string; source: string; published: string; originalUrl: string }>(session, 'articles');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: gold.article.title, source: gold.article.source, published: gold.article.published, originalUrl: url });

    await popup.getByRole('button', { name: 'Export brief' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toMatch(/^Downloaded .+\.md$/);
    const file = await downloadedFile(session, /\.md$/);
    expect(file.name).toContain('央地齐打');
    expect(file.text).toContain(`# ${gold.article.title}`);
    expect(file.text).toContain(gold.article.source);
    expect(file.text).toContain(gold.article.published);
    expect(file.text).toContain(url);
    // Exactly what the brief module renders for the stored data (golden-tested in tests/unit/brief).
    const [article] = await readStore<ArticleRecord>(session, 'articles');
    const [content] = await readStore<ArticleContentRecord>(session, 'contents');
    const timeZone = await (await session.worker()).evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(file.text).toBe(renderArticleBrief({ article: article!, content, clips: [] }, { ...defaultBriefOptions(new Date()), timeZone }));
    await popup.close();
    await page.close();
  });
});

describe('popup where there is nothing to clip', () => {
  it('says so in plain words on a page with no article', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/portal/'));
    const popup = await openPopup(session, page);
    const message = popup.getByTestId('page-message');
    await expect.poll(() => message.textContent()).toMatch(/not an article/i);
    expect(await popup.getByTestId('article-title').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says so in plain words on a page browsers forbid extensions to read', async () => {
    // Without the `tabs` permission a chrome:// tab cannot be found by URL: note its id on a web page first.
    const page = await session.context.newPage();
    await page.goto(server.url('/portal/'));
    const tabId = await tabIdOf(session, page);
    await page.goto('chrome://version/');
    const popup = await openPopup(session, tabId);
    await expect.poll(() => popup.getByTestId('page-message').textContent()).toMatch(/don't let extensions read/);
    await popup.close();
    await page.close();
  });
});
