import { describe, expect, it } from 'vitest';
import type { Api } from '@/components/api';
import { sendBackup } from '@/components/library/send-backup';
import { IMPORT_PART_CHARS } from '@/utils/messages/page-channel';

const outcome = { message: 'ok', imported: { articles: 1, clips: 2 }, skipped: 0 };

function recordingApi() {
  const calls: Record<string, unknown>[] = [];
  const api = {
    call: async (request: Record<string, unknown>) => {
      calls.push(request);
      return request['type'] === 'backup/upload' ? { received: 0 } : outcome;
    },
  } as unknown as Api;
  return { api, calls };
}

describe('sendBackup', () => {
  it('sends a small backup whole', async () => {
    const { api, calls } = recordingApi();
    expect(await sendBackup(api, '{"a":1}', () => undefined)).toEqual(outcome);
    expect(calls).toEqual([{ type: 'backup/import', json: '{"a":1}' }]);
  });

  it('sends a large one in parts no larger than the limit, reporting progress, then imports the upload', async () => {
    const { api, calls } = recordingApi();
    const json = '科'.repeat(IMPORT_PART_CHARS * 2 + 10);
    const progress: number[] = [];
    await sendBackup(
      api,
      json,
      (f) => progress.push(f),
      () => 'up-1',
    );
    const uploads = calls.filter((c) => c['type'] === 'backup/upload');
    expect(uploads.map((c) => (c['text'] as string).length)).toEqual([
      IMPORT_PART_CHARS,
      IMPORT_PART_CHARS,
      10,
    ]);
    expect(uploads.map((c) => c['text']).join('')).toBe(json);
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    expect(calls.at(-1)).toEqual({ type: 'backup/import', upload: { id: 'up-1', parts: 3 } });
  });
});
