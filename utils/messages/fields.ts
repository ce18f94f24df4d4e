/**
 * Field schemas the channels share. Limits are generous for real use and small enough that a hostile
 * or buggy sender cannot make the background hold megabytes of junk.
 */
import * as v from 'valibot';

export const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Url = v.pipe(v.string(), v.maxLength(8192), v.url());
/** Many clips at once (a library selection); bulk work is chunked below the wire limit. */
export const Ids = v.pipe(v.array(Id), v.minLength(1), v.maxLength(20_000));
export const Note = v.pipe(v.string(), v.maxLength(100_000));
export const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
