import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryPouch } from '@/tests/support/couch-server';
import { createTestReplica, type TestReplica } from '@/tests/support/sync-replica';
import type { ClipRecord } from '@/utils/store';
import { article, draft } from '../store/helpers';

type Step =
  | { on: 0 | 1; op: 'addTag' }
  | { on: 0 | 1; op: 'removeTag'; pick: number }
  | { on: 0 | 1; op: 'appendNote' }
  | { on: 0 | 1; op: 'rewriteNote' }
  | { on: 0 | 1; op: 'sync' };

const on = fc.constantFrom(0 as const, 1 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ on, op: fc.constant('addTag' as const) }),
  fc.record({ on, op: fc.constant('removeTag' as const), pick: fc.nat(10) }),
  fc.record({ on, op: fc.constant('appendNote' as const) }),
  fc.record({ on, op: fc.constant('rewriteNote' as const) }),
  fc.record({ on, op: fc.constant('sync' as const) }),
);

/** What a user sees of a clip (the local version number is each replica's own count). */
const shown = (c: ClipRecord | undefined) =>
  c && { tags: [...c.tags].sort(), note: c.note, variants: c.noteVariants.map((n) => n.text).sort() };

describe('two replicas of a team library', () => {
  it('any interleaving of offline edits on two replicas, then sync: both converge, no tag or note text lost, no note line repeated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 24 }), async (steps) => {
        let tick = 0;
        const clock = () => Date.UTC(2025, 0, 1) + 1000 * tick++;
        const server = new (memoryPouch())('server');
        const replicas: TestReplica[] = [
          await createTestReplica('a', { clock, author: 'alice' }),
          await createTestReplica('b', { clock, author: 'bob' }),
        ];
        const [a, b] = replicas as [TestReplica, TestReplica];
        try {
          const art = await a.store.saveArticle(article());
          const clip = await a.store.addClip(draft(art.id, '促进科技成果转化', { note: 'n0' }));
          await a.syncWith(server);
          await b.syncWith(server);
          const added = new Set<string>();
          const removed = new Set<string>();
          const words: string[] = [];
          let serial = 0;
          for (const s of steps) {
            const r = replicas[s.on]!;
            const [current] = await r.store.getClips([clip.id]);
            if (!current) throw new Error('clip vanished without a deletion');
            if (s.op === 'sync') await r.syncWith(server);
            else if (s.op === 'addTag') {
              const tag = `t${++serial}`;
              added.add(tag);
              await r.store.editClip(clip.id, { addTags: [tag] });
            } else if (s.op === 'removeTag') {
              const tag = current.tags[s.pick % Math.max(1, current.tags.length)];
              if (!tag) continue;
              removed.add(tag);
              await r.store.editClip(clip.id, { removeTags: [tag] });
            } else {
              const word = `w${++serial}`;
              words.push(word);
              const text = s.op === 'appendNote' ? `${current.note}\n${word}` : word;
              // A rewrite replaces the note this replica showed, on purpose: the words in it may go.
              // Words it did not show (written on the other replica, or kept as a variant) must stay.
              if (s.op === 'rewriteNote') {
                const kept = words.filter((w) => w === word || !current.note.includes(w));
                words.splice(0, words.length, ...kept);
              }
              await r.store.editClip(clip.id, { note: { base: current.note, text } });
            }
          }
          // Sync until quiescent: a conflict resolved during one round is sent in the next.
          let onA: ClipRecord | undefined;
          let onB: ClipRecord | undefined;
          for (let round = 0; round < 6; round++) {
            await a.syncWith(server);
            await b.syncWith(server);
            [onA] = await a.store.getClips([clip.id]);
            [onB] = await b.store.getClips([clip.id]);
            if (JSON.stringify(shown(onA)) === JSON.stringify(shown(onB))) break;
          }
          expect(shown(onB)).toEqual(shown(onA));
          for (const tag of added) if (!removed.has(tag)) expect(onA?.tags).toContain(tag);
          const text = [onA?.note ?? '', ...(onA?.noteVariants ?? []).map((n) => n.text)].join('\n');
          for (const word of words) expect(text).toContain(word);
          // Every line is written once (a word, or the first note): none repeated by a merge.
          const lines = (onA?.note ?? '').split('\n').filter((l) => l !== '');
          expect(lines).toEqual([...new Set(lines)]);
        } finally {
          await Promise.all(replicas.map((r) => r.close()));
          await server.destroy();
        }
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
