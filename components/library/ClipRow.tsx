import type { ClipEdit } from '@/utils/merge/clip-edit';
import { formatFigureValue } from '@/utils/brief/format';
import { safeHref } from '@/utils/safe-link';
import type { ArticleRecord, ClipRecord, TagCount } from '@/utils/store/types';
import type { HighlightColour } from '@/utils/vocabulary';
import { formatTimestamp, useI18n } from '../i18n';
import { kindLabel, quoteExcerpt, typeLabel } from '../labels';
import { ClipEditors } from '../ClipEditors';
import { ArticleMeta } from './ArticleMeta';
import { FigureQuote } from '../FigureQuote';
import { passageUrl } from './passage-url';

const LABEL_EXCERPT = 40;

const briefLocale = (locale: string) => (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');

interface Props {
  clip: ClipRecord;
  article: ArticleRecord | undefined;
  /** Matched search terms for this clip (empty without a search). */
  terms: readonly string[];
  selected: boolean;
  onSelect(id: string, shift: boolean): void;
  /** In the flat list each row names its article; grouped rows sit under an article heading. */
  showArticle: boolean;
  tagSuggestions: TagCount[];
  tagColours: Readonly<Record<string, HighlightColour>>;
  onEdit(clip: ClipRecord, edit: ClipEdit): Promise<void>;
  /** A team library with more than one author: each clip names who clipped or last edited it. */
  showAuthor?: boolean;
}

/** One clip: its quote, kind, tags, note, article and a link to the passage on the page. */
export function ClipRow(props: Props) {
  const { clip, article, terms, selected, onSelect, showArticle } = props;
  const { t, locale } = useI18n();
  const quoteLabel = quoteExcerpt(clip.quote, LABEL_EXCERPT);
  const value = clip.kind === 'figure' ? formatFigureValue(clip.value, clip.unit, briefLocale(locale)) : '';
  // No link at all to an address that is not http(s): there is no passage on the web to open.
  const passageHref = article ? safeHref(passageUrl(article, clip.fragment)) : null;

  return (
    <li
      class={selected ? 'clip-row selected' : 'clip-row'}
      style={{ borderInlineStartColor: `var(--mark-${clip.colour})` }}
      data-testid="clip-row"
      data-clip-id={clip.id}
    >
      <div class="clip-head row">
        <input
          type="checkbox"
          class="clip-check"
          data-testid="select-clip"
          aria-label={t('libSelectClip', quoteLabel)}
          checked={selected}
          onClick={(event) => onSelect(clip.id, event.shiftKey)}
        />
        <span class="badge kind" data-testid="clip-kind">
          {kindLabel(t, clip.kind)}
        </span>
        {clip.type && (
          <span class="badge" data-testid="clip-type">
            {typeLabel(t, clip.type)}
          </span>
        )}
        {value && (
          <span class="badge value" data-testid="clip-value">
            {value}
          </span>
        )}
        {props.showAuthor && clip.author && (
          <span class="muted clip-author" data-testid="clip-author">
            {t('libTeamAuthor', clip.author)}
          </span>
        )}
        <time class="muted clip-time" dateTime={new Date(clip.createdAt).toISOString()}>
          {formatTimestamp(clip.createdAt, locale)}
        </time>
      </div>
      <blockquote class="clip-quote" data-testid="clip-quote" lang={article?.lang ?? undefined}>
        <FigureQuote clip={clip} terms={terms} />
      </blockquote>
      {showArticle && article && (
        <p class="article-meta">
          <ArticleMeta article={article} terms={terms} />
        </p>
      )}
      {passageHref && (
        <a
          class="passage-link"
          href={passageHref}
          target="_blank"
          rel="noopener"
          data-testid="clip-link"
          aria-label={t('libOpenPassageLabel', quoteLabel)}
        >
          {t('libOpenPassage')}
        </a>
      )}
      <ClipEditors
        clip={clip}
        suggestions={props.tagSuggestions}
        colours={props.tagColours}
        tagsLabel={t('libClipTags', quoteLabel)}
        noteLabel={t('libClipNote', quoteLabel)}
        notePlaceholder={t('libNotePlaceholder')}
        onEdit={props.onEdit}
      />
    </li>
  );
}
