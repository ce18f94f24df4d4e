/**
 * Properties of anchoring on generated documents (1,000 runs each):
 * (a) edits outside the quote → the same text anchors, at the same place;
 * (b) up to 10% of the quote's characters edited → the edited passage anchors;
 * (c) the quote deleted → orphan. "Wrong" is defined precisely: anchoring to a text more than 25% of
 *     the quote's length (in edits) away from the quote. The documents are checked with an independent
 *     matcher (approx-string-match over the whole text) to hold no such passage after the deletion; they
 *     do hold decoys (copies of the quote with 30–60% of it changed) to test the threshold. Then any
 *     anchoring at all would be a wrong attachment, and the property requires an orphan every time.
 */
import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { type Selector, anchor, buildTextModel, describe } from '@/utils/anchor';
import { documentFrom } from './dom';
import {
  type Block,
  block,
  blockElement,
  documentBlocks,
  fillBody,
  quotePlacement,
  replacementFor,
} from './generated-docs';

const RUNS = 1000;
const CONTEXT = 32;
const doc = documentFrom('<!DOCTYPE html><html><body></body></html>');
/**
 * Each run gets a fresh detached root: jsdom keeps every live Range registered on the nodes it touches
 * (until garbage collection), and reusing one body would make each mutation slower than the last.
 */
let body: HTMLElement = doc.createElement('body');

interface Quote {
  range: Range;
  /** The quote with its 32 characters of context on each side. */
  surroundings: Range;
  selectors: Selector[];
  exact: string;
  start: number;
  end: number;
}

function setUp(blocks: Block[], placement: { at: number; length: number }): Quote | null {
  body = doc.createElement('body');
  fillBody(body, blocks);
  const model = buildTextModel(body);
  const text = model.text;
  let start = Math.floor(placement.at * text.length);
  let end = Math.min(text.length, start + placement.length);
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end - start < 8) return null;
  const range = model.rangeAt(start, end);
  const surroundings = model.rangeAt(Math.max(0, start - CONTEXT), Math.min(text.length, end + CONTEXT));
  return { range, surroundings, selectors: describe(range, body), exact: text.slice(start, end), start, end };
}

function textNodesOf(el: Element): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode())
    if ((n as Text).data.trim() !== '') nodes.push(n as Text);
  return nodes;
}

/** Replaces the character at `offset` (a letter, never whitespace) by another letter of its script. */
function substituteAt(node: Text, offset: number, pick: number): void {
  const ch = node.data[offset];
  if (ch === undefined || /\s/.test(ch)) return;
  node.replaceData(offset, 1, replacementFor(ch, pick));
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++) {
      curr[j] = Math.min(
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (prev[j] as number) + 1,
        (curr[j - 1] as number) + 1,
      );
    }
    prev = curr;
  }
  return prev[b.length] as number;
}

const outsideEdit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'reword', 'context'),
  index: fc.nat(),
  pick: fc.nat(),
  block,
});

