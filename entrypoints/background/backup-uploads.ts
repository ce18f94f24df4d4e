/**
 * Backups that arrive in parts (`backup/upload`, see IMPORT_PART_CHARS): kept in memory until their
 * `backup/import`. Nothing is written before every part is in, so an upload cut short (the worker
 * stopped, the library closed) imports nothing; parts of an abandoned upload are dropped after a while.
 */
import { MAX_IMPORT_CHARS } from '@/utils/messages/page-channel';

const ABANDONED_AFTER_MS = 10 * 60_000;

export interface BackupUploads {
  /** Keeps one part; returns the characters received so far, or null when the upload is too large. */
  add(id: string, index: number, text: string): number | null;
  /** The whole text once all `parts` are in (the upload is then forgotten), else null. */
  take(id: string, parts: number): string | null;
}

export function createBackupUploads(now: () => number): BackupUploads {
  const uploads = new Map<string, { parts: string[]; chars: number; touched: number }>();
  const dropAbandoned = (): void => {
    for (const [id, u] of uploads) if (now() - u.touched > ABANDONED_AFTER_MS) uploads.delete(id);
  };
  return {
    add(id, index, text) {
      dropAbandoned();
      const upload = uploads.get(id) ?? { parts: [], chars: 0, touched: now() };
      upload.chars += text.length - (upload.parts[index]?.length ?? 0);
      if (upload.chars > MAX_IMPORT_CHARS) {
        uploads.delete(id);
        return null;
      }
      upload.parts[index] = text;
      upload.touched = now();
      uploads.set(id, upload);
      return upload.chars;
    },
    take(id, parts) {
      const upload = uploads.get(id);
      uploads.delete(id);
      if (!upload || upload.parts.length !== parts) return null;
      for (let i = 0; i < parts; i++) if (upload.parts[i] === undefined) return null;
      return upload.parts.join('');
    },
  };
}
