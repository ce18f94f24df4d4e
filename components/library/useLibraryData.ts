/**
 * What the library's filters and panels need besides the clips: existing tags (with counts, for
 * filters, suggestions and the tag panel), sources, official documents' issuers and types, and settings (export options, tag colours).
 * `refresh` reloads them after a change that may have altered them.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DocumentFacets } from '@/utils/store';
import type { SourceCount, TagCount } from '@/utils/store/types';
import type { Api } from '../api';
import type { Settings } from '@/utils/settings';

const NO_DOCUMENTS: DocumentFacets = { issuers: [], docTypes: [] };

export interface LibraryData {
  tags: TagCount[];
  sources: SourceCount[];
  documents: DocumentFacets;
  settings: Settings | null;
  setSettings(settings: Settings): void;
  refresh(): Promise<void>;
}

export function useLibraryData(api: Api, onError: (message: string) => void): LibraryData {
  const [tags, setTags] = useState<TagCount[]>([]);
  const [sources, setSources] = useState<SourceCount[]>([]);
  const [documents, setDocuments] = useState<DocumentFacets>(NO_DOCUMENTS);
  const [settings, setSettings] = useState<Settings | null>(null);
  // Held in a ref so a caller passing a fresh function each render does not cause a reload loop.
  const reportError = useRef(onError);
  reportError.current = onError;

  const refresh = useCallback(async () => {
    const [tagList, sourceList, currentSettings, facets] = await Promise.allSettled([
      api.call({ type: 'tags/list' }),
      api.call({ type: 'sources/list' }),
      api.call({ type: 'settings/get' }),
      api.call({ type: 'documents/facets' }),
    ]);
    if (facets.status === 'fulfilled') setDocuments(facets.value);
    if (tagList.status === 'fulfilled') setTags(tagList.value);
    if (sourceList.status === 'fulfilled') setSources(sourceList.value);
    if (currentSettings.status === 'fulfilled') setSettings(currentSettings.value);
    const failed = [tagList, sourceList, currentSettings, facets].find((r) => r.status === 'rejected');
    if (failed?.status === 'rejected') {
      reportError.current(failed.reason instanceof Error ? failed.reason.message : String(failed.reason));
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { tags, sources, documents, settings, setSettings, refresh };
}
