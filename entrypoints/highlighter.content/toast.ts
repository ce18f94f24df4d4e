/**
 * A short message at the bottom of the page (outcome of a shortcut or menu action), in a closed shadow
 * root. One at a time: a new toast replaces the last. A toast with an action (Undo) moves focus to its
 * button, since the control the user was on (the menu's Delete) is gone; when the toast leaves while
 * holding focus, focus goes back where it was. Escape dismisses it.
 */
const TAG = 'policy-clipper-toast';
const CSS = `
.toast { position: fixed; z-index: 2147483647; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: 420px;
  display: flex; gap: 12px; align-items: center; padding: 8px 14px; border-radius: 6px; background: #1f2328; color: #fff;
  font: 13px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
button { font: inherit; font-weight: 600; color: #ffd666; background: transparent; border: 1px solid #ffd666;
  border-radius: 5px; padding: 1px 8px; cursor: pointer; }
:focus-visible { outline: 2px solid #f0a500; outline-offset: 2px; }
`;

export interface ToastOptions {
  action?: { label: string; run(): void };
  /** How long it stays; 3.5 s by default. */
  ms?: number;
}

/** Shows the toast; returns a function that dismisses it early. */
export function showToast(
  doc: Document,
  message: string,
  { action, ms = 3500 }: ToastOptions = {},
): () => void {
  doc.querySelector(TAG)?.remove();
  const host = doc.createElement(TAG);
  host.setAttribute('data-pc-ui', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  const text = doc.createElement('span');
  box.appendChild(text);
  const back = doc.activeElement as HTMLElement | null;
  let timer: ReturnType<typeof setTimeout> | undefined = undefined;
  const close = (): void => {
    clearTimeout(timer);
    const hadFocus = doc.activeElement === host;
    host.remove();
    if (hadFocus && back?.isConnected) back.focus?.({ preventScroll: true });
  };
  let button: HTMLButtonElement | null = null;
  if (action) {
    button = doc.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      close();
      action.run();
    });
    box.appendChild(button);
  }
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
  });
  shadow.append(style, box);
  doc.documentElement.appendChild(host);
  button?.focus({ preventScroll: true });
  // Filled in after the region is on the page: screen readers announce a live region's changes, not its arrival.
  setTimeout(() => (text.textContent = message), 50);
  timer = setTimeout(close, ms);
  return close;
}
