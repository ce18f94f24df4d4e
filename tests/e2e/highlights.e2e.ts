/**
 * Highlights in real Chromium: suggestions clicked into tagged clips, a selection highlighted, restored
 * on revisit, still anchored after the page changed a little, an orphan (never a wrong passage) when
 * the passage is gone, and the text-fragment link scrolling to the passage.
 */
import { describe, expect, it } from 'vitest';
import {
  highlightedTexts,
  openPopup,
  readStore,
  selectText,
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

describe('suggestions', () => {
  it('shows the seed page figures, measures and documents; one click saves a tagged clip and highlights it', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url(SEED_PATH));
    const popup = await openPopup(ext.session, page);
    const figures = popup.getByTestId('group-figure');
    await expect.poll(() => figures.count()).toBe(1);
    const showAll = popup.getByRole('button', { name: /^Show all/ });
    while ((await showAll.count()) > 0) await showAll.first().click();
    const figureTexts = await figures.locator('strong').allTextContents();
    for (const f of SEED_GOLD.figures) expect(figureTexts).toContain(f.text);
    const docTexts = await popup.getByTestId('group-document').locator('strong').allTextContents();
    for (const d of SEED_GOLD.documents) expect(docTexts).toContain(d);
    expect(await popup.getByTestId('group-measure').locator('li').count()).toBeGreaterThanOrEqual(8);

    const money = figures
      .getByTestId('suggestion')
      .filter({ has: popup.locator('strong', { hasText: /^28251\.51亿元$/ }) });
    await money.getByRole('button', { name: /Highlight/ }).click();
    await expect.poll(() => money.getAttribute('data-saved')).toBe('true');

    const clips = await readStore<StoredClip>(ext.session, 'clips');
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      quote: '28251.51亿元',
      kind: 'figure',
      type: 'money',
      value: 2825151000000,
    });
    expect(clips[0]!.tags).toEqual(['figure', 'figure/money']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['28251.51亿元']);
    await popup.close();
    await page.close();
  });
});

describe('highlighting a selection and restoring it', () => {
  it('highlights the selection, restores it on reload, survives edits, becomes an orphan when the passage is gone', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url(SEED_PATH));
    // The passage occurs twice; the second occurrence (in the 14th-five-year-plan paragraph) is chosen.
    await selectText(page, PASSAGE, 1);
    const popup = await openPopup(ext.session, page);
    await popup.getByRole('button', { name: 'Highlight selection' }).click();
    await expect.poll(() => popup.getByTestId('status').textContent()).toBe('Highlighted and saved.');
    const stored = (await readStore<StoredClip>(ext.session, 'clips')).find((c) => c.quote === PASSAGE);
    expect(stored).toBeDefined();
    await expect.poll(() => highlightedTexts(page)).toContain(PASSAGE);

    // A second highlight, whose own words the site will correct.
    await selectText(page, CORRECTED);
    await popup.getByRole('button', { name: 'Highlight selection' }).click();
    await expect.poll(() => highlightedTexts(page)).toContain(CORRECTED);

    // Revisit: the always-on script finds the page has clips, the highlighter restores them.
    await page.reload();
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain(PASSAGE);

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
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain(PASSAGE);
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain(CORRECTED_EDITED);
    const restored = await page.evaluate((passage) => {
      let found = '';
      CSS.highlights.forEach((h) =>
        h.forEach((r) => {
          const range = r as Range;
          if (range.toString() === passage) found = range.startContainer.parentElement?.textContent ?? '';
        }),
      );
      return found;
    }, PASSAGE);
    expect(restored).toContain('完善金融支持创新体系'); // the right occurrence: the plan paragraph

    // The passage is gone from both paragraphs: an orphan, shown in the popup, never a wrong highlight.
    ext.server.set(SEED_PATH, { body: SEED_HTML.replaceAll(PASSAGE, '') });
    await page.reload();
    const popup2 = await openPopup(ext.session, page);
    const orphan = popup2.locator('[data-testid="page-highlight"][data-orphan="true"]');
    await expect.poll(() => orphan.count(), { timeout: 10_000 }).toBe(1);
    expect(await orphan.locator('blockquote').textContent()).toBe(PASSAGE);
    expect(await highlightedTexts(page)).not.toContain(PASSAGE);
    expect((await highlightedTexts(page)).every((t) => t !== '' && !t.includes('贷款风险补偿'))).toBe(true);
    ext.server.set(SEED_PATH, { body: SEED_HTML });
    await popup.close();
    await popup2.close();
    await page.close();
  });

  it('links back: the text-fragment URL scrolls Chromium to the passage', async () => {
    const clip = (await readStore<StoredClip>(ext.session, 'clips')).find((c) => c.quote === PASSAGE);
    expect(clip?.fragment).toMatch(/^text=/);
    const page = await ext.session.context.newPage();
    await page.setViewportSize({ width: 800, height: 300 });
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
