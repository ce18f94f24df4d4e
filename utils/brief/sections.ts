/**
 * Sections shared by the single- and multi-article briefs: the figures table, lists of entries, quotes
 * grouped by tag. A clip with several tags appears under each of its tags, with the others listed after
 * its citation (`· also: b, c`): a reader of one tag's section sees everything filed under it.
 */
import type { ArticleRecord, ClipRecord } from '../store/types';
import { entry, entryList, figureTable, heading, type Entry, type FigureRow } from './blocks';
import { escapeOneLine } from './escape';
import { formatFigureValue, trimContext, type DateFormatter } from './format';
import { categoryLabel, type BriefLabels } from './labels';
import { figurePieces, figureText } from '../clip-figure';
import { clipLink } from './link';
import { compareStrings, groupingTags } from './order';
import type { BriefLocale } from './types';
import type { ClipKind } from '@/utils/vocabulary';

/** A clip with the article it is cited by. */
export interface CitedClip {
  article: ArticleRecord;
  clip: ClipRecord;
}

export interface RenderContext {
  labels: BriefLabels;
  locale: BriefLocale;
  date: DateFormatter;
  /** Link text of the citation after a clip. */
  cite: (article: ArticleRecord, clip: ClipRecord) => string;
  /** Header of the figures table's link column. */
  linkHeader: string;
  /** Entries already rendered in this brief, by clip id (a clip may be shown under several tags). */
  entries: Map<string, Entry>;
  /** The clips come from more than one person (a team library): each entry names its author. */
  showAuthors: boolean;
  /** The Markdown link to an article's saved copy, or null (option off, or no extension origin). */
  savedCopy: (article: ArticleRecord) => string | null;
}

/** A statement is cut to this many characters around its figure in the table. */
const STATEMENT_CHARS = 120;

/** A figure's statement (older figures: the clause around it), cut around the figure. */
function figureRow(c: CitedClip, ctx: RenderContext): FigureRow {
  const figure = figureText(c.clip);
  const statement = figurePieces(c.clip) ? c.clip.quote : c.clip.context;
  return {
    figure,
    context: trimContext(statement, figure, STATEMENT_CHARS),
    value: formatFigureValue(c.clip.value, c.clip.unit, ctx.locale),
    citation: ctx.cite(c.article, c.clip),
    url: clipLink(c.article, c.clip),
  };
}

/** ` · Tax & finance` / ` · 财税金融`: the clip's category, in the brief's language ('' for none). */
function categorySuffix(clip: ClipRecord, ctx: RenderContext): string {
  const label = clip.type ? categoryLabel(ctx.labels, clip.type) : '';
  return label ? ` · ${escapeOneLine(label)}` : '';
}

/** ` · clipped by: alice` in a team's brief ('' otherwise, or when the clip has no author). */
function authorSuffix(clip: ClipRecord, ctx: RenderContext): string {
  if (!ctx.showAuthors || !clip.author) return '';
  return ` · ${ctx.labels.clippedBy}${ctx.labels.colon}${escapeOneLine(clip.author)}`;
}

/** ` · also: b, c` for a clip shown under `tag` (escaped Markdown), '' when it has no other tag. */
function alsoSuffix(clip: ClipRecord, tag: string | null, ctx: RenderContext): string {
  const others = groupingTags(clip).filter((t) => t !== tag);
  if (others.length === 0) return '';
  const label = tag === null ? ctx.labels.tags : ctx.labels.also;
  return ` · ${label}${ctx.labels.colon}${others.map((t) => escapeOneLine(t)).join(ctx.labels.listSeparator)}`;
}

/** A clip's entry, escaped once per render however many sections show it. */
function cachedEntry(c: CitedClip, ctx: RenderContext): Entry {
  const cached = ctx.entries.get(c.clip.id);
  if (cached) return cached;
  const made = entry(
    {
      text: c.clip.quote,
      citation: ctx.cite(c.article, c.clip),
      url: clipLink(c.article, c.clip),
      note: c.clip.note,
    },
    ctx.labels,
  );
  ctx.entries.set(c.clip.id, made);
  return made;
}

