/**
 * A change made in the library reaches a page that is already open, without a reload: the background
 * tells the highlighter already in the tab (nothing is injected), debounced, and the page applies it
 * unless it already shows something newer (`entrypoints/background/page-refresh.ts`).
 */
import { expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import type { ClipRecord } from '@/utils/store/types';
import { highlightedTexts, SEED_HTML, SEED_PATH, useExtension } from './harness';

const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });
const FIRST = '推进技术要素市场配置改革';
const SECOND = '开展科技成果转化贷款风险补偿试点';

/** Each painted clip's colour: the `pc-<colour>` highlight holding its text, or its `<pc-mark>`'s. */
function paintedColours(page: Tab): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    registry?.forEach((highlight, name) => {
      if (name.startsWith('pc-'))
        highlight.forEach((range) => void (out[(range as Range).toString()] = name.slice(3)));
    });
    document.querySelectorAll<HTMLElement>('pc-mark[data-clip-id]').forEach((m) => {
      out[m.textContent ?? ''] = m.dataset.colour ?? '';
    });
    return out;
  });
}

it('a deletion and a recolour made in the library reach the open page without a reload', async () => {
  const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
  const tabId = await ext.browser.tabIdOf(page);
  const popup = await ext.browser.openPopup(tabId);
  await popup.testId('save-clip').click();
  await expect.poll(async () => (await ext.browser.readStore('articles')).length).toBe(1);
  for (const [i, text] of [FIRST, SECOND].entries()) {
    await page.selectText(text);
    await ext.browser.browserEvent('command', 'highlight-selection', tabId);
    await expect.poll(async () => (await ext.browser.readStore('clips')).length).toBe(i + 1);
  }
  await popup.close();
  await expect.poll(() => highlightedTexts(page)).toEqual([FIRST, SECOND].sort());
  // The page is never reloaded below: a marker set now must still be there at the end.
  await page.evaluate(() => void ((window as unknown as { __sameLoad?: boolean }).__sameLoad = true));

  const clips = await ext.browser.readStore<ClipRecord>('clips');
  const second = clips.find((c) => c.quote.includes(SECOND))!;
  const library = await ext.browser.openExtensionPage('/library.html');
  await expect.poll(() => library.testId('clip-row').count()).toBe(2);

  // Recolour (the store's edit, sent from the library page as its editors send edits).
  const colour = second.colour === 'blue' ? 'green' : 'blue';
  await library.evaluate(
    ([id, c]) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({ type: 'clips/edit', id, edit: { colour: c } });
    },
    [second.id, colour] as const,
  );
  await expect.poll(async () => (await paintedColours(page))[SECOND]).toBe(colour);

  // Delete the other one with the library's own controls.
  await library.testId('clip-row').withText(FIRST).find('[data-testid="select-clip"]').click();
  await library.testId('delete-selected').click();
  await expect.poll(() => library.testId('clip-row').count()).toBe(1);
  await expect.poll(() => highlightedTexts(page)).toEqual([SECOND]);
  expect(await page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true);
  await library.close();
});
