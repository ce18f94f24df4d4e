import { tagKey } from '../tags';
import type { ClipRecord } from './types';

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
