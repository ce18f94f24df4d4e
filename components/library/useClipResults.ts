/**
 * One page of `clips/list` results for a query, refetched when the query or `reloadKey` changes. A
 * slower earlier answer never overwrites a newer one (typing a search fires several queries).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClipQuery } from '@/utils/messages/page-channel';
import type { ClipPage } from '@/utils/messages/reply-schemas';
import type { ClipRecord } from '@/utils/store/types';
import type { Api } from '../api';
import { useErrorMessage } from '../error-text';

export interface ClipResults {
  page: ClipPage | null;
  loading: boolean;
  error: string | null;
  /** Puts an updated clip (from `clips/update`) in place without a refetch. */
  replaceClip(clip: ClipRecord): void;
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

  function replaceClip(clip: ClipRecord): void {
    setPage((p) => (p ? { ...p, clips: p.clips.map((c) => (c.id === clip.id ? clip : c)) } : p));
  }

  return { page, loading, error, replaceClip };
}
