import { useEffect } from 'preact/hooks';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import { useI18n } from '../i18n';

interface Props {
  count: number;
  onUndo(): void;
  /** Called when the window has passed: the caller removes the bar. */
  onExpire(): void;
  windowMs?: number;
}

/**
 * "3 clips deleted — Undo". The caller gives it a `key` per deletion, so a second deletion starts a fresh
 * window instead of inheriting the first one's remaining time.
 */
export function UndoBar({ count, onUndo, onExpire, windowMs = UNDO_WINDOW_MS }: Props) {
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(onExpire, windowMs);
    return () => clearTimeout(timer);
    // The window is fixed when the bar appears; a re-render must not restart it.
  }, []);
  return (
    <div class="undo-bar notice row" data-testid="undo-bar">
      <span>{t('libDeletedCount', count)}</span>
      <button type="button" class="primary" data-testid="undo" onClick={onUndo}>
        {t('libUndo')}
      </button>
    </div>
  );
}
