/**
 * The page is hostile: its scripts (here, `page.evaluate`, which runs in the page's own world) try every
 * way to add, change, delete or read a note or tag through the extension's in-page surfaces. Each
 * attack is checked against the store (unchanged) and the page (nothing painted or opened). The same
 * flows made by the user (the driver's trusted input) still work: the positive control.
 */
import { describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import type { ClipRecord } from '@/utils/store/types';
import { highlightedTexts, inPageFrame, openMenuFrame, useExtension, SEED_HTML, SEED_PATH } from './harness';

const PASSAGE = '推进技术要素市场配置改革';
// A page that plants look-alikes of the extension's globals before any script of ours runs.
const HOSTILE_PATH = '/hostile.html';
const HOSTILE_HTML = SEED_HTML.replace(
  '<head>',
  `<head><script>
    window.chrome = { runtime: { id: 'fake', sendMessage: () => { window.__pcHijacked = true; } } };
    window.browser = window.chrome;
    addEventListener('message', (e) => { window.__pcSeenMessages = (window.__pcSeenMessages || 0) + 1; });
  </script>`,
);

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The centre of the highlighted passage, in viewport coordinates. */
async function highlightCentre(page: Tab, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    let rect: DOMRect | null = null;
    CSS.highlights.forEach((h) =>
      h.forEach((r) => {
        if ((r as Range).toString() === needle) rect = (r as Range).getBoundingClientRect();
      }),
    );
    if (!rect) throw new Error('no highlight');
    const { left, top, width, height } = rect as DOMRect;
    return { x: left + width / 2, y: top + height / 2 };
  }, text);
}

describe('a hostile page cannot drive, type into, focus or read the in-page UI', () => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML }, [HOSTILE_PATH]: { body: HOSTILE_HTML } });
  const clips = () => ext.browser.readStore<ClipRecord>('clips');
  const menuOpen = async (page: Tab) => (await inPageFrame(page, 'inpage-menu')) !== null;

  async function pageWithHighlight(path: string): Promise<{ page: Tab; tabId: number; clip: ClipRecord }> {
    const page = await ext.browser.openPage(ext.server.url(path));
    const tabId = await ext.browser.tabIdOf(page);
    await page.selectText(PASSAGE);
    await ext.browser.browserEvent('menuClick', 'pc-highlight', tabId);
    await expect.poll(() => highlightedTexts(page)).toContain(PASSAGE);
    const clip = (await clips()).find((c) => c.quote === PASSAGE && c.articleId.length > 0);
    if (!clip) throw new Error('no clip');
    await page.evaluate(() => getSelection()?.removeAllRanges());
    return { page, tabId, clip };
  }

  it('ignores synthetic clicks and key events, including the shortcut keys', async () => {
    const { page } = await pageWithHighlight(SEED_PATH);
    const before = await clips();
    const { x, y } = await highlightCentre(page, PASSAGE);
    await page.evaluate(
      ([cx, cy]) => {
        const target = document.elementFromPoint(cx, cy)!;
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
          target.dispatchEvent(
            new MouseEvent(type, { bubbles: true, clientX: cx, clientY: cy, view: window }),
          );
        for (const key of ['H', 'h', 'Enter', 'Escape'])
          document.dispatchEvent(
            new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }),
          );
      },
      [x, y] as const,
    );
    await pause(500);
    expect(await menuOpen(page)).toBe(false);
    expect(await clips()).toEqual(before);
    await page.close();
  });

  it('cannot type into, edit, focus or read a menu the user opened', async () => {
    const { page, clip } = await pageWithHighlight(SEED_PATH);
    // The user opens the menu with a real click, and writes a note.
    const { x, y } = await highlightCentre(page, PASSAGE);
    await page.mouse.click(x, y);
    await expect.poll(() => menuOpen(page)).toBe(true);
    const menu = await openMenuFrame(page);
    await menu.find('textarea').fill('secret research note');
    await menu.find('textarea').press('Tab'); // leaves the field: the note is saved
    await expect
      .poll(async () => (await clips()).find((c) => c.id === clip.id)?.note)
      .toBe('secret research note');
    const before = await clips();

    // The page: editing commands, focus moves, posted tokens, look-alike messages and events.
    const seen = await page.evaluate(() => {
      const results: Record<string, unknown> = {};
      const hosts = [...document.querySelectorAll<HTMLElement>('policy-clipper-ui')];
      results.hostFound = hosts.length > 0;
      results.shadowRoots = hosts.map((h) => h.shadowRoot).filter(Boolean).length;
      const reads: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          reads.push((window.frames[i] as Window).document.body.innerText);
        } catch (e) {
          reads.push((e as Error).name);
        }
      }
      results.frameReads = reads;
      for (const host of hosts) host.focus();
      for (let i = 0; i < window.frames.length; i++) (window.frames[i] as Window).focus();
      for (const command of ['insertText', 'delete', 'selectAll']) {
        results[command] = document.execCommand(command, false, 'pwned-tag');
      }
      document.execCommand('insertText', false, ',');
      (document.activeElement as HTMLElement | null)?.blur();
      document.body.focus();
      for (let i = 0; i < window.frames.length; i++) {
        const w = window.frames[i] as Window;
        w.postMessage({ policyClipperToken: 'A'.repeat(22) }, '*');
        w.postMessage({ type: 'clips/update', id: 'x', patch: { tags: ['pwned-tag'] } }, '*');
      }
      window.postMessage({ type: 'content/openMenu', url: location.href, id: 'x' }, '*');
      document.dispatchEvent(
        new CustomEvent('policy-clipper', { detail: { type: 'clips/delete', ids: ['x'] } }),
      );
      results.pageText = document.documentElement.innerText.includes('secret research note');
      return results;
    });
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoots).toBe(0); // closed shadow roots
    // Whatever frames the page can reach, it reads none of ours (another origin).
    expect(JSON.stringify(seen.frameReads)).not.toContain('secret research note');
    expect(seen.pageText).toBe(false);
    await pause(500);
    expect(await clips()).toEqual(before);
    expect((await clips()).find((c) => c.id === clip.id)?.tags).toEqual([]);

    // The positive control: the user types a tag in the same menu.
    const again = await openMenuFrame(page);
    await again.find('input').first().click();
    await page.keyboard.type('科技');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await clips()).find((c) => c.id === clip.id)?.tags).toEqual(['科技']);
    await page.close();
  });

  it('survives a page that fakes our globals and removes or moves our nodes', async () => {
    const { page, clip } = await pageWithHighlight(HOSTILE_PATH);
    // Our content scripts run in their own world: the page's look-alike globals are never called.
    expect(
      await page.evaluate(() => (window as unknown as { __pcHijacked?: unknown }).__pcHijacked ?? false),
    ).toBe(false);
    const { x, y } = await highlightCentre(page, PASSAGE);
    await page.mouse.click(x, y);
    await expect.poll(() => menuOpen(page)).toBe(true);
    const before = await clips();
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('policy-clipper-ui')) {
        document.body.prepend(host); // re-parented: the frame reloads, its token is spent
        host.remove();
      }
    });
    await pause(500);
    expect(await clips()).toEqual(before);
    expect(await menuOpen(page)).toBe(false);
    // The user can open it again.
    await page.mouse.click(x, y);
    await expect.poll(() => menuOpen(page)).toBe(true);
    expect((await clips()).find((c) => c.id === clip.id)?.quote).toBe(PASSAGE);
    await page.close();
  });
});
