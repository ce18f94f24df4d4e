// @vitest-environment jsdom
/**
 * The popup with a fake background: the card shown at once from the tab's kept card, replaced by the
 * analysis; a reused analysis refreshed; suggestions one click from a highlight; edits saved with no
 * save button; delete with undo; the plain-words messages where there is nothing to clip.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Finding } from '@/utils/detect/types';
import type { Article } from '@/utils/extract/types';
import type { ErrorCode } from '@/utils/messages/errors';
import type { AnalyzeResult } from '@/utils/messages/reply-schemas';
import type { ClipRecord } from '@/utils/store/types';
import {
  allByTestId,
  apiError,
  byTestId,
  click,
  fakeApi,
  mount,
  settle,
  type Handlers,
  type Locale,
  type Mounted,
} from './harness';

const article: Article = {
  title: '央地齐打“组合拳” 促科技成果转化再迎政策利好',
  source: '思瀚产业研究院',
  byline: null,
  published: '2021-05-10',
  lang: 'zh-CN',
  url: 'https://x.cn/a.html',
  canonicalUrl: null,
  excerpt: '促科技成果转移转化再迎一波政策利好。',
  contentHtml: '<p>…</p>',
  text: '全国共登记技术合同549353项,成交金额28251.51亿元。',
  length: 30,
};
const money: Finding = {
  kind: 'figure',
  type: 'money',
  text: '28251.51亿元',
  start: 21,
  end: 31,
  context: '成交金额28251.51亿元',
  suggested: true,
  count: 1,
  number: 28251.51,
  value: 2825151000000,
  unit: 'CNY',
  unitText: '亿元',
  statement: { start: 0, end: 32 },
};
const count: Finding = {
  kind: 'figure',
  type: 'count',
  text: '549353项',
  start: 9,
  end: 16,
  context: '全国共登记技术合同549353项',
  suggested: true,
  count: 1,
  number: 549353,
  value: 549353,
  unit: '项',
  unitText: '项',
  statement: { start: 0, end: 32 },
};
const analysis = (fresh: boolean, findings: Finding[] = [money, count]): AnalyzeResult => ({
  status: 'article',
  article,
  findings,
  saved: null,
  fresh,
});

const clip = (over: Partial<ClipRecord>): ClipRecord => ({
  id: 'c1',
  articleId: 'a1',
  quote: '28251.51亿元',
  selectors: [],
  kind: 'figure',
  type: 'money',
  value: 2825151000000,
  unit: 'CNY',
  context: '成交金额28251.51亿元',
  tags: [],
  note: '',
  colour: 'blue',
  fragment: '',
  createdAt: 0,
  updatedAt: 0,
  version: 1,
  noteVariants: [],
  ...over,
});

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function popup(
  handlers: Handlers,
  props: Partial<Parameters<typeof PopupApp>[0]> = {},
  locale: Locale = 'en',
) {
  const fake = fakeApi({
    'tags/list': () => [],
    'clips/forTab': () => ({ article: null, clips: [], orphans: [] }),
    ...handlers,
  });
  mounted = mount(
    <PopupApp
      tabId={7}
      openLibrary={() => undefined}
      copyText={async () => undefined}
      openExternal={() => undefined}
      {...props}
    />,
    { api: fake.api, locale },
  );
  return { fake, root: mounted.container };
}

describe('popup', () => {
  it('shows the kept card at once, then the analysis; a reused analysis is refreshed', async () => {
    const early = deferred<AnalyzeResult>();
    const { fake, root } = popup(
      { 'page/analyze': () => analysis(true, [money]) },
      {
        early: early.promise,
        cachedCard: {
          title: 'Old title',
          source: 'S',
          published: null,
          excerpt: '',
          lang: 'en',
          savedAt: null,
        },
      },
    );
    expect(byTestId(root, 'article-title').textContent).toBe('Old title');
    early.resolve(analysis(false, []));
    await settle();
    // The reused answer is shown, and a fresh analysis asked for and shown.
    expect(fake.callsOf('page/analyze')).toEqual([{ type: 'page/analyze', tabId: 7 }]);
    expect(byTestId(root, 'article-title').textContent).toBe(article.title);
    expect(allByTestId(root, 'suggestion')).toHaveLength(1);
  });

  it('shows a figure in its statement and highlights it with its value, then shows it saved', async () => {
    let saved: ClipRecord[] = [];
    const { fake, root } = popup({
      'page/analyze': () => analysis(true),
      'highlight/findings': (r) => {
        const f = r.findings[0]!;
        const quote = article.text;
        const figure = { text: f.text, at: quote.indexOf(f.text), number: 28251.51, unitText: '亿元' };
        saved = [clip({ kind: 'figure', quote, context: f.context, figure })];
        return { saved, notFound: 0 };
      },
      'clips/forTab': () => ({ article: null, clips: saved, orphans: [] }),
    });
    await settle();
    const item = allByTestId(root, 'suggestion').find(
      (el) => el.querySelector('strong')?.textContent === '28251.51亿元',
    )!;
    // The figure in bold inside the sentence that states it.
    expect(item.querySelector('.suggestion-text')?.textContent).toBe(article.text);
    click(byTestId(item, 'highlight-suggestion'));
    await settle();
    expect(fake.callsOf('highlight/findings')[0]?.findings).toEqual([
      {
        kind: 'figure',
        type: 'money',
        text: '28251.51亿元',
        start: 21,
        end: 31,
        context: '成交金额28251.51亿元',
        value: 2825151000000,
        unit: 'CNY',
        number: 28251.51,
        unitText: '亿元',
        statement: { start: 0, end: 32 },
      },
    ]);
    expect(item.dataset.saved).toBe('true');
    // The saved highlight shows its statement with the figure emphasised.
    const highlight = allByTestId(root, 'page-highlight')[0]!;
    expect(byTestId(highlight, 'clip-figure').textContent).toBe('28251.51亿元');
    expect(byTestId(root, 'status').textContent).toBe('Saved 1 highlight(s).');
    expect(allByTestId(root, 'page-highlight')).toHaveLength(1);
  });

  it('lists suggestions most important first, a few per kind before "Show all", repeats as ×N, never unsuggested ones', async () => {
    // Ten counts (one twice in the text), and a date (a period, not suggested).
    const counts: Finding[] = Array.from({ length: 10 }, (_, i) => ({
      ...count,
      text: `${(i + 1) * 1000}项`,
      start: 100 + i * 10,
      end: 105 + i * 10,
      context: `登记${(i + 1) * 1000}项`,
      number: (i + 1) * 1000,
      value: (i + 1) * 1000,
      count: i === 1 ? 2 : 1,
    }));
    const date: Finding = {
      ...count,
      type: 'date',
      text: '2020年',
      suggested: false,
      reason: 'period',
      start: 300,
      end: 305,
    };
    const { root } = popup({ 'page/analyze': () => analysis(true, [money, ...counts, date]) });
    await settle();
    const group = byTestId(root, 'group-figure');
    const shown = () => allByTestId(group, 'suggestion').map((el) => el.querySelector('strong')?.textContent);
    expect(shown()).toHaveLength(6);
    // Money first (it carries more of a policy than a count), then the counts; the date is nowhere.
    expect(shown().slice(0, 3)).toEqual(['28251.51亿元', '1000项', '2000项']);
    expect(group.textContent).not.toContain('2020年');
    expect(allByTestId(group, 'suggestion-count').map((el) => el.textContent)).toEqual(['×2']);
    click(byTestId(group, 'show-all'));
    await settle();
    expect(shown()).toHaveLength(11);
    expect(group.textContent).not.toContain('2020年');
  });

  it('deletes a highlight with undo', async () => {
    let clips = [clip({})];
    const { fake, root } = popup({
      'page/analyze': () => analysis(true),
      'clips/forTab': () => ({ article: null, clips, orphans: [] }),
      'clips/delete': () => {
        clips = [];
        return { token: 'tok', count: 1 };
      },
      'clips/restore': () => {
        clips = [clip({})];
        return { count: 1 };
      },
    });
    await settle();
    click(
      [...byTestId(root, 'page-highlight').querySelectorAll('button')].find(
        (b) => b.textContent === 'Delete',
      )!,
    );
    await settle();
    expect(allByTestId(root, 'page-highlight')).toHaveLength(0);
    click(byTestId(root, 'undo'));
    await settle();
    expect(fake.callsOf('clips/restore')).toEqual([{ type: 'clips/restore', token: 'tok', tabId: 7 }]);
    expect(allByTestId(root, 'page-highlight')).toHaveLength(1);
  });

  it('drops the undo offer when its window closes, but not a message shown after it', async () => {
    vi.useFakeTimers();
    try {
      const { root } = popup({
        'page/analyze': () => analysis(true),
        'clips/forTab': () => ({
          article: null,
          clips: [clip({ id: 'a' }), clip({ id: 'b', quote: 'other' })],
          orphans: [],
        }),
        'clips/delete': () => ({ token: 'tok', count: 1 }),
        'clips/restore': () => ({ count: 1 }),
      });
      await settle();
      const deleteButton = (): HTMLButtonElement =>
        [...allByTestId(root, 'page-highlight')[0]!.querySelectorAll('button')].find(
          (b) => b.textContent === 'Delete',
        )!;
      click(deleteButton());
      await settle();
      expect(byTestId(root, 'status').textContent).toContain('Highlight deleted.');
      void act(() => {
        vi.advanceTimersByTime(UNDO_WINDOW_MS);
      });
      expect(byTestId(root, 'status').textContent).toBe('');
      expect(root.querySelector('[data-testid="undo"]')).toBeNull();

      click(deleteButton());
      await settle();
      void act(() => {
        vi.advanceTimersByTime(UNDO_WINDOW_MS / 2);
      });
      click(byTestId(root, 'undo'));
      await settle();
      expect(byTestId(root, 'status').textContent).toBe('Highlight restored.');
      void act(() => {
        vi.advanceTimersByTime(UNDO_WINDOW_MS);
      });
      expect(byTestId(root, 'status').textContent).toBe('Highlight restored.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists orphans first, with re-attach', async () => {
    const { root } = popup({
      'page/analyze': () => analysis(true),
      'clips/forTab': () => ({
        article: null,
        clips: [clip({ id: 'a' }), clip({ id: 'b', quote: 'gone' })],
        orphans: ['b'],
      }),
    });
    await settle();
    const rows = allByTestId(root, 'page-highlight');
    expect(rows.map((r) => r.dataset.orphan)).toEqual(['true', 'false']);
    expect(rows[0]!.textContent).toContain('Re-attach to selection');
  });

  it('explains a page with no article in the UI language, and still offers to highlight a selection', async () => {
    // What the background really sends: a reason and detail, with English for logs.
    const handlers: Handlers = {
      'page/analyze': () => ({
        status: 'unavailable',
        url: 'https://x.cn/',
        reason: 'no-article',
        detail: 'mostly-links',
        message:
          'This page looks like a menu or an index (its text is mostly links), not an article, so there is nothing to clip.',
      }),
    };
    const { root } = popup(handlers);
    await settle();
    expect(byTestId(root, 'page-message').textContent).toContain('This page looks like a menu or an index');
    expect(byTestId(root, 'page-message').textContent).toContain(
      'You can still select text on the page and highlight it.',
    );
    expect(byTestId(root, 'highlight-selection')).toBeTruthy();
    mounted!.unmount();
    const zh = popup(handlers, {}, 'zh_CN').root;
    await settle();
    expect(byTestId(zh, 'page-message').textContent).toBe(
      '此页面像是导航或目录页（文字大多是链接），不是文章，没有可摘录的内容。你仍然可以在页面上选中文字并高亮。',
    );
    expect(byTestId(zh, 'highlight-selection').textContent).toBe('高亮所选文字');
  });

  it('words a page too large to clip with its numbers, in the locale', async () => {
    const { root } = popup(
      {
        'page/analyze': () => ({
          status: 'unavailable',
          url: 'https://x.cn/',
          reason: 'too-large',
          elements: 173402,
          limit: 150000,
          message: 'too large',
        }),
      },
      {},
      'zh_CN',
    );
    await settle();
    expect(byTestId(root, 'page-message').textContent).toContain(
      '此页面太大，无法摘录（共 173,402 个元素，上限为 150,000 个）。',
    );
  });

  it('on a restricted page offers nothing to do but says why, in the UI language', async () => {
    const handlers: Handlers = {
      'page/analyze': () => ({
        status: 'unavailable',
        url: 'chrome://settings',
        reason: 'restricted',
        detail: 'browser-page',
        message:
          "Browsers don't let extensions read their own pages (settings, new tab, extensions). Open an article on the web to clip it.",
      }),
    };
    const { root } = popup(handlers);
    await settle();
    expect(byTestId(root, 'page-message').textContent).toBe(
      "Browsers don't let extensions read their own pages (settings, new tab, extensions). Open an article on the web to clip it.",
    );
    expect(root.querySelector('[data-testid="highlight-selection"]')).toBeNull();
    mounted!.unmount();
    const zh = popup(handlers, {}, 'zh_CN').root;
    await settle();
    expect(byTestId(zh, 'page-message').textContent).toBe(
      '浏览器不允许扩展读取它自己的页面（设置、新标签页、扩展程序等）。请打开网上的文章再摘录。',
    );
  });

  it('on a PDF tab offers to open it in the reader, in the UI language', async () => {
    const url = 'https://www.stats.gov.cn/sj/zxfb/202402/P020240229.pdf';
    const handlers: Handlers = {
      'page/analyze': () => ({
        status: 'unavailable',
        url,
        reason: 'restricted',
        detail: 'pdf',
        message: '',
      }),
    };
    const opened: string[] = [];
    const { root } = popup(handlers, { openPdfReader: (pdf) => opened.push(pdf.href) });
    await settle();
    const button = byTestId<HTMLButtonElement>(root, 'open-pdf-reader');
    expect(button.textContent).toBe('Open in Policy Clipper');
    click(button);
    expect(opened).toEqual([url]);
    expect(root.querySelector('[data-testid="highlight-selection"]')).toBeNull();
    mounted!.unmount();
    const zh = popup(handlers, { openPdfReader: () => undefined }, 'zh_CN').root;
    await settle();
    expect(byTestId(zh, 'open-pdf-reader').textContent).toBe('在 Policy Clipper 中打开');
  });

  it('on a local PDF says how to allow file access (Chrome) or that it cannot (Firefox)', async () => {
    const handlers: Handlers = {
      'page/analyze': () => ({
        status: 'unavailable',
        url: 'file:///home/me/report.pdf',
        reason: 'restricted',
        detail: 'pdf',
        message: '',
      }),
    };
    const offer = async (access: 'allowed' | 'chrome-off' | 'firefox', locale: Locale = 'en') => {
      mounted?.unmount();
      const { root } = popup(
        handlers,
        { openPdfReader: () => undefined, localFileAccess: async () => access },
        locale,
      );
      await settle();
      return {
        button: root.querySelector('[data-testid="open-pdf-reader"]'),
        why: root.querySelector('[data-testid="pdf-file-access"]')?.textContent ?? null,
      };
    };
    expect(await offer('allowed')).toMatchObject({ why: null });
    expect((await offer('allowed')).button).not.toBeNull();
    const chrome = await offer('chrome-off');
    expect(chrome.button).toBeNull();
    expect(chrome.why).toContain('“Allow access to file URLs”');
    expect((await offer('chrome-off', 'zh_CN')).why).toContain('“允许访问文件网址”');
    const firefox = await offer('firefox');
    expect(firefox.button).toBeNull();
    expect(firefox.why).toBe(
      'Firefox does not let extensions read local files. Open the PDF from its web address instead.',
    );
  });

  it('takes a page that answered application/pdf for a PDF, whatever its address', async () => {
    const { root } = popup(
      {
        'page/analyze': () => ({
          status: 'unavailable',
          url: 'https://x.org/download?id=7',
          reason: 'not-html',
          contentType: 'application/pdf',
          message: '',
        }),
      },
      { openPdfReader: () => undefined },
    );
    await settle();
    expect(byTestId(root, 'open-pdf-reader')).toBeTruthy();
  });

  it('shows a background error in the UI language, from its code', async () => {
    const { root } = popup(
      {
        'page/analyze': () => analysis(true),
        'article/save': () => {
          throw apiError(
            'quota',
            'Your browser is out of storage space for Policy Clipper; nothing was saved.',
          );
        },
      },
      {},
      'zh_CN',
    );
    await settle();
    click(byTestId(root, 'save-clip'));
    await settle();
    expect(byTestId(root, 'status').textContent).toBe(
      '浏览器给 Policy Clipper 的存储空间已用完，未保存任何内容。请释放磁盘空间，或导出后删除旧摘录。',
    );
  });

  it('words a failed early analysis too (it was sent before the UI existed)', async () => {
    const early = Promise.reject(apiError('restricted-page', 'refused', 'scripting-refused'));
    const { root } = popup({}, { early }, 'zh_CN');
    await settle();
    expect(byTestId(root, 'page-message').textContent).toBe(
      '浏览器不允许 Policy Clipper 读取此页面（可能是受保护的页面或内置查看器）。请以普通网页打开文章后再摘录。',
    );
  });

  it('shows the English message of an error code it does not know', async () => {
    const { root } = popup({
      'page/analyze': () => analysis(true),
      'article/save': () => {
        throw apiError('from-the-future' as ErrorCode, 'A newer background said this.');
      },
    });
    await settle();
    click(byTestId(root, 'save-clip'));
    await settle();
    expect(byTestId(root, 'status').textContent).toBe('A newer background said this.');
  });
});
