/**
 * The extension's settings (export options, tag colours) as data: defaults, reading what storage holds,
 * and merging the settings a backup carries into the current ones.
 */
import * as v from 'valibot';
import { TagSchema } from './tags';
import {
  BRIEF_GROUPINGS,
  CITATION_STYLES,
  DEFAULT_BRIEF_PREFERENCES,
  HIGHLIGHT_STYLES,
  HighlightColourSchema,
  isHighlightColour,
  TOOLBAR_TARGETS,
  type HighlightColour,
} from './vocabulary';

/** At most this many tag colours are taken from a backup (a real library has hundreds of tags at most). */
const MAX_IMPORTED_COLOURS = 10_000;

// What is in storage or in a backup may come from an older version or a hand edit: anything invalid
// falls back to the default for that field, never breaking the export.
const D = DEFAULT_BRIEF_PREFERENCES;
const briefSchema = v.object({
  groupBy: v.fallback(v.picklist(BRIEF_GROUPINGS), D.groupBy),
  fullText: v.fallback(v.boolean(), D.fullText),
  highlightStyle: v.fallback(v.picklist(HIGHLIGHT_STYLES), D.highlightStyle),
  citationStyle: v.fallback(v.picklist(CITATION_STYLES), D.citationStyle),
  frontMatterTag: v.fallback(v.nullable(TagSchema), D.frontMatterTag),
  linkSavedCopy: v.fallback(v.boolean(), D.linkSavedCopy),
});

/** The longest vault name or folder path kept (Obsidian's own limits are the file system's). */
export const OBSIDIAN_FIELD_MAX = 500;
const obsidianField = v.fallback(v.pipe(v.string(), v.maxLength(OBSIDIAN_FIELD_MAX)), '');

/**
 * Where "Open in Obsidian" creates notes: the vault's name ('' for the vault Obsidian has open) and a
 * folder in it ('' for its root), as typed (`utils/obsidian` makes them safe when it builds the URI).
 */
export const ObsidianSettingsSchema = v.object({ vault: obsidianField, folder: obsidianField });
export type ObsidianSettings = v.InferOutput<typeof ObsidianSettingsSchema>;
const DEFAULT_OBSIDIAN: ObsidianSettings = { vault: '', folder: '' };

/** The settings as storage keeps them; a colour this build does not know is dropped. */
export const SettingsSchema = v.object({
  brief: v.optional(briefSchema, D),
  obsidian: v.optional(v.fallback(ObsidianSettingsSchema, DEFAULT_OBSIDIAN), DEFAULT_OBSIDIAN),
  tagColours: v.optional(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.transform((colours) =>
        Object.fromEntries(
          Object.entries(colours).filter((e): e is [string, HighlightColour] => isHighlightColour(e[1])),
        ),
      ),
      v.record(v.string(), HighlightColourSchema),
    ),
    {},
  ),
  /** What the toolbar button opens (a preference of this browser: not carried by backups). */
  toolbar: v.optional(v.fallback(v.picklist(TOOLBAR_TARGETS), 'popup'), 'popup'),
  /**
   * Chrome: every PDF a tab opens goes to the reader (`utils/pdf/auto-open.ts`). Off unless the user
   * turns it on; a preference of this browser, not carried by backups.
   */
  pdfAutoOpen: v.optional(v.fallback(v.boolean(), false), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  brief: { ...D },
  obsidian: { ...DEFAULT_OBSIDIAN },
  tagColours: {},
  toolbar: 'popup',
  pdfAutoOpen: false,
};

export function readSettings(raw: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, raw ?? {});
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

const sameBrief = (a: Settings['brief'], b: Settings['brief']): boolean =>
  a.groupBy === b.groupBy &&
  a.fullText === b.fullText &&
  a.highlightStyle === b.highlightStyle &&
  a.citationStyle === b.citationStyle &&
  a.frontMatterTag === b.frontMatterTag &&
  a.linkSavedCopy === b.linkSavedCopy;

/**
 * The settings as a backup carries them: tag colours as `[tag, colour]` pairs, not an object keyed by
 * tag, so that a tag named `constructor` or `__proto__` is data, never a key (backups refuse such keys).
 */
export function settingsForBackup(settings: Settings): Record<string, unknown> {
  return { brief: { ...settings.brief }, tagColours: Object.entries(settings.tagColours) };
}

/**
 * The colours of a backup that name a tag and a colour we know; the rest is dropped. Pairs (format 3)
 * or an object keyed by tag (format 2).
 */
function importedColours(raw: unknown): Record<string, HighlightColour> {
  if (typeof raw !== 'object' || raw === null) return {};
  const candidates: unknown[] = Array.isArray(raw) ? raw : Object.entries(raw);
  const entries = candidates
    .filter(
      (entry): entry is [string, HighlightColour] =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        v.is(TagSchema, entry[0]) &&
        isHighlightColour(entry[1]),
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
  return {
    ...current,
    brief,
    tagColours: { ...importedColours(imported['tagColours']), ...current.tagColours },
    toolbar: current.toolbar,
  };
}

/** Where settings are kept (the extension's `storage.local`; tests pass a stand-in). */
export interface SettingsIO {
  read(): Promise<unknown>;
  write(settings: Settings): Promise<void>;
}

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Applies `change` to the current settings and stores the result; edits run one after another. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
}

/**
 * Settings with their updates serialised: each read-modify-write starts after the previous one has
 * written, so two quick edits (a tag colour, an export option) never overwrite each other.
 */
export function createSettingsStore(io: SettingsIO): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const get = async (): Promise<Settings> => readSettings(await io.read());
  return {
    get,
    update(change) {
      const next = queue.then(async () => {
        const updated = change(await get());
        await io.write(updated);
        return updated;
      });
      // A failed edit must not block the ones after it; its caller still sees the failure.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
