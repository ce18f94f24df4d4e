/**
 * The single-article brief: front matter, the title, a source line, then Key figures (table), Measures,
 * Documents cited, Quotes by tag (notes under their clips), the full text when asked for. Sections
 * without clips are left out.
 */
import { heading, joinBlocks } from './blocks';
import { citedUrl, sourceEntry, sourceLine } from './citation';
import { frontMatter, type FrontMatter } from './front-matter';
import type { ArticleRecord } from '../store/types';
import { fullTextMarkdown } from './full-text';
import { resolveRender } from './options';
import { allTags, frontMatterTags, localeOf, orderBrief } from './order';
import { articleSections, type CitedClip } from './sections';
import type { ArticleBriefInput, BriefOptions } from './types';

export function renderArticleBrief(input: ArticleBriefInput, options: BriefOptions): string {
  const { article } = input;
  // Clips of other articles are not this brief's: `orderBrief` drops them.
  const ordered = orderBrief([article], input.clips);
  const clips = ordered.clipsByArticle.get(article.id) ?? [];
  const locale = options.locale ?? localeOf([article]);
  const { ctx, created, generator } = resolveRender(options, locale, true, clips);
  const title = options.title ?? article.title;
  const cited: CitedClip[] = clips.map((clip) => ({ article, clip }));

  const blocks: string[] = [
    frontMatter({
      title,
      created,
      tags: frontMatterTags(allTags(clips), options.frontMatterTag),
      sources: 1,
      generator,
      document: documentOf(article),
    }),
    heading(1, title),
    sourceLine(article, ctx.labels, ctx.date, ctx.savedCopy(article)),
    ...articleSections(cited, ctx, 2),
  ];
  if (options.fullText && input.content && input.content.articleId === article.id) {
    const text = fullTextMarkdown(
      input.content,
      clips.map((c) => c.quote),
      {
        highlightStyle: options.highlightStyle,
        headingOffset: 2,
        baseUrl: citedUrl(article),
        parseHtml: options.parseHtml,
      },
    );
    if (text) blocks.push(heading(2, ctx.labels.fullText), text);
  }
  // The brief ends with the reference a report cites it by (GB/T 7714 for Chinese sources by default).
  blocks.push(
    heading(2, ctx.labels.reference),
    sourceEntry(article, options.citationStyle, ctx.date, ctx.labels),
  );
  return joinBlocks(blocks);
}

function documentOf(article: ArticleRecord): FrontMatter['document'] {
  const policy = article.policy;
  if (!policy) return undefined;
  const { issuer, docNumber, written, published } = policy;
  return { issuer, docNumber, written, published };
}
