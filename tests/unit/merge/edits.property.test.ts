import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinAdditions, mergeNote } from '@/utils/merge/note';
import { simulateEdits, type SimStep } from '@/tests/support/edit-simulation';
import { article, draft, freshStore } from '../store/helpers';

const step: fc.Arbitrary<SimStep> = fc.oneof(
  fc.record({ surface: fc.nat(3), op: fc.constant('addTag' as const) }),
  fc.record({ surface: fc.nat(3), op: fc.constant('removeTag' as const), pick: fc.nat(20) }),
  fc.record({ surface: fc.nat(3), op: fc.constant('appendNote' as const) }),
  fc.record({ surface: fc.nat(3), op: fc.constant('rewriteNote' as const) }),
  fc.record({ surface: fc.nat(3), op: fc.constant('refresh' as const) }),
);

describe('edits from many surfaces', () => {
  it('any interleaving of tag and note edits from up to four stale surfaces loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(step, { maxLength: 40 }),
        async (surfaces, steps) => {
          const { store } = await freshStore();
          const a = await store.saveArticle(article());
          const clip = await store.addClip(draft(a.id, '促进科技成果转化', { note: 'start' }));
          const { lost } = await simulateEdits(store, clip.id, surfaces, steps);
          expect(lost).toEqual([]);
          store.close();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('mergeNote', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '科'), maxLength: 12 });
  it('keeps every side’s words: in the note, or as the conflict beside it', () => {
    fc.assert(
      fc.property(text, text, text, (base, current, incoming) => {
        const { note, conflict } = mergeNote(base, current, incoming);
        if (conflict === null) {
          // Merged: every line each side added after the base survives (once: a line the other side
          // gained too is not repeated, so the added text need not stay in one piece).
          const survives = (added: string) => {
            for (const line of added.split('\n')) expect(note).toContain(line);
          };
          if (incoming.startsWith(base)) survives(incoming.slice(base.length));
          if (current.startsWith(base)) survives(current.slice(base.length));
        } else {
          expect(note).toBe(current);
          expect(conflict).toBe(incoming);
        }
      }),
    );
  });

  it('is a no-op when nothing changed, and applies an edit of the newest note as it is', () => {
    fc.assert(
      fc.property(text, text, (base, incoming) => {
        expect(mergeNote(base, base, incoming)).toEqual({ note: incoming, conflict: null });
        expect(mergeNote(base, incoming, base)).toEqual({ note: incoming, conflict: null });
      }),
    );
  });

  it('joins two additions on a new line unless space already separates them', () => {
    expect(joinAdditions('要点一', '要点二')).toBe('要点一\n要点二');
    expect(joinAdditions('one ', 'two')).toBe('one two');
    expect(joinAdditions('', 'two')).toBe('two');
  });
});
