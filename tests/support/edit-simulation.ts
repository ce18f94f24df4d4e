/**
 * Many surfaces (library tabs, the popup, in-page menus) editing one clip against the real store, each
 * from its own possibly stale copy, in a seeded random order: what the property test checks and what
 * the bench counts (`reliability.lostEdits`). An edit is lost when its words (a tag added, text written
 * in the note) are neither in the final clip nor kept beside its note, and no later edit removed them on
 * purpose (a removal of that tag, or a note edit made by a surface that had seen those words).
 */
import type { ClipStore } from '@/utils/store';
import type { ClipRecord } from '@/utils/store/types';

export type SimStep =
  | { surface: number; op: 'addTag' }
  | { surface: number; op: 'removeTag'; pick: number }
  | { surface: number; op: 'appendNote' }
  | { surface: number; op: 'rewriteNote' }
  | { surface: number; op: 'refresh' };

interface Written {
  /** The words this edit introduced (a tag, or a marker in the note). */
  words: string;
  kind: 'tag' | 'note';
  step: number;
}

export interface SimOutcome {
  lost: Written[];
  final: ClipRecord;
  edits: number;
}

export async function simulateEdits(
  store: ClipStore,
  clipId: string,
  surfaces: number,
  steps: readonly SimStep[],
): Promise<SimOutcome> {
  const [start] = await store.getClips([clipId]);
  if (!start) throw new Error('no clip');
  const copies: ClipRecord[] = Array.from({ length: surfaces }, () => start);
  const written: Written[] = [];
  const removedTagsAfter = new Map<string, number>();
  // For each note edit: the step it was made at and the note it was based on.
  const noteEdits: { step: number; base: string }[] = [];
  let edits = 0;
  for (const [i, step] of steps.entries()) {
    const copy = copies[step.surface % surfaces]!;
    const keep = (clip: ClipRecord): void => void (copies[step.surface % surfaces] = clip);
    switch (step.op) {
      case 'refresh':
        keep((await store.getClips([clipId]))[0]!);
        break;
      case 'addTag': {
        const tag = `t${i}`;
        written.push({ words: tag, kind: 'tag', step: i });
        keep(await store.editClip(clipId, { addTags: [tag] }));
        edits++;
        break;
      }
      case 'removeTag': {
        const tag = copy.tags[step.pick % Math.max(1, copy.tags.length)];
        if (tag === undefined) break;
        removedTagsAfter.set(tag, i);
        keep(await store.editClip(clipId, { removeTags: [tag] }));
        edits++;
        break;
      }
      case 'appendNote':
      case 'rewriteNote': {
        const marker = `w${i}`;
        const text = step.op === 'appendNote' ? `${copy.note} ${marker}`.trim() : `${marker} rewritten`;
        written.push({ words: marker, kind: 'note', step: i });
        noteEdits.push({ step: i, base: copy.note });
        keep(await store.editClip(clipId, { note: { base: copy.note, text } }));
        edits++;
        break;
      }
    }
  }
  const [final] = await store.getClips([clipId]);
  if (!final) throw new Error('clip gone');
  const kept = [final.note, ...final.noteVariants.map((v) => v.text)].join('\n');
  const lost = written.filter((w) => {
    if (w.kind === 'tag')
      return !final.tags.includes(w.words) && !((removedTagsAfter.get(w.words) ?? -1) > w.step);
    if (kept.includes(w.words)) return false;
    // Removed on purpose: a later note edit by a surface whose copy already had these words.
    return !noteEdits.some((e) => e.step > w.step && e.base.includes(w.words));
  });
  return { lost, final, edits };
}
