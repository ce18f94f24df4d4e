import type { Settings } from '@/utils/settings';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings | null;
  /** Whether this browser offers the option (`pdfAutoOpenOffered`: Chrome yes, Firefox no). */
  offered: boolean;
  onSaved(settings: Settings): void;
  announce(text: string, error?: boolean): void;
}

/**
 * "Open PDFs in Policy Clipper's reader" (off by default). Where the browser offers no way to do it
 * (Firefox), the box is shown disabled with the ways that do work there.
 */
export function PdfOpenOption({ settings, offered, onSaved, announce }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  if (!settings) return <p class="muted">{t('libLoading')}</p>;
  const save = async (on: boolean): Promise<void> => {
    try {
      onSaved(await api.call({ type: 'settings/set', pdfAutoOpen: on }));
      announce(t(on ? 'libPdfAutoOpenOn' : 'libPdfAutoOpenOff'));
    } catch (e) {
      announce(errorMessage(e), true);
    }
  };
  return (
    <div class="pdf-open-option">
      <label class="check field">
        <input
          type="checkbox"
          data-testid="option-pdfAutoOpen"
          aria-describedby="option-pdfAutoOpen-help"
          disabled={!offered}
          checked={offered && settings.pdfAutoOpen}
          onChange={(event) => void save(event.currentTarget.checked)}
        />
        <span>{t('libPdfAutoOpen')}</span>
      </label>
      <p class="muted field-help" id="option-pdfAutoOpen-help" data-testid="option-pdfAutoOpen-help">
        {t(offered ? 'libPdfAutoOpenHelp' : 'libPdfAutoOpenFirefox')}
      </p>
    </div>
  );
}
