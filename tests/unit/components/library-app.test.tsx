// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import type { ClipRecord } from '@/utils/store/types';
import { fakeLibrary, type FakeLibrary } from './fake-library';
import { makeArticle, makeClip } from './fixtures';
import {
  allByTestId,
  apiError,
  byTestId,
  change,
  click,
  mount,
  press,
  settle,
  submit,
  typeInto,
  type Locale,
  type Mounted,
} from './harness';

const articles = [
  makeArticle('A', { title: '关于加大科技金融支持力度的通知', source: '国务院' }),
  makeArticle('B', { title: 'Tariff relief for small firms', source: 'Ministry of Finance', lang: 'en' }),
];
const clips: ClipRecord[] = [
  makeClip('c1', 'A', {
    quote: '新增科技贷款3000亿元',
    kind: 'figure',
    type: 'money',
    tags: ['科技金融'],
    createdAt: 5,
  }),
  makeClip('c2', 'B', { quote: 'Tariffs cut for <b>small</b> firms', kind: 'measure', createdAt: 4 }),
  makeClip('c3', 'A', {
    quote: '优化贷款审批流程',
    kind: 'measure',
    tags: ['科技金融', '审批'],
    createdAt: 3,
  }),
  makeClip('c4', 'B', { quote: 'A grant programme', createdAt: 2 }),
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
});

async function open(
  lib: FakeLibrary,
  options: {
    locale?: Locale;
    copyText?: (text: string) => Promise<void>;
    openExternal?: (uri: string) => void;
  } = {},
): Promise<HTMLElement> {
  mounted = mount(
    <LibraryApp
      copyText={options.copyText ?? (async () => {})}
      openExternal={options.openExternal ?? (() => {})}
      requestHostAccess={async () => false}
      pdfAutoOpenOffered={false}
    />,
    {
      api: lib.api,
      locale: options.locale,
    },
  );
  await settle();
  return mounted.container;
}

const rowIds = (root: HTMLElement): string[] =>
  allByTestId(root, 'clip-row').map((r) => r.dataset.clipId ?? '');
const rowCheckbox = (root: HTMLElement, id: string): HTMLInputElement =>
  root.querySelector<HTMLInputElement>(`[data-clip-id="${id}"] [data-testid="select-clip"]`)!;
const lastListQuery = (lib: FakeLibrary) => lib.callsOf('clips/list').at(-1)!.query;

