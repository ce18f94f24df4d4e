import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearSelection,
  clickClip,
  EMPTY_SELECTION,
  selectAll,
  selectedIds,
  setPage,
  withoutIds,
  type Selection,
} from '@/components/library/selection';

const rows = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: Selection): string[] => [...s.ids].sort();

describe('selection', () => {
  it('a plain click toggles one clip and becomes the anchor', () => {
    const once = clickClip(EMPTY_SELECTION, 'b', rows, false);
    expect(ids(once)).toEqual(['b']);
    expect(once.anchor).toBe('b');
    expect(ids(clickClip(once, 'b', rows, false))).toEqual([]);
  });

  it('shift-click selects the range from the anchor, in either direction', () => {
    const down = clickClip(clickClip(EMPTY_SELECTION, 'b', rows, false), 'd', rows, true);
    expect(ids(down)).toEqual(['b', 'c', 'd']);
    const up = clickClip(clickClip(EMPTY_SELECTION, 'e', rows, false), 'c', rows, true);
    expect(ids(up)).toEqual(['c', 'd', 'e']);
  });

  it('shift-click on a selected clip unselects the range', () => {
    let s = selectAll(rows);
    s = clickClip(s, 'a', rows, false); // unselect a, anchor a
    s = clickClip(s, 'c', rows, true); // c was selected → range a..c unselected
    expect(ids(s)).toEqual(['d', 'e']);
  });

  it('shift-click without an anchor on this page acts as a plain click', () => {
    expect(ids(clickClip(EMPTY_SELECTION, 'c', rows, true))).toEqual(['c']);
    const elsewhere: Selection = { ids: new Set(['x']), anchor: 'x' };
    expect(ids(clickClip(elsewhere, 'c', rows, true))).toEqual(['c', 'x']);
  });

  it('keeps clips selected on other pages', () => {
    const s = clickClip({ ids: new Set(['p2-1']), anchor: null }, 'a', rows, false);
    expect(ids(s)).toEqual(['a', 'p2-1']);
  });

  it('select all results, select this page, clear, and drop deleted ids', () => {
    const all = selectAll(['a', 'b', 'x', 'y']);
    expect(selectedIds(all)).toEqual(['a', 'b', 'x', 'y']);
    expect(ids(setPage(all, rows, false))).toEqual(['x', 'y']);
    expect(ids(setPage(EMPTY_SELECTION, rows, true))).toEqual(rows);
    expect(clearSelection().ids.size).toBe(0);
    const trimmed = withoutIds({ ids: new Set(['a', 'b']), anchor: 'a' }, ['a']);
    expect(ids(trimmed)).toEqual(['b']);
    expect(trimmed.anchor).toBeNull();
  });

  it('never changes the selection it is given', () => {
    const before = selectAll(['a']);
    clickClip(before, 'b', rows, false);
    setPage(before, rows, true);
    expect(ids(before)).toEqual(['a']);
  });

  it('a shift-click range is exactly the rows between anchor and target', () => {
    const list = Array.from({ length: 30 }, (_, i) => `id${i}`);
    fc.assert(
      fc.property(fc.nat(29), fc.nat(29), (i, j) => {
        fc.pre(i !== j); // shift-clicking the anchor itself just unticks it
        const s = clickClip(clickClip(EMPTY_SELECTION, list[i]!, list, false), list[j]!, list, true);
        const [lo, hi] = i <= j ? [i, j] : [j, i];
        expect(ids(s)).toEqual(list.slice(lo, hi + 1).sort());
      }),
    );
  });
});
