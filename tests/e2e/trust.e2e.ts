/**
 * Issue 13 in real browsers (Chromium and Firefox), outside the in-page UI: hostile backups imported through the library are
 * refused with their own words and change nothing; a `javascript:` link (a note's, or an article
 * address a library took in before backups were checked) is never a live link in the library or in a
 * brief; copy as Markdown works without `clipboardWrite`; and what a page's own scripts can read of
 * the highlights painted with `CSS.highlights` (docs/security.md, "What a page can see").
 * Self-contained: the data comes in through a backup built here, pages from the fixture server.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import { backupChecksum } from '@/utils/store/backup-format';
import { BACKUP_FORMAT, type ArticleRecord, type ClipRecord } from '@/utils/store/types';
import { articleIdFor, normaliseUrl } from '@/utils/url';
import { highlightedTexts, localeMessages, ROOT, useExtension } from './harness';

const PATH = '/policy/notice-2021-18.html';
const FIRST = '新增科技贷款3000亿元';
const SECOND = '优化贷款审批流程';
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于加大科技金融支持力度的通知</title></head>
<body><article><h1>关于加大科技金融支持力度的通知</h1>
<p>2021年全年${FIRST}，支持科技型中小企业发展。</p>
<p>各地要${SECOND}，提高服务效率。</p></article></body></html>`;
const HOSTILE_NOTE = '[n](javascript:alert(8)) see [ok](https://www.gov.cn/zhengce/) <javascript:alert(9)>';

const ext = useExtension({
  [PATH]: { body: PAGE },
  '/paste.html': { body: '<!doctype html><title>paste</title><textarea id="paste"></textarea>' },
});

type Json = Record<string, unknown>;

/** A backup of one article of the fixture page and two clips (yellow and blue), as the extension writes it. */
function payload(origin: string): Json {
  const originalUrl = `${origin}${PATH}`;
  const url = normaliseUrl(originalUrl);
  const article: ArticleRecord = {
    id: articleIdFor(url),
    url,
    originalUrl,
    pageUrls: [url],
    canonicalUrl: null,
    title: '关于加大科技金融支持力度的通知',
    source: '国务院',
    byline: null,
    published: '2021-05-10',
    lang: 'zh-CN',
    excerpt: '',
    clippedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  };
  const clip = (id: string, quote: string, colour: ClipRecord['colour'], note: string): ClipRecord => ({
    id,
    articleId: article.id,
    quote,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    kind: 'quote',
    type: null,
    value: null,
    unit: null,
    context: '',
    tags: ['内部评审-甲'],
    note,
    colour,
    fragment: '',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    version: 1,
    noteVariants: [],
  });
  return {
    format: BACKUP_FORMAT,
    version: 3,
    exportedAt: new Date(1_700_000_000_000).toISOString(),
    articles: [article],
    contents: [{ articleId: article.id, text: `${FIRST}\n${SECOND}`, contentHtml: '' }],
    clips: [clip('trust-1', FIRST, 'yellow', HOSTILE_NOTE), clip('trust-2', SECOND, 'blue', '')],
    settings: { brief: { groupBy: 'tag' }, tagColours: [] },
  };
}

const signed = async (p: Json): Promise<string> =>
  JSON.stringify({ ...p, checksum: await backupChecksum(p as never) });

async function openLibrary(): Promise<Tab> {
  const library = await ext.browser.openExtensionPage('/library.html');
  await library.testId('backup-import').waitFor();
  return library;
}

// The files a user picks in the import field, written where the browser can read them.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const picked = mkdtempSync(join(ROOT, '.tmp/import-'));
afterAll(() => rmSync(picked, { recursive: true, force: true }));
let files = 0;

/** Picks `json` in the library's import field as a user would, and returns the report shown. */
async function importThroughLibrary(library: Tab, json: string): Promise<string> {
  const report = library.testId('import-report');
  const shown = async (): Promise<string | null> => ((await report.count()) > 0 ? await report.text() : null);
  const before = await shown();
  const file = join(mkdtempSync(join(picked, `${++files}-`)), 'backup.json');
  writeFileSync(file, json);
  await library.testId('backup-import').setFiles(file);
  // The report may leave the page while the import runs: wait for the new words, not just a change.
  const fresh = async (): Promise<string | null> => {
    const text = await shown();
    return text && text !== before ? text : null;
  };
  await expect.poll(fresh, { timeout: 15_000 }).not.toBeNull();
  const text = (await fresh()) ?? '';
  // The same words twice in a row would not change the text: clear it for the next import.
  await library.evaluate(() => {
    const el = document.querySelector('[data-testid="import-report"]');
    if (el) el.textContent = '';
  });
  return text;
}

