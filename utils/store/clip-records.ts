import { tagKey } from '../tags';
import { DEFAULT_COLOUR } from '../vocabulary';
import type { ClipDraft, ClipRecord } from './types';

/**
 * A clip as stored: the record plus `tagDates`, one `[tagKey, createdAt]` per distinct tag, for the
 * multi-entry `tagDate` index that lets a tag filter read one page in date order. The field is the
 * store's own business: records go in through `toStored` and come out through `fromStored`, so callers
 * only ever see `ClipRecord`.
 */
export type StoredClip = ClipRecord & { tagDates: Array<[string, number]> };

export function tagDatesOf(clip: Pick<ClipRecord, 'tags' | 'createdAt'>): Array<[string, number]> {
  const keys = new Set(clip.tags.map(tagKey).filter(Boolean));
  return [...keys].map((key) => [key, clip.createdAt]);
}

export function toStored(clip: ClipRecord): StoredClip {
  return { ...clip, tagDates: tagDatesOf(clip) };
}

export function fromStored(stored: StoredClip): ClipRecord;
export function fromStored(stored: StoredClip | undefined): ClipRecord | undefined;
export function fromStored(stored: StoredClip | undefined): ClipRecord | undefined {
  if (!stored) return undefined;
  const { tagDates: _derived, ...clip } = stored;
  return clip;
}

export function allFromStored(stored: readonly StoredClip[]): ClipRecord[] {
  return stored.map((s) => fromStored(s));
}

/** A new clip from its draft: the neutral default of every field the draft leaves out. */
export function clipFromDraft(draft: ClipDraft, id: string, now: number): ClipRecord {
  return {
    id,
    articleId: draft.articleId,
    quote: draft.quote,
    selectors: draft.selectors,
    kind: draft.kind ?? 'quote',
    type: draft.type ?? null,
    value: draft.value ?? null,
    unit: draft.unit ?? null,
    figure: draft.figure ?? null,
    context: draft.context ?? '',
    tags: draft.tags ?? [],
    note: draft.note ?? '',
    colour: draft.colour ?? DEFAULT_COLOUR,
    fragment: draft.fragment ?? '',
    createdAt: now,
    updatedAt: now,
    version: 1,
    noteVariants: [],
  };
}

/** The fields every write of an existing clip changes: when, and its version (what others compare). */
export function bumped(
  clip: Pick<ClipRecord, 'version'>,
  now: number,
): { updatedAt: number; version: number } {
  return { updatedAt: now, version: clip.version + 1 };
}

/**
 * A page's clips in the order every surface lists them: oldest first, and by id among clips saved
 * together ("Highlight all" saves a batch at one instant), so a list re-read from the store and one
 * updated from the change feed are in the same order and no row moves under the user.
 */
export const oldestFirst = (
  a: Pick<ClipRecord, 'createdAt' | 'id'>,
  b: Pick<ClipRecord, 'createdAt' | 'id'>,
): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
