/**
 * Hands a backup's text to the background for import: whole when small, else in parts of
 * IMPORT_PART_CHARS (`backup/upload`), one at a time, so the library never freezes while the text is
 * copied into messages. Nothing is imported until every part is in.
 */
import { IMPORT_PART_CHARS } from '@/utils/messages/page-channel';
import type { ImportOutcome } from '@/utils/messages/reply-schemas';
import type { Api } from '../api';

export async function sendBackup(
  api: Api,
  json: string,
  onProgress: (fraction: number) => void,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportOutcome> {
  if (json.length <= IMPORT_PART_CHARS) return api.call({ type: 'backup/import', json });
  const id = newId();
  const parts = Math.ceil(json.length / IMPORT_PART_CHARS);
  for (let index = 0; index < parts; index++) {
    const text = json.slice(index * IMPORT_PART_CHARS, (index + 1) * IMPORT_PART_CHARS);
    await api.call({ type: 'backup/upload', upload: id, index, text });
    onProgress((index + 1) / parts);
  }
  return api.call({ type: 'backup/import', upload: { id, parts } });
}
