import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ClipEdit } from '@/utils/merge/clip-edit';
import type { ClipRecord } from '@/utils/store/types';
import { formatTimestamp, useI18n } from '../i18n';
import { FigureQuote } from '../FigureQuote';
import { kindLabel, quoteExcerpt, typeLabel } from '../labels';
import { ClipEditors } from '../ClipEditors';
import type { TagSuggestion } from '../tag-editor-logic';
import { useProgressiveCount } from './useProgressiveCount';

interface Props {
  clips: ClipRecord[];
  /** Clips the page could not anchor: their passage is gone or changed beyond recognition. */
  orphans: ReadonlySet<string>;
  tagSuggestions: TagSuggestion[];
  busy: boolean;
  onChange: (id: string, edit: ClipEdit) => void;
  onDelete: (id: string) => void;
  /** Re-attaches an orphan to the page's selection (absent where there is no live page: the reader). */
  onReattach?: (id: string) => void;
  /** What to say about orphans, when not the page's words (the reader speaks of its copy). */
  orphansText?: string;
  /** The highlight the user picked in the page (the panel): shown, scrolled to, marked. */
  selectedId?: string | null;
  /** Scrolls the page to a highlight and flashes it (its quote is then a button). */
  onShow?: (id: string) => void;
  /** Opens the stored copy of the article (offered when the page anchors fewer than half). */
  onReadCopy?: () => void;
}

const LABEL_EXCERPT = 30;

function HighlightItem({ clip, orphan, props }: { clip: ClipRecord; orphan: boolean; props: Props }) {
  const { t, locale } = useI18n();
  const label = quoteExcerpt(clip.quote, LABEL_EXCERPT);
  const selected = props.selectedId === clip.id;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const { onShow } = props;
  return (
    <li
      ref={ref}
      class={`highlight${orphan ? ' orphan' : ''}${selected ? ' selected' : ''}`}
      data-testid="page-highlight"
      data-clip-id={clip.id}
      data-orphan={orphan ? 'true' : 'false'}
      aria-current={selected ? 'true' : undefined}
    >
      {onShow && !orphan ? (
        <button
          type="button"
          class="highlight-quote as-text"
          data-testid="show-in-page"
          title={t('showInPage')}
          onClick={() => onShow(clip.id)}
        >
          <FigureQuote clip={clip} terms={[]} />
        </button>
      ) : (
        <blockquote class="highlight-quote">
          <FigureQuote clip={clip} terms={[]} />
        </blockquote>
      )}
      <div class="row highlight-meta">
        <span class="badge">{clip.type ? typeLabel(t, clip.type) : kindLabel(t, clip.kind)}</span>
        <span class="muted">{formatTimestamp(clip.createdAt, locale)}</span>
        {orphan && (
          <span class="badge warn" title={t('orphanExplain')}>
            {t('orphan')}
          </span>
        )}
      </div>
      {orphan && props.onReattach && (
        <div class="row">
          <button
            type="button"
            data-testid="reattach"
            aria-label={t('reattachLabel', label)}
            disabled={props.busy}
            onClick={() => props.onReattach?.(clip.id)}
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
  const { clips, orphans, selectedId, onReadCopy } = props;
  const ordered = [...clips.filter((c) => orphans.has(c.id)), ...clips.filter((c) => !orphans.has(c.id))];
  // Hundreds of highlights: the first screenful at once, the rest in the next frames.
  const selectedAt = selectedId ? ordered.findIndex((c) => c.id === selectedId) : -1;
  const shown = useProgressiveCount(ordered.length, selectedAt + 1);
  // The bench reads these marks: the list's first screenful, then every item, in the document.
  const marked = useRef({ first: false, all: false });
  useLayoutEffect(() => {
    if (ordered.length === 0) return;
    if (!marked.current.first) performance.mark('policy-clipper:highlights-rendered');
    if (!marked.current.all && shown >= ordered.length)
      performance.mark('policy-clipper:highlights-all-rendered');
    marked.current = { first: true, all: marked.current.all || shown >= ordered.length };
  });
  if (clips.length === 0) return null;
  const mostlyLost = orphans.size * 2 > clips.length;
  return (
    <section class="page-highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title" class="section-title">
        {t('highlightsOnPage')} <span class="muted">({clips.length})</span>
      </h2>
      {orphans.size > 0 && (
        <p class="notice" role="status">
          {props.orphansText ?? t('orphansNotice', orphans.size)}
          {mostlyLost && onReadCopy && (
            <>
              {' '}
              <button type="button" class="link" data-testid="read-saved-copy" onClick={onReadCopy}>
                {t('readSavedCopy')}
              </button>
            </>
          )}
        </p>
      )}
      <ul class="highlight-list">
        {ordered.slice(0, shown).map((clip) => (
          <HighlightItem key={clip.id} clip={clip} orphan={orphans.has(clip.id)} props={props} />
        ))}
      </ul>
    </section>
  );
}
