import type { CiteOutcome } from '../cite/cite-actions';
import { useI18n } from '../i18n';

/** What the last action came to, as the popup's status line shows it. */
export interface PopupStatus {
  text: string;
  error: boolean;
  undo?: () => void;
  /** A follow-up the user can take (e.g. save what an interrupted "Highlight all" left unsaved). */
  action?: { label: string; run: () => void };
  /** A link to follow by hand (Obsidian's, when the OS did not open it). */
  link?: CiteOutcome['link'];
}

/** The popup's live status region: always present (empty when idle) so screen readers announce changes. */
export function StatusLine({ status }: { status: PopupStatus | null }) {
  const { t } = useI18n();
  return (
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
  );
}
