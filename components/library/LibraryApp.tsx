/**
 * The library page: every clip, filtered and searched, a page of results at a time; selection and bulk
 * actions; tag management, export options and backup.
 *
 * Test hooks (`data-testid`) for end-to-end tests, each control also having an accessible name:
 * - `search`: the search field (`/` focuses it; Enter runs the search at once)
 * - `filter-tag`: a `<select>` of existing tags; choosing one adds it to the tag filter (all of);
 *   `active-tag-filter` are the chosen tags; also `filter-source`, `filter-from`, `filter-to`,
 *   `filter-kind-<kind>`, `view-grouped` / `view-flat`, `clear-filters`
 * - `clip-row`: each clip (attribute `data-clip-id`), holding `select-clip` (its checkbox),
 *   `clip-quote`, `clip-kind`, `clip-link` (text-fragment link)
 * - `select-page`, `select-all` (every result, all pages), `clear-selection`, `selection-count`
 * - `export-brief`, `copy-brief`, `export-csv`, `obsidian-selected`, `citation-format` +
 *   `export-citations`, `delete-selected`, `bulk-tags` + `bulk-add-tags` / `bulk-remove-tags`
 * - `filter-issuer`, `filter-docType` (official documents), `policy-facts` in article headings
 * - `cite-menu` under each article heading: `cite-copy-gbt7714`, `cite-copy-apa`,
 *   `cite-download-<csl|ris|bibtex>`, `cite-obsidian`; `obsidian-link` in the status region
 * - `undo-bar` with `undo`
 * - `tag-item` (attribute `data-tag`) in the tag panel
 * - `option-groupBy`, `option-fullText`, `option-highlightStyle`, `option-citationStyle`
 * - `backup-export`, `backup-import` (the file input), `import-report`, `storage-state`
 *   (attribute `data-persisted`)
 * - `page-prev`, `page-next`, `page-label`, `empty-state`, `status` (the live region)
 */
import { applyClipEdit, type ClipEdit } from '@/utils/merge/clip-edit';
import type { HighlightColour } from '@/utils/vocabulary';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ClipRecord } from '@/utils/store/types';
import { useApi } from '../api';
import { useStoreChanges } from '../change-feed';
import { useErrorMessage } from '../error-text';
import { useI18n } from '../i18n';
import { BackupPanel } from './BackupPanel';
import { ClipList } from './ClipList';
import { EmptyState } from './EmptyState';
import { ExportOptions } from './ExportOptions';
import { ToolbarOption } from './ToolbarOption';
import { Panel } from './Panel';
import { PdfOpenOption } from './PdfOpenOption';
import { FilterBar, type ViewMode } from './FilterBar';
import { displayOrder } from './grouping';
import { Pager } from './Pager';
import { emptyFilters, hasActiveFilters, pageCount, toPageQuery, type Filters } from './query';
import { SearchBox } from './SearchBox';
import { clickClip, EMPTY_SELECTION, setPage, type Selection } from './selection';
import { SelectionBar } from './SelectionBar';
import { TagManager } from './TagManager';
import { TEAM_SETTINGS_ANCHOR } from '@/utils/sync/team-space';
import { TeamPanel } from './TeamPanel';
import { UndoBar } from './UndoBar';
import { useBulkActions } from './useBulkActions';
import { useCiteActions } from './useCiteActions';
import type { CiteOutcome } from '../cite/cite-actions';
import { useClipResults } from './useClipResults';
import { useLibraryData } from './useLibraryData';

const NO_COLOURS: Readonly<Record<string, HighlightColour>> = {};

interface Props {
  /** Writes text to the clipboard. */
  copyText(text: string): Promise<void>;
  /** Hands an `obsidian://` URI to the browser. */
  openExternal(uri: string): void;
  /** Asks the browser for host access to a team server (in the click that joins). */
  requestHostAccess(pattern: string): Promise<boolean>;
  /** Whether this browser offers "Open PDFs in Policy Clipper's reader" (`pdfAutoOpenOffered`). */
  pdfAutoOpenOffered: boolean;
}

