/**
 * The extension's closed vocabularies, each written once: the store, the wire schemas, the settings,
 * the briefs and the UI all take their lists (and TypeScript their types) from here. Each context
 * draws a colour in its own palette, but the names are these.
 */
import * as v from 'valibot';
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES } from './detect/types';
import { TagSchema } from './tags';

/** Highlight and tag colours. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];
export const HighlightColourSchema = v.picklist(HIGHLIGHT_COLOURS, 'must be a highlight colour');
/** A plain selection's colour, and the fallback for a colour this build does not know. */
export const DEFAULT_COLOUR: HighlightColour = 'yellow';

export function isHighlightColour(value: unknown): value is HighlightColour {
  return v.is(HighlightColourSchema, value);
}

/** What a clip is: a suggested finding the user accepted, or any passage the user highlighted. */
export const CLIP_KINDS = ['figure', 'measure', 'document', 'quote'] as const;
export type ClipKind = (typeof CLIP_KINDS)[number];
export const ClipKindSchema = v.picklist(CLIP_KINDS, 'must be figure, measure, document or quote');

/** What an article was read from: a web page (the default, absent on older records) or a PDF. */
export const ARTICLE_KINDS = ['web', 'pdf'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ArticleKindSchema = v.picklist(ARTICLE_KINDS, 'must be web or pdf');

/** The kinds detection suggests (every clip kind but the user's own quote). */
export const FINDING_KINDS = ['figure', 'measure', 'document'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * The categories a clip of each finding kind may carry (its `type`): detection's types. The library
 * filters on one as `kind/type` (`measure/tax-finance`), since `other` names a category of two kinds.
 */
export const KIND_CATEGORIES: Readonly<Record<FindingKind, readonly string[]>> = {
  figure: FIGURE_TYPES,
  measure: MEASURE_TYPES,
  document: DOCUMENT_TYPES,
};

export interface ClipCategory {
  kind: FindingKind;
  type: string;
}

/** `kind/type` → the category, or null when it names none. */
export function parseCategory(value: string): ClipCategory | null {
  const slash = value.indexOf('/');
  const kind = value.slice(0, slash);
  const type = value.slice(slash + 1);
  if (slash < 0 || !(FINDING_KINDS as readonly string[]).includes(kind)) return null;
  return KIND_CATEGORIES[kind as FindingKind].includes(type) ? { kind: kind as FindingKind, type } : null;
}

/** The colour a suggestion is highlighted in, by its kind. */
export const KIND_COLOUR: Readonly<Record<FindingKind, HighlightColour>> = {
  figure: 'blue',
  measure: 'green',
  document: 'purple',
};

/** `auto`: GB/T 7714 for sources whose `lang` starts with `zh`, author–date for the others. */
export const CITATION_STYLES = ['auto', 'gbt7714', 'author-date'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * Citation files for reference managers (Zotero, EndNote, Mendeley, citeproc): CSL-JSON, RIS, BibTeX.
 * `utils/cite` renders them; the CLI, the popup and the library offer them.
 */
export const CITATION_FORMATS = ['csl', 'ris', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];
export const CitationFormatSchema = v.picklist(CITATION_FORMATS, 'must be csl, ris or bibtex');

/** The top-level sections of a multi-article brief. */
export const BRIEF_GROUPINGS = ['tag', 'article', 'kind'] as const;
export type BriefGroupBy = (typeof BRIEF_GROUPINGS)[number];

/** `mark` writes `==…==` (Obsidian, markdown-it-mark); `bold` writes `**…**` (every Markdown tool). */
export const HIGHLIGHT_STYLES = ['mark', 'bold'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** How an export reaches the user: a downloaded file, or the text handed back (to copy). */
export const DELIVERIES = ['download', 'text'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** What the toolbar button opens: the popup, or the side panel (Chrome) / sidebar (Firefox). */
export const TOOLBAR_TARGETS = ['popup', 'panel'] as const;
export type ToolbarTarget = (typeof TOOLBAR_TARGETS)[number];

/** Library list orders; `relevance` only means something with a text search. */
export const CLIP_ORDERS = ['newest', 'oldest', 'relevance'] as const;
export type ClipOrder = (typeof CLIP_ORDERS)[number];

/** The export options a user can set, and their defaults. */
export const BriefPreferencesSchema = v.object({
  groupBy: v.picklist(BRIEF_GROUPINGS),
  fullText: v.boolean(),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  citationStyle: v.picklist(CITATION_STYLES),
  /** One tag every brief's front matter adds to the user's (`policy-clipper`), or null for none. */
  frontMatterTag: v.nullable(TagSchema),
  /** Link each article's saved copy (the extension's reader page) after its source. */
  linkSavedCopy: v.boolean(),
});
export type BriefPreferences = v.InferOutput<typeof BriefPreferencesSchema>;

export const DEFAULT_BRIEF_PREFERENCES: Readonly<BriefPreferences> = {
  groupBy: 'tag',
  fullText: false,
  highlightStyle: 'mark',
  citationStyle: 'auto',
  frontMatterTag: null,
  linkSavedCopy: false,
};