const snapshot = async () => ({
  articles: await ext.browser.readStore('articles'),
  contents: await ext.browser.readStore('contents'),
  clips: await ext.browser.readStore('clips'),
});

/** Every href of the page's links that is not an http(s) address. */
/** Links that are neither web addresses nor the extension's own saved-copy reader (relative, by id). */
const nonWebHrefs = (page: Tab): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .filter(
        (a) =>
          !(
            a.getAttribute('data-testid') === 'read-saved-copy' &&
            /^reader\.html\?article=[\w%-]+$/.test(a.getAttribute('href') ?? '')
          ),
      )
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^https?:\/\//.test(href)),
  );

describe('hostile backups through the library', () => {
  let valid: Json;
  beforeAll(() => {
    valid = payload(ext.server.origin);
  });

  it('imports the valid file, then refuses each hostile one with its own words, changing nothing', async () => {
    const en = localeMessages('en');
    const library = await openLibrary();
    expect(await importThroughLibrary(library, await signed(valid))).toBe('Imported clips: 2, articles: 1.');
    const before = await snapshot();
    expect(before.clips).toHaveLength(2);

    const articles = valid.articles as ArticleRecord[];
    const withArticle = (patch: Partial<ArticleRecord>): Json => ({
      ...valid,
      articles: [{ ...articles[0], ...patch }],
    });
    const words = (key: string, ...subs: string[]) =>
      `Import failed: ${subs.reduce((m, s, i) => m.replace(`$${i + 1}`, s), en[key]!.message)}`;
    const cases: [string, string][] = [
      // A correct checksum: the address itself is what is refused.
      [
        await signed(withArticle({ originalUrl: 'javascript:alert(document.domain)//x' })),
        words('errBackupBadUrl', 'articles[0].originalUrl'),
      ],
      [
        await signed(withArticle({ canonicalUrl: 'data:text/html,<script>alert(1)</script>' })),
        words('errBackupBadUrl', 'articles[0].canonicalUrl'),
      ],
      [
        (await signed(valid)).replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'),
        words('errBackupForbiddenKey', 'settings.__proto__'),
      ],
      [await signed({ ...valid, version: 99 }), words('errBackupNewerVersion', '99')],
      [(await signed(valid)).replace(HOSTILE_NOTE.slice(0, 10), 'edited!!!!'), words('errBackupChecksum')],
      ['{"format": "policy-clipper-backup", "version"', words('errBackupNotJson')],
    ];
    for (const [json, expected] of cases) {
      expect(await importThroughLibrary(library, json)).toBe(expected);
      expect(await snapshot()).toEqual(before);
    }
    expect(await library.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    await library.close();
  });
});

describe('links: javascript: is never live', () => {
  it('the library links only to http(s), even for an address stored before backups were checked', async () => {
    // A library that took in a hostile address earlier (written straight into its database).
    await ext.browser.inExtension(
      (_api, records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policy-clipper');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['articles', 'clips'], 'readwrite');
            tx.objectStore('articles').put(records.article);
            tx.objectStore('clips').put(records.clip);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      {
        article: {
          id: 'a_legacyhostile',
          url: 'javascript:alert(document.domain)//x',
          originalUrl: 'javascript:alert(document.domain)//x',
          pageUrls: ['javascript:alert(document.domain)//x'],
          canonicalUrl: null,
          title: 'Legacy hostile article',
          source: 'evil',
          byline: null,
          published: null,
          lang: 'en',
          excerpt: '',
          clippedAt: 1_700_000_000_000,
          updatedAt: 1_700_000_000_000,
        },
        clip: {
          id: 'legacy-1',
          articleId: 'a_legacyhostile',
          quote: 'a passage of the legacy article',
          selectors: [],
          kind: 'quote',
          type: null,
          value: null,
          unit: null,
          context: '',
          tags: [],
          note: '',
          colour: 'yellow',
          fragment: 'text=a%20passage',
          createdAt: 1_600_000_000_000,
          updatedAt: 1_600_000_000_000,
        },
      },
    );
    const library = await openLibrary();
    await expect.poll(() => library.testId('clip-row').count()).toBe(3);
    expect(await nonWebHrefs(library)).toEqual([]);
    const legacyRow = library.find('[data-clip-id="legacy-1"]');
    expect(await legacyRow.testId('clip-link').count()).toBe(0);
    expect(await library.testId('article-unlinked').texts()).toContain('Legacy hostile article');
    // The note is the user's text, shown as text.
    expect(await library.find('[data-clip-id="trust-1"]').text()).not.toContain('javascript:alert(8)');
    await expect
      .poll(() =>
        library
          .find('[data-clip-id="trust-1"] textarea')
          .value()
          .catch(() => ''),
      )
      .toContain('[n](javascript:alert(8))');

    // The brief of every clip: the note's link and the legacy address are literal text.
    await library.testId('select-all').click();
    await library.testId('export-brief').click();
    const brief = await ext.browser.waitForDownload(/\.md$/);
    expect(brief.text).toContain('[n\\](javascript:alert(8))');
    expect(brief.text).toContain('[ok](https://www.gov.cn/zhengce/)');
    const md = new MarkdownIt({ html: true });
    md.validateLink = () => true; // as a renderer without markdown-it's own filter would
    const hrefs = [...md.render(brief.text).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs).toContain('https://www.gov.cn/zhengce/');
    expect(hrefs.filter((h) => !/^(?:https?:\/\/|mailto:)/.test(h))).toEqual([]);
    await library.close();
  });

  it('copy as Markdown works without clipboardWrite (a user gesture on an extension page)', async () => {
    const manifest = await ext.browser.inExtension((api) => api.runtime.getManifest());
    expect(manifest.permissions).not.toContain('clipboardWrite');
    const library = await openLibrary();
    await library.testId('clip-row').first().waitFor();
    await library.testId('select-all').click();
    await library.testId('copy-brief').click();
    await expect
      .poll(() => library.testId('status').text())
      .toBe(localeMessages('en')['statusCopied']!.message);
    // Read back as a user would: paste into a page's text field with the keyboard.
    const paste = await ext.browser.openPage(ext.server.url('/paste.html'));
    await paste.find('#paste').click();
    await paste.keyboard.press('Control+V');
    await expect.poll(() => paste.find('#paste').value()).not.toBe('');
    const copied = await paste.find('#paste').value();
    expect(copied).toContain('# ');
    expect(copied).toContain(FIRST);
    expect(copied).toContain('[n\\](javascript:alert(8))');
    await paste.close();
    await library.close();
  });
});

describe('what a page can read of its highlights (CSS.highlights)', () => {
  it('a page script reads the highlighted passages and their colours, and nothing of tags or notes', async () => {
    const page = await ext.browser.openPage(ext.server.url(PATH));
    await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toEqual([FIRST, SECOND].sort());
    // Everything below runs in the page's own world, as the page's scripts would.
    const seen = await page.evaluate(() => {
      const groups: { name: string; texts: string[]; priority: number }[] = [];
      CSS.highlights.forEach((highlight, name) => {
        const texts: string[] = [];
        highlight.forEach((range) => texts.push((range as Range).toString()));
        groups.push({ name, texts, priority: highlight.priority });
      });
      const style = document.getElementById('policy-clipper-highlight-style');
      return {
        groups: groups.sort((a, b) => a.name.localeCompare(b.name)),
        styleText: style?.textContent ?? null,
        body: document.body.innerHTML,
      };
    });
    expect(seen.groups.map((g) => [g.name, g.texts])).toEqual([
      ['pc-blue', [SECOND]],
      ['pc-yellow', [FIRST]],
    ]);
    // The colour names are the groups' names; the swatches are in a style element of the page.
    expect(seen.styleText).toContain('::highlight(pc-yellow)');
    // Tags, notes and ids are not on the page.
    for (const secret of ['内部评审-甲', 'javascript:alert(8)', 'trust-1'])
      expect(seen.body + JSON.stringify(seen.groups)).not.toContain(secret);
    // The page can also clear what is painted: the display, not the library.
    const before = await snapshot();
    await page.evaluate(() => CSS.highlights.clear());
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    await page.close();
  });
});
