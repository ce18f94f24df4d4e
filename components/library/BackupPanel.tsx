import { useEffect, useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS } from '@/utils/messages/page-channel';
import type { StorageStatus } from '@/utils/messages/reply-schemas';
import { importReportText } from '@/utils/messages/user-text';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { localize, useI18n } from '../i18n';
import { formatBytes } from './format-bytes';
import { sendBackup } from './send-backup';

interface Props {
  /** A backup was imported: the caller reloads clips and tags. */
  onImported(): void;
  announce(text: string, error?: boolean): void;
  /** Bumped by the caller after changes that alter the counts (delete, import). */
  refreshKey: number;
}

/**
 * Asks for persistent storage from this page: `persist()` is a Window API (in Chrome the service
 * worker's call does nothing). The answer, or null where the page cannot tell.
 */
async function requestPersistence(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted || !storage.persist) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

/** Export everything, import a backup file (with the store's report), and whether storage is persistent. */
export function BackupPanel({ onImported, announce, refreshKey }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const api = useApi();
  const message = useErrorMessage();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  /** What this page learnt from `persist()`: fresher than the status the background read. */
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [report, setReport] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  /** How much of a large backup has reached the background (0–1), while it is sent. */
  const [progress, setProgress] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    void requestPersistence().then((answer) => current && setPersisted(answer));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    api.call({ type: 'storage/status' }).then(
      (s) => current && setStatus(s),
      () => current && setStatus(null),
    );
    return () => {
      current = false;
    };
  }, [api, refreshKey]);

  async function exportAll(): Promise<void> {
    setBusy(true);
    try {
      const { filename } = await api.call({ type: 'backup/export', deliver: 'download' });
      announce(t('libBackupExported', filename));
    } catch (e) {
      announce(message(e), true);
    } finally {
      setBusy(false);
    }
  }

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setReport(null);
    const tooLarge = (): string =>
      t('libImportFailed', localize(i18n, { key: 'errBackupTooLarge', subs: [MAX_IMPORT_CHARS] }));
    try {
      // Refused before it is read when its size alone says so (UTF-8 takes at most 3 bytes a UTF-16 unit).
      const json = file.size > 3 * MAX_IMPORT_CHARS ? null : await file.text();
      if (json === null || json.length > MAX_IMPORT_CHARS) {
        const text = tooLarge();
        setReport({ text, error: true });
        announce(text, true);
        return;
      }
      const outcome = await sendBackup(api, json, setProgress);
      const text = localize(i18n, importReportText(outcome));
      setReport({ text, error: false });
      announce(text);
      onImported();
    } catch (e) {
      const text = t('libImportFailed', message(e));
      setReport({ text, error: true });
      announce(text, true);
    } finally {
      // The same file can be picked again (after fixing it, say).
      input.value = '';
      setBusy(false);
      setProgress(null);
    }
  }

  const isPersisted = persisted ?? status?.persisted ?? null;

  return (
    <div class="backup-panel">
      <div class="row">
        <button type="button" data-testid="backup-export" disabled={busy} onClick={() => void exportAll()}>
          {t('libBackupExport')}
        </button>
      </div>
      <div class="field">
        <label for="backup-import">{t('libBackupImport')}</label>
        <input
          id="backup-import"
          type="file"
          accept="application/json,.json"
          data-testid="backup-import"
          disabled={busy}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      {progress !== null && (
        <p class="muted" data-testid="import-progress">
          <progress max={1} value={progress} /> {t('libImportProgress', Math.round(progress * 100))}
        </p>
      )}
      {report && (
        <p class={report.error ? 'notice error' : 'notice'} data-testid="import-report">
          {report.text}
        </p>
      )}
      <p
        class="storage-state"
        data-testid="storage-state"
        data-persisted={isPersisted === null ? undefined : String(isPersisted)}
      >
        {isPersisted === null
          ? t('libStorageUnknown')
          : isPersisted
            ? t('libStoragePersistent')
            : t('libStorageNotPersistent')}
      </p>
      {status && (
        <p class="muted">
          {status.usage === null
            ? ''
            : status.quota === null
              ? t('libStorageUsed', formatBytes(status.usage, locale))
              : t(
                  'libStorageUsage',
                  formatBytes(status.usage, locale),
                  formatBytes(status.quota, locale),
                )}{' '}
          {t('libStorageCounts', status.clips, status.articles)}
        </p>
      )}
    </div>
  );
}
