/**
 * What the selection bar does: exports, tagging and deleting the selected clips, each reported in the
 * status region; deleting leaves an undo token for the undo bar.
 */
import { withinRequestLimit } from '@/utils/messages/fields';
import { useState } from 'preact/hooks';
import type { Api } from '../api';
import { useErrorMessage } from '../error-text';
import type { Translator } from '../i18n';
import { toIdsQuery, type Filters } from './query';
import { clearSelection, selectAll, selectedIds, withoutIds, type Selection } from './selection';

export interface PendingUndo {
  token: string;
  count: number;
}

interface Options {
  api: Api;
  t: Translator['t'];
  selection: Selection;
  setSelection(selection: Selection): void;
  filters: Filters;
  announce(text: string, error?: boolean): void;
  /** Clips or tags changed: reload what shows them. */
  onChanged(): void;
  copyText(text: string): Promise<void>;
}

export function useBulkActions({
  api,
  t,
  selection,
  setSelection,
  filters,
  announce,
  onChanged,
  copyText,
}: Options) {
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<PendingUndo | null>(null);

  async function run(action: () => Promise<string>): Promise<void> {
    setBusy(true);
    try {
      announce(await action());
    } catch (e) {
      announce(errorMessage(e), true);
    } finally {
      setBusy(false);
    }
  }

  const ids = (): string[] => [...withinRequestLimit(selectedIds(selection))];

  return {
    busy,
    undo,
    selectAllResults: () =>
      run(async () => {
        const all = await api.call({ type: 'clips/ids', query: toIdsQuery(filters) });
        setSelection(selectAll(all));
        return t('libSelectedCount', all.length);
      }),
    exportBrief: () =>
      run(async () => {
        const { filename } = await api.call({ type: 'brief/clips', clipIds: ids(), deliver: 'download' });
        return t('statusExported', filename);
      }),
    copyBrief: () =>
      run(async () => {
        const { text } = await api.call({ type: 'brief/clips', clipIds: ids(), deliver: 'text' });
        await copyText(text);
        return t('statusCopied');
      }),
    exportCsv: () =>
      run(async () => {
        const { filename } = await api.call({ type: 'csv/figures', clipIds: ids(), deliver: 'download' });
        return t('statusExported', filename);
      }),
    addTags: (tags: string[]) =>
      run(async () => {
        const { count } = await api.call({ type: 'tags/add', ids: ids(), tags });
        onChanged();
        return t('libTagsAdded', tags.join(t('libListSeparator')), count);
      }),
    removeTags: (tags: string[]) =>
      run(async () => {
        const { count } = await api.call({ type: 'tags/remove', ids: ids(), tags });
        onChanged();
        return t('libTagsRemoved', tags.join(t('libListSeparator')), count);
      }),
    deleteSelected: () =>
      run(async () => {
        const deleting = ids();
        const { token, count } = await api.call({ type: 'clips/delete', ids: deleting });
        setSelection(withoutIds(selection, deleting));
        setUndo({ token, count });
        onChanged();
        return t('libDeletedCount', count);
      }),
    undoDelete: () =>
      run(async () => {
        if (!undo) return '';
        const { count } = await api.call({ type: 'clips/restore', token: undo.token });
        setUndo(null);
        onChanged();
        return t('libRestoredCount', count);
      }),
    dismissUndo: () => setUndo(null),
    clearSelection: () => setSelection(clearSelection()),
  };
}
