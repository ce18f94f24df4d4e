/**
 * What the popup's buttons do: save the clip, export or copy its brief, cite it, send it to Obsidian,
 * highlight the selection or suggested findings, and edit, delete (with undo), re-attach or show a
 * highlight. Each asks the background and reports in the status line; `busy` while one runs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/utils/detect/types';
import type { ClipEdit } from '@/utils/merge/clip-edit';
import { ChannelError } from '@/utils/messages/errors';
import { withinRequestLimit } from '@/utils/messages/fields';
import type { FindingPick } from '@/utils/messages/page-channel';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import type { ReferenceStyle } from '@/utils/cite';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import type { CitationFormat } from '@/utils/vocabulary';
import { useApi } from '../api';
import {
  copyReference,
  downloadCitations,
  sendToObsidian,
  type CiteDeps,
  type CiteOutcome,
} from '../cite/cite-actions';
import { useErrorMessage } from '../error-text';
import { useI18n } from '../i18n';
import { findingKey, savedFindingKeys } from './finding-keys';
import type { PopupStatus } from './StatusLine';
import type { PageClips } from './usePageClips';

interface Options {
  tabId: number | null;
  /** The page's article as stored, if it is (from its highlights or the analysis). */
  storedArticle: ArticleRecord | null;
  /** Re-reads the page's highlights, resolving with what is stored now. */
  reloadClips: () => Promise<PageClips>;
  /** Puts an edited clip in place of its old version. */
  replaceClip: (clip: ClipRecord) => void;
  copyText: (text: string) => Promise<void>;
  openExternal: (uri: string) => void;
}

function toPick(f: Finding): FindingPick {
  const { text, start, end, context } = f;
  if (f.kind === 'figure') {
    const { value, unit, number, unitText, statement } = f;
    return {
      kind: f.kind,
      type: f.type,
      text,
      start,
      end,
      context,
      value,
      unit,
      number,
      unitText,
      statement,
    };
  }
  return f.kind === 'measure'
    ? { kind: f.kind, type: f.type, text, start, end, context }
    : { kind: f.kind, type: f.type, text, start, end, context };
}

export function usePopupActions({
  tabId,
  storedArticle,
  reloadClips,
  replaceClip,
  copyText,
  openExternal,
}: Options) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [saved, setSaved] = useState<ArticleRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<PopupStatus | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (undoTimer.current) clearTimeout(undoTimer.current);
    },
    [],
  );
  // Saved from this popup is newest; otherwise what the store or the analysis knows.
  const savedArticle = saved ?? storedArticle;

  async function run(action: () => Promise<PopupStatus | string>): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      const result = await action();
      setStatus(typeof result === 'string' ? { text: result, error: false } : result);
    } catch (e) {
      setStatus({ text: errorMessage(e), error: true });
    } finally {
      setBusy(false);
    }
  }

  function requireTab(): number {
    if (tabId === null) throw new ChannelError({ code: 'tab-gone', message: 'No tab.' });
    return tabId;
  }

  async function ensureSaved(): Promise<ArticleRecord> {
    if (savedArticle) return savedArticle;
    const { article } = await api.call({ type: 'article/save', tabId: requireTab() });
    setSaved(article);
    return article;
  }

  const save = () =>
    run(async () => {
      const { article, created } = await api.call({ type: 'article/save', tabId: requireTab() });
      setSaved(article);
      return created ? t('statusSaved') : t('statusUpdated');
    });

  const exportBrief = (how: 'download' | 'text') =>
    run(async () => {
      const article = await ensureSaved();
      const { filename, text } = await api.call({
        type: 'brief/article',
        articleId: article.id,
        deliver: how,
      });
      if (how === 'text') await copyText(text ?? '');
      return how === 'text' ? t('statusCopied') : t('statusExported', filename);
    });

  const cite: CiteDeps = { api, t, copyText, openExternal };
  const outcome = (o: CiteOutcome): PopupStatus => ({ text: o.text, error: false, link: o.link });
  const copyCitation = (style: ReferenceStyle) =>
    run(async () => outcome(await copyReference(cite, await ensureSaved(), style)));
  const downloadCitation = (format: CitationFormat) =>
    run(async () => outcome(await downloadCitations(cite, format, { articleId: (await ensureSaved()).id })));
  const openInObsidian = () =>
    run(async () => {
      const article = await ensureSaved();
      const brief = await api.call({ type: 'brief/article', articleId: article.id, deliver: 'text' });
      return outcome(await sendToObsidian(cite, brief));
    });

  const highlightSelection = () =>
    run(async () => {
      await api.call({ type: 'highlight/selection', tabId: requireTab() });
      await reloadClips();
      return t('statusHighlighted');
    });

  const highlightFindings = (findings: Finding[]): Promise<void> =>
    run(async () => {
      try {
        const { saved: clips, notFound } = await api.call({
          type: 'highlight/findings',
          tabId: requireTab(),
          findings: [...withinRequestLimit(findings)].map(toPick),
        });
        await reloadClips();
        return notFound
          ? t('statusFindingsMissing', clips.length, notFound)
          : t('statusFindingsSaved', clips.length);
      } catch (e) {
        if (!(e instanceof ChannelError && e.error.detail === 'no-answer')) throw e;
        // The connection dropped (the worker stopped): say what is actually stored, offer the rest.
        const stored = savedFindingKeys((await reloadClips()).clips);
        const missing = findings.filter((f) => !stored.has(findingKey(f)));
        const done = findings.length - missing.length;
        if (missing.length === 0) return t('statusFindingsSaved', done);
        return {
          text: t('statusFindingsInterrupted', done, findings.length),
          error: true,
          action: { label: t('finishSaving', missing.length), run: () => void highlightFindings(missing) },
        };
      }
    });

  // Edits save as they happen (no save button); a failure is shown, and the list re-read from the store.
  const changeClip = (id: string, edit: ClipEdit) => {
    api.call({ type: 'clips/edit', id, edit }).then(replaceClip, (e: unknown) => {
      setStatus({ text: errorMessage(e), error: true });
      void reloadClips();
    });
  };

  const deleteClip = (id: string) =>
    run(async () => {
      const { token } = await api.call({ type: 'clips/delete', ids: [id], tabId: requireTab() });
      await reloadClips();
      const undo = (): void =>
        void run(async () => {
          await api.call({ type: 'clips/restore', token, tabId: requireTab() });
          await reloadClips();
          return t('statusRestored');
        });
      const deleted: PopupStatus = { text: t('statusDeleted'), error: false, undo };
      // When the undo window closes, the offer goes, but only if it is still what the line shows: a
      // message that came after it stays.
      if (undoTimer.current) clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(
        () => setStatus((shown) => (shown === deleted ? null : shown)),
        UNDO_WINDOW_MS,
      );
      return deleted;
    });

  const reattachClip = (id: string) =>
    run(async () => {
      await api.call({ type: 'clips/reattach', tabId: requireTab(), id });
      await reloadClips();
      return t('statusReattached');
    });

  // The page scrolls to the highlight and flashes it; a failure (the tab navigated) says so.
  const showClip = (id: string): void =>
    void api
      .call({ type: 'clips/show', tabId: requireTab(), id })
      .catch((e: unknown) => setStatus({ text: errorMessage(e), error: true }));

  return {
    savedArticle,
    busy,
    status,
    save,
    exportBrief,
    copyCitation,
    downloadCitation,
    openInObsidian,
    highlightSelection,
    highlightFindings,
    changeClip,
    deleteClip,
    reattachClip,
    showClip,
  };
}
