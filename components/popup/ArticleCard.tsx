import { useLayoutEffect } from 'preact/hooks';
import type { Article } from '@/utils/extract/types';
import { PolicyFacts } from '../cite/PolicyFacts';
import { formatIsoDate, formatTimestamp, useI18n } from '../i18n';

interface Props {
  article: Pick<Article, 'title' | 'source' | 'published' | 'excerpt' | 'lang' | 'policy'>;
  /** When the page was clipped, or null when it is not saved yet. */
  savedAt: number | null;
}

/**
 * The page's article at a glance: what will be cited, an official document's issuer, number, dates and
 * type included. All page text is rendered as text, never HTML.
 */
export function ArticleCard({ article, savedAt }: Props) {
  const { t, locale } = useI18n();
  // The bench reads this mark: time from the popup opening to the article card in the document.
  useLayoutEffect(() => void performance.mark('policy-clipper:article-card'), []);
  return (
    <section class="card article-card" aria-labelledby="article-title" lang={article.lang ?? undefined}>
      <h1 id="article-title" class="article-title" data-testid="article-title">
        {article.title}
      </h1>
      <p class="meta">
        <span data-testid="article-source">{article.source}</span>
        {article.published && (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={article.published} data-testid="article-date">
              {formatIsoDate(article.published, locale)}
            </time>
          </>
        )}
        {!article.published && <span class="muted"> · {t('noDate')}</span>}
      </p>
      {article.policy && <PolicyFacts policy={article.policy} />}
      {article.excerpt && <p class="excerpt muted">{article.excerpt}</p>}
      <p class="saved-state" data-testid="saved-state">
        {savedAt === null ? (
          <span class="badge">{t('notSaved')}</span>
        ) : (
          <span class="badge ok">{t('savedOn', formatTimestamp(savedAt, locale))}</span>
        )}
      </p>
    </section>
  );
}
