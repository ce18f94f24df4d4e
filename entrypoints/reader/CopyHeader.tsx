import { formatIsoDate, formatTimestamp, useI18n } from '@/components/i18n';
import { safeHref } from '@/utils/safe-link';
import type { ArticleRecord } from '@/utils/store/types';

/** What the copy is: title, source, publication date, the original address, when it was saved. */
export function CopyHeader({ article }: { article: ArticleRecord }) {
  const { t, locale } = useI18n();
  const href = safeHref(article.originalUrl);
  return (
    <header class="copy-header" lang={article.lang ?? undefined}>
      <p class="muted small">{t('readerTitle')}</p>
      <h1 class="copy-title" data-testid="copy-title">
        {article.title || article.originalUrl}
      </h1>
      <p class="meta">
        {article.source && <span data-testid="copy-source">{article.source}</span>}
        {article.source && <span aria-hidden="true"> · </span>}
        {article.published ? (
          <time dateTime={article.published}>
            {t('readerPublished', formatIsoDate(article.published, locale))}
          </time>
        ) : (
          <span class="muted">{t('noDate')}</span>
        )}
        <span aria-hidden="true"> · </span>
        <span data-testid="copy-saved">{t('readerSavedOn', formatTimestamp(article.clippedAt, locale))}</span>
      </p>
      <p class="meta">
        {t('readerOriginal')}:{' '}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" data-testid="copy-original">
            {article.originalUrl}
          </a>
        ) : (
          <span data-testid="copy-original">{article.originalUrl}</span>
        )}
      </p>
      <p class="notice small">{t('readerNotice')}</p>
    </header>
  );
}
