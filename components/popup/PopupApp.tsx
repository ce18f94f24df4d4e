import { useMemo } from 'preact/hooks';
import type { CachedCard } from '@/utils/messages/card-cache';
import type { AnalyzeResult } from '@/utils/messages/reply-schemas';
import { unavailableText } from '@/utils/messages/user-text';
import { pdfOfTab } from '@/utils/pdf/pdf-tab';
import { CiteMenu } from '../cite/CiteMenu';
import { localize, useI18n } from '../i18n';
import { ArticleCard } from './ArticleCard';
import { savedFindingKeys } from './finding-keys';
import { TeamStatusBar } from '../team/TeamStatus';
import { PageHighlights } from './PageHighlights';
import { PdfOffer, type LocalFileAccess } from './PdfOffer';
import { StatusLine } from './StatusLine';
import { Suggestions } from './Suggestions';
import { usePageAnalysis } from './usePageAnalysis';
import { usePageClips } from './usePageClips';
import { usePopupActions } from './usePopupActions';

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

export function PopupApp(props: Props) {
  const { tabId, early, cachedCard, openLibrary, copyText, openExternal, openPanel, openSavedCopy } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const { state } = usePageAnalysis(tabId, early);
  const { data: page, reload: reloadClips, replace } = usePageClips(tabId, state.phase !== 'loading');

  const analysis = state.phase === 'ready' && state.result.status === 'article' ? state.result : null;
  const unavailable = state.phase === 'ready' && state.result.status === 'unavailable' ? state.result : null;
  const pdf = unavailable ? pdfOfTab(unavailable) : null;
  const savedKeys = useMemo(() => savedFindingKeys(page.clips), [page.clips]);
  const { savedArticle, busy, status, ...actions } = usePopupActions({
    tabId,
    storedArticle: page.article ?? analysis?.saved ?? null,
    reloadClips,
    replaceClip: replace,
    copyText,
    openExternal,
  });

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
          <button
            type="button"
            class="primary"
            data-testid="save-clip"
            disabled={busy}
            onClick={actions.save}
          >
            {savedArticle ? t('updateClip') : t('saveClip')}
          </button>
        )}
        {canHighlight && (
          <button
            type="button"
            data-testid="highlight-selection"
            disabled={busy}
            onClick={actions.highlightSelection}
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
              onClick={() => actions.exportBrief('download')}
            >
              {t('exportBrief')}
            </button>
            <button
              type="button"
              data-testid="copy-markdown"
              disabled={busy}
              onClick={() => actions.exportBrief('text')}
            >
              {t('copyMarkdown')}
            </button>
            <button
              type="button"
              data-testid="open-obsidian"
              disabled={busy}
              onClick={actions.openInObsidian}
            >
              {t('openInObsidian')}
            </button>
          </>
        )}
      </div>
      {(analysis || savedArticle) && (
        <CiteMenu
          title={analysis?.article.title ?? savedArticle?.title ?? ''}
          busy={busy}
          onCopy={(style) => void actions.copyCitation(style)}
          onDownload={(format) => void actions.downloadCitation(format)}
        />
      )}

      <StatusLine status={status} />

      <PageHighlights
        clips={page.clips}
        orphans={page.orphans}
        tagSuggestions={page.tags}
        busy={busy}
        onChange={actions.changeClip}
        onDelete={actions.deleteClip}
        onReattach={actions.reattachClip}
        selectedId={props.selectedClipId ?? null}
        onShow={actions.showClip}
        {...(openSavedCopy && savedArticle ? { onReadCopy: () => openSavedCopy(savedArticle.id) } : {})}
      />

      {analysis && (
        <Suggestions
          findings={analysis.findings}
          text={analysis.article.text}
          saved={savedKeys}
          busy={busy}
          onHighlight={actions.highlightFindings}
        />
      )}
    </main>
  );
}
