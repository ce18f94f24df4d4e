// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlightContaining } from '@/entrypoints/highlighter.content/containing';

function rangeOf(node: Node, start: number, end: number, endNode: Node = node): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  return range;
}

describe('highlightContaining', () => {
  document.body.innerHTML =
    '<p id="a">推进技术要素市场配置改革，促进技术要素市场体系建设。</p><p id="b">Second paragraph here.</p>';
  const a = document.getElementById('a')!.firstChild!;
  const b = document.getElementById('b')!.firstChild!;
  const whole = rangeOf(a, 0, 12);
  const inner = rangeOf(a, 2, 6);
  const second = rangeOf(b, 0, 6);
  const highlights = [
    ['whole', whole],
    ['inner', inner],
    ['second', second],
  ] as const;

  it('finds the smallest highlight holding the whole selection, or a caret inside one', () => {
    expect(highlightContaining(rangeOf(a, 3, 5), highlights)).toBe('inner');
    expect(highlightContaining(rangeOf(a, 0, 12), highlights)).toBe('whole');
    expect(highlightContaining(rangeOf(a, 8, 8), highlights)).toBe('whole');
    expect(highlightContaining(rangeOf(b, 0, 6), highlights)).toBe('second');
  });

  it('finds none for a selection reaching outside every highlight', () => {
    expect(highlightContaining(rangeOf(a, 10, 14), highlights)).toBeNull();
    expect(highlightContaining(rangeOf(a, 5, 3, b), highlights)).toBeNull();
    expect(highlightContaining(rangeOf(b, 8, 12), highlights)).toBeNull();
    expect(highlightContaining(rangeOf(a, 3, 5), [])).toBeNull();
  });
});
