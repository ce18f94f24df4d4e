/**
 * The PDF's article and highlights as stored, kept live through the change feed (tags and notes edited
 * in the library or the panel show here at once), and the ones this reader saves.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useApi } from '@/components/api';
import { useStoreChanges } from '@/components/change-feed';
import type { TagSuggestion } from '@/components/tag-editor-logic';
import { applyChangeToArticleClips } from '@/utils/messages/change-feed';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { oldestFirst } from '@/utils/store/clip-records';

export interface PdfIdentity {
  url: string;
  fingerprint: string;
}

export interface PdfClips {
  article: ArticleRecord | null;
  clips: ClipRecord[];
  tags: TagSuggestion[];
}

export function usePdfClips(pdf: PdfIdentity | null): {
  data: PdfClips | null;
  error: unknown;
  added: (article: ArticleRecord, clips: ClipRecord[]) => void;
  replace: (clip: ClipRecord) => void;
} {
  const api = useApi();
  const [data, setData] = useState<PdfClips | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const articleId = useRef<string | null>(null);
  articleId.current = data?.article?.id ?? null;

  useEffect(() => {
    if (!pdf) return;
    let live = true;
    Promise.all([api.call({ type: 'pdf/clips', pdf }), api.call({ type: 'tags/list' }).catch(() => [])])
      .then(([found, tags]) => live && setData({ ...found, tags }))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, pdf?.url, pdf?.fingerprint, round]);

  const withClips = useCallback(
    (change: (clips: ClipRecord[]) => ClipRecord[]) =>
      setData((d) => (d ? { ...d, clips: change(d.clips) } : d)),
    [],
  );
  const added = useCallback((article: ArticleRecord, clips: ClipRecord[]) => {
    setData((d) => {
      const known = new Set(d?.clips.map((c) => c.id));
      const fresh = clips.filter((c) => !known.has(c.id));
      return { article, clips: [...(d?.clips ?? []), ...fresh].sort(oldestFirst), tags: d?.tags ?? [] };
    });
  }, []);
  const replace = useCallback(
    (clip: ClipRecord) => withClips((clips) => clips.map((c) => (c.id === clip.id ? clip : c))),
    [withClips],
  );

  useStoreChanges(
    (change) => {
      withClips((clips) => applyChangeToArticleClips(clips, change, articleId.current));
      if (change.clips.length || change.removedClipIds.length)
        void api.call({ type: 'tags/list' }).then(
          (tags) => setData((d) => (d ? { ...d, tags } : d)),
          () => undefined,
        );
    },
    () => setRound((r) => r + 1),
  );
  return { data, error, added, replace };
}
