import { REFERENCE_STYLES, type ReferenceStyle } from '@/utils/cite';
import { CITATION_FORMATS, type CitationFormat } from '@/utils/vocabulary';
import { useI18n } from '../i18n';

interface Props {
  /** What is cited (the article's title), for the menu's accessible name. */
  title: string;
  busy: boolean;
  onCopy(style: ReferenceStyle): void;
  onDownload(format: CitationFormat): void;
  /** "Open in Obsidian" for this article's brief; left out where the surface has its own button. */
  onObsidian?: () => void;
}

const COPY_LABELS = { gbt7714: 'citeCopyGbt7714', apa: 'citeCopyApa' } as const;

/**
 * An article's citation: its reference copied in GB/T 7714 or APA, a citation file for a reference
 * manager (CSL-JSON, RIS, BibTeX), and optionally its brief sent to Obsidian. A disclosure, so that a
 * page of results stays a list of clips.
 */
export function CiteMenu({ title, busy, onCopy, onDownload, onObsidian }: Props) {
  const { t } = useI18n();
  return (
    <details class="cite-menu" data-testid="cite-menu">
      <summary aria-label={t('citeMenuLabel', title)}>{t('citeMenu')}</summary>
      <div class="cite-actions" role="group" aria-label={t('citeMenuLabel', title)}>
        {REFERENCE_STYLES.map((style) => (
          <button
            key={style}
            type="button"
            data-testid={`cite-copy-${style}`}
            disabled={busy}
            onClick={() => onCopy(style)}
          >
            {t(COPY_LABELS[style])}
          </button>
        ))}
        {CITATION_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-testid={`cite-download-${format}`}
            disabled={busy}
            onClick={() => onDownload(format)}
          >
            {t(`citeFormat_${format}`)}
          </button>
        ))}
        {onObsidian && (
          <button type="button" data-testid="cite-obsidian" disabled={busy} onClick={onObsidian}>
            {t('openInObsidian')}
          </button>
        )}
      </div>
    </details>
  );
}
