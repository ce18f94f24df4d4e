import { useI18n } from '../i18n';
import { pageCount } from './query';

interface Props {
  page: number;
  total: number;
  onPage(page: number): void;
}

/** Previous / next through pages of results; hidden when everything fits on one page. */
export function Pager({ page, total, onPage }: Props) {
  const { t } = useI18n();
  const pages = pageCount(total);
  if (pages <= 1) return null;
  return (
    <nav class="pager row" aria-label={t('libPages')}>
      <button type="button" data-testid="page-prev" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('libPrevious')}
      </button>
      <span data-testid="page-label">{t('libPageOf', page + 1, pages)}</span>
      <button
        type="button"
        data-testid="page-next"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('libNext')}
      </button>
    </nav>
  );
}
