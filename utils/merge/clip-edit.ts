/**
 * Edits are patches, not whole values: a tag added or removed applies to the clip's tags as they are
 * now, whatever the editor saw; a note carries the note it was based on and merges (`mergeNote`). So two
 * tabs, the popup and the in-page menu can edit one clip in any order and no tag or note is lost.
 */
import * as v from 'valibot';
import { addTags, TAG_LIMITS, TagListSchema, tagKey, withoutTags } from '../tags';
import { HighlightColourSchema, type HighlightColour } from '../vocabulary';
import { mergeNote } from './note';

const Note = v.pipe(v.string(), v.maxLength(100_000));

/** A note version kept beside the note because it could not be merged (`resolveNote` decides). */
export const NoteVariantSchema = v.object({
  text: Note,
  /** Epoch ms it was written. */
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** Who wrote it, when known (a team library's member). */
  author: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type NoteVariant = v.InferOutput<typeof NoteVariantSchema>;

/** At most this many unresolved versions are kept apart per clip; older ones are joined, never dropped. */
export const MAX_NOTE_VARIANTS = 10;

/** `variants` within the limit: the two oldest are joined into one until it fits (no text is lost). */
export function withinLimit(variants: NoteVariant[]): NoteVariant[] {
  const out = [...variants];
  while (out.length > MAX_NOTE_VARIANTS) {
    const [a, b] = out.splice(0, 2) as [NoteVariant, NoteVariant];
    out.unshift({ ...b, text: `${a.text}\n\n---\n\n${b.text}` });
  }
  return out;
}

export const ClipEditSchema = v.strictObject({
  addTags: v.optional(TagListSchema),
  removeTags: v.optional(TagListSchema),
  /** `base`: the note as the editor last had it; `text`: as the user left it. */
  note: v.optional(v.strictObject({ base: Note, text: Note })),
  colour: v.optional(HighlightColourSchema),
  /** The user's choice about a kept version: use it instead, add it below the note, or drop it. */
  resolveNote: v.optional(
    v.strictObject({
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      choice: v.picklist(['use', 'append', 'discard']),
    }),
  ),
});
export type ClipEdit = v.InferOutput<typeof ClipEditSchema>;

export interface EditableClip {
  tags: string[];
  note: string;
  noteVariants: NoteVariant[];
  colour: HighlightColour;
}

/** Whether the edit changes nothing a user could see (so no write, no version bump). */
export const isEmptyEdit = (edit: ClipEdit): boolean =>
  !edit.addTags?.length && !edit.removeTags?.length && !edit.note && !edit.colour && !edit.resolveNote;

/** The clip after `edit`, applied to the clip as stored now. `at`/`author`: when and by whom. */
export function applyClipEdit<C extends EditableClip>(
  clip: C,
  edit: ClipEdit,
  at: number,
  author?: string,
): C {
  let tags = clip.tags;
  if (edit.removeTags?.length) tags = withoutTags(tags, edit.removeTags);
  if (edit.addTags?.length) tags = addTags(tags, edit.addTags);
  if (tags.length > TAG_LIMITS.perClip) tags = tags.slice(0, TAG_LIMITS.perClip);
  let note = clip.note;
  let noteVariants = clip.noteVariants;
  if (edit.note) {
    const merged = mergeNote(edit.note.base, note, edit.note.text);
    note = merged.note;
    if (merged.conflict !== null && !noteVariants.some((n) => n.text === merged.conflict)) {
      const variant: NoteVariant = author
        ? { text: merged.conflict, at, author }
        : { text: merged.conflict, at };
      noteVariants = withinLimit([...noteVariants, variant]);
    }
  }
  if (edit.resolveNote) {
    const chosen = noteVariants[edit.resolveNote.index];
    if (chosen) {
      if (edit.resolveNote.choice === 'use') note = chosen.text;
      if (edit.resolveNote.choice === 'append')
        note = note === '' ? chosen.text : `${note}\n\n${chosen.text}`;
      noteVariants = noteVariants.filter((_, i) => i !== edit.resolveNote!.index);
    }
  }
  return { ...clip, tags, note, noteVariants, colour: edit.colour ?? clip.colour };
}

/** The tag ops that turn `before` into `after` (what a tag editor's new list means). */
export function tagOps(
  before: readonly string[],
  after: readonly string[],
): Pick<ClipEdit, 'addTags' | 'removeTags'> {
  const had = new Set(before.map(tagKey));
  const has = new Set(after.map(tagKey));
  const addTags = after.filter((t) => !had.has(tagKey(t)));
  const removeTags = before.filter((t) => !has.has(tagKey(t)));
  return { ...(addTags.length ? { addTags } : {}), ...(removeTags.length ? { removeTags } : {}) };
}
