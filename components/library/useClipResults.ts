/**
 * One page of `clips/list` results for a query, refetched when the query or `reloadKey` changes. A
 * slower earlier answer never overwrites a newer one (typing a search fires several queries).
 */
import { useEffect, useState } from 'preact/hooks';
import { applyChangeToClips, type StoreChangeMessage } from '@/utils/messages/change-feed';
import type { ClipQuery } from '@/utils/messages/page-channel';
import type { ClipPage } from '@/utils/messages/reply-schemas';
import type { ClipRecord } from '@/utils/store/types';
import type { Api } from '../api';
import { useErrorMessage } from '../error-text';

export const RESULTS_MARK = 'policy-clipper:library-results';

export interface ClipResults {
  page: ClipPage | null;
  loading: boolean;
  error: string | null;
  /** Puts an updated clip (from `clips/edit`) in place without a refetch. */
  replaceClip(clip: ClipRecord): void;
  /** Applies a store change to the clips shown (updated in place, deleted ones dropped). */
  applyChange(change: Pick<StoreChangeMessage, 'clips' | 'removedClipIds'>): void;
}

export function useClipResults(api: Api, query: ClipQuery, reloadKey: number): ClipResults {
  const errorMessage = useErrorMessage();
  const [page, setPage] = useState<ClipPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    setLoading(true);
    api
      .call({ type: 'clips/list', query })
      .then((result) => {
        if (!current) return;
        setPage(result);
        setError(null);
      })
      .catch((e: unknown) => {
        if (current) setError(errorMessage(e));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
    // `queryKey` stands for `query`: a new object with the same filters must not refetch.
  }, [api, queryKey, reloadKey]);

  // The bench's "results on screen" signal (`ui.librarySearchKeystrokeMs`): Preact runs effects after
  // the browser painted the new rows.
  useEffect(() => {
    if (page) performance.mark(RESULTS_MARK, { detail: query.text ?? '' });
  }, [page]);

  function replaceClip(clip: ClipRecord): void {
    setPage((p) => (p ? { ...p, clips: p.clips.map((c) => (c.id === clip.id ? clip : c)) } : p));
  }

  function applyChange(change: Pick<StoreChangeMessage, 'clips' | 'removedClipIds'>): void {
    setPage((p) => {
      if (!p) return p;
      const clips = applyChangeToClips(p.clips, change, (c) => c);
      const removed = p.clips.length - clips.length;
      return { ...p, clips, total: p.total - removed };
    });
  }

  return { page, loading, error, replaceClip, applyChange };
}
