import type { BriefOptionsPatch } from '@/utils/messages/page-channel';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { useI18n, type MessageKey } from '../i18n';
import type { Settings } from '@/utils/settings';
import { ObsidianOptions } from './ObsidianOptions';

type Brief = Settings['brief'];

const GROUP_LABELS: Readonly<Record<Brief['groupBy'], MessageKey>> = {
  tag: 'libGroupByTag',
  article: 'libGroupByArticle',
  kind: 'libGroupByKind',
};
const HIGHLIGHT_LABELS: Readonly<Record<Brief['highlightStyle'], MessageKey>> = {
  mark: 'libHighlightMark',
  bold: 'libHighlightBold',
};
const CITATION_LABELS: Readonly<Record<Brief['citationStyle'], MessageKey>> = {
  auto: 'libCitationAuto',
  gbt7714: 'libCitationGbt7714',
  'author-date': 'libCitationAuthorDate',
};

/** The one tag a brief's front matter may add to the user's, to find every brief in a notes vault. */
const BRIEF_TAG = 'policy-clipper';

interface Props {
  settings: Settings | null;
  onSaved(settings: Settings): void;
  announce(text: string, error?: boolean): void;
}

/**
 * How briefs are written (each change saved at once with `settings/set` and used by every export), and
 * where "Open in Obsidian" puts them.
 */
export function ExportOptions({ settings, onSaved, announce }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  if (!settings) return <p class="muted">{t('libLoading')}</p>;
  const brief = settings.brief;

  async function save(patch: BriefOptionsPatch): Promise<void> {
    try {
      onSaved(await api.call({ type: 'settings/set', brief: patch }));
      announce(t('libOptionsSaved'));
    } catch (e) {
      announce(errorMessage(e), true);
    }
  }

  const select = <K extends 'groupBy' | 'highlightStyle' | 'citationStyle'>(
    key: K,
    labels: Readonly<Record<Brief[K], MessageKey>>,
    label: MessageKey,
  ) => (
    <div class="field">
      <label for={`option-${key}`}>{t(label)}</label>
      <select
        id={`option-${key}`}
        data-testid={`option-${key}`}
        value={brief[key]}
        onChange={(event) => void save({ [key]: event.currentTarget.value })}
      >
        {(Object.keys(labels) as Brief[K][]).map((value) => (
          <option key={value} value={value}>
            {t(labels[value])}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div class="export-options">
      {select('groupBy', GROUP_LABELS, 'libOptionGroupBy')}
      <label class="check field">
        <input
          type="checkbox"
          data-testid="option-fullText"
          checked={brief.fullText}
          onChange={(event) => void save({ fullText: event.currentTarget.checked })}
        />
        <span>{t('libOptionFullText')}</span>
      </label>
      <label class="check field">
        <input
          type="checkbox"
          data-testid="option-frontMatterTag"
          checked={brief.frontMatterTag !== null}
          onChange={(event) => void save({ frontMatterTag: event.currentTarget.checked ? BRIEF_TAG : null })}
        />
        <span>{t('libOptionFrontMatterTag', BRIEF_TAG)}</span>
      </label>
      <label class="check field">
        <input
          type="checkbox"
          data-testid="option-linkSavedCopy"
          aria-describedby="option-linkSavedCopy-help"
          checked={brief.linkSavedCopy}
          onChange={(event) => void save({ linkSavedCopy: event.currentTarget.checked })}
        />
        <span>{t('libOptionLinkSavedCopy')}</span>
      </label>
      <p class="muted field-help" id="option-linkSavedCopy-help">
        {t('libOptionLinkSavedCopyHelp')}
      </p>
      {select('highlightStyle', HIGHLIGHT_LABELS, 'libOptionHighlight')}
      {select('citationStyle', CITATION_LABELS, 'libOptionCitation')}
      <ObsidianOptions obsidian={settings.obsidian} onSaved={onSaved} announce={announce} />
    </div>
  );
}
