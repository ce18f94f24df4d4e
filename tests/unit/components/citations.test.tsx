// @vitest-environment jsdom
/**
 * Official documents and citations in the popup and the library, with a fake background: the card's
 * issuer/number/dates/type, the library's issuer and type filters, the Cite menu (references copied in
 * GB/T 7714 and APA, citation files downloaded), the selection's citation file, and "Open in
 * Obsidian" (the URI built from the options, a long note through the clipboard, a failed copy).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Article, PolicyMetadata } from '@/utils/extract/types';
import type { ArticleRecord } from '@/utils/store/types';
import { fakeLibrary, DEFAULT_SETTINGS } from './fake-library';
import { makeArticle, makeClip } from './fixtures';
import {
  allByTestId,
  byTestId,
  change,
  click,
  fakeApi,
  mount,
  settle,
  submit,
  typeInto,
  type Handlers,
  type Locale,
  type Mounted,
} from './harness';

const POLICY: PolicyMetadata = {
  issuer: '国务院办公厅',
  docNumber: '国办发〔2017〕47号',
  indexNumber: '000014349/2017-00094',
  written: '2017-05-15',
  published: '2017-06-08',
  docType: '通知',
  topic: null,
};
const TITLE = '国务院办公厅关于印发政府网站发展指引的通知';
const URL = 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm';

const pageArticle: Article = {
  title: TITLE,
  source: '中国政府网',
  byline: null,
  published: '2017-06-08',
  lang: 'zh-CN',
  url: URL,
  canonicalUrl: null,
  excerpt: '',
  contentHtml: '<p>…</p>',
  text: '各省、自治区、直辖市人民政府',
  length: 14,
  policy: POLICY,
};
/** Clipped 2026-12-05 04:00 UTC: the same day in every zone a test machine uses. */
const saved: ArticleRecord = makeArticle('gov', {
  title: TITLE,
  source: '中国政府网',
  url: URL,
  originalUrl: URL,
  published: '2017-06-08',
  lang: 'zh-CN',
  policy: POLICY,
  clippedAt: Date.UTC(2026, 11, 5, 4),
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

interface Io {
  copied: string[];
  opened: string[];
  copyFails?: boolean;
}

function popup(handlers: Handlers, io: Io, locale: Locale = 'en') {
  const fake = fakeApi({
    'tags/list': () => [],
    'clips/forTab': () => ({ article: saved, clips: [], orphans: [] }),
    'page/analyze': () => ({ status: 'article', article: pageArticle, findings: [], saved, fresh: true }),
    'settings/get': () => ({ ...DEFAULT_SETTINGS, obsidian: { vault: 'Research', folder: '政策/简报' } }),
    ...handlers,
  });
  mounted = mount(
    <PopupApp
      tabId={7}
      openLibrary={() => undefined}
      copyText={async (text) => {
        if (io.copyFails) throw new Error('Document is not focused.');
        io.copied.push(text);
      }}
      openExternal={(uri) => io.opened.push(uri)}
    />,
    { api: fake.api, locale },
  );
  return { fake, root: mounted.container };
}

/** The `obsidian://new` URI's parameters as Obsidian reads them. */
const params = (uri: string): Record<string, string> =>
  Object.fromEntries(
    uri
      .slice('obsidian://new?'.length)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );

describe('popup', () => {
  it('shows an official document’s issuer, number, dates and type on its card', async () => {
    const { root } = popup({}, { copied: [], opened: [] }, 'zh_CN');
    await settle();
    expect(byTestId(root, 'policy-issuer').textContent).toBe('国务院办公厅');
    expect(byTestId(root, 'policy-docNumber').textContent).toBe('国办发〔2017〕47号');
    expect(byTestId(root, 'policy-written').textContent).toBe('2017年5月15日');
    expect(byTestId(root, 'policy-published').textContent).toBe('2017年6月8日');
    expect(byTestId(root, 'policy-docType').textContent).toBe('通知');
    const labels = [...byTestId(root, 'policy-facts').querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(['发文机关', '发文字号', '成文日期', '发布日期', '公文种类']);
  });

  it('shows no document facts for a page that is not one, and only the facts a document states', async () => {
    const news = { ...pageArticle, policy: undefined };
    const { root } = popup(
      {
        'page/analyze': () => ({ status: 'article', article: news, findings: [], saved: null, fresh: true }),
      },
      { copied: [], opened: [] },
    );
    await settle();
    expect(allByTestId(root, 'policy-facts')).toHaveLength(0);
    mounted?.unmount();
    const partial = { ...pageArticle, policy: { ...POLICY, docNumber: null, written: null, issuer: ' ' } };
    const again = popup(
      {
        'page/analyze': () => ({
          status: 'article',
          article: partial,
          findings: [],
          saved: null,
          fresh: true,
        }),
      },
      { copied: [], opened: [] },
    );
    await settle();
    expect(allByTestId(again.root, 'policy-issuer')).toHaveLength(0);
    expect(allByTestId(again.root, 'policy-docNumber')).toHaveLength(0);
    expect(byTestId(again.root, 'policy-docType').textContent).toBe('通知');
  });

  it('copies the GB/T 7714 and APA references, accessed on the day the article was clipped', async () => {
    const io: Io = { copied: [], opened: [] };
    const { root } = popup({}, io);
    await settle();
    click(byTestId(root, 'cite-copy-gbt7714'));
    await settle();
    click(byTestId(root, 'cite-copy-apa'));
    await settle();
    expect(io.copied).toEqual([
      `国务院办公厅. ${TITLE}: 国办发〔2017〕47号[A/OL]. (2017-06-08)[2026-12-05]. ${URL}.`,
      `国务院办公厅. (2017, June 8). ${TITLE} (国办发〔2017〕47号). 中国政府网. ${URL}`,
    ]);
    expect(byTestId(root, 'status').textContent).toBe('Copied the APA reference');
  });

  it('downloads the article’s citation file in the chosen format', async () => {
    const { fake, root } = popup(
      { 'citations/article': ({ format }) => ({ filename: `${TITLE}-2026-12-05.${format}`, text: '' }) },
      { copied: [], opened: [] },
    );
    await settle();
    click(byTestId(root, 'cite-download-ris'));
    await settle();
    expect(fake.callsOf('citations/article')).toEqual([
      { type: 'citations/article', articleId: 'gov', format: 'ris', deliver: 'download' },
    ]);
    expect(byTestId(root, 'status').textContent).toBe(`Downloaded ${TITLE}-2026-12-05.ris`);
  });

  it('opens a short brief in Obsidian with its content in the URI, in the vault and folder of the options', async () => {
    const io: Io = { copied: [], opened: [] };
    const brief = `# ${TITLE}\n\n> 引文`;
    const { root } = popup(
      { 'brief/article': () => ({ filename: `${TITLE}-简报-2026-12-05.md`, text: brief }) },
      io,
    );
    await settle();
    click(byTestId(root, 'open-obsidian'));
    await settle();
    expect(io.copied).toEqual([]);
    expect(io.opened).toHaveLength(1);
    expect(params(io.opened[0]!)).toEqual({
      vault: 'Research',
      file: `政策/简报/${TITLE}-简报-2026-12-05`,
      content: brief,
    });
    expect(byTestId(root, 'status').textContent).toContain(
      `Sent to Obsidian as “政策/简报/${TITLE}-简报-2026-12-05”.`,
    );
    expect(byTestId<HTMLAnchorElement>(root, 'obsidian-link').getAttribute('href')).toBe(io.opened[0]);
  });

  it('sends a long brief through the clipboard and says so', async () => {
    const io: Io = { copied: [], opened: [] };
    const brief = '促进科技成果转化。'.repeat(400);
    const { root } = popup({ 'brief/article': () => ({ filename: 'b.md', text: brief }) }, io, 'zh_CN');
    await settle();
    click(byTestId(root, 'open-obsidian'));
    await settle();
    expect(io.copied).toEqual([brief]);
    expect(params(io.opened[0]!)).toEqual({ vault: 'Research', file: '政策/简报/b', clipboard: 'true' });
    expect(byTestId(root, 'status').textContent).toContain('笔记太长，无法放入链接（3600 个字符）');
  });

  it('opens nothing when a long brief cannot be copied, and says what to do', async () => {
    const io: Io = { copied: [], opened: [], copyFails: true };
    const { root } = popup({ 'brief/article': () => ({ filename: 'b.md', text: 'x'.repeat(5_000) }) }, io);
    await settle();
    click(byTestId(root, 'open-obsidian'));
    await settle();
    expect(io.opened).toEqual([]);
    const status = byTestId(root, 'status');
    expect(status.className).toContain('error');
    expect(status.textContent).toContain('could not be copied to the clipboard (Document is not focused.)');
  });
});

describe('library', () => {
  const other = makeArticle('energy', {
    title: '关于促进新时代新能源高质量发展的实施方案',
    policy: {
      ...POLICY,
      issuer: '国家发展改革委 国家能源局',
      docNumber: '发改能源〔2022〕206号',
      docType: '方案',
    },
  });
  const news = makeArticle('news', { title: 'News', genre: 'news' });
  const articles = [saved, other, news];
  const clips = [
    makeClip('c1', 'gov', { createdAt: 3, tags: ['网站'] }),
    makeClip('c2', 'energy', { createdAt: 2 }),
    makeClip('c3', 'news', { createdAt: 1 }),
  ];

  async function open(handlers: Handlers = {}, io: Io = { copied: [], opened: [] }, locale: Locale = 'en') {
    const lib = fakeLibrary(clips, articles, handlers);
    mounted = mount(
      <LibraryApp
        copyText={async (text) => void io.copied.push(text)}
        openExternal={(uri) => io.opened.push(uri)}
        requestHostAccess={async () => false}
        pdfAutoOpenOffered={false}
      />,
      { api: lib.api, locale },
    );
    await settle();
    return { lib, root: mounted.container };
  }

  const rowIds = (root: HTMLElement) => allByTestId(root, 'clip-row').map((r) => r.dataset.clipId);

  it('filters by issuer (each institution of a joint document) and by type', async () => {
    const { lib, root } = await open({}, undefined, 'zh_CN');
    const issuer = byTestId<HTMLSelectElement>(root, 'filter-issuer');
    expect([...issuer.options].map((o) => o.textContent)).toEqual([
      '全部发文机关',
      '国家发展改革委（1）',
      '国家能源局（1）',
      '国务院办公厅（1）',
    ]);
    change(issuer, '国家能源局');
    await settle();
    expect(lib.callsOf('clips/list').at(-1)?.query).toMatchObject({ issuer: '国家能源局' });
    expect(rowIds(root)).toEqual(['c2']);
    change(issuer, '');
    change(byTestId<HTMLSelectElement>(root, 'filter-docType'), '通知');
    await settle();
    expect(lib.callsOf('clips/list').at(-1)?.query).toMatchObject({ docType: '通知' });
    expect(lib.callsOf('clips/list').at(-1)?.query).not.toHaveProperty('issuer');
    expect(rowIds(root)).toEqual(['c1']);
  });

  it('shows no document filters in a library without official documents', async () => {
    const lib = fakeLibrary([makeClip('c3', 'news')], [news]);
    mounted = mount(
      <LibraryApp
        copyText={async () => {}}
        openExternal={() => {}}
        requestHostAccess={async () => false}
        pdfAutoOpenOffered={false}
      />,
      { api: lib.api },
    );
    await settle();
    expect(allByTestId(mounted.container, 'filter-issuer')).toHaveLength(0);
    expect(allByTestId(mounted.container, 'filter-docType')).toHaveLength(0);
  });

  it('shows a document’s issuer and number under its heading, and copies its reference', async () => {
    const io: Io = { copied: [], opened: [] };
    const { root } = await open({}, io);
    const group = allByTestId(root, 'article-group')[0]!;
    expect(byTestId(group, 'policy-issuer').textContent).toBe('国务院办公厅');
    expect(byTestId(group, 'policy-docNumber').textContent).toBe('国办发〔2017〕47号');
    click(byTestId(group, 'cite-copy-gbt7714'));
    await settle();
    expect(io.copied).toEqual([
      `国务院办公厅. ${TITLE}: 国办发〔2017〕47号[A/OL]. (2017-06-08)[2026-12-05]. ${URL}.`,
    ]);
  });

  it('exports the selection’s citations in the chosen format, and sends its brief to Obsidian', async () => {
    const io: Io = { copied: [], opened: [] };
    const { lib, root } = await open(
      {
        'citations/clips': ({ format }) => ({
          filename: `网站-引文-2026-12-05.${format === 'bibtex' ? 'bib' : format}`,
          text: '',
          downloadId: 1,
        }),
        'brief/clips': () => ({ filename: '网站-简报-2026-12-05.md', text: '# 网站' }),
      },
      io,
    );
    click(byTestId(root, 'select-all'));
    await settle();
    change(byTestId<HTMLSelectElement>(root, 'citation-format'), 'bibtex');
    click(byTestId(root, 'export-citations'));
    await settle();
    expect(lib.callsOf('citations/clips')).toEqual([
      { type: 'citations/clips', clipIds: ['c1', 'c2', 'c3'], format: 'bibtex', deliver: 'download' },
    ]);
    expect(byTestId(root, 'status').textContent).toBe('Downloaded 网站-引文-2026-12-05.bib');
    click(byTestId(root, 'obsidian-selected'));
    await settle();
    expect(params(io.opened[0]!)).toEqual({ file: '网站-简报-2026-12-05', content: '# 网站' });
  });

  it('saves where Obsidian notes go', async () => {
    const { lib, root } = await open({
      'settings/set': ({ obsidian }) => ({
        ...DEFAULT_SETTINGS,
        obsidian: { vault: '', folder: '', ...obsidian },
      }),
    });
    typeInto(byTestId<HTMLInputElement>(root, 'option-obsidian-vault'), ' Research ');
    typeInto(byTestId<HTMLInputElement>(root, 'option-obsidian-folder'), 'Policy/国务院');
    submit(byTestId<HTMLButtonElement>(root, 'option-obsidian-save').form!);
    await settle();
    expect(lib.callsOf('settings/set')).toEqual([
      { type: 'settings/set', obsidian: { vault: 'Research', folder: 'Policy/国务院' } },
    ]);
    expect(byTestId(root, 'status').textContent).toBe('Obsidian settings saved');
  });
});
