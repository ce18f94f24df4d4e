// @vitest-environment jsdom
/**
 * The painter: the `<pc-mark>` fallback (what jsdom gets) wraps exactly the passage and gives the page its
 * own text nodes back on erase; hit-testing maps a point to the clip under it, with the Custom Highlight
 * API (a stand-in registry here) through `highlightsFromPoint` or the caret under the point.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter } from '@/entrypoints/highlighter.content/painter';
import { marks, textNodes } from './helpers';

function rangeOver(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  const w = window as unknown as Record<string, unknown>;
  delete w.CSS;
  delete w.Highlight;
  delete (document as unknown as Record<string, unknown>).elementFromPoint;
  delete (document as unknown as Record<string, unknown>).caretPositionFromPoint;
});

describe('wrapping painter (no CSS.highlights)', () => {
  it('wraps exactly the passage, across elements, and marks it with the clip id and colour', () => {
    document.body.innerHTML = '<p id="p">The fund <b>grants</b> 500 million yuan.</p>';
    const painter = createPainter(document);
    expect(painter.mutatesDom).toBe(true);
    const [head, bold, tail] = textNodes(document.getElementById('p')!) as [Text, Text, Text];
    const range = document.createRange();
    range.setStart(head, 4);
    range.setEnd(tail, 12);
    painter.paint('c1', range, 'green');
    expect(marks().map((m) => m.textContent)).toEqual(['fund ', 'grants', ' 500 million']);
    expect(marks().every((m) => m.dataset.clipId === 'c1' && m.dataset.colour === 'green')).toBe(true);
    expect(document.body.textContent).toBe('The fund grants 500 million yuan.');
    expect(painter.rangeOf('c1')?.toString()).toBe('fund grants 500 million');
    expect(bold.parentElement?.localName).toBe('pc-mark');
  });

  it('gives the page its own text nodes back, with their text, after erase and clear', () => {
    document.body.innerHTML = '<p id="p">Alpha beta gamma delta epsilon.</p><p>Zeta <i>eta</i> theta.</p>';
    const html = document.body.innerHTML;
    const before = textNodes(document.body);
    const painter = createPainter(document);
    const first = before[0]!;
    // Two passages in one text node, adjacent, and one spanning an element.
    painter.paint('b', rangeOver(first, 6, 10), 'yellow');
    painter.paint(
      'c',
      rangeOver(
        textNodes(document.body).find((n) => n.data.startsWith(' gamma'))!,
        1,
        6,
      ),
      'blue',
    );
    const zeta = textNodes(document.body).find((n) => n.data.startsWith('Zeta'))!;
    const r = document.createRange();
    r.setStart(zeta, 0);
    r.setEnd(
      textNodes(document.body).find((n) => n.data === ' theta.')!,
      3,
    );
    painter.paint('z', r, 'pink');
    expect(marks().map((m) => m.textContent)).toEqual(['beta', 'gamma', 'Zeta ', 'eta', ' th']);
    painter.erase('b');
    expect(marks().map((m) => m.textContent)).toEqual(['gamma', 'Zeta ', 'eta', ' th']);
    expect(document.body.textContent).toBe('Alpha beta gamma delta epsilon.Zeta eta theta.');
    painter.clear();
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
    const after = textNodes(document.body);
    expect(after).toHaveLength(before.length);
    after.forEach((n, i) => expect(n).toBe(before[i]));
  });

  it('never wraps text inside scripts, styles or our own UI', () => {
    document.body.innerHTML = '<p id="p">One <style>.x{}</style>two <span data-pc-ui>menu</span>three</p>';
    const p = document.getElementById('p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    createPainter(document).paint('c1', range, 'yellow');
    expect(marks().map((m) => m.textContent)).toEqual(['One ', 'two ', 'three']);
  });

  it('recolours a passage in place', () => {
    document.body.innerHTML = '<p>Alpha beta gamma.</p>';
    const painter = createPainter(document);
    painter.paint('c1', rangeOver(textNodes(document.body)[0]!, 6, 10), 'yellow');
    const [mark] = marks();
    painter.recolour('c1', 'purple');
    expect(marks()).toEqual([mark]);
    expect(mark!.dataset.colour).toBe('purple');
  });

  it('hit-tests through the element under the point', () => {
    document.body.innerHTML = '<p>Alpha beta gamma.</p>';
    const painter = createPainter(document);
    painter.paint('c1', rangeOver(textNodes(document.body)[0]!, 6, 10), 'yellow');
    const under = { el: marks()[0] as Element };
    (document as unknown as { elementFromPoint: () => Element }).elementFromPoint = () => under.el;
    expect(painter.idAt(10, 10)).toBe('c1');
    under.el = document.querySelector('p')!;
    expect(painter.idAt(10, 10)).toBeNull();
  });
});

describe('Custom Highlight API painter', () => {
  class FakeHighlight extends Set<AbstractRange> {
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  }
  function install(hitTest?: (x: number, y: number) => unknown[]): Map<string, FakeHighlight> {
    const registry = new Map<string, FakeHighlight>();
    if (hitTest) Object.assign(registry, { highlightsFromPoint: hitTest });
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    return registry;
  }

  it('leaves the DOM alone and groups ranges by colour', () => {
    document.body.innerHTML = '<p>Alpha beta gamma.</p>';
    const registry = install();
    const painter = createPainter(document);
    expect(painter.mutatesDom).toBe(false);
    const range = rangeOver(textNodes(document.body)[0]!, 6, 10);
    painter.paint('c1', range, 'blue');
    expect(marks()).toHaveLength(0);
    expect(registry.get('pc-blue')?.has(range)).toBe(true);
    painter.erase('c1');
    expect(registry.get('pc-blue')?.size).toBe(0);
  });

  it('hit-tests with highlightsFromPoint where the browser has it', () => {
    document.body.innerHTML = '<p>Alpha beta gamma.</p>';
    const text = textNodes(document.body)[0]!;
    const a = rangeOver(text, 0, 5);
    const b = rangeOver(text, 6, 10);
    let hits: unknown[] = [];
    const registry = install(() => hits);
    const painter = createPainter(document);
    painter.paint('a', a, 'yellow');
    painter.paint('b', b, 'yellow');
    hits = [{ highlight: registry.get('pc-yellow'), ranges: [b] }];
    expect(painter.idAt(1, 1)).toBe('b');
    hits = [];
    expect(painter.idAt(1, 1)).toBeNull();
  });

  it('falls back to caretPositionFromPoint when caretRangeFromPoint is missing', () => {
    document.body.innerHTML = '<p>Alpha beta gamma.</p>';
    const text = textNodes(document.body)[0]!;
    install();
    // jsdom has no layout: no rects, so only the caret can place the point.
    const proto = Range.prototype as unknown as { getClientRects?: () => DOMRect[] };
    proto.getClientRects ??= () => [];
    const painter = createPainter(document);
    painter.paint('a', rangeOver(text, 0, 5), 'yellow');
    painter.paint('b', rangeOver(text, 6, 10), 'green');
    let offset = 8;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
      offsetNode: text,
      offset,
    });
    expect(painter.idAt(1, 1)).toBe('b');
    offset = 2;
    expect(painter.idAt(1, 1)).toBe('a');
    offset = 14;
    expect(painter.idAt(1, 1)).toBeNull();
  });
});
