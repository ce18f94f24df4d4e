import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/** Whether the extension may read `file://` addresses: Chrome asks the user, Firefox never lets it. */
export type LocalFileAccess = 'allowed' | 'chrome-off' | 'firefox';

interface Props {
  /** The PDF the tab shows (its own address: what the reader shows and cites). */
  pdf: URL;
  /** Opens the reader for `pdf` (in the same tab, so Back returns to the browser's viewer). */
  onOpen?: (pdf: URL) => void;
  /** Asked only for a local file. */
  localFileAccess?: () => Promise<LocalFileAccess>;
}

/** The popup over a PDF tab: what it is, and the way into the reader (or why a local one cannot go). */
export function PdfOffer({ pdf, onOpen, localFileAccess }: Props) {
  const { t } = useI18n();
  const local = pdf.protocol === 'file:';
  const [access, setAccess] = useState<LocalFileAccess | null>(local ? null : 'allowed');
  useEffect(() => {
    if (!local) return;
    let live = true;
    void (localFileAccess?.() ?? Promise.resolve<LocalFileAccess>('allowed')).then(
      (a) => live && setAccess(a),
      () => live && setAccess('chrome-off'),
    );
    return () => {
      live = false;
    };
  }, [local, localFileAccess]);

  return (
    <div class="notice pdf-offer" data-testid="pdf-offer">
      <p data-testid="page-message">{t('pagePdf')}</p>
      {access === 'chrome-off' && (
        <p class="error" role="alert" data-testid="pdf-file-access">
          {t('popupPdfFileAccessChrome')}
        </p>
      )}
      {access === 'firefox' && (
        <p class="error" role="alert" data-testid="pdf-file-access">
          {t('pdfErrFileAccessFirefox')}
        </p>
      )}
      {access === 'allowed' && onOpen && (
        <button type="button" class="primary" data-testid="open-pdf-reader" onClick={() => onOpen(pdf)}>
          {t('openPdfInReader')}
        </button>
      )}
    </div>
  );
}
