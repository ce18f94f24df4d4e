import type { ClipEdit } from '@/utils/merge/clip-edit';
import type { ClipRecord } from '@/utils/store/types';
import { formatTimestamp, useI18n } from '../i18n';
import { FigureQuote } from '../FigureQuote';
import { kindLabel, quoteExcerpt, typeLabel } from '../labels';
import { ClipEditors } from '../ClipEditors';
import type { TagSuggestion } from '../tag-editor-logic';

interface Props {
  clips: ClipRecord[];
  /** Clips the page could not anchor: their passage is gone or changed beyond recognition. */
  orphans: ReadonlySet<string>;
  tagSuggestions: TagSuggestion[];
  busy: boolean;
  onChange: (id: string, edit: ClipEdit) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
}

const LABEL_EXCERPT = 30;

function HighlightItem({ clip, orphan, props }: { clip: ClipRecord; orphan: boolean; props: Props }) {
  const { t, locale } = useI18n();
  const label = quoteExcerpt(clip.quote, LABEL_EXCERPT);
  return (
    <li
      class={orphan ? 'highlight orphan' : 'highlight'}
      data-testid="page-highlight"
      data-clip-id={clip.id}
      data-orphan={orphan ? 'true' : 'false'}
    >
      <blockquote class="highlight-quote">
        <FigureQuote clip={clip} terms={[]} />
      </blockquote>
      <div class="row highlight-meta">
        <span class="badge">{clip.type ? typeLabel(t, clip.type) : kindLabel(t, clip.kind)}</span>
        <span class="muted">{formatTimestamp(clip.createdAt, locale)}</span>
        {orphan && (
          <span class="badge warn" title={t('orphanExplain')}>
            {t('orphan')}
          </span>
        )}
      </div>
      {orphan && (
        <div class="row">
          <button
            type="button"
            data-testid="reattach"
            aria-label={t('reattachLabel', label)}
            disabled={props.busy}
            onClick={() => props.onReattach(clip.id)}
          >
            {t('reattach')}
          </button>
          <span class="muted small">{t('reattachHint')}</span>
        </div>
      )}
      <ClipEditors
        clip={clip}
        suggestions={props.tagSuggestions}
        tagsLabel={t('tagsFor', label)}
        noteLabel={t('noteFor', label)}
        notePlaceholder={t('notePlaceholder')}
        onEdit={(c, edit) => props.onChange(c.id, edit)}
      />
      <div class="row end">
        <button
          type="button"
          class="link danger"
          data-testid="delete-highlight"
          aria-label={t('deleteHighlightLabel', label)}
          disabled={props.busy}
          onClick={() => props.onDelete(clip.id)}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}

/** The page's highlights, orphans first (they need the user's attention), then in page order of saving. */
export function PageHighlights(props: Props) {
  const { t } = useI18n();
  const { clips, orphans } = props;
  if (clips.length === 0) return null;
  const ordered = [...clips.filter((c) => orphans.has(c.id)), ...clips.filter((c) => !orphans.has(c.id))];
  return (
    <section class="page-highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title" class="section-title">
        {t('highlightsOnPage')} <span class="muted">({clips.length})</span>
      </h2>
      {orphans.size > 0 && (
        <p class="notice" role="status">
          {t('orphansNotice', orphans.size)}
        </p>
      )}
      <ul class="highlight-list">
        {ordered.map((clip) => (
          <HighlightItem key={clip.id} clip={clip} orphan={orphans.has(clip.id)} props={props} />
        ))}
      </ul>
    </section>
  );
}
