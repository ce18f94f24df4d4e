/**
 * Field schemas the channels share. Limits are generous for real use and small enough that a hostile
 * or buggy sender cannot make the background hold megabytes of junk.
 */
import * as v from 'valibot';
import { ChannelError } from './errors';

export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Url = v.pipe(v.string(), v.maxLength(8192), v.url());
/**
 * The most items one request may carry: clips of a library selection, suggestions of one page. Far
 * above a real library page or selection; a request past it is refused naming the limit.
 */
export const MAX_ITEMS_PER_REQUEST = 100_000;
export const Ids = v.pipe(v.array(Id), v.minLength(1), v.maxLength(MAX_ITEMS_PER_REQUEST));
export const Note = v.pipe(v.string(), v.maxLength(100_000));
export const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** `items` within the limit of one request, or the error that names the limit (the UI's words). */
export function withinRequestLimit<T>(items: readonly T[]): readonly T[] {
  if (items.length <= MAX_ITEMS_PER_REQUEST) return items;
  throw new ChannelError({
    code: 'too-many',
    subs: [items.length, MAX_ITEMS_PER_REQUEST],
    message: `${items.length} items are more than one request may carry (${MAX_ITEMS_PER_REQUEST}); nothing was changed.`,
  });
}
