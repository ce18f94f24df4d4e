import { savedCopyPath } from '@/utils/reader/reader-url';
import { safeHref } from '@/utils/safe-link';
import type { ArticleRecord } from '@/utils/store/types';
import { PolicyFacts } from '../cite/PolicyFacts';
import { formatIsoDate, useI18n } from '../i18n';
import { Highlighted } from './Highlighted';

/**
 * Where a clip comes from: article title (linked), source and publication date, and an official
 * document's issuer, number, dates and type, as phrasing content so
 * it fits in a heading or a paragraph. All page text is plain text; the title links only to an http(s)
 * address (`safeHref`), anything else (a hostile backup's `javascript:`) is shown as text.
 */
export function ArticleMeta({ article, terms }: { article: ArticleRecord; terms: readonly string[] }) {
  const { t, locale } = useI18n();
  const href = safeHref(article.originalUrl);
  const title = <Highlighted text={article.title || article.originalUrl} terms={terms} />;
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener" class="article-link" lang={article.lang ?? undefined}>
          {title}
        </a>
      ) : (
        <span class="article-link" data-testid="article-unlinked" lang={article.lang ?? undefined}>
          {title}
        </span>
      )}
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
        {article.policy && <PolicyFacts policy={article.policy} inline />}
        <span aria-hidden="true"> · </span>
        {/* The reader is an extension page like the library: a relative link, opened in a new tab. */}
        <a href={savedCopyPath(article.id).slice(1)} target="_blank" data-testid="read-saved-copy">
          {t('readSavedCopy')}
        </a>
      </span>
    </>
  );
}
