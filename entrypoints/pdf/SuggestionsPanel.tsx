/**
 * What the reader suggests in a PDF: the document's own particulars, then the cited documents,
 * figures and measures, each with its page. Clicking one shows its page; its Highlight button (or a
 * kind's "Highlight all") saves it as on a web page.
 */
import { useState } from 'preact/hooks';
import { formatIsoDate, useI18n } from '@/components/i18n';
import { kindLabel, typeLabel } from '@/components/labels';
import type { Finding, FindingKind } from '@/utils/detect/types';
import type { PdfAnalysis } from '@/utils/pdf';
import { pageAt } from '@/utils/pdf/page-map';

type Analysis = Extract<PdfAnalysis, { ok: true }>;

const KINDS: readonly FindingKind[] = ['document', 'figure', 'measure'];
/** Suggestions listed per kind before "Show all": a long report has thousands. */
const SHOWN_PER_KIND = 100;

function Particulars({ analysis }: { analysis: Analysis }) {
  const { t, locale } = useI18n();
  const { article, pdf } = analysis;
  const rows: [string, string][] = [
    // The issuer of an official document; otherwise whoever the PDF names (or its host).
    [pdf.policy.issuer ? t('pdfIssuer') : t('pdfSource'), article.source],
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

interface Actions {
  busy: boolean;
  onGoToPage: (page: number) => void;
  onHighlight: (findings: readonly Finding[]) => void;
}

function FindingItem({
  finding,
  page,
  actions,
}: {
  finding: Finding;
  page: number | null;
  actions: Actions;
}) {
  const { t } = useI18n();
  const { onGoToPage } = actions;
  return (
    <li class="finding-row">
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
      <button
        type="button"
        class="finding-highlight"
        disabled={actions.busy}
        onClick={() => actions.onHighlight([finding])}
        aria-label={t('pdfHighlightFinding', finding.text)}
        title={t('pdfHighlightFinding', finding.text)}
      >
        {t('pdfHighlight')}
      </button>
    </li>
  );
}

function KindGroup({
  kind,
  findings,
  analysis,
  actions,
}: {
  kind: FindingKind;
  findings: Finding[];
  analysis: Analysis;
  actions: Actions;
}) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, SHOWN_PER_KIND);
  return (
    <section class="kind-group" data-kind={kind}>
      <h3>
        {kindLabel(t, kind)} <span class="count">{findings.length}</span>
        <button
          type="button"
          class="highlight-all"
          disabled={actions.busy}
          onClick={() => actions.onHighlight(findings)}
        >
          {t('pdfHighlightAll', findings.length)}
        </button>
      </h3>
      <ul>
        {shown.map((f) => (
          <FindingItem
            key={`${f.start}-${f.end}-${f.kind}`}
            finding={f}
            page={pageAt(analysis.pdf.pages, f.start)}
            actions={actions}
          />
        ))}
      </ul>
      {shown.length < findings.length && (
        <button type="button" class="show-all" onClick={() => setAll(true)}>
          {t('pdfShowAll', findings.length)}
        </button>
      )}
    </section>
  );
}

export function SuggestionsPanel({ analysis, ...actions }: { analysis: Analysis } & Actions) {
  const { t } = useI18n();
  const { findings } = analysis;
  return (
    <div class="suggestions">
      <Particulars analysis={analysis} />
      <h2 class="panel-heading">
        {t('pdfSuggestions')} <span class="count">{findings.length}</span>
      </h2>
      {findings.length === 0 && <p class="note">{t('pdfNoSuggestions')}</p>}
      {KINDS.map((kind) => {
        const ofKind = findings.filter((f) => f.kind === kind);
        return ofKind.length === 0 ? null : (
          <KindGroup key={kind} kind={kind} findings={ofKind} analysis={analysis} actions={actions} />
        );
      })}
    </div>
  );
}
