import type { Settings } from '@/utils/settings';
import { TOOLBAR_TARGETS, type ToolbarTarget } from '@/utils/vocabulary';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { useI18n, type MessageKey } from '../i18n';

const LABELS: Readonly<Record<ToolbarTarget, MessageKey>> = {
  popup: 'libToolbarPopup',
  panel: 'libToolbarPanel',
};

interface Props {
  settings: Settings | null;
  onSaved(settings: Settings): void;
  announce(text: string, error?: boolean): void;
}

/** What the toolbar button opens: the popup, or the side panel (sidebar in Firefox) that stays open. */
export function ToolbarOption({ settings, onSaved, announce }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  if (!settings) return <p class="muted">{t('libLoading')}</p>;
  const save = async (toolbar: ToolbarTarget): Promise<void> => {
    try {
      onSaved(await api.call({ type: 'settings/set', toolbar }));
      announce(t('libToolbarSaved'));
    } catch (e) {
      announce(errorMessage(e), true);
    }
  };
  return (
    <fieldset class="field toolbar-option">
      <legend>{t('libToolbarOpens')}</legend>
      {TOOLBAR_TARGETS.map((target) => (
        <label key={target} class="row">
          <input
            type="radio"
            name="toolbar-target"
            value={target}
            data-testid={`toolbar-${target}`}
            checked={settings.toolbar === target}
            onChange={() => void save(target)}
          />
          {t(LABELS[target])}
        </label>
      ))}
    </fieldset>
  );
}