suite('anchoring properties on generated documents', () => {
  it('(a) edits outside the quote: the same text anchors at the same place', () => {
    fc.assert(
      fc.property(
        documentBlocks,
        quotePlacement,
        fc.array(outsideEdit, { maxLength: 6 }),
        (blocks, placement, edits) => {
          const quote = setUp(blocks, placement);
          fc.pre(quote !== null);
          if (quote === null) return;
          const model = buildTextModel(body);
          // A short quote is identified by its context as much as by itself (score.ts): for it, whole
          // blocks are only changed away from its context, and the context gets at most 3 typos.
          const guard = quote.exact.length >= 48 ? quote.range : quote.surroundings;
          let contextEdits = 0;
          for (const edit of [...edits].sort(
            (x, y) => Number(y.kind === 'context') - Number(x.kind === 'context'),
          )) {
            const children = [...body.children];
            if (edit.kind === 'context') {
              if (++contextEdits > 3) continue;
              const offset = 1 + (edit.pick % CONTEXT);
              const at = edit.index % 2 === 0 ? quote.start - offset : quote.end + offset - 1;
              if (at < 0 || at >= model.text.length) continue;
              const point = model.rangeAt(at, at + 1);
              // Replacing the character just before the quote in the same text node would pull the live
              // range's start back over it (DOM "replace data"); a same-length substitution moves no
              // text, so the quote's boundary is put back where it was.
              const { startContainer, startOffset } = quote.range;
              substituteAt(point.startContainer as Text, point.startOffset, edit.pick);
              quote.range.setStart(startContainer, startOffset);
            } else if (edit.kind === 'insert') {
              const before = children[edit.index % (children.length + 1)] ?? null;
              const at = before === null ? body.childNodes.length : [...body.childNodes].indexOf(before);
              if (guard.comparePoint(body, at) !== 0)
                body.insertBefore(blockElement(doc, edit.block), before);
            } else {
              const target = children[edit.index % children.length];
              if (target === undefined || guard.intersectsNode(target)) continue;
              if (edit.kind === 'delete') {
                target.remove();
              } else {
                const nodes = textNodesOf(target);
                const node = nodes[edit.pick % Math.max(1, nodes.length)];
                if (node !== undefined) substituteAt(node, edit.pick % node.data.length, edit.pick >> 3);
              }
            }
          }
          const expected = buildTextModel(body).offsetsOf(quote.range);
          const result = anchor(body, quote.selectors);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect({ start: result.start, end: result.end }).toEqual(expected);
          expect(buildTextModel(body).text.slice(result.start, result.end)).toBe(quote.exact);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('(b) up to 10% of the quote edited: the edited passage anchors', () => {
    const edit = fc.record({
      kind: fc.constantFrom('substitute', 'insert', 'delete'),
      at: fc.nat(),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(
        documentBlocks,
        quotePlacement,
        fc.array(edit, { minLength: 1, maxLength: 16 }),
        (blocks, placement, edits) => {
          const quote = setUp(blocks, placement);
          fc.pre(quote !== null);
          if (quote === null) return;
          const model = buildTextModel(body);
          const m = quote.exact.length;
          const allowed = edits.slice(0, Math.floor(m / 10));
          fc.pre(allowed.length > 0);
          // Distinct positions inside the quote, letters only (an edit never creates or removes a space),
          // applied right to left so that the DOM points computed up front stay valid.
          const positions = new Map<number, (typeof allowed)[number]>();
          for (const e of allowed) {
            const at = quote.start + (e.at % m);
            if (!/\s/.test(model.text[at] as string)) positions.set(at, e);
          }
          fc.pre(positions.size > 0);
          const points = [...positions.keys()]
            .sort((a, b) => b - a)
            .map((at) => ({ at, point: model.rangeAt(at, at + 1) }));
          for (const { at, point } of points) {
            const e = positions.get(at) as (typeof allowed)[number];
            const node = point.startContainer as Text;
            const off = point.startOffset;
            const ch = node.data[off] as string;
            if (e.kind === 'substitute') node.replaceData(off, 1, replacementFor(ch, e.pick));
            else if (e.kind === 'insert') node.insertData(off, replacementFor(ch, e.pick));
            else if (!/\s/.test(node.data[off - 1] ?? ' ') || !/\s/.test(node.data[off + 1] ?? ' '))
              node.deleteData(off, 1);
          }
          const edited = buildTextModel(body);
          const expected = edited.offsetsOf(quote.range);
          const n = positions.size;
          const result = anchor(body, quote.selectors);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(Math.abs(result.start - expected.start)).toBeLessThanOrEqual(n);
          expect(Math.abs(result.end - expected.end)).toBeLessThanOrEqual(n);
          expect(levenshtein(edited.text.slice(result.start, result.end), quote.exact)).toBeLessThanOrEqual(
            n,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('(c) the quote deleted: orphan, never a wrong attachment, even with near-miss decoys', () => {
    const decoy = fc.record({
      index: fc.nat(),
      changes: fc.double({ min: 0.3, max: 0.6, noNaN: true }),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(
        documentBlocks,
        quotePlacement,
        fc.array(decoy, { maxLength: 2 }),
        (blocks, placement, decoys) => {
          const quote = setUp(blocks, placement);
          fc.pre(quote !== null);
          if (quote === null) return;
          const m = quote.exact.length;
          for (const d of decoys) {
            const chars = [...quote.exact];
            const count = Math.ceil(chars.length * d.changes);
            for (let i = 0; i < count; i++) {
              const at = (d.pick + i * 7919) % chars.length;
              if (!/\s/.test(chars[at] as string))
                chars[at] = replacementFor(chars[at] as string, d.pick + i);
            }
            const p = doc.createElement('p');
            p.textContent = chars.join('').replace(/\n/g, ' ');
            const children = [...body.children];
            body.insertBefore(p, children[d.index % (children.length + 1)] ?? null);
          }
          quote.range.deleteContents();
          const text = buildTextModel(body).text;
          // The independent oracle: no passage within 25% of the quote's length in edits remains.
          fc.pre(approxSearch(text, quote.exact, Math.floor(m / 4)).length === 0);
          const result = anchor(body, quote.selectors);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.bestScore).toBeLessThan(0.75);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
