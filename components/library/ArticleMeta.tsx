import type { ArticleRecord } from '@/utils/store/types';
import { formatIsoDate, useI18n } from '../i18n';
import { Highlighted } from './Highlighted';

/**
 * Where a clip comes from: article title (linked), source and publication date, as phrasing content so
 * it fits in a heading or a paragraph. All page text is plain text.
 */
export function ArticleMeta({ article, terms }: { article: ArticleRecord; terms: readonly string[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <a
        href={article.originalUrl}
        target="_blank"
        rel="noopener"
        class="article-link"
        lang={article.lang ?? undefined}
      >
        <Highlighted text={article.title || article.originalUrl} terms={terms} />
      </a>
      <span class="muted">
        {article.source && (
          <>
            <span aria-hidden="true"> · </span>
            <Highlighted text={article.source} terms={terms} />
          </>
        )}
        <span aria-hidden="true"> · </span>
        {article.published ? (
          <time dateTime={article.published}>{formatIsoDate(article.published, locale)}</time>
        ) : (
          t('noDate')
        )}
      </span>
    </>
  );
}
