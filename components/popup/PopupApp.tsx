import { useState } from 'preact/hooks';
import type { ArticleRecord } from '../../utils/store/types';
import { ApiError, useApi } from '../api';
import { useI18n } from '../i18n';
import { ArticleCard } from './ArticleCard';
import { usePageAnalysis } from './usePageAnalysis';

interface Props {
  tabId: number | null;
  /** Opens the library page (an extension tab). */
  openLibrary: () => void;
  /** Writes text to the clipboard. */
  copyText: (text: string) => Promise<void>;
}

export function PopupApp({ tabId, openLibrary, copyText }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const { state } = usePageAnalysis(tabId);
  const [saved, setSaved] = useState<ArticleRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const analysis = state.phase === 'ready' && state.result.status === 'article' ? state.result : null;
  const savedArticle = saved ?? analysis?.saved ?? null;

  async function run(action: () => Promise<string>): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ text: await action(), error: false });
    } catch (e) {
      setStatus({ text: e instanceof ApiError ? e.message : String(e), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function ensureSaved(): Promise<ArticleRecord> {
    if (savedArticle) return savedArticle;
    if (tabId === null) throw new ApiError('tab-gone', t('errorNoTab'));
    const { article } = await api.call({ type: 'article/save', tabId });
    setSaved(article);
    return article;
  }

  const save = () =>
    run(async () => {
      if (tabId === null) throw new ApiError('tab-gone', t('errorNoTab'));
      const { article, created } = await api.call({ type: 'article/save', tabId });
      setSaved(article);
      return created ? t('statusSaved') : t('statusUpdated');
    });

  const exportBrief = () =>
    run(async () => {
      const article = await ensureSaved();
      const { filename } = await api.call({ type: 'brief/article', articleId: article.id, deliver: 'download' });
      return t('statusExported', filename);
    });

  const copyBrief = () =>
    run(async () => {
      const article = await ensureSaved();
      const { text } = await api.call({ type: 'brief/article', articleId: article.id, deliver: 'text' });
      await copyText(text);
      return t('statusCopied');
    });

  return (
    <main class="popup">
      <header class="row popup-header">
        <strong class="brand">{t('extName')}</strong>
        <button type="button" class="link" onClick={openLibrary}>
          {t('openLibrary')}
        </button>
      </header>

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

      {state.phase === 'ready' && state.result.status === 'unavailable' && (
        <div class="notice" role="alert" data-testid="page-message">
          <p>{state.result.message}</p>
          {state.result.reason !== 'restricted' && <p class="muted">{t('canStillHighlight')}</p>}
        </div>
      )}

      {analysis && (
        <>
          <ArticleCard article={analysis.article} savedAt={savedArticle?.clippedAt ?? null} />
          <div class="row actions">
            <button type="button" class="primary" disabled={busy} onClick={save}>
              {savedArticle ? t('updateClip') : t('saveClip')}
            </button>
            <button type="button" disabled={busy} onClick={exportBrief}>
              {t('exportBrief')}
            </button>
            <button type="button" disabled={busy} onClick={copyBrief}>
              {t('copyMarkdown')}
            </button>
          </div>
        </>
      )}

      <p class={status?.error ? 'status error' : 'status'} role="status" aria-live="polite" data-testid="status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
