import { describe, expect, it } from 'vitest';
import { updatingGolden } from '@/tests/support/golden';

describe('updatingGolden', () => {
  it('rewrites golden files only when asked', () => {
    expect(updatingGolden({})).toBe(false);
    expect(updatingGolden({ UPDATE_GOLDEN: '1' })).toBe(true);
    expect(updatingGolden({ UPDATE_GOLDEN: '0', CI: 'true' })).toBe(false);
  });

  it('refuses to rewrite them in CI', () => {
    expect(() => updatingGolden({ UPDATE_GOLDEN: '1', CI: 'true' })).toThrow(/refused under CI=true/);
  });
});
