// @vitest-environment jsdom
/**
 * The in-page menu's actions against a stand-in background (`browser.runtime.sendMessage` mocked; WXT's
 * test plugin gives `wxt/browser` as its fake browser): delete sends `content/deleteClip`, unwraps the
 * passage and shows an announced, keyboard-operable "Highlight deleted" toast whose Undo sends the
 * restore with the token and paints the passage again; the menu gives focus back and closes on Escape.
 */
import { browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuActions } from '@/entrypoints/highlighter.content/actions';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import { createClipMenu } from '@/entrypoints/highlighter.content/clip-menu';
import { createPainter } from '@/entrypoints/highlighter.content/painter';
import { HighlightSession } from '@/entrypoints/highlighter.content/session';
import { clipOf, instantYields, marks, openShadowRoots, toastOf } from './helpers';

const STRINGS: Record<string, string> = {
  statusDeleted: 'Highlight deleted.',
  statusRestored: 'Highlight restored.',
  undo: 'Undo',
};
type Reply = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

let replies: Record<string, Reply>;
let sent: { type: string; [k: string]: unknown }[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  instantYields();
  openShadowRoots();
  document.body.innerHTML =
    '<p>全国共登记技术合同549353项，成交金额28251.51亿元。</p><button id="page-button">Page</button>';
  sent = [];
  replies = {
    'content/deleteClip': { ok: true, result: { token: 'tok-1' } },
    'content/restoreClip': { ok: true, result: { count: 1 } },
  };
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => STRINGS[key] ?? '');
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    sent.push(message);
    return replies[message.type] ?? { ok: false, error: { code: 'invalid-message', message: 'unknown' } };
  }) as typeof browser.runtime.sendMessage);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.querySelectorAll('[data-pc-ui]').forEach((n) => n.remove());
});

async function setUp() {
  const clip = clipOf('c1', '549353项');
  const session = new HighlightSession(document, createPainter(document), {
    fetchClips: async () => [clip],
    report: () => undefined,
  });
  await session.sync();
  const close = vi.fn();
  return { clip, session, actions: menuActions(document, session, close), close };
}