interface Status {
  text: string;
  error: boolean;
  /** A link to follow by hand (Obsidian's, when the OS did not open it). */
  link?: CiteOutcome['link'];
}

export function LibraryApp({ copyText, openExternal, requestHostAccess, pdfAutoOpenOffered }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [view, setView] = useState<ViewMode>('grouped');
  const [pageIndex, setPageIndex] = useState(0);
  const [reloadKey, setReloadKey] = useState(0);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [status, setStatus] = useState<Status | null>(null);

  const announce = useCallback((text: string, error = false) => setStatus({ text, error }), []);
  const data = useLibraryData(api, (message) => announce(message, true));
  const results = useClipResults(api, toPageQuery(filters, pageIndex), reloadKey);
  const page = results.page;

  const reloadAll = (): void => {
    setReloadKey((k) => k + 1);
    void data.refresh();
  };
  // Every other surface's writes (another library tab, the popup, an in-page menu) show here at once.
  useStoreChanges((change) => {
    const shown = new Set(page?.clips.map((c) => c.id) ?? []);
    const added = change.clips.some((c) => !shown.has(c.id) && c.version === 1);
    results.applyChange(change);
    // A new clip may belong on this page of results; tags and counts may have moved.
    if (added || change.articles.length) setReloadKey((k) => k + 1);
    if (change.clips.length || change.removedClipIds.length || change.settings) void data.refresh();
  }, reloadAll);
  const actions = useBulkActions({
    api,
    t,
    selection,
    setSelection,
    filters,
    announce,
    onChanged: reloadAll,
    copyText,
  });

  const cite = useCiteActions({
    api,
    t,
    selection,
    copyText,
    openExternal,
    report: (outcome, error = false) => setStatus({ text: outcome.text, error, link: outcome.link }),
  });

  // After a delete or a narrower filter the current page may be past the end.
  const lastPage = page ? pageCount(page.total) - 1 : 0;
  useEffect(() => {
    if (pageIndex > lastPage) setPageIndex(lastPage);
  }, [pageIndex, lastPage]);

  // Takes an updater too: the search box reports after a pause, when other filters may have changed.
  function changeFilters(next: Filters | ((current: Filters) => Filters)): void {
    setFilters(next);
    setPageIndex(0);
    setSelection((s) => ({ ids: s.ids, anchor: null }));
  }

  function changePage(next: number): void {
    setPageIndex(next);
    document.getElementById('results-heading')?.scrollIntoView?.({ block: 'start' });
  }

  const visibleIds = page ? displayOrder(page.clips, page.articles, view === 'grouped') : [];
  const pageSelected = visibleIds.length > 0 && visibleIds.every((id) => selection.ids.has(id));

  async function editClip(clip: ClipRecord, edit: ClipEdit): Promise<void> {
    // Shown at once, as the store will apply it; the stored record replaces it when it answers.
    results.replaceClip(applyClipEdit(clip, edit, Date.now()));
    try {
      results.replaceClip(await api.call({ type: 'clips/edit', id: clip.id, edit }));
      if (edit.addTags || edit.removeTags) void data.refresh();
    } catch (e) {
      // A note stays in its field; the message tells the user it was not saved.
      announce(edit.note ? t('libNoteNotSaved', errorMessage(e)) : errorMessage(e), true);
      setReloadKey((k) => k + 1);
    }
  }

  const filtered = hasActiveFilters(filters);
  // Nothing to select or act on in an empty result, unless clips chosen earlier are still selected.
  const showSelectionBar = (page?.total ?? 0) > 0 || selection.ids.size > 0;

  return (
    <div class="library">
      <header class="library-header">
        <h1 class="library-title">{t('libTitle')}</h1>
        <SearchBox
          value={filters.text}
          onSearch={(text) => changeFilters((current) => ({ ...current, text }))}
        />
        <p class="result-count muted" data-testid="result-count">
          {page ? t('libResultCount', page.total) : ''}
        </p>
      </header>
      <p
        class={status?.error ? 'status error' : 'status'}
        role="status"
        aria-live="polite"
        data-testid="status"
      >
        {status?.text ?? ''}
        {status?.link && (
          <a class="status-link" href={status.link.href} data-testid="obsidian-link">
            {status.link.label}
          </a>
        )}
      </p>

      <div class="library-body">
        <aside class="library-filters">
          <FilterBar
            filters={filters}
            onChange={changeFilters}
            tags={data.tags}
            sources={data.sources}
            documents={data.documents}
            view={view}
            onViewChange={setView}
          />
        </aside>

        <main class="library-main" aria-labelledby="results-heading" aria-busy={results.loading}>
          <h2 id="results-heading" class="visually-hidden">
            {t('libResults')}
          </h2>
          {actions.undo && (
            <UndoBar
              key={actions.undo.token}
              count={actions.undo.count}
              onUndo={() => void actions.undoDelete()}
              onExpire={actions.dismissUndo}
            />
          )}
          {showSelectionBar && (
            <SelectionBar
              selectedCount={selection.ids.size}
              total={page?.total ?? 0}
              pageSelected={pageSelected}
              onSelectPage={(on) => setSelection(setPage(selection, visibleIds, on))}
              onSelectAll={() => void actions.selectAllResults()}
              onClear={actions.clearSelection}
              busy={actions.busy || cite.busy}
              tags={data.tags}
              onExportBrief={() => void actions.exportBrief()}
              onCopyBrief={() => void actions.copyBrief()}
              onExportCsv={() => void actions.exportCsv()}
              onExportCitations={cite.exportSelection}
              onObsidian={cite.selectionToObsidian}
              onAddTags={(tags) => void actions.addTags(tags)}
              onRemoveTags={(tags) => void actions.removeTags(tags)}
              onDelete={() => void actions.deleteSelected()}
            />
          )}
          {results.error && (
            <p class="notice error" role="alert">
              {results.error}
            </p>
          )}
          {!page && results.loading && <p class="muted">{t('libLoading')}</p>}
          {page && page.total === 0 && (
            <EmptyState filtered={filtered} onClearFilters={() => changeFilters(emptyFilters())} />
          )}
          {page && page.clips.length > 0 && (
            <ClipList
              page={page}
              view={view}
              selected={selection.ids}
              onSelect={(id, shift) => setSelection((s) => clickClip(s, id, visibleIds, shift))}
              tagSuggestions={data.tags}
              tagColours={data.settings?.tagColours ?? NO_COLOURS}
              onEdit={editClip}
              cite={cite.article}
            />
          )}
          {page && <Pager page={pageIndex} total={page.total} onPage={changePage} />}
        </main>

        <aside class="library-panels">
          <Panel name="tags" heading={t('libTagsPanel')}>
            <TagManager
              tags={data.tags}
              colours={data.settings?.tagColours ?? {}}
              onChanged={reloadAll}
              onFilter={(tag) => {
                if (!filters.tags.includes(tag)) changeFilters({ ...filters, tags: [...filters.tags, tag] });
              }}
              announce={announce}
            />
          </Panel>
          <Panel name="options" heading={t('libOptionsPanel')}>
            <ExportOptions settings={data.settings} onSaved={data.setSettings} announce={announce} />
          </Panel>
          <Panel name="team" heading={t('libTeamPanel')} anchor={TEAM_SETTINGS_ANCHOR}>
            <TeamPanel requestHostAccess={requestHostAccess} />
          </Panel>
          <Panel name="toolbar" heading={t('libToolbarHeading')}>
            <ToolbarOption settings={data.settings} onSaved={data.setSettings} announce={announce} />
          </Panel>
          <Panel name="pdf" heading={t('libPdfHeading')}>
            <PdfOpenOption
              settings={data.settings}
              offered={pdfAutoOpenOffered}
              onSaved={data.setSettings}
              announce={announce}
            />
          </Panel>
          <Panel name="backup" heading={t('libBackupPanel')}>
            <BackupPanel onImported={reloadAll} announce={announce} refreshKey={reloadKey} />
          </Panel>
        </aside>
      </div>
    </div>
  );
}
