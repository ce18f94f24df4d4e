import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useApi } from '@/components/api';
import { useStoreChanges } from '@/components/change-feed';
import { useErrorMessage } from '@/components/error-text';
import type { TagSuggestion } from '@/components/tag-editor-logic';
import { applyChangeToArticleClips } from '@/utils/messages/change-feed';
import type { SavedCopy } from '@/utils/messages/reply-schemas';
import type { ClipRecord } from '@/utils/store/types';

export type CopyState =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; copy: SavedCopy; clips: ClipRecord[]; tags: TagSuggestion[] };

/** The article's stored copy and its highlights, kept as stored whatever surface changes them. */
export function useSavedCopy(articleId: string | null): {
  state: CopyState;
  replace: (clip: ClipRecord) => void;
  reload: () => void;
} {
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<CopyState>({ phase: 'loading' });
  const [round, setRound] = useState(0);
  // Asked for while rendering, not in an effect (which runs after the first paint): on a long copy
  // the store read and the message are a good part of the opening time.
  const request = useMemo(
    () => (articleId === null ? null : api.call({ type: 'article/copy', articleId })),
    // `round` asks again (the feed was interrupted, or a reload).
    [api, articleId, round],
  );
  useEffect(() => {
    if (request === null) return;
    let live = true;
    // The tags (for the editors' suggestions) follow; the copy does not wait for them.
    const tags = api.call({ type: 'tags/list' }).catch(() => []);
    request
      .then((copy) => {
        if (!live) return;
        setState({ phase: 'ready', copy, clips: copy.clips, tags: [] });
        return tags.then((list) => live && setState((s) => (s.phase === 'ready' ? { ...s, tags: list } : s)));
      })
      .catch((e: unknown) => live && setState({ phase: 'error', message: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [api, request, errorMessage]);
  const withClips = useCallback(
    (change: (clips: ClipRecord[]) => ClipRecord[]) =>
      setState((s) => (s.phase === 'ready' ? { ...s, clips: change(s.clips) } : s)),
    [],
  );
  const replace = useCallback(
    (clip: ClipRecord) => withClips((clips) => clips.map((c) => (c.id === clip.id ? clip : c))),
    [withClips],
  );
  useStoreChanges(
    (change) => {
      withClips((clips) => applyChangeToArticleClips(clips, change, articleId));
      if (change.clips.length || change.removedClipIds.length)
        void api.call({ type: 'tags/list' }).then(
          (tags) => setState((s) => (s.phase === 'ready' ? { ...s, tags } : s)),
          () => undefined,
        );
    },
    () => setRound((r) => r + 1),
  );
  return { state, replace, reload: () => setRound((r) => r + 1) };
}