describe('delete with undo from the in-page menu', () => {
  it('deletes, shows an announced toast with Undo, and Undo restores and repaints', async () => {
    const { session, actions, close } = await setUp();
    expect(marks()).toHaveLength(1);
    await actions.remove('c1');
    expect(sent).toEqual([{ type: 'content/deleteClip', url: location.href, id: 'c1' }]);
    expect(marks()).toHaveLength(0);
    expect(session.clip('c1')).toBeUndefined();
    expect(close).toHaveBeenCalled();

    const toast = toastOf()!;
    const region = toast.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    await vi.advanceTimersByTimeAsync(100);
    expect(region.textContent).toContain('Highlight deleted.');
    const undo = toast.querySelector('button')!;
    expect(undo.textContent).toBe('Undo');
    expect(undo.type).toBe('button'); // a real button: Enter and Space work, and it is in the tab order
    expect(toast.activeElement).toBe(undo);

    undo.click();
    await vi.waitFor(() => expect(marks().map((m) => m.textContent)).toEqual(['549353项']));
    expect(sent[1]).toEqual({ type: 'content/restoreClip', url: location.href, token: 'tok-1' });
    expect(session.clip('c1')?.id).toBe('c1');
    await vi.waitFor(() => expect(toastOf()!.textContent).toContain('Highlight restored.'));
  });

  it('stays for the undo window, then leaves and gives focus back', async () => {
    const { actions } = await setUp();
    const pageButton = document.getElementById('page-button')!;
    pageButton.focus();
    await actions.remove('c1');
    expect(document.activeElement?.localName).toBe('policy-clipper-toast');
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS - 100);
    expect(toastOf()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(toastOf()).toBeNull();
    expect(document.activeElement).toBe(pageButton);
    expect(sent.map((m) => m.type)).toEqual(['content/deleteClip']);
  });

  it('Escape dismisses the toast without undoing', async () => {
    const { actions } = await setUp();
    await actions.remove('c1');
    toastOf()!
      .querySelector('button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(toastOf()).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('says why when the restore is refused, and paints nothing', async () => {
    replies['content/restoreClip'] = { ok: false, error: { code: 'forbidden', message: 'Message refused.' } };
    const { actions } = await setUp();
    await actions.remove('c1');
    toastOf()!.querySelector('button')!.click();
    await vi.advanceTimersByTimeAsync(100);
    expect(toastOf()!.textContent).toContain('Message refused.');
    expect(marks()).toHaveLength(0);
  });

  it("words a refusal from its code in the UI language, not the background's English", async () => {
    replies['content/restoreClip'] = {
      ok: false,
      error: { code: 'not-found', message: 'Nothing to undo: these clips was not found.' },
    };
    vi.mocked(browser.i18n.getMessage).mockImplementation(
      (key: string) => ({ ...STRINGS, errNotFound: '找不到要恢复的内容。' })[key] ?? '',
    );
    const { actions } = await setUp();
    await actions.remove('c1');
    toastOf()!.querySelector('button')!.click();
    await vi.waitFor(() => expect(toastOf()!.textContent).toContain('找不到要恢复的内容。'));
    expect(toastOf()!.textContent).not.toContain('Nothing to undo');
  });

  it('keeps the highlight when the delete fails', async () => {
    replies['content/deleteClip'] = { ok: false, error: { code: 'forbidden', message: 'No.' } };
    const { actions } = await setUp();
    await expect(actions.remove('c1')).rejects.toThrow('No.');
    expect(marks()).toHaveLength(1);
    expect(toastOf()).toBeNull();
  });
});

describe('the in-page menu', () => {
  function openMenu() {
    const remove = vi.fn(async () => undefined);
    const menu = createClipMenu(document, {
      t: (k) => k,
      save: async () => undefined,
      remove,
      copyLink: async () => undefined,
    });
    const pageButton = document.getElementById('page-button')!;
    pageButton.focus();
    menu.open(clipOf('c1', '549353项'), 10, 10);
    const root = document.querySelector('policy-clipper-menu')!.shadowRoot!;
    return { menu, root, pageButton, remove };
  }

  it('takes focus, and gives it back when it closes', () => {
    const { menu, root, pageButton } = openMenu();
    expect(root.activeElement?.id).toBe('pc-tags');
    menu.close();
    expect(menu.isOpen()).toBe(false);
    expect(document.activeElement).toBe(pageButton);
  });

  it('closes on Escape, and the page does not see that key', () => {
    const { menu, root, pageButton } = openMenu();
    const pageKeys = vi.fn();
    document.body.addEventListener('keydown', pageKeys);
    root
      .getElementById('pc-note')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(menu.isOpen()).toBe(false);
    expect(document.activeElement).toBe(pageButton);
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('closes on Escape pressed in the page too, without taking focus back from where the user went', () => {
    const { menu } = openMenu();
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    elsewhere.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.isOpen()).toBe(false);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('Delete closes it, hands focus to Undo, and focus comes back to the page when the toast leaves', async () => {
    const { clip, session } = await setUp();
    const menu = createClipMenu(
      document,
      menuActions(document, session, () => menu.close()),
    );
    const pageButton = document.getElementById('page-button')!;
    pageButton.focus();
    menu.open(clip, 10, 10);
    const root = document.querySelector('policy-clipper-menu')!.shadowRoot!;
    const del = [...root.querySelectorAll('button')].find((b) => b.textContent === 'delete')!;
    del.focus();
    del.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(menu.isOpen()).toBe(false);
    expect(toastOf()!.activeElement?.textContent).toBe('Undo');
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS);
    expect(document.activeElement).toBe(pageButton);
  });
});