describe('LibraryApp', () => {
  it('shows clips newest first under their articles, with kind, source, date and a passage link', async () => {
    const root = await open(fakeLibrary(clips, articles));
    expect(rowIds(root)).toEqual(['c1', 'c3', 'c2', 'c4']);
    const groups = allByTestId(root, 'article-group');
    expect(groups[0]!.querySelector('h3')!.textContent).toContain('关于加大科技金融支持力度的通知');
    expect(groups[0]!.querySelector('h3')!.textContent).toContain('国务院');
    expect(groups[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2024-05-10');
    const first = allByTestId(root, 'clip-row')[0]!;
    expect(byTestId(first, 'clip-kind').textContent).not.toBe('');
    const link = byTestId<HTMLAnchorElement>(first, 'clip-link');
    expect(link.getAttribute('href')).toBe('https://www.gov.cn/A.html#:~:text=Quote%20c1');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener');
    expect(byTestId(root, 'result-count').textContent).toBe('4 clips');
  });

  it('shows each article in the flat view', async () => {
    const root = await open(fakeLibrary(clips, articles));
    change(byTestId<HTMLInputElement>(root, 'view-flat'));
    await settle();
    expect(rowIds(root)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(allByTestId(root, 'clip-row')[1]!.textContent).toContain('Tariff relief for small firms');
  });

  it('renders page text as text, never as HTML', async () => {
    const root = await open(fakeLibrary(clips, articles));
    const quote = root.querySelector('[data-clip-id="c2"] [data-testid="clip-quote"]')!;
    expect(quote.textContent).toBe('Tariffs cut for <b>small</b> firms');
    expect(quote.querySelector('b')).toBeNull();
  });

  it('links only to http(s) addresses: anything else (a hostile backup) is plain text, no passage link', async () => {
    const hostile = [
      'javascript:alert(document.domain)//x',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'chrome://settings',
      '/relative',
    ];
    const bad = hostile.map((url, i) => makeArticle(`X${i}`, { originalUrl: url, title: `Hostile ${i}` }));
    const root = await open(
      fakeLibrary(
        bad.map((a, i) => makeClip(`x${i}`, a.id, { createdAt: 100 - i })),
        bad,
      ),
    );
    expect(allByTestId(root, 'clip-row')).toHaveLength(hostile.length);
    // Web addresses only, besides the extension's own saved-copy reader (a relative link, by article id).
    const hrefs = Array.from(root.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '');
    const readers = bad.map((a) => `reader.html?article=${encodeURIComponent(a.id)}`);
    expect(hrefs.filter((href) => !/^https?:\/\//.test(href) && !readers.includes(href))).toEqual([]);
    expect(allByTestId(root, 'read-saved-copy').map((a) => a.getAttribute('href'))).toEqual(readers);
    expect(root.querySelectorAll('[data-testid="clip-link"]')).toHaveLength(0);
    expect(allByTestId(root, 'article-unlinked').map((e) => e.textContent)).toEqual(
      hostile.map((_, i) => `Hostile ${i}`),
    );
  });

  it('explains how to clip when the library is empty', async () => {
    const root = await open(fakeLibrary([], []));
    expect(byTestId(root, 'empty-state').textContent).toContain('No clips yet');
    expect(byTestId(root, 'empty-state').textContent).toContain('Alt+Shift+H');
  });

  it('searches and emphasises the matched terms', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    const search = byTestId<HTMLInputElement>(root, 'search');
    typeInto(search, '贷款');
    submit(search.form!);
    await settle();
    expect(lastListQuery(lib)).toMatchObject({ text: '贷款', offset: 0 });
    expect(rowIds(root)).toEqual(['c1', 'c3']);
    const marks = [...root.querySelectorAll('[data-testid="clip-quote"] mark.match')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual(['贷款', '贷款']);
  });

  it('searches as the user types, keeping filters changed meanwhile', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    typeInto(byTestId<HTMLInputElement>(root, 'search'), '贷款');
    change(byTestId<HTMLSelectElement>(root, 'filter-tag'), '审批');
    await settle();
    expect(lastListQuery(lib)).toMatchObject({ text: '贷款', tags: ['审批'] });
    expect(rowIds(root)).toEqual(['c3']);
  });

  it('waits for an input method to finish composing before searching', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    const search = byTestId<HTMLInputElement>(root, 'search');
    void act(() => {
      search.value = 'daik';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    });
    await settle();
    expect(lastListQuery(lib).text ?? '').toBe('');
    void act(() => {
      search.value = '贷款';
      search.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '贷款' }));
    });
    await settle();
    expect(lastListQuery(lib)).toMatchObject({ text: '贷款' });
    expect(rowIds(root)).toEqual(['c1', 'c3']);
  });

  it('focuses the search with / from anywhere but a text field', async () => {
    const root = await open(fakeLibrary(clips, articles));
    const event = press(document.body, '/');
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byTestId(root, 'search'));
  });

  it('filters by a tag picked from the tag filter', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    change(byTestId<HTMLSelectElement>(root, 'filter-tag'), '科技金融');
    await settle();
    expect(lastListQuery(lib).tags).toEqual(['科技金融']);
    expect(rowIds(root)).toEqual(['c1', 'c3']);
    expect(allByTestId(root, 'active-tag-filter').map((el) => el.textContent)).toEqual(['科技金融×']);
  });

  it('combines several tags, a source, a date range and kinds, and clears them at once', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    change(byTestId<HTMLSelectElement>(root, 'filter-tag'), '科技金融');
    await settle();
    change(byTestId<HTMLSelectElement>(root, 'filter-tag'), '审批');
    await settle();
    expect(lastListQuery(lib).tags).toEqual(['科技金融', '审批']);
    expect(rowIds(root)).toEqual(['c3']);

    change(byTestId<HTMLSelectElement>(root, 'filter-source'), '国务院');
    change(byTestId<HTMLInputElement>(root, 'filter-from'), '2024-06-01');
    change(byTestId<HTMLInputElement>(root, 'filter-to'), '2024-01-01');
    await settle();
    // A range typed backwards is read as the range it clearly means.
    expect(lastListQuery(lib)).toMatchObject({
      tags: ['科技金融', '审批'],
      source: '国务院',
      from: '2024-01-01',
      to: '2024-06-01',
    });

    click(byTestId(root, 'clear-filters'));
    await settle();
    expect(lastListQuery(lib)).not.toHaveProperty('source');
    expect(rowIds(root).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    click(byTestId(root, 'filter-kind-measure'));
    await settle();
    expect(lastListQuery(lib).kinds).toEqual(['measure']);
    expect(rowIds(root).sort()).toEqual(['c2', 'c3']);

    // One category of one kind: the options are grouped by kind, named in the UI language.
    const category = byTestId<HTMLSelectElement>(root, 'filter-category');
    const taxFinance = category.querySelector<HTMLOptionElement>('option[value="measure/tax-finance"]');
    expect(taxFinance?.parentElement?.getAttribute('label')).toBe('Measure');
    expect(taxFinance?.textContent).not.toBe('tax-finance');
    change(category, 'measure/tax-finance');
    await settle();
    expect(lastListQuery(lib)).toMatchObject({ kinds: ['measure'], category: 'measure/tax-finance' });
    click(byTestId(root, 'clear-filters'));
    await settle();
    expect(lastListQuery(lib)).not.toHaveProperty('category');
  });

  it('exports a brief of the selected clips, and copies it as Markdown', async () => {
    const lib = fakeLibrary(clips, articles);
    const copyText = vi.fn(async () => {});
    const root = await open(lib, { copyText });
    click(rowCheckbox(root, 'c3'));
    click(rowCheckbox(root, 'c2'));
    expect(byTestId(root, 'selection-count').textContent).toBe('Selected: 2');
    click(byTestId(root, 'export-brief'));
    await settle();
    expect(lib.callsOf('brief/clips')).toEqual([
      { type: 'brief/clips', clipIds: ['c3', 'c2'], deliver: 'download' },
    ]);
    expect(byTestId(root, 'status').textContent).toBe('Downloaded policy-brief.md');

    click(byTestId(root, 'copy-brief'));
    await settle();
    expect(copyText).toHaveBeenCalledWith('# Brief of 2');

    click(byTestId(root, 'export-csv'));
    await settle();
    expect(lib.callsOf('csv/figures')[0]).toMatchObject({ clipIds: ['c3', 'c2'], deliver: 'download' });
  });

  it('selects a range with shift-click, in the order rows are shown', async () => {
    const root = await open(fakeLibrary(clips, articles));
    click(rowCheckbox(root, 'c1'));
    click(rowCheckbox(root, 'c2'), { shiftKey: true });
    expect(['c1', 'c2', 'c3', 'c4'].filter((id) => rowCheckbox(root, id).checked)).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
  });

  it('selects all results of the current filters, and clears', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    change(byTestId<HTMLSelectElement>(root, 'filter-tag'), '科技金融');
    await settle();
    click(byTestId(root, 'select-all'));
    await settle();
    expect(lib.callsOf('clips/ids').at(-1)!.query).toEqual({ order: 'newest', tags: ['科技金融'] });
    expect(byTestId(root, 'selection-count').textContent).toBe('Selected: 2');
    click(byTestId(root, 'clear-selection'));
    expect(byTestId(root, 'selection-count').textContent).toBe('Nothing selected');
  });

  it('deletes the selection and restores it with Undo', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    click(rowCheckbox(root, 'c1'));
    click(byTestId(root, 'delete-selected'));
    await settle();
    expect(lib.callsOf('clips/delete')[0]!.ids).toEqual(['c1']);
    expect(rowIds(root)).not.toContain('c1');
    expect(byTestId(root, 'undo-bar').textContent).toContain('Clips deleted: 1.');
    click(byTestId(root, 'undo'));
    await settle();
    expect(lib.callsOf('clips/restore')).toEqual([{ type: 'clips/restore', token: 'token-1' }]);
    expect(rowIds(root)).toContain('c1');
    expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    expect(byTestId(root, 'status').textContent).toBe('Clips restored: 1.');
  });

  it('removes the undo bar when the undo window has passed', async () => {
    vi.useFakeTimers();
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    click(rowCheckbox(root, 'c4'));
    click(byTestId(root, 'delete-selected'));
    await settle();
    expect(root.querySelector('[data-testid="undo-bar"]')).not.toBeNull();
    void act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS);
    });
    expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    expect(lib.callsOf('clips/restore')).toEqual([]);
  });

  it('adds and removes tags on the selection', async () => {
    const lib = fakeLibrary(clips, articles, {
      'tags/add': () => ({ count: 2 }),
      'tags/remove': () => ({ count: 1 }),
    });
    const root = await open(lib);
    click(rowCheckbox(root, 'c2'));
    click(rowCheckbox(root, 'c4'));
    typeInto(byTestId<HTMLInputElement>(root, 'bulk-tags'), '关税，trade');
    click(byTestId(root, 'bulk-add-tags'));
    await settle();
    expect(lib.callsOf('tags/add')).toEqual([
      { type: 'tags/add', ids: ['c2', 'c4'], tags: ['关税', 'trade'] },
    ]);
    typeInto(byTestId<HTMLInputElement>(root, 'bulk-tags'), 'trade');
    click(byTestId(root, 'bulk-remove-tags'));
    await settle();
    expect(lib.callsOf('tags/remove')[0]).toMatchObject({ ids: ['c2', 'c4'], tags: ['trade'] });
  });

  it('saves a tag typed on a clip at once', async () => {
    const lib = fakeLibrary(clips, articles);
    const root = await open(lib);
    const input = root.querySelector<HTMLInputElement>('[data-clip-id="c4"] input[role="combobox"]')!;
    typeInto(input, '科技金融');
    press(input, 'Enter');
    await settle();
    // A patch (the tag added), not the whole list: another tab's tags are never overwritten.
    expect(lib.callsOf('clips/edit')).toEqual([
      { type: 'clips/edit', id: 'c4', edit: { addTags: ['科技金融'] } },
    ]);
    expect(lib.clips.find((c) => c.id === 'c4')!.tags).toEqual(['科技金融']);
  });

  it('pages through large results 50 rows at a time', async () => {
    const many = Array.from({ length: 120 }, (_, i) => makeClip(`m${i}`, 'A', { createdAt: 1000 - i }));
    const lib = fakeLibrary(many, articles);
    const root = await open(lib);
    expect(allByTestId(root, 'clip-row')).toHaveLength(50);
    expect(byTestId(root, 'page-label').textContent).toBe('Page 1 of 3');
    click(byTestId(root, 'page-next'));
    await settle();
    expect(lastListQuery(lib)).toMatchObject({ offset: 50, limit: 50 });
    expect(rowIds(root)[0]).toBe('m50');
  });

  it('imports a backup file and shows the store report, or the error', async () => {
    let fail = false;
    const lib = fakeLibrary(clips, articles, {
      'backup/import': ({ json }) => {
        if (fail) throw apiError('invalid-backup', 'clips[3]: quote is missing');
        expect(JSON.parse(json ?? '')).toEqual({ format: 'policy-clipper-backup' });
        return {
          message: 'imported 120 clips, 14 articles; skipped 3 duplicates',
          imported: { articles: 14, clips: 120 },
          skipped: 3,
        };
      },
    });
    const root = await open(lib);
    const input = byTestId<HTMLInputElement>(root, 'backup-import');
    expect(input.accept).toContain('application/json');
    const pick = (content: string): void => {
      const file = new File([content], 'backup.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      change(input);
    };
    pick('{"format":"policy-clipper-backup"}');
    await settle();
    expect(byTestId(root, 'import-report').textContent).toBe(
      'Imported clips: 120, articles: 14. Skipped (already in the library): 3.',
    );
    fail = true;
    pick('{}');
    await settle();
    const failed =
      'Import failed: This file is not a backup Policy Clipper can read (it may be damaged, edited, or from a newer version). Nothing was imported.';
    expect(byTestId(root, 'import-report').textContent).toBe(failed);
    expect(byTestId(root, 'status').textContent).toBe(failed);
  });

  it('shows whether storage is persistent and how much is used', async () => {
    const root = await open(fakeLibrary(clips, articles));
    expect(byTestId(root, 'storage-state').textContent).toContain('Storage is persistent');
    expect(root.querySelector('.backup-panel')!.textContent).toContain('Using 2 MB of 1 GB.');
  });

  it('saves export options as they change', async () => {
    const lib = fakeLibrary(clips, articles, {
      'settings/set': ({ brief }) => ({
        brief: {
          groupBy: 'article',
          fullText: false,
          highlightStyle: 'mark',
          citationStyle: 'auto',
          frontMatterTag: null,
          linkSavedCopy: false,
          ...brief,
        },
        obsidian: { vault: '', folder: '' },
        tagColours: {},
        toolbar: 'popup',
        pdfAutoOpen: false,
      }),
    });
    const root = await open(lib);
    change(byTestId<HTMLSelectElement>(root, 'option-groupBy'), 'tag');
    await settle();
    expect(lib.callsOf('settings/set')).toEqual([{ type: 'settings/set', brief: { groupBy: 'tag' } }]);
    expect(byTestId<HTMLSelectElement>(root, 'option-groupBy').value).toBe('tag');
  });

  it('speaks Chinese in the zh_CN locale', async () => {
    const root = await open(fakeLibrary(clips, articles), { locale: 'zh_CN' });
    expect(root.querySelector('h1')!.textContent).toBe('资料库');
    expect(byTestId(root, 'result-count').textContent).toBe('共 4 条摘录');
    expect(byTestId(root, 'export-brief').textContent).toBe('导出简报');
  });
});
