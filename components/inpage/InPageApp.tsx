/**
 * The in-page UI, inside the extension frame the highlighter places in a page: a highlight's menu
 * (tags, note, copy link, delete with Undo) or a notice. The same editors as the popup and the library;
 * everything it reads and writes goes through the background, never through the page.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fragmentUrl } from '@/utils/anchor';
import type { ClipEdit } from '@/utils/merge/clip-edit';
import type { InPageSession } from '@/utils/messages/reply-schemas';
import type { ClipRecord } from '@/utils/store/types';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import { useApi } from '../api';
import { useStoreChanges } from '../change-feed';
import { useErrorMessage } from '../error-text';
import { useI18n } from '../i18n';
import { quoteExcerpt } from '../labels';
import { ClipEditors } from '../ClipEditors';
import type { TagSuggestion } from '../tag-editor-logic';

interface Props {
  token: string;
  session: InPageSession;
  /** What the user typed while the menu was loading (the keyboard path), kept in the tag field. */
  typedAhead?: string;
  copyText: (text: string) => Promise<void>;
}

/** How long a plain notice stays ("Highlighted.", "Saved to your library."). */
const NOTICE_MS = 4_000;
const LABEL_EXCERPT = 30;

type View = { kind: 'menu'; clip: ClipRecord } | { kind: 'notice'; text: string; undo?: () => void };

export function InPageApp({ token, session, typedAhead, copyText }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const root = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(
    session.kind === 'menu' ? { kind: 'menu', clip: session.clip } : { kind: 'notice', text: session.text },
  );
  const [status, setStatus] = useState('');
  const [suggestions, setSuggestions] = useState<TagSuggestion[]>([]);

  const close = (): void => void api.call({ type: 'inpage/close', token }).catch(() => undefined);

  // The menu shows the clip as stored, whatever another surface changes meanwhile. Its copy was read
  // when the frame opened, before the feed listened (on a busy machine, or in a background tab whose
  // timers are throttled, seconds before): it is read again once the feed is live.
  useStoreChanges(
    (change) => {
      setView((current) => {
        if (current.kind !== 'menu') return current;
        if (change.removedClipIds.includes(current.clip.id))
          return { kind: 'notice', text: t('statusDeleted') };
        const next = change.clips.find((c) => c.id === current.clip.id);
        return next && next.version > current.clip.version ? { kind: 'menu', clip: next } : current;
      });
    },
    () => {
      if (view.kind !== 'menu') return;
      void api.call({ type: 'clips/get', ids: [view.clip.id] }).then(
        ([clip]) =>
          setView((current) => {
            if (current.kind !== 'menu') return current;
            if (!clip) return { kind: 'notice', text: t('statusDeleted') };
            // An edit made here meanwhile may have answered with a newer copy.
            return clip.version > current.clip.version ? { kind: 'menu', clip } : current;
          }),
        () => undefined,
      );
    },
    { catchUp: true },
  );

  // The frame takes the size of what it shows (the highlighter sizes the iframe).
  useLayoutEffect(() => {
    const box = root.current;
    if (!box) return;
    const report = (): void => {
      const { width, height } = box.getBoundingClientRect();
      void api
        .call({ type: 'inpage/resize', token, width: Math.ceil(width), height: Math.ceil(height) })
        .catch(() => undefined);
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(box);
    return () => observer.disconnect();
  }, [api, token]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') close();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (view.kind !== 'notice') return;
    const timer = setTimeout(close, view.undo ? UNDO_WINDOW_MS : NOTICE_MS);
    return () => clearTimeout(timer);
  }, [view]);

  useEffect(() => {
    if (session.kind !== 'menu') return;
    void api.call({ type: 'tags/list' }).then(setSuggestions, () => undefined);
  }, []);

  if (view.kind === 'notice') {
    return (
      <div ref={root} class="inpage notice" role="status" aria-live="polite" data-testid="inpage-notice">
        <p class="notice-text">{view.text}</p>
        {view.undo && (
          <button type="button" data-testid="inpage-undo" onClick={view.undo} ref={(b) => b?.focus()}>
            {t('undo')}
          </button>
        )}
        <button type="button" class="link" onClick={close} aria-label={t('close')}>
          ×
        </button>
      </div>
    );
  }

  const { clip } = view;
  const tabId = session.tabId;
  const label = quoteExcerpt(clip.quote, LABEL_EXCERPT);
  const save = (edit: ClipEdit): Promise<void> =>
    api.call({ type: 'clips/edit', id: clip.id, edit }).then(
      (updated) => {
        setView({ kind: 'menu', clip: updated });
        setStatus(t('saved'));
      },
      (e: unknown) => setStatus(errorMessage(e)),
    );

  const remove = (): void => {
    api.call({ type: 'clips/delete', ids: [clip.id], tabId }).then(
      ({ token: undoToken }) => {
        const undo = (): void => {
          api.call({ type: 'clips/restore', token: undoToken, tabId }).then(
            () => setView({ kind: 'notice', text: t('statusRestored') }),
            (e: unknown) => setView({ kind: 'notice', text: errorMessage(e) }),
          );
        };
        setView({ kind: 'notice', text: t('statusDeleted'), undo });
      },
      (e: unknown) => setStatus(errorMessage(e)),
    );
  };

  const copyLink = (): void => {
    const link = clip.fragment
      ? fragmentUrl(session.kind === 'menu' ? session.pageUrl : '', clip.fragment)
      : '';
    copyText(link || (session.kind === 'menu' ? session.pageUrl : '')).then(
      () => setStatus(t('linkCopied')),
      (e: unknown) => setStatus(errorMessage(e)),
    );
  };

  return (
    <div ref={root} class="inpage menu" role="dialog" aria-label={t('menuTitle')} data-testid="inpage-menu">
      <p class="quote">{clip.quote}</p>
      <ClipEditors
        clip={clip}
        suggestions={suggestions}
        tagsLabel={t('tagsFor', label)}
        noteLabel={t('noteFor', label)}
        notePlaceholder={t('notePlaceholder')}
        onEdit={(_clip, edit) => save(edit)}
        {...(session.kind === 'menu' && session.focus ? { autoFocus: { draft: typedAhead ?? '' } } : {})}
      />
      <div class="row end">
        <button type="button" class="link" data-testid="inpage-copy-link" onClick={copyLink}>
          {t('copyLink')}
        </button>
        <button type="button" class="link danger" data-testid="inpage-delete" onClick={remove}>
          {t('delete')}
        </button>
        <button type="button" data-testid="inpage-done" onClick={close}>
          {t('close')}
        </button>
      </div>
      <p class="status" role="status" data-testid="inpage-status">
        {status}
      </p>
    </div>
  );
}
