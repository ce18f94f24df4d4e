// @vitest-environment jsdom
/**
 * The side panel with a fake background and a fake active tab: it shows the page of the tab that is
 * active now (switching, navigating), selects the highlight clicked in that page (not in another
 * tab), shows a highlight in the page on a click, and offers the saved copy when most highlights are lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PanelApp, type ActiveTab } from '@/components/panel/PanelApp';
import type { Article } from '@/utils/extract/types';
import type { PanelEvent } from '@/utils/messages/panel-events';
import type { ClipRecord } from '@/utils/store/types';
import { makeArticle, makeClip } from './fixtures';
import { allByTestId, byTestId, click, fakeApi, mount, settle, translator, type Mounted } from './harness';

const page = (title: string, url: string): Article => ({
  title,
  source: 'Source',
  byline: null,
  published: null,
  lang: 'en',
  url,
  canonicalUrl: null,
  excerpt: '',
  contentHtml: '<p>x</p>',
  text: 'x',
  length: 1,
});

function source<T>() {
  let emit: (value: T) => void = () => undefined;
  return {
    subscribe(on: (value: T) => void) {
      emit = on;
      return () => undefined;
    },
    emit: (value: T) => emit(value),
  };
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function panel(clipsOf: (tabId: number) => { clips: ClipRecord[]; orphans: string[] }) {
  const tabs = source<ActiveTab | null>();
  const events = source<PanelEvent>();
  const article = makeArticle('a1');
  const opened: string[] = [];
  const fake = fakeApi({
    'tags/list': () => [],
    'page/analyze': ({ tabId }) => ({
      status: 'article',
      article: page(`Article of tab ${tabId}`, `https://x.cn/${tabId}`),
      findings: [],
      saved: null,
      fresh: true,
    }),
    'clips/forTab': ({ tabId }) => ({ article, ...clipsOf(tabId) }),
    'clips/show': () => ({ shown: true }),
  });
  mounted = mount(
    <PanelApp
      tabs={tabs}
      events={events}
      openLibrary={() => undefined}
      openTeamSettings={() => undefined}
      openSavedCopy={(id) => opened.push(id)}
      copyText={async () => undefined}
      openExternal={() => undefined}
    />,
    { api: fake.api },
  );
  return { tabs, events, fake, opened, root: mounted.container };
}

describe('side panel', () => {
  it('follows the active tab: a switch or a navigation shows that page', async () => {
    const { tabs, fake, root } = panel(() => ({ clips: [], orphans: [] }));
    tabs.emit({ id: 3, url: 'https://x.cn/3', loads: 0 });
    await settle();
    expect(byTestId(root, 'article-title').textContent).toBe('Article of tab 3');
    tabs.emit({ id: 4, url: 'https://x.cn/4', loads: 0 });
    await settle();
    expect(byTestId(root, 'article-title').textContent).toBe('Article of tab 4');
    // The same tab at a new address (a single-page app's pushState) is analysed again.
    tabs.emit({ id: 4, url: 'https://x.cn/4#/next', loads: 0 });
    await settle();
    expect(fake.callsOf('page/analyze').map((c) => c.tabId)).toEqual([3, 4, 4]);
    tabs.emit(null);
    await settle();
    expect(byTestId(root, 'page-message').textContent).toBe(translator().t('errorNoTab'));
  });

  it('selects the highlight clicked in its own tab only, and shows a highlight in the page', async () => {
    const clips = [makeClip('c1', 'a1', { quote: 'first' }), makeClip('c2', 'a1', { quote: 'second' })];
    const { tabs, events, fake, root } = panel(() => ({ clips, orphans: [] }));
    tabs.emit({ id: 3, url: 'https://x.cn/3', loads: 0 });
    await settle();
    events.emit({ type: 'panel/clipClicked', tabId: 9, clipId: 'c2' });
    await settle();
    expect(root.querySelector('[aria-current="true"]')).toBeNull();
    events.emit({ type: 'panel/clipClicked', tabId: 3, clipId: 'c2' });
    await settle();
    expect(root.querySelector('[aria-current="true"]')?.getAttribute('data-clip-id')).toBe('c2');
    click(allByTestId(root, 'show-in-page')[0]!);
    await settle();
    expect(fake.callsOf('clips/show')).toEqual([{ type: 'clips/show', tabId: 3, id: 'c1' }]);
  });

  it('offers the saved copy when the page anchors fewer than half of its highlights', async () => {
    const clips = ['c1', 'c2', 'c3'].map((id) => makeClip(id, 'a1', { quote: id }));
    const { tabs, opened, root } = panel((tabId) => ({
      clips,
      orphans: tabId === 3 ? ['c1', 'c2'] : ['c1'],
    }));
    tabs.emit({ id: 5, url: 'https://x.cn/5', loads: 0 });
    await settle();
    expect(allByTestId(root, 'read-saved-copy')).toHaveLength(0);
    tabs.emit({ id: 3, url: 'https://x.cn/3', loads: 0 });
    await settle();
    click(byTestId(root, 'read-saved-copy'));
    expect(opened).toEqual(['a1']);
  });
});
