/**
 * In-page UI sessions. The page side never holds a clip's tags or note, and a page script must not be
 * able to open our UI on a clip of its choosing: the background opens a session (which tab, which
 * clip, menu or notice) and hands the content script a random one-time token; the extension frame the
 * content script creates trades the token for the session, once, from that same tab.
 */

export type UiSession =
  | { kind: 'menu'; tabId: number; clipId: string; focus: boolean }
  | { kind: 'notice'; tabId: number; text: string };

/** A token not claimed within this long is dropped (the frame asks for it as soon as it loads). */
export const UI_TOKEN_TTL_MS = 60_000;

export interface UiSessions {
  open(session: UiSession): string;
  /** The session of `token` if it was opened for `tabId` and not claimed before; it cannot be claimed again. */
  claim(token: string, tabId: number): UiSession | null;
}

/** 128 random bits, URL-safe (the frame's token). */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function createUiSessions(now: () => number, newToken: () => string = randomToken): UiSessions {
  const open = new Map<string, { session: UiSession; at: number }>();
  const expire = (): void => {
    for (const [token, entry] of open) if (now() - entry.at > UI_TOKEN_TTL_MS) open.delete(token);
  };
  return {
    open(session) {
      expire();
      const token = newToken();
      open.set(token, { session, at: now() });
      return token;
    },
    claim(token, tabId) {
      expire();
      const entry = open.get(token);
      if (!entry || entry.session.tabId !== tabId) return null;
      open.delete(token);
      return entry.session;
    },
  };
}
