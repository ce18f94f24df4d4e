/**
 * The small menu that opens when the user clicks a highlight: tags, note, copy link, delete. It lives
 * in a closed shadow root so the page's styles cannot break it and the page's scripts cannot read the
 * user's notes. Every value is set as text, never as HTML.
 */
import { splitTags } from '@/utils/tags';
import type { ClipRecord } from '@/utils/store/types';

export interface MenuActions {
  save(id: string, patch: { tags?: string[]; note?: string }): Promise<void>;
  remove(id: string): Promise<void>;
  copyLink(clip: ClipRecord): Promise<void>;
  t(key: string): string;
}

const CSS = `
:host { all: initial; }
.menu { position: fixed; z-index: 2147483647; width: 300px; padding: 10px; border-radius: 8px;
  font: 13px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  background: #fff; color: #1f2328; border: 1px solid #d0ccc2; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
@media (prefers-color-scheme: dark) { .menu { background: #1f2226; color: #e6e6e3; border-color: #3a3f46; } }
.quote { margin: 0 0 8px; max-height: 4.5em; overflow: hidden; opacity: .8; }
label { display: block; font-size: 12px; opacity: .75; margin-top: 6px; }
input, textarea { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: transparent;
  border: 1px solid #b9b4a8; border-radius: 5px; padding: 4px 6px; }
textarea { min-height: 56px; resize: vertical; }
.row { display: flex; gap: 6px; margin-top: 8px; justify-content: flex-end; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid #b9b4a8; border-radius: 5px; padding: 2px 8px; cursor: pointer; }
button.danger { color: #a33a2c; }
:focus-visible { outline: 2px solid #f0a500; outline-offset: 1px; }
.status { min-height: 1.2em; font-size: 12px; opacity: .8; margin: 4px 0 0; }
`;

export interface ClipMenu {
  open(clip: ClipRecord, x: number, y: number): void;
  close(): void;
  isOpen(): boolean;
  destroy(): void;
}

export function createClipMenu(doc: Document, actions: MenuActions): ClipMenu {
  const host = doc.createElement('policy-clipper-menu');
  host.setAttribute('data-pc-ui', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  shadow.appendChild(style);
  let panel: HTMLElement | null = null;
  // Where focus was before the menu took it: it goes back there when the menu closes.
  let back: HTMLElement | null = null;

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className = '',
    text = '',
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };

  // Escape closes the menu wherever focus is; when focus is in the menu the page does not see the key.
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    if (e.target === host) e.stopPropagation();
    close();
  };

  function close(): void {
    if (!panel) return;
    // Only when focus is still in the menu (or was lost with it): a user who moved on keeps their place.
    const hadFocus = doc.activeElement === host || doc.activeElement === doc.body;
    panel.remove();
    panel = null;
    doc.removeEventListener('keydown', onKey, true);
    if (hadFocus && back?.isConnected) back.focus?.({ preventScroll: true });
    back = null;
  }

  function open(clip: ClipRecord, x: number, y: number): void {
    close();
    back = doc.activeElement as HTMLElement | null;
    if (!host.isConnected) doc.documentElement.appendChild(host);
    const box = el('div', 'menu');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', actions.t('menuTitle'));
    const quote = el('p', 'quote', clip.quote);
    const tagsLabel = el('label', '', actions.t('tagsLabel'));
    const tags = el('input');
    tags.id = tagsLabel.htmlFor = 'pc-tags';
    tags.value = clip.tags.join(', ');
    const noteLabel = el('label', '', actions.t('noteLabel'));
    const note = el('textarea');
    note.id = noteLabel.htmlFor = 'pc-note';
    note.value = clip.note;
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    const button = (text: string, className = ''): HTMLButtonElement => {
      const b = el('button', className, text);
      b.type = 'button';
      return b;
    };
    const copy = button(actions.t('copyLink'));
    const del = button(actions.t('delete'), 'danger');
    const done = button(actions.t('close'));
    const row = el('div', 'row');
    row.append(copy, del, done);
    box.append(quote, tagsLabel, tags, noteLabel, note, row, status);

    // Edits save as they happen (on change/blur): closing the menu never loses them.
    const saveField = (patch: { tags?: string[]; note?: string }) =>
      actions.save(clip.id, patch).then(
        () => (status.textContent = actions.t('saved')),
        (e: unknown) => (status.textContent = e instanceof Error ? e.message : String(e)),
      );
    tags.addEventListener('change', () => void saveField({ tags: splitTags(tags.value) }));
    note.addEventListener('change', () => void saveField({ note: note.value }));
    copy.addEventListener(
      'click',
      () => void actions.copyLink(clip).then(() => (status.textContent = actions.t('linkCopied'))),
    );
    del.addEventListener(
      'click',
      () =>
        void actions
          .remove(clip.id)
          .then(close, (e: unknown) => (status.textContent = e instanceof Error ? e.message : String(e))),
    );
    done.addEventListener('click', close);
    doc.addEventListener('keydown', onKey, true);

    const view = doc.defaultView;
    const left = Math.min(x, (view?.innerWidth ?? 800) - 320);
    const top = Math.min(y + 12, (view?.innerHeight ?? 600) - 260);
    box.style.left = `${Math.max(8, left)}px`;
    box.style.top = `${Math.max(8, top)}px`;
    shadow.appendChild(box);
    panel = box;
    tags.focus();
  }

  return {
    open,
    close,
    isOpen: () => panel !== null,
    destroy() {
      close();
      host.remove();
    },
  };
}
