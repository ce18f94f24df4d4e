import { useEffect, useState } from 'preact/hooks';
import { OBSIDIAN_FIELD_MAX, type ObsidianSettings, type Settings } from '@/utils/settings';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { useI18n } from '../i18n';

interface Props {
  obsidian: ObsidianSettings;
  onSaved(settings: Settings): void;
  announce(text: string, error?: boolean): void;
}

/**
 * Where "Open in Obsidian" creates notes: the vault (by name; empty for the one Obsidian has open) and
 * a folder in it. Saved together with a button: a half-typed vault name is never used.
 */
export function ObsidianOptions({ obsidian, onSaved, announce }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [vault, setVault] = useState(obsidian.vault);
  const [folder, setFolder] = useState(obsidian.folder);
  // Another surface may change them (a backup, another library tab): show what is stored.
  useEffect(() => {
    setVault(obsidian.vault);
    setFolder(obsidian.folder);
  }, [obsidian.vault, obsidian.folder]);

  async function save(): Promise<void> {
    try {
      onSaved(
        await api.call({ type: 'settings/set', obsidian: { vault: vault.trim(), folder: folder.trim() } }),
      );
      announce(t('libObsidianSaved'));
    } catch (e) {
      announce(errorMessage(e), true);
    }
  }

  return (
    <form
      class="obsidian-options"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div class="field">
        <label for="option-obsidian-vault">{t('libObsidianVault')}</label>
        <input
          id="option-obsidian-vault"
          type="text"
          data-testid="option-obsidian-vault"
          maxLength={OBSIDIAN_FIELD_MAX}
          placeholder={t('libObsidianVaultHint')}
          value={vault}
          onInput={(event) => setVault(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="option-obsidian-folder">{t('libObsidianFolder')}</label>
        <input
          id="option-obsidian-folder"
          type="text"
          data-testid="option-obsidian-folder"
          maxLength={OBSIDIAN_FIELD_MAX}
          placeholder={t('libObsidianFolderHint')}
          value={folder}
          onInput={(event) => setFolder(event.currentTarget.value)}
        />
      </div>
      <button type="submit" data-testid="option-obsidian-save">
        {t('libObsidianSave')}
      </button>
    </form>
  );
}
