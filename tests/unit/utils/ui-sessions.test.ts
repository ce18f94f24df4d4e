import { describe, expect, it } from 'vitest';
import { createUiSessions, randomToken, UI_TOKEN_TTL_MS } from '@/utils/ui-sessions';

describe('in-page UI sessions', () => {
  const menu = { kind: 'menu' as const, tabId: 7, clipId: 'c1', focus: true };

  it('hands a session to the frame of its own tab, once', () => {
    const sessions = createUiSessions(() => 0);
    const token = sessions.open(menu);
    expect(sessions.claim(token, 8)).toBeNull(); // another tab's frame
    expect(sessions.claim(token, 7)).toEqual(menu);
    expect(sessions.claim(token, 7)).toBeNull(); // already claimed
  });

  it('forgets tokens nobody claimed in time, and knows no made-up token', () => {
    let t = 0;
    const sessions = createUiSessions(() => t);
    const token = sessions.open(menu);
    t = UI_TOKEN_TTL_MS + 1;
    expect(sessions.claim(token, 7)).toBeNull();
    expect(sessions.claim('A'.repeat(22), 7)).toBeNull();
  });

  it('makes unguessable tokens: 128 bits, URL-safe, all different', () => {
    const tokens = new Set(Array.from({ length: 1000 }, randomToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
