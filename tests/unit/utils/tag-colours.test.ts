import { describe, expect, it } from 'vitest';
import { moveTagColours } from '@/utils/tag-colours';

describe('moveTagColours', () => {
  it("moves a renamed tag's colour to its new name", () => {
    expect(moveTagColours({ a: 'blue', b: 'pink' }, ['a'], 'c')).toEqual({ b: 'pink', c: 'blue' });
  });

  it("lets a merge target keep its own colour, else take the first coloured source's", () => {
    expect(moveTagColours({ a: 'blue', t: 'green' }, ['a'], 't')).toEqual({ t: 'green' });
    expect(moveTagColours({ b: 'pink', c: 'blue' }, ['a', 'b', 'c'], 't')).toEqual({ t: 'pink' });
  });

  it('leaves colours alone when no tag involved has one', () => {
    expect(moveTagColours({ x: 'blue' }, ['a'], 'b')).toEqual({ x: 'blue' });
  });

  it('treats __proto__ as a plain tag name', () => {
    const moved = moveTagColours({ a: 'blue' }, ['a'], '__proto__');
    expect(Object.getPrototypeOf(moved)).toBe(Object.prototype);
    expect(Object.entries(moved)).toEqual([['__proto__', 'blue']]);
  });
});
