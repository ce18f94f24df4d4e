/**
 * Highlights: suggestions clicked into tagged clips, a selection highlighted, restored on revisit, still
 * anchored after the page changed a little, an orphan (never a wrong passage) when the passage is
 * gone, and the text-fragment link scrolling to the passage.
 */
import { describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import {
  highlightedTexts,
  highlightPainting,
  useExtension,
  SEED_GOLD,
  SEED_HTML,
  SEED_PATH,
} from './harness';

const PASSAGE = '开展科技成果转化贷款风险补偿试点';
// Occurs once on the page; the site later corrects one of its 21 characters (和 → 与).
const CORRECTED = '制定科技成果转化尽职免责负面清单和容错机制';
const CORRECTED_EDITED = '制定科技成果转化尽职免责负面清单与容错机制';

interface StoredClip {
  id: string;
  quote: string;
  tags: string[];
  kind: string;
  type: string | null;
  fragment: string;
  value: number | null;
}

const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });

/** The text of the element holding the highlight of `passage` (which occurrence was anchored). */
function paragraphOfHighlight(page: Tab, passage: string): Promise<string> {
  return page.evaluate((quote) => {
    let found = '';
    (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights?.forEach((h) =>
      h.forEach((r) => {
        const range = r as Range;
        if (range.toString() === quote) found = range.startContainer.parentElement?.textContent ?? '';
      }),
    );
    document.querySelectorAll('pc-mark').forEach((m) => {
      if (m.textContent === quote) found = m.parentElement?.textContent ?? '';
    });
    return found;
  }, passage);
}

describe('suggestions', () => {
  it('shows the seed page figures, measures and documents; one click saves a tagged clip and highlights it', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const popup = await ext.browser.openPopup(page);
    const figures = popup.testId('group-figure');
    await expect.poll(() => figures.count()).toBe(1);
    const showAll = popup.find('button').withText(/^(Show all|显示全部)/);
    while ((await showAll.count()) > 0) await showAll.first().click();
    const figureTexts = await figures.find('strong').texts();
    for (const f of SEED_GOLD.figures) expect(figureTexts).toContain(f.text);
    const docTexts = await popup.testId('group-document').find('strong').texts();
    for (const d of SEED_GOLD.documents) expect(docTexts).toContain(d);
    expect(await popup.testId('group-measure').find('li').count()).toBeGreaterThanOrEqual(8);

    const money = figures.testId('suggestion').has(popup.find('strong').withText(/^28251\.51亿元$/));
    await money.testId('highlight-suggestion').click();
    await expect.poll(() => money.attr('data-saved')).toBe('true');

    const clips = await ext.browser.readStore<StoredClip>('clips');
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      quote: '28251.51亿元',
      kind: 'figure',
      type: 'money',
      value: 2825151000000,
    });
    expect(clips[0]!.tags).toEqual(['figure', 'figure/money']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['28251.51亿元']);
    // Both browsers have the Custom Highlight API (Chromium 105+, Firefox 140+): the page's DOM is untouched.
    expect(await highlightPainting(page)).toBe('css-highlights');
    await popup.close();
    await page.close();
  });
});

describe('highlighting a selection and restoring it', () => {
  it('highlights the selection, restores it on reload, survives edits, becomes an orphan when the passage is gone', async () => {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    // The passage occurs twice; the second occurrence (in the 14th-five-year-plan paragraph) is chosen.
    await page.selectText(PASSAGE, 1);
    const popup = await ext.browser.openPopup(page);
    await popup.testId('highlight-selection').click();
    await expect.poll(() => popup.testId('status').text()).toBe('Highlighted and saved.');
    const stored = (await ext.browser.readStore<StoredClip>('clips')).find((c) => c.quote === PASSAGE);
    expect(stored).toBeDefined();
    await expect.poll(() => highlightedTexts(page)).toContain(PASSAGE);

    // A second highlight, whose own words the site will correct.
    await page.selectText(CORRECTED);
    await popup.testId('highlight-selection').click();
    await expect.poll(() => highlightedTexts(page)).toContain(CORRECTED);

    // Revisit: the always-on script finds the page has clips, the highlighter restores them.
    await page.reload();
    await expect.poll(() => highlightedTexts(page)).toContain(PASSAGE);

    // The site changed: an ad paragraph inserted before, words added next to the first quote, and a
    // character corrected inside the second.
    const changed = SEED_HTML.replace(
      '<p>促科技成果转移转化',
      '<p class="ad">广告：订阅我们的行业周报,每周一期,免费试读三十天。</p><p>促科技成果转移转化',
    )
      .replace('鼓励金融机构发展知识产权质押融资', '鼓励金融机构积极发展知识产权质押融资')
      .replace(CORRECTED, CORRECTED_EDITED);
    ext.server.set(SEED_PATH, { body: changed });
    await page.reload();
    await expect.poll(() => highlightedTexts(page)).toContain(PASSAGE);
    await expect.poll(() => highlightedTexts(page)).toContain(CORRECTED_EDITED);
    // The right occurrence: the plan paragraph.
    expect(await paragraphOfHighlight(page, PASSAGE)).toContain('完善金融支持创新体系');

    // The passage is gone from both paragraphs: an orphan, shown in the popup, never a wrong highlight.
    ext.server.set(SEED_PATH, { body: SEED_HTML.replaceAll(PASSAGE, '') });
    await page.reload();
    const popup2 = await ext.browser.openPopup(page);
    const orphan = popup2.find('[data-testid="page-highlight"][data-orphan="true"]');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.find('blockquote').text()).toBe(PASSAGE);
    expect(await highlightedTexts(page)).not.toContain(PASSAGE);
    expect((await highlightedTexts(page)).every((t) => t !== '' && !t.includes('贷款风险补偿'))).toBe(true);
    ext.server.set(SEED_PATH, { body: SEED_HTML });
    await popup.close();
    await popup2.close();
    await page.close();
  });

  it('links back: the text-fragment URL scrolls the browser to the passage', async () => {
    const clip = (await ext.browser.readStore<StoredClip>('clips')).find((c) => c.quote === PASSAGE);
    expect(clip?.fragment).toMatch(/^text=/);
    const page = await ext.browser.newTab();
    await page.setViewport(800, 300);
    await page.goto(`${ext.server.url(SEED_PATH)}#:~:${clip!.fragment}`);
    await expect
      .poll(() =>
        page.evaluate((passage) => {
          const p = [...document.querySelectorAll('p')].filter((el) => el.textContent?.includes(passage))[1];
          const r = p?.getBoundingClientRect();
          return !!r && window.scrollY > 0 && r.bottom > 0 && r.top < innerHeight;
        }, PASSAGE),
      )
      .toBe(true);
    await page.close();
  });
});
