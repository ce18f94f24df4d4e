/**
 * A note edited on two machines that merged from different bases: one side may already hold lines the
 * other appended (it merged an earlier version of them). The merge keeps every line and repeats none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeNote } from '@/utils/merge/note';
import { clipBody, type LiveClipBody } from '@/utils/sync/docs';
import { mergeClip } from '@/utils/sync/merge';
import { makeClip } from '../components/fixtures';

const lineSet = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: n, maxLength: n + 4 });
const note = (lines: readonly string[]) => lines.join('\n');
const sorted = (text: string) => text.split('\n').sort();

/**
 * Unique lines: `base`; the incoming side added `incoming` after it; the current side added its own
 * lines and, somewhere among them, the first `merged` lines of the incoming side's additions (it merged
 * that earlier version of the incoming note).
 */
const scenario = fc
  .tuple(lineSet(0), lineSet(1), lineSet(0), fc.nat(), fc.nat())
  .map(([b, i, c, mergedPick, at]) => {
    const used = new Set<number>();
    const fresh = (xs: number[], tag: string) =>
      xs.filter((x) => !used.has(x) && used.add(x)).map((x) => `${tag}${x}`);
    const base = fresh(b, 'b');
    const incoming = fresh(i, 'i');
    const own = fresh(c, 'c');
    const merged = incoming.slice(0, mergedPick % (incoming.length + 1));
    const cut = at % (own.length + 1);
    const current = [...base, ...own.slice(0, cut), ...merged, ...own.slice(cut)];
    return { base, incoming: [...base, ...incoming], current, all: [...base, ...own, ...incoming] };
  })
  .filter((s) => s.incoming.length > s.base.length && s.current.length > s.base.length);

const body = (text: string, at: number, author: string): LiveClipBody =>
  clipBody(makeClip('c1', 'a1', { note: text, updatedAt: at }), author);

describe('notes merged from different bases', () => {
  it('mergeNote: every line of both sides, none repeated', () => {
    fc.assert(
      fc.property(scenario, ({ base, incoming, current, all }) => {
        for (const [cur, inc] of [
          [current, incoming],
          [incoming, current],
        ] as const) {
          const { note: merged, conflict } = mergeNote(note(base), note(cur), note(inc));
          expect(conflict).toBeNull();
          expect(sorted(merged)).toEqual([...all].sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('two replicas’ documents with an unknown common ancestor: every line, none repeated', () => {
    fc.assert(
      fc.property(scenario, ({ incoming, current, all }) => {
        const merged = mergeClip(null, body(note(current), 2, 'alice'), body(note(incoming), 1, 'bob'));
        if ('deleted' in merged) throw new Error('not a deletion');
        const texts = [merged.note, ...merged.noteVariants.map((n) => n.text)];
        for (const line of all) expect(texts.some((t) => t.split('\n').includes(line))).toBe(true);
        const lines = merged.note.split('\n');
        expect(new Set(lines).size).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });
});
