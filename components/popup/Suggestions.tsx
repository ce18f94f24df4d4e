import { useState } from 'preact/hooks';
import type { Finding, FindingKind } from '@/utils/detect/types';
import { useI18n, type MessageKey } from '../i18n';
import { typeLabel } from '../labels';
import { findingKey, splitContext } from './finding-keys';

interface Props {
  findings: Finding[];
  saved: ReadonlySet<string>;
  busy: boolean;
  onHighlight: (findings: Finding[]) => void;
}

const GROUPS: { kind: FindingKind; title: MessageKey; all?: MessageKey }[] = [
  { kind: 'figure', title: 'figures', all: 'highlightAllFigures' },
  { kind: 'measure', title: 'measures' },
  { kind: 'document', title: 'documents' },
];

/** How many suggestions a group shows before "Show all": the popup stays scannable. */
const FOLD = 6;

function SuggestionItem({
  finding,
  saved,
  busy,
  onHighlight,
}: {
  finding: Finding;
  saved: boolean;
  busy: boolean;
  onHighlight: () => void;
}) {
  const { t } = useI18n();
  const { before, match, after } = splitContext(finding);
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

export function Suggestions({ findings, saved, busy, onHighlight }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Record<string, boolean>>({});
  if (findings.length === 0) return <p class="muted">{t('noSuggestions')}</p>;
  return (
    <section class="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" class="section-title">
        {t('suggestions')}
      </h2>
      {GROUPS.map(({ kind, title, all }) => {
        const items = findings.filter((f) => f.kind === kind);
        if (items.length === 0) return null;
        const unsaved = items.filter((f) => !saved.has(findingKey(f)));
        const shown = open[kind] ? items : items.slice(0, FOLD);
        return (
          <div class="suggestion-group" key={kind} data-testid={`group-${kind}`}>
            <div class="row group-head">
              <h3>
                {t(title)} <span class="muted">({items.length})</span>
              </h3>
              {all && unsaved.length > 0 && (
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
                  saved={saved.has(findingKey(f))}
                  busy={busy}
                  onHighlight={() => onHighlight([f])}
                />
              ))}
            </ul>
            {items.length > FOLD && (
              <button
                type="button"
                class="link"
                data-testid="show-all"
                aria-expanded={!!open[kind]}
                onClick={() => setOpen({ ...open, [kind]: !open[kind] })}
              >
                {open[kind] ? t('showFewer') : t('showAll', items.length)}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
