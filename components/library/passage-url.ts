import type { ArticleRecord } from '@/utils/store/types';

/**
 * The link that opens the article at the clipped passage: the article URL with the clip's text-fragment
 * directive (`#:~:text=…`). An existing `#fragment` is kept and the directive follows it; an existing
 * directive is replaced.
 */
export function passageUrl(article: Pick<ArticleRecord, 'originalUrl'>, fragment: string): string {
  const url = article.originalUrl;
  if (fragment === '') return url;
  const directive = `:~:${fragment.replace(/^:~:/, '')}`;
  const hash = url.indexOf('#');
  if (hash < 0) return `${url}#${directive}`;
  const existing = url.indexOf(':~:', hash);
  return `${existing < 0 ? url : url.slice(0, existing)}${directive}`;
}
