import { useState } from 'preact/hooks';
import { rankFindings } from '@/utils/detect/rank';
import type { Finding, FindingKind } from '@/utils/detect/types';
import { savedSpan } from '@/utils/finding-clip';
import { useI18n, type MessageKey } from '../i18n';
import { typeLabel } from '../labels';
import { findingKey, splitAt, splitContext } from './finding-keys';

interface Props {
  findings: Finding[];
  /** The article text the findings' offsets index into: a figure is shown in its statement. */
  text: string;
  saved: ReadonlySet<string>;
  busy: boolean;
  onHighlight: (findings: Finding[]) => void;
}

const GROUPS: { kind: FindingKind; title: MessageKey; all: MessageKey }[] = [
  { kind: 'figure', title: 'figures', all: 'highlightAllFigures' },
  { kind: 'measure', title: 'measures', all: 'highlightAllMeasures' },
  { kind: 'document', title: 'documents', all: 'highlightAllDocuments' },
];

/** How many suggestions a group shows before "Show all": the popup stays scannable on any page. */
export const SUGGESTIONS_PER_KIND = 6;

/** What the popup shows of a finding: a figure in the statement it is saved with, others in context. */
function shownText(finding: Finding, text: string): { before: string; match: string; after: string } {
  const span = savedSpan(finding);
  if (span === finding || text.slice(finding.start, finding.end) !== finding.text)
    return splitContext(finding);
  const statement = text.slice(span.start, span.end);
  return splitAt(statement, finding.start - span.start, finding.end - span.start);
}

function SuggestionItem({
  finding,
  text,
  saved,
  busy,
  onHighlight,
}: {
  finding: Finding;
  text: string;
  saved: boolean;
  busy: boolean;
  onHighlight: () => void;
}) {
  const { t } = useI18n();
  const { before, match, after } = shownText(finding, text);
  return (
    <li
      class="suggestion"
      data-testid="suggestion"
      data-kind={finding.kind}
      data-saved={saved ? 'true' : 'false'}
    >
      <p class="suggestion-text">
        {before}
        <strong>{match}</strong>
        {after}
      </p>
      <div class="row suggestion-meta">
        <span class="badge">{typeLabel(t, finding.type)}</span>
        {finding.count > 1 && (
          <span
            class="badge count"
            data-testid="suggestion-count"
            title={t('occurrenceCountLabel', String(finding.count))}
          >
            {t('occurrenceCount', String(finding.count))}
          </span>
        )}
        {saved ? (
          <span class="badge ok">{t('savedMark')}</span>
        ) : (
          <button
            type="button"
            data-testid="highlight-suggestion"
            disabled={busy}
            onClick={onHighlight}
            aria-label={t('highlightThis', finding.text)}
          >
            {t('highlight')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The suggested findings, most important first, at most a few per kind before "Show all". */
export function Suggestions({ findings, text, saved, busy, onHighlight }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Partial<Record<FindingKind, boolean>>>({});
  const ranked = rankFindings(findings, { limitPerKind: SUGGESTIONS_PER_KIND });
  if (GROUPS.every(({ kind }) => ranked[kind].total === 0)) return <p class="muted">{t('noSuggestions')}</p>;
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" class="section-title">
        {t('suggestions')}
      </h2>
      {GROUPS.map(({ kind, title, all }) => {
        const { top, more, total } = ranked[kind];
        if (total === 0) return null;
        const items = [...top, ...more];
        const unsaved = items.filter((f) => !saved.has(findingKey(f)));
        const shown = open[kind] ? items : top;
        return (
          <div class="suggestion-group" key={kind} data-testid={`group-${kind}`}>
            <div class="row group-head">
              <h3>
                {t(title)} <span class="muted">({total})</span>
              </h3>
              {unsaved.length > 1 && (
                <button
                  type="button"
                  data-testid={`highlight-all-${kind}`}
                  disabled={busy}
                  onClick={() => onHighlight(unsaved)}
                >
                  {t(all)}
                </button>
              )}
            </div>
            <ul class="suggestion-list">
              {shown.map((f) => (
                <SuggestionItem
                  key={`${f.start}-${f.end}`}
                  finding={f}
                  text={text}
                  saved={saved.has(findingKey(f))}
                  busy={busy}
                  onHighlight={() => onHighlight([f])}
                />
              ))}
            </ul>
            {more.length > 0 && (
              <button
                type="button"
                class="link"
                data-testid="show-all"
                aria-expanded={!!open[kind]}
                onClick={() => setOpen({ ...open, [kind]: !open[kind] })}
              >
                {open[kind] ? t('showFewer') : t('showAll', String(total))}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
