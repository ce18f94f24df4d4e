import type { HighlightColour } from '@/utils/vocabulary';
import type { ClipEdit } from '@/utils/merge/clip-edit';
import type { ClipPage } from '@/utils/messages/reply-schemas';
import type { ClipRecord, TagCount } from '@/utils/store/types';
import { CiteMenu } from '../cite/CiteMenu';
import { useI18n } from '../i18n';
import type { ArticleCiteActions } from './useCiteActions';
import { ArticleMeta } from './ArticleMeta';
import { ClipRow } from './ClipRow';
import type { ViewMode } from './FilterBar';
import { groupByArticle } from './grouping';

interface Props {
  page: ClipPage;
  view: ViewMode;
  selected: ReadonlySet<string>;
  onSelect(id: string, shift: boolean): void;
  tagSuggestions: TagCount[];
  tagColours: Readonly<Record<string, HighlightColour>>;
  onEdit(clip: ClipRecord, edit: ClipEdit): Promise<void>;
  /** Each article heading's Cite menu (grouped view). */
  cite?: ArticleCiteActions;
}

const NO_TERMS: readonly string[] = [];

/** One page of results, as a flat list or under article headings. Never more than a page of rows. */
export function ClipList({
  page,
  view,
  selected,
  onSelect,
  tagSuggestions,
  tagColours,
  onEdit,
  cite,
}: Props) {
  const { t } = useI18n();
  // Authors are named once the clips shown come from more than one member of a team library.
  const showAuthor = new Set(page.clips.flatMap((c) => (c.author ? [c.author] : []))).size > 1;
  const row = (clip: ClipRecord, showArticle: boolean) => (
    <ClipRow
      key={clip.id}
      clip={clip}
      article={page.articles[clip.articleId]}
      terms={page.matches[clip.id] ?? NO_TERMS}
      selected={selected.has(clip.id)}
      onSelect={onSelect}
      showArticle={showArticle}
      tagSuggestions={tagSuggestions}
      tagColours={tagColours}
      onEdit={onEdit}
      showAuthor={showAuthor}
    />
  );

  if (view === 'flat') {
    return <ul class="clip-list flat">{page.clips.map((clip) => row(clip, true))}</ul>;
  }
  return (
    <div class="clip-list grouped">
      {groupByArticle(page.clips, page.articles).map((group) => {
        const headingTerms = group.clips.flatMap((clip) => page.matches[clip.id] ?? NO_TERMS);
        const article = group.article;
        return (
          <section key={group.articleId} class="article-group" data-testid="article-group">
            <h3 class="article-group-heading">
              {group.article ? (
                <ArticleMeta article={group.article} terms={headingTerms} />
              ) : (
                t('libUnknownArticle')
              )}
            </h3>
            {article && cite && (
              <CiteMenu
                title={article.title}
                busy={cite.busy}
                onCopy={(style) => cite.copy(article, style)}
                onDownload={(format) => cite.download(article, format)}
                onObsidian={() => cite.obsidian(article)}
              />
            )}
            <ul class="clip-list">{group.clips.map((clip) => row(clip, !group.article))}</ul>
          </section>
        );
      })}
    </div>
  );
}
