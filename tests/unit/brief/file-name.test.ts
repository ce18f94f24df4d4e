/** Download file names: safe on Windows, macOS and Linux, Chinese kept, ≤ 120 bytes of UTF-8. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefFileName } from '@/utils/brief';

const DATE = new Date(Date.UTC(2026, 10, 30, 9));
const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('briefFileName', () => {
  it('keeps Chinese and appends the date and extension', () => {
    expect(briefFileName('科技成果转化-简报', DATE, 'md')).toBe('科技成果转化-简报-2026-11-30.md');
    expect(briefFileName('Figures', DATE, 'csv')).toBe('Figures-2026-11-30.csv');
  });

  it('prints the date in the given time zone', () => {
    const lateUtc = new Date(Date.UTC(2026, 10, 29, 20));
    expect(briefFileName('简报', lateUtc, 'md')).toBe('简报-2026-11-29.md');
    expect(briefFileName('简报', lateUtc, 'md', 'Asia/Shanghai')).toBe('简报-2026-11-30.md');
  });

  it('replaces characters Windows forbids, control and invisible format characters', () => {
    expect(briefFileName('a<b>c:d"e/f\\g|h?i*j', DATE, 'md')).toBe('a-b-c-d-e-f-g-h-i-j-2026-11-30.md');
    expect(briefFileName('tab\there\u0000nul\u202Egnp.exe\u200B', DATE, 'md')).toBe(
      'tab-here-nul-gnp.exe-2026-11-30.md',
    );
  });

  it('trims dots, spaces and dashes at the ends and collapses runs', () => {
    expect(briefFileName('  ..report. .  ', DATE, 'md')).toBe('report-2026-11-30.md');
    expect(briefFileName('a   b -- c', DATE, 'md')).toBe('a b - c-2026-11-30.md');
  });

  it('avoids Windows device names, which count whatever follows the first dot', () => {
    expect(briefFileName('con.notes', DATE, 'md')).toBe('_con.notes-2026-11-30.md');
    expect(briefFileName('LPT1.x', DATE, 'csv')).toBe('_LPT1.x-2026-11-30.csv');
    // `CON-2026-11-30` is not a device name.
    expect(briefFileName('CON', DATE, 'md')).toBe('CON-2026-11-30.md');
  });

  it('falls back to a name when nothing usable is left', () => {
    expect(briefFileName(' ?*. ', DATE, 'md')).toBe('brief-2026-11-30.md');
  });

  it('cuts long names to 120 bytes without splitting a character or an emoji', () => {
    const long = briefFileName('科技成果转化'.repeat(20), DATE, 'md');
    expect(bytes(long)).toBeLessThanOrEqual(120);
    expect(long).toMatch(/^(科技成果转化)+[科技成果转化]*-2026-11-30\.md$/);
    const emoji = briefFileName('👩‍👩‍👧‍👦'.repeat(10), DATE, 'md');
    expect(bytes(emoji)).toBeLessThanOrEqual(120);
    expect(emoji.replace(/-2026-11-30\.md$/, '')).toMatch(/^(👩‍👩‍👧‍👦)+$/u);
  });

  it('always gives a safe name for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (base) => {
        const name = briefFileName(base, DATE, 'md');
        expect(bytes(name)).toBeLessThanOrEqual(120);
        expect(name).toMatch(/-2026-11-30\.md$/);
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]/);
        expect(name).not.toMatch(/^[\s.]/);
        expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        expect(name.isWellFormed()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
