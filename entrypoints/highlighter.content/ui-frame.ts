/**
 * Places the in-page UI in the page. The UI itself (a highlight's menu, a notice with Undo) is an
 * extension page in an iframe: a different origin, so the page's scripts cannot read it, type into it,
 * run editing commands in it or dispatch events to it. This side only positions the frame, hands it its
 * one-time session token, and puts the keyboard focus back when it closes. The frame sits in a closed
 * shadow root, marked `data-pc-ui` so the text model and the painter leave it alone.
 */
export type UiKind = 'menu' | 'notice';

export interface UiPlacement {
  /** A highlight's box (the menu goes below it), or the point the user clicked. */
  rect?: DOMRect | null;
  at?: { x: number; y: number };
}

export interface UiFrames {
  show(token: string, kind: UiKind, place: UiPlacement, focus: boolean): boolean;
  resize(token: string, width: number, height: number): boolean;
  close(token: string): boolean;
  closeAll(): void;
}

const HOST_TAG = 'policy-clipper-ui';
const MARGIN = 8;
const INITIAL: Record<UiKind, { width: number; height: number }> = {
  menu: { width: 340, height: 300 },
  notice: { width: 360, height: 56 },
};

interface Open {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  kind: UiKind;
  /** Where the keyboard was when the frame took it (given back on close), or null. */
  back: HTMLElement | null;
  place: UiPlacement;
}

/**
 * `frameUrl`: the frame page's address (Chrome gives a per-session one, `use_dynamic_url`);
 * `frameOrigin`: the origin the loaded page has (Chrome: the extension's own id, not the dynamic one).
 */
export function createUiFrames(doc: Document, frameUrl: string, frameOrigin: string): UiFrames {
  const frames = new Map<string, Open>();
  const view = (): Window | null => doc.defaultView;

  function position(open: Open, width: number, height: number): void {
    const w = view()?.innerWidth ?? 1024;
    const h = view()?.innerHeight ?? 768;
    let left: number;
    let top: number;
    if (open.kind === 'notice') {
      left = (w - width) / 2;
      top = h - height - 24;
    } else {
      const r = open.place.rect;
      const at = open.place.at ?? { x: r?.left ?? MARGIN, y: r?.bottom ?? MARGIN };
      left = at.x;
      top = at.y + 8;
      // Above the passage when there is no room below it.
      if (top + height > h - MARGIN && r) top = r.top - height - 8;
    }
    left = Math.max(MARGIN, Math.min(left, w - width - MARGIN));
    top = Math.max(MARGIN, Math.min(top, h - height - MARGIN));
    // Inline and `!important`: page style sheets cannot move, hide or resize the frame.
    open.host.style.cssText =
      `all: initial !important; position: fixed !important; z-index: 2147483647 !important;` +
      `left: ${Math.round(left)}px !important; top: ${Math.round(top)}px !important;` +
      `width: ${width}px !important; height: ${height}px !important; display: block !important;` +
      `opacity: 1 !important; visibility: visible !important; pointer-events: auto !important;`;
    open.frame.style.cssText = `border: 0; width: ${width}px; height: ${height}px; display: block; color-scheme: light dark; background: transparent;`;
  }

  function close(token: string): boolean {
    const open = frames.get(token);
    if (!open) return false;
    frames.delete(token);
    // Focus goes back only if it was in the frame (or lost with it): a user who moved on keeps their place.
    const hadFocus = doc.activeElement === open.host || doc.activeElement === doc.body || !doc.activeElement;
    open.host.remove();
    if (hadFocus && open.back?.isConnected) open.back.focus({ preventScroll: true });
    return true;
  }

  return {
    show(token, kind, place, focus) {
      // One menu at a time; a new notice replaces an old one.
      for (const [t, open] of frames) if (open.kind === kind) close(t);
      const host = doc.createElement(HOST_TAG);
      host.setAttribute('data-pc-ui', '');
      const shadow = host.attachShadow({ mode: 'closed' });
      const frame = doc.createElement('iframe');
      frame.src = frameUrl;
      frame.title = 'Policy Clipper';
      frame.setAttribute('allowtransparency', 'true');
      // "Copy link to passage" writes the clipboard from inside the frame (on the user's click).
      frame.allow = 'clipboard-write';
      shadow.appendChild(frame);
      const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      const open: Open = { host, frame, kind, back: active, place };
      frames.set(token, open);
      position(open, INITIAL[kind].width, INITIAL[kind].height);
      frame.addEventListener(
        'load',
        () => {
          // Only our own page receives the token: if anything else was loaded into the frame, the
          // browser does not deliver the message.
          frame.contentWindow?.postMessage({ policyClipperToken: token, focus }, frameOrigin);
          if (focus) frame.focus();
        },
        { once: true },
      );
      doc.documentElement.appendChild(host);
      return true;
    },
    resize(token, width, height) {
      const open = frames.get(token);
      if (!open) return false;
      position(open, Math.min(width, 480), Math.min(height, 600));
      return true;
    },
    close,
    closeAll() {
      for (const token of [...frames.keys()]) close(token);
    },
  };
}
