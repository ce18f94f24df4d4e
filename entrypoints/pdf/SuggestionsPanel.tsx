/**
 * What the reader suggests in a PDF: the document's own particulars, then the cited documents,
 * figures and measures, each with its page. Clicking one shows its page (highlighting it comes with
 * the highlighter's PDF support).
 */
import { formatIsoDate, useI18n } from '@/components/i18n';
import { kindLabel, typeLabel } from '@/components/labels';
import type { Finding, FindingKind } from '@/utils/detect/types';
import { pageAt, type PdfAnalysis } from '@/utils/pdf';

type Analysis = Extract<PdfAnalysis, { ok: true }>;

const KINDS: readonly FindingKind[] = ['document', 'figure', 'measure'];

function Particulars({ analysis }: { analysis: Analysis }) {
  const { t, locale } = useI18n();
  const { article, pdf } = analysis;
  const rows: [string, string][] = [
    [t('pdfIssuer'), article.source],
    ...(pdf.policy.docNumber ? ([[t('pdfDocNumber'), pdf.policy.docNumber]] as [string, string][]) : []),
    ...(article.published
      ? ([[t('pdfPublished'), formatIsoDate(article.published, locale)]] as [string, string][])
      : []),
  ];
  return (
    <section class="particulars" aria-label={article.title}>
      <h2 class="doc-title">{article.title}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {pdf.pagesWithoutText.length > 0 && (
        <p class="note">{t('pdfPagesWithoutText', pdf.pagesWithoutText.join(', '))}</p>
      )}
    </section>
  );
}

function FindingItem({
  finding,
  page,
  onGoToPage,
}: {
  finding: Finding;
  page: number | null;
  onGoToPage: (page: number) => void;
}) {
  const { t } = useI18n();
  return (
    <li>
      <button
        type="button"
        class="finding"
        data-kind={finding.kind}
        title={finding.context}
        disabled={page === null}
        onClick={() => page !== null && onGoToPage(page)}
        aria-label={page === null ? finding.text : `${finding.text} — ${t('pdfGoToPage', page)}`}
      >
        <span class="finding-text">{finding.text}</span>
        <span class="finding-meta">
          {typeLabel(t, finding.type)}
          {page !== null && <span class="finding-page">{t('pdfPageRef', page)}</span>}
        </span>
      </button>
    </li>
  );
}

export function SuggestionsPanel({
  analysis,
  onGoToPage,
}: {
  analysis: Analysis;
  onGoToPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const { findings, pdf } = analysis;
  return (
    <div class="suggestions">
      <Particulars analysis={analysis} />
      <h2 class="panel-heading">
        {t('pdfSuggestions')} <span class="count">{findings.length}</span>
      </h2>
      {findings.length === 0 && <p class="note">{t('pdfNoSuggestions')}</p>}
      {KINDS.map((kind) => {
        const ofKind = findings.filter((f) => f.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} class="kind-group" data-kind={kind}>
            <h3>
              {kindLabel(t, kind)} <span class="count">{ofKind.length}</span>
            </h3>
            <ul>
              {ofKind.map((f) => (
                <FindingItem
                  key={`${f.start}-${f.end}-${f.kind}`}
                  finding={f}
                  page={pageAt(pdf.pages, f.start)}
                  onGoToPage={onGoToPage}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
