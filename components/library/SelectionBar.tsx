import { useState } from 'preact/hooks';
import type { TagCount } from '@/utils/store/types';
import { useI18n } from '../i18n';
import { splitTags } from '@/utils/tags';
import { CITATION_FORMATS, type CitationFormat } from '@/utils/vocabulary';

interface Props {
  selectedCount: number;
  /** Clips matching the filters, on every page. */
  total: number;
  /** Whether every clip shown on this page is selected (drives the page checkbox). */
  pageSelected: boolean;
  onSelectPage(selected: boolean): void;
  onSelectAll(): void;
  onClear(): void;
  busy: boolean;
  tags: TagCount[];
  onExportBrief(): void;
  onCopyBrief(): void;
  onExportCsv(): void;
  onExportCitations(format: CitationFormat): void;
  onObsidian(): void;
  onAddTags(tags: string[]): void;
  onRemoveTags(tags: string[]): void;
  onDelete(): void;
}

/** Selecting many clips and acting on them at once. Actions are disabled until something is selected. */
export function SelectionBar(props: Props) {
  const { t } = useI18n();
  const [tagDraft, setTagDraft] = useState('');
  const [format, setFormat] = useState<CitationFormat>('csl');
  const none = props.selectedCount === 0;
  const disabled = none || props.busy;
  const draftTags = splitTags(tagDraft);

  function applyTags(action: (tags: string[]) => void): void {
    if (draftTags.length === 0) return;
    action(draftTags);
    setTagDraft('');
  }

  return (
    <section class="selection-bar" aria-label={t('libSelectionActions')} data-testid="selection-bar">
      <div class="row">
        <label class="check">
          <input
            type="checkbox"
            data-testid="select-page"
            checked={props.pageSelected}
            onChange={(event) => props.onSelectPage(event.currentTarget.checked)}
          />
          <span>{t('libSelectPage')}</span>
        </label>
        <span class="selection-count" data-testid="selection-count">
          {none ? t('libNoneSelected') : t('libSelectedCount', props.selectedCount)}
        </span>
        <button
          type="button"
          data-testid="select-all"
          disabled={props.busy || props.total === 0 || props.selectedCount === props.total}
          onClick={props.onSelectAll}
        >
          {t('libSelectAllResults', props.total)}
        </button>
        <button type="button" data-testid="clear-selection" disabled={none} onClick={props.onClear}>
          {t('libClearSelection')}
        </button>
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="export-brief"
          disabled={disabled}
          onClick={props.onExportBrief}
        >
          {t('libExportBrief')}
        </button>
        <button type="button" data-testid="copy-brief" disabled={disabled} onClick={props.onCopyBrief}>
          {t('libCopyBrief')}
        </button>
        <button type="button" data-testid="export-csv" disabled={disabled} onClick={props.onExportCsv}>
          {t('libExportCsv')}
        </button>
        <button type="button" data-testid="obsidian-selected" disabled={disabled} onClick={props.onObsidian}>
          {t('openInObsidian')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="delete-selected"
          disabled={disabled}
          onClick={props.onDelete}
        >
          {t('libDeleteSelected')}
        </button>
      </div>
      <div class="row">
        <label for="citation-format">{t('libCitationFormat')}</label>
        <select
          id="citation-format"
          data-testid="citation-format"
          value={format}
          onChange={(event) => setFormat(event.currentTarget.value as CitationFormat)}
        >
          {CITATION_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`citeFormat_${f}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="export-citations"
          disabled={disabled}
          onClick={() => props.onExportCitations(format)}
        >
          {t('libExportCitations')}
        </button>
      </div>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          applyTags(props.onAddTags);
        }}
      >
        <label for="bulk-tags">{t('libBulkTagsLabel')}</label>
        <input
          id="bulk-tags"
          type="text"
          data-testid="bulk-tags"
          list="bulk-tag-options"
          placeholder={t('libBulkTagsPlaceholder')}
          value={tagDraft}
          onInput={(event) => setTagDraft(event.currentTarget.value)}
        />
        <datalist id="bulk-tag-options">
          {props.tags.map((tag) => (
            <option key={tag.tag} value={tag.tag} />
          ))}
        </datalist>
        <button type="submit" data-testid="bulk-add-tags" disabled={disabled || draftTags.length === 0}>
          {t('libAddTags')}
        </button>
        <button
          type="button"
          data-testid="bulk-remove-tags"
          disabled={disabled || draftTags.length === 0}
          onClick={() => applyTags(props.onRemoveTags)}
        >
          {t('libRemoveTags')}
        </button>
      </form>
    </section>
  );
}
