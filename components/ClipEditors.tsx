/**
 * A clip's tags and note as every surface edits them (popup, library, in-page menu): each change is
 * sent as a patch (`ClipEdit`: tags added or removed, the note with the note it started from), so the
 * store merges it with what other surfaces wrote meanwhile; note versions it could not merge are shown
 * here for the user to choose.
 */
import type { ClipEdit } from '@/utils/merge/clip-edit';
import { tagOps } from '@/utils/merge/clip-edit';
import type { ClipRecord } from '@/utils/store/types';
import type { HighlightColour } from '@/utils/vocabulary';
import { formatTimestamp, useI18n } from './i18n';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';
import type { TagSuggestion } from './tag-editor-logic';

interface Props {
  clip: ClipRecord;
  suggestions: TagSuggestion[];
  colours?: Readonly<Record<string, HighlightColour>>;
  tagsLabel: string;
  noteLabel: string;
  notePlaceholder: string;
  onEdit(clip: ClipRecord, edit: ClipEdit): void | Promise<void>;
  /** Keyboard focus into the tag field on mount, with what was typed meanwhile. */
  autoFocus?: { draft: string };
}

export function ClipEditors(props: Props) {
  const { clip, onEdit } = props;
  return (
    <>
      <TagEditor
        tags={clip.tags}
        suggestions={props.suggestions}
        label={props.tagsLabel}
        placeholder={useI18n().t('addTag')}
        onChange={(tags) => void onEdit(clip, tagOps(clip.tags, tags))}
        {...(props.colours ? { colours: props.colours } : {})}
        {...(props.autoFocus ? { autoFocus: props.autoFocus } : {})}
      />
      <NoteEditor
        value={clip.note}
        label={props.noteLabel}
        placeholder={props.notePlaceholder}
        onSave={(text, base) => onEdit(clip, { note: { base, text } })}
      />
      <NoteVersions clip={clip} onEdit={onEdit} />
    </>
  );
}

/** Note versions written elsewhere that could not be merged: use one, add it below, or drop it. */
function NoteVersions({ clip, onEdit }: Pick<Props, 'clip' | 'onEdit'>) {
  const { t, locale } = useI18n();
  if (clip.noteVariants.length === 0) return null;
  const resolve = (index: number, choice: 'use' | 'append' | 'discard') =>
    void onEdit(clip, { resolveNote: { index, choice } });
  return (
    <div class="note-versions" role="group" aria-label={t('noteVersionsTitle')} data-testid="note-versions">
      <p class="note-versions-title">{t('noteVersionsTitle')}</p>
      {clip.noteVariants.map((variant, index) => (
        <div class="note-version" key={`${variant.at}-${index}`} data-testid="note-version">
          <p class="muted small">
            {variant.author
              ? t('noteVersionByAt', variant.author, formatTimestamp(variant.at, locale))
              : t('noteVersionAt', formatTimestamp(variant.at, locale))}
          </p>
          <blockquote class="note-version-text">{variant.text}</blockquote>
          <div class="row">
            <button type="button" data-testid="note-version-use" onClick={() => resolve(index, 'use')}>
              {t('noteVersionUse')}
            </button>
            <button type="button" data-testid="note-version-append" onClick={() => resolve(index, 'append')}>
              {t('noteVersionAppend')}
            </button>
            <button
              type="button"
              class="link"
              data-testid="note-version-discard"
              onClick={() => resolve(index, 'discard')}
            >
              {t('noteVersionDiscard')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
