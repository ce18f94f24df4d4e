import { useI18n } from '../i18n';

interface Props {
  /** Whether filters or a search are in effect (then "no match", else "nothing clipped yet"). */
  filtered: boolean;
  onClearFilters(): void;
}

/** What to do when there is nothing to show: how to clip, or how to widen the filters. */
export function EmptyState({ filtered, onClearFilters }: Props) {
  const { t } = useI18n();
  if (filtered) {
    return (
      <div class="empty-state card" data-testid="empty-state">
        <p>{t('libNoMatches')}</p>
        <button type="button" onClick={onClearFilters}>
          {t('libClearFilters')}
        </button>
      </div>
    );
  }
  return (
    <div class="empty-state card" data-testid="empty-state">
      <h2>{t('libEmptyTitle')}</h2>
      <ol>
        <li>{t('libEmptyStep1')}</li>
        <li>{t('libEmptyStep2')}</li>
        <li>{t('libEmptyStep3')}</li>
      </ol>
    </div>
  );
}
