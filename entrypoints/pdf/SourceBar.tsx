import { useI18n } from '@/components/i18n';
import { safeDecode } from '@/utils/pdf/article';
import { safeHref } from '@/utils/safe-link';

/** The PDF's original address (what its quotes are cited to) above the reader, with its page count. */
export function SourceBar({ url, pageCount }: { url: URL | null; pageCount: number | null }) {
  const { t } = useI18n();
  const web = url !== null && safeHref(url.href) !== null;
  return (
    <header class="source-bar">
      <span class="source-label">{url?.protocol === 'file:' ? t('pdfLocalFile') : t('pdfOriginalUrl')}</span>
      {web ? (
        <a class="source-url" href={url.href} title={url.href} target="_blank" rel="noopener noreferrer">
          {url.href}
        </a>
      ) : (
        <span class="source-url" title={url ? safeDecode(url.href) : undefined}>
          {url ? safeDecode(url.href) : ''}
        </span>
      )}
      {pageCount !== null && <span class="page-count">{t('pdfPageCount', pageCount)}</span>}
    </header>
  );
}
