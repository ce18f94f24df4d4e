import { useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/utils/detect/types';
import type { ClipEdit } from '@/utils/merge/clip-edit';
import { ChannelError } from '@/utils/messages/errors';
import { withinRequestLimit } from '@/utils/messages/fields';
import type { FindingPick } from '@/utils/messages/page-channel';
import type { CachedCard } from '@/utils/messages/card-cache';
import type { AnalyzeResult } from '@/utils/messages/reply-schemas';
import { unavailableText } from '@/utils/messages/user-text';
import { pdfOfTab } from '@/utils/pdf/pdf-tab';
import type { ArticleRecord } from '@/utils/store/types';
import type { ReferenceStyle } from '@/utils/cite';
import type { CitationFormat } from '@/utils/vocabulary';
import { useApi } from '../api';
import {
  copyReference,
  downloadCitations,
  sendToObsidian,
  type CiteDeps,
  type CiteOutcome,
} from '../cite/cite-actions';
import { CiteMenu } from '../cite/CiteMenu';
import { useErrorMessage } from '../error-text';
import { localize, useI18n } from '../i18n';
import { ArticleCard } from './ArticleCard';
import { findingKey, savedFindingKeys } from './finding-keys';
import { TeamStatusBar } from '../team/TeamStatus';
import { PageHighlights } from './PageHighlights';
import { PdfOffer, type LocalFileAccess } from './PdfOffer';
import { Suggestions } from './Suggestions';
import { usePageAnalysis } from './usePageAnalysis';
import { usePageClips } from './usePageClips';

interface Props {
  tabId: number | null;
  /** The analysis requested before the UI loaded (see main.tsx). */
  early?: Promise<AnalyzeResult>;
  /** The card kept from the last analysis of this tab, shown until the analysis answers. */
  cachedCard?: CachedCard;
  /** Opens the library page (an extension tab). */
  openLibrary: () => void;
  /** Opens the library's team settings (the team sync's status links there). */
  openTeamSettings?: () => void;
  /** Writes text to the clipboard. */
  copyText: (text: string) => Promise<void>;
  /** Hands an `obsidian://` URI to the browser. */
  openExternal: (uri: string) => void;
  /** Where this app runs: the popup, or the side panel / sidebar that stays open beside the page. */
  surface?: 'popup' | 'panel';
  /** Opens the side panel (the popup's "Open in side panel"; absent where no panel can open). */
  openPanel?: () => void;
  /** Opens the stored copy of an article (the reader page). */
  openSavedCopy?: (articleId: string) => void;
  /** The highlight the user clicked in the page (the panel selects it). */
  selectedClipId?: string | null;
  /** Opens the PDF reader for the PDF the tab shows. */
  openPdfReader?: (pdf: URL) => void;
  /** Whether the extension may read local files (asked for a `file://` PDF). */
  localFileAccess?: () => Promise<LocalFileAccess>;
}

type Status = {
  text: string;
  error: boolean;
  undo?: () => void;
  /** A follow-up the user can take (e.g. save what an interrupted "Highlight all" left unsaved). */
  action?: { label: string; run: () => void };
  /** A link to follow by hand (Obsidian's, when the OS did not open it). */
  link?: CiteOutcome['link'];
} | null;

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

export function PopupApp(props: Props) {
  const { tabId, early, cachedCard, openLibrary, copyText, openExternal, openPanel, openSavedCopy } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const errorMessage = useErrorMessage();
  const { state } = usePageAnalysis(tabId, early);
  const { data: page, reload: reloadClips, replace } = usePageClips(tabId, state.phase !== 'loading');
  const [saved, setSaved] = useState<ArticleRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const analysis = state.phase === 'ready' && state.result.status === 'article' ? state.result : null;
  const unavailable = state.phase === 'ready' && state.result.status === 'unavailable' ? state.result : null;
  const savedArticle = saved ?? page.article ?? analysis?.saved ?? null;
  const pdf = unavailable ? pdfOfTab(unavailable) : null;
  const savedKeys = useMemo(() => savedFindingKeys(page.clips), [page.clips]);

  async function run(action: () => Promise<Status | string>): Promise<void> {
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
  const outcome = (o: CiteOutcome): Status => ({ text: o.text, error: false, link: o.link });
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
  const change = (id: string, edit: ClipEdit) => {
    api.call({ type: 'clips/edit', id, edit }).then(replace, (e: unknown) => {
      setStatus({ text: errorMessage(e), error: true });
      void reloadClips();
    });
  };

  const remove = (id: string) =>
    run(async () => {
      const { token } = await api.call({ type: 'clips/delete', ids: [id], tabId: requireTab() });
      await reloadClips();
      if (undoTimer.current) clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setStatus(null), 10_000);
      const undo = (): void =>
        void run(async () => {
          await api.call({ type: 'clips/restore', token, tabId: requireTab() });
          await reloadClips();
          return t('statusRestored');
        });
      return { text: t('statusDeleted'), error: false, undo };
    });

  const reattach = (id: string) =>
    run(async () => {
      await api.call({ type: 'clips/reattach', tabId: requireTab(), id });
      await reloadClips();
      return t('statusReattached');
    });

  // The page scrolls to the highlight and flashes it; a failure (the tab navigated) says so.
  const show = (id: string): void =>
    void api
      .call({ type: 'clips/show', tabId: requireTab(), id })
      .catch((e: unknown) => setStatus({ text: errorMessage(e), error: true }));

  const canHighlight = analysis !== null || (unavailable !== null && unavailable.reason !== 'restricted');

  return (
    <main class={props.surface === 'panel' ? 'popup panel' : 'popup'}>
      <header class="row popup-header">
        <strong class="brand">{t('extName')}</strong>
        <span class="row">
          {openPanel && (
            <button type="button" class="link" data-testid="open-panel" onClick={openPanel}>
              {t('openInPanel')}
            </button>
          )}
          <button type="button" class="link" data-testid="open-library" onClick={openLibrary}>
            {t('openLibrary')}
          </button>
        </span>
      </header>
      <TeamStatusBar openSettings={props.openTeamSettings ?? openLibrary} />

      {state.phase === 'loading' && cachedCard && (
        <ArticleCard article={cachedCard} savedAt={cachedCard.savedAt} />
      )}
      {state.phase === 'loading' && (
        <p class="muted" role="status">
          {t('reading')}
        </p>
      )}
      {state.phase === 'error' && (
        <p class="notice error" role="alert" data-testid="page-message">
          {state.message === 'no-tab' ? t('errorNoTab') : state.message}
        </p>
      )}
      {pdf && (
        <PdfOffer
          pdf={pdf}
          {...(props.openPdfReader ? { onOpen: props.openPdfReader } : {})}
          {...(props.localFileAccess ? { localFileAccess: props.localFileAccess } : {})}
        />
      )}
      {unavailable && !pdf && (
        <div class="notice" role="alert" data-testid="page-message">
          <p>{localize(i18n, unavailableText(unavailable))}</p>
          {unavailable.reason !== 'restricted' && <p class="muted">{t('canStillHighlight')}</p>}
        </div>
      )}

      {analysis && <ArticleCard article={analysis.article} savedAt={savedArticle?.clippedAt ?? null} />}

      <div class="row actions">
        {analysis && (
          <button type="button" class="primary" data-testid="save-clip" disabled={busy} onClick={save}>
            {savedArticle ? t('updateClip') : t('saveClip')}
          </button>
        )}
        {canHighlight && (
          <button
            type="button"
            data-testid="highlight-selection"
            disabled={busy}
            onClick={highlightSelection}
          >
            {t('highlightSelection')}
          </button>
        )}
        {(analysis || savedArticle) && (
          <>
            <button
              type="button"
              data-testid="export-brief"
              disabled={busy}
              onClick={() => exportBrief('download')}
            >
              {t('exportBrief')}
            </button>
            <button
              type="button"
              data-testid="copy-markdown"
              disabled={busy}
              onClick={() => exportBrief('text')}
            >
              {t('copyMarkdown')}
            </button>
            <button type="button" data-testid="open-obsidian" disabled={busy} onClick={openInObsidian}>
              {t('openInObsidian')}
            </button>
          </>
        )}
      </div>
      {(analysis || savedArticle) && (
        <CiteMenu
          title={analysis?.article.title ?? savedArticle?.title ?? ''}
          busy={busy}
          onCopy={(style) => void copyCitation(style)}
          onDownload={(format) => void downloadCitation(format)}
        />
      )}

      <p
        class={status?.error ? 'status error' : 'status'}
        role="status"
        aria-live="polite"
        data-testid="status"
      >
        {status?.text ?? ''}
        {status?.undo && (
          <button type="button" class="link" data-testid="undo" onClick={status.undo}>
            {t('undo')}
          </button>
        )}
        {status?.link && (
          <a class="status-link" href={status.link.href} data-testid="obsidian-link">
            {status.link.label}
          </a>
        )}
        {status?.action && (
          <button type="button" class="link" data-testid="status-action" onClick={status.action.run}>
            {status.action.label}
          </button>
        )}
      </p>

      <PageHighlights
        clips={page.clips}
        orphans={page.orphans}
        tagSuggestions={page.tags}
        busy={busy}
        onChange={change}
        onDelete={remove}
        onReattach={reattach}
        selectedId={props.selectedClipId ?? null}
        onShow={show}
        {...(openSavedCopy && savedArticle ? { onReadCopy: () => openSavedCopy(savedArticle.id) } : {})}
      />

      {analysis && (
        <Suggestions
          findings={analysis.findings}
          text={analysis.article.text}
          saved={savedKeys}
          busy={busy}
          onHighlight={highlightFindings}
        />
      )}
    </main>
  );
}