/** `shownUnderTag`: undefined, no tags listed; null, all its tags; a tag, its other tags (`also`). */
function listed(
  c: CitedClip,
  ctx: RenderContext,
  shownUnderTag: string | null | undefined,
): { entry: Entry; suffix: string } {
  return {
    entry: cachedEntry(c, ctx),
    suffix:
      categorySuffix(c.clip, ctx) +
      authorSuffix(c.clip, ctx) +
      (shownUnderTag === undefined ? '' : alsoSuffix(c.clip, shownUnderTag, ctx)),
  };
}

/**
 * Figures as a table, then (notes cannot live in a table cell) a list of the figures that carry a
 * note, each with its note. `shownUnderTag`: see `listed`.
 */
export function figuresBlock(
  figures: readonly CitedClip[],
  ctx: RenderContext,
  shownUnderTag?: string | null,
): string[] {
  if (figures.length === 0) return [];
  const blocks = [
    figureTable(
      figures.map((f) => figureRow(f, ctx)),
      ctx.labels,
      ctx.linkHeader,
    ),
  ];
  const withNotes = figures.filter((f) => f.clip.note.trim() !== '');
  if (withNotes.length) blocks.push(entryList(withNotes.map((f) => listed(f, ctx, shownUnderTag))));
  return blocks;
}

/** Entries of the given clips as one list (none when empty). `shownUnderTag`: see `listed`. */
export function entriesBlock(
  clips: readonly CitedClip[],
  ctx: RenderContext,
  shownUnderTag?: string | null,
): string[] {
  if (clips.length === 0) return [];
  return [entryList(clips.map((c) => listed(c, ctx, shownUnderTag)))];
}

/** Clips filed under each of their tags (sorted), untagged clips under `null`, last. */
export function groupByTag(clips: readonly CitedClip[]): Array<[string | null, CitedClip[]]> {
  const groups = new Map<string, CitedClip[]>();
  const untagged: CitedClip[] = [];
  for (const c of clips) {
    const tags = groupingTags(c.clip);
    if (tags.length === 0) untagged.push(c);
    for (const t of tags) {
      const list = groups.get(t);
      if (list) list.push(c);
      else groups.set(t, [c]);
    }
  }
  const sorted: Array<[string | null, CitedClip[]]> = [...groups.entries()].sort(([a], [b]) =>
    compareStrings(a, b),
  );
  if (untagged.length) sorted.push([null, untagged]);
  return sorted;
}

export function ofKind(clips: readonly CitedClip[], kind: ClipKind): CitedClip[] {
  return clips.filter((c) => c.clip.kind === kind);
}

/**
 * One tag's (or the untagged) section body: its figures table, then its other clips in order.
 */
export function tagGroupBody(tag: string | null, clips: readonly CitedClip[], ctx: RenderContext): string[] {
  const figures = ofKind(clips, 'figure');
  const others = clips.filter((c) => c.clip.kind !== 'figure');
  return [...figuresBlock(figures, ctx, tag), ...entriesBlock(others, ctx, tag)];
}

/**
 * An article's clips by kind: Key figures, Measures, Documents cited, Quotes by tag; headings at
 * `level`, tag headings one below. Sections without clips are left out.
 */
export function articleSections(clips: readonly CitedClip[], ctx: RenderContext, level: number): string[] {
  const { labels } = ctx;
  const blocks: string[] = [];
  const section = (title: string, body: string[]): void => {
    if (body.length) blocks.push(heading(level, title), ...body);
  };
  section(labels.keyFigures, figuresBlock(ofKind(clips, 'figure'), ctx));
  section(labels.measures, entriesBlock(ofKind(clips, 'measure'), ctx, null));
  section(labels.documents, entriesBlock(ofKind(clips, 'document'), ctx, null));
  const quoteGroups = groupByTag(ofKind(clips, 'quote'));
  if (quoteGroups.length) {
    blocks.push(heading(level, labels.quotesByTag));
    for (const [tag, group] of quoteGroups) {
      blocks.push(heading(level + 1, tag ?? labels.untagged), ...entriesBlock(group, ctx, tag));
    }
  }
  return blocks;
}
