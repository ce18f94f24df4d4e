/**
 * The extension's settings (export options, tag colours) as data: defaults, reading what storage holds,
 * and merging the settings a backup carries into the current ones.
 */
import * as v from 'valibot';
import { COLOURS } from './messages/requests';
import type { Settings } from './messages/responses';
import { LIMITS } from './store/validation';

export const DEFAULT_SETTINGS: Settings = {
  brief: { groupBy: 'tag', fullText: false, highlightStyle: 'mark', citationStyle: 'auto' },
  tagColours: {},
};

/** At most this many tag colours are taken from a backup (a real library has hundreds of tags at most). */
const MAX_IMPORTED_COLOURS = 10_000;

// What is in storage or in a backup may come from an older version or a hand edit: anything invalid
// falls back to the default for that field, never breaking the export.
const briefSchema = v.object({
  groupBy: v.fallback(v.picklist(['tag', 'article', 'kind']), DEFAULT_SETTINGS.brief.groupBy),
  fullText: v.fallback(v.boolean(), DEFAULT_SETTINGS.brief.fullText),
  highlightStyle: v.fallback(v.picklist(['mark', 'bold']), DEFAULT_SETTINGS.brief.highlightStyle),
  citationStyle: v.fallback(
    v.picklist(['auto', 'gbt7714', 'author-date']),
    DEFAULT_SETTINGS.brief.citationStyle,
  ),
});

const StoredSettings = v.object({
  brief: v.optional(briefSchema, DEFAULT_SETTINGS.brief),
  tagColours: v.optional(v.record(v.string(), v.string()), {}),
});

export function readSettings(raw: unknown): Settings {
  const parsed = v.safeParse(StoredSettings, raw ?? {});
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

const sameBrief = (a: Settings['brief'], b: Settings['brief']): boolean =>
  a.groupBy === b.groupBy &&
  a.fullText === b.fullText &&
  a.highlightStyle === b.highlightStyle &&
  a.citationStyle === b.citationStyle;

/** The colours of a backup that name a tag and a colour we know; the rest is dropped. */
function importedColours(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const known = new Set<string>(COLOURS);
  const entries = Object.entries(raw)
    .filter(
      ([tag, colour]) =>
        tag.trim() !== '' && tag.length <= LIMITS.tag && typeof colour === 'string' && known.has(colour),
    )
    .slice(0, MAX_IMPORTED_COLOURS);
  return Object.fromEntries(entries);
}

/**
 * The current settings after importing a backup's: the user's own choices win. A tag that has a colour
 * here keeps it; a tag without one takes the backup's. Export options come from the backup only while
 * the current ones are still the defaults (a fresh install restoring its library).
 */
export function mergeImportedSettings(current: Settings, imported: Record<string, unknown> | null): Settings {
  if (!imported) return current;
  const brief =
    sameBrief(current.brief, DEFAULT_SETTINGS.brief) && imported['brief'] !== undefined
      ? v.parse(v.fallback(briefSchema, DEFAULT_SETTINGS.brief), imported['brief'])
      : current.brief;
  return { brief, tagColours: { ...importedColours(imported['tagColours']), ...current.tagColours } };
}
