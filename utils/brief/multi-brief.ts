/**
 * The multi-article brief: front matter, the title, the clips grouped by tag, article or kind (each
 * followed by a short citation linking to the passage), full texts when asked for, and a numbered
 * **Sources** list, one entry per cited article (GB/T 7714 for Chinese sources, author–date for the
 * others, by default).
 *
 * Grouping by tag: a clip with several tags appears under each of them, its other tags listed after
 * the citation (`· also: b, c`); untagged clips come last. Within a group, figures come first as a
 * table, then the other clips in source order and reading order.
 */
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from '../store/types';
import { heading, joinBlocks } from './blocks';
import { citedUrl, sourceEntry, sourceLine } from './citation';
import { escapeOneLine } from './escape';
import { frontMatter } from './front-matter';
import { fullTextMarkdown } from './full-text';
import { resolveRender } from './options';
import { allTags, frontMatterTags, localeOf, orderBrief, type OrderedBrief } from './order';
import { tagKey } from '../tags';
import {
  articleSections,
  entriesBlock,
  figuresBlock,
  groupByTag,
  ofKind,
  tagGroupBody,
  type CitedClip,
  type RenderContext,
} from './sections';
import type { BriefOptions, MultiBriefInput } from './types';

function citedClips(ordered: OrderedBrief): CitedClip[] {
  return ordered.articles.flatMap((article) =>
    (ordered.clipsByArticle.get(article.id) ?? []).map((clip) => ({ article, clip })),
  );
}

function byTag(cited: CitedClip[], ctx: RenderContext, onlyTag: string | null): string[] {
  // A brief of one tag has its one section: the clips' other tags are listed after each (`also`).
  const groups = onlyTag === null ? groupByTag(cited) : ([[onlyTag, cited]] as const);
  return groups.flatMap(([tag, group]) => [
    heading(2, tag ?? ctx.labels.untagged),
    ...tagGroupBody(tag, group, ctx),
  ]);
}

function byKind(cited: CitedClip[], ctx: RenderContext): string[] {
  const { kindHeadings } = ctx.labels;
  const section = (title: string, body: string[]): string[] =>
    body.length ? [heading(2, title), ...body] : [];
  return [
    ...section(kindHeadings.figure, figuresBlock(ofKind(cited, 'figure'), ctx, null)),
    ...section(kindHeadings.measure, entriesBlock(ofKind(cited, 'measure'), ctx, null)),
    ...section(kindHeadings.document, entriesBlock(ofKind(cited, 'document'), ctx, null)),
    ...section(kindHeadings.quote, entriesBlock(ofKind(cited, 'quote'), ctx, null)),
  ];
}

function byArticle(ordered: OrderedBrief, ctx: RenderContext): string[] {
  return ordered.articles.flatMap((article, i) => {
    const cited = (ordered.clipsByArticle.get(article.id) ?? []).map((clip) => ({ article, clip }));
    return [
      `## ${i + 1}. ${escapeOneLine(article.title)}`,
      sourceLine(article, ctx.labels, ctx.date, ctx.savedCopy(article)),
      ...articleSections(cited, ctx, 3),
    ];
  });
}

function fullTexts(
  ordered: OrderedBrief,
  contents: readonly ArticleContentRecord[],
  options: BriefOptions,
  ctx: RenderContext,
): string[] {
  const contentById = new Map(contents.map((c) => [c.articleId, c]));
  const blocks = ordered.articles.flatMap((article: ArticleRecord, i) => {
    const content = contentById.get(article.id);
    if (!content) return [];
    const passages = (ordered.clipsByArticle.get(article.id) ?? []).map((c) => c.quote);
    const text = fullTextMarkdown(content, passages, {
      highlightStyle: options.highlightStyle,
      headingOffset: 3,
      baseUrl: citedUrl(article),
      parseHtml: options.parseHtml,
    });
    return text ? [`### ${i + 1}. ${escapeOneLine(article.title)}`, text] : [];
  });
  return blocks.length ? [heading(2, ctx.labels.fullText), ...blocks] : [];
}

/** The tag as the clips spell it (`科技金融` for a filter typed `科技金融 `), when any clip carries it. */
function spelledTag(clips: readonly ClipRecord[], tag: string): string | null {
  const key = tagKey(tag);
  for (const c of clips) for (const t of c.tags) if (tagKey(t) === key) return t;
  return null;
}

export function renderMultiBrief(input: MultiBriefInput, options: BriefOptions): string {
  const only = options.onlyTag ? tagKey(options.onlyTag) : null;
  const clips =
    only === null ? input.clips : input.clips.filter((c) => c.tags.some((t) => tagKey(t) === only));
  const ordered = orderBrief(input.articles, clips);
  const locale = options.locale ?? localeOf(ordered.articles.length ? ordered.articles : input.articles);
  const { ctx, created, generator } = resolveRender(options, locale, false, ordered.clips);
  const onlyTag = options.onlyTag
    ? (spelledTag(ordered.clips, options.onlyTag) ?? options.onlyTag.trim())
    : null;
  const userTags = onlyTag === null ? allTags(ordered.clips) : [onlyTag];
  const tags = frontMatterTags(userTags, options.frontMatterTag);
  const defaultTitle =
    onlyTag ??
    (options.groupBy === 'tag' && userTags.length === 1 ? (userTags[0] ?? '') : ctx.labels.defaultMultiTitle);
  const title = options.title ?? defaultTitle;
  const cited = citedClips(ordered);

  const body =
    options.groupBy === 'article'
      ? byArticle(ordered, ctx)
      : options.groupBy === 'kind'
        ? byKind(cited, ctx)
        : byTag(cited, ctx, onlyTag);
  const sources = ordered.articles.map((article, i) => {
    const copy = ctx.savedCopy(article);
    const entry = sourceEntry(article, options.citationStyle, ctx.date, ctx.labels);
    return `${i + 1}. ${entry}${copy ? ` · ${copy}` : ''}`;
  });
  return joinBlocks([
    frontMatter({ title, created, tags, sources: ordered.articles.length, generator }),
    heading(1, title),
    ...body,
    ...(options.fullText && input.contents ? fullTexts(ordered, input.contents, options, ctx) : []),
    ...(sources.length ? [heading(2, ctx.labels.sources), sources.join('\n')] : []),
  ]);
}
