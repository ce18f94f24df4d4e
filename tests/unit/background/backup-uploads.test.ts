import { describe, expect, it } from 'vitest';
import { createBackupUploads } from '@/entrypoints/background/backup-uploads';
import { MAX_IMPORT_CHARS } from '@/utils/messages/page-channel';

describe('backup uploads', () => {
  it('joins the parts in order once all are in, then forgets the upload', () => {
    const uploads = createBackupUploads(() => 0);
    expect(uploads.add('u', 1, 'world')).toBe(5);
    expect(uploads.take('u', 2)).toBeNull(); // part 0 missing: nothing, and the upload is dropped
    uploads.add('v', 1, ' world');
    uploads.add('v', 0, 'hello');
    uploads.add('v', 0, 'hello'); // a part sent twice counts once
    expect(uploads.take('v', 2)).toBe('hello world');
    expect(uploads.take('v', 2)).toBeNull();
  });

  it('refuses an upload past the import limit and drops abandoned ones', () => {
    let now = 0;
    const uploads = createBackupUploads(() => now);
    const big = 'x'.repeat(1_000_000);
    let received: number | null = 0;
    for (let i = 0; received !== null && i <= MAX_IMPORT_CHARS / big.length; i++)
      received = uploads.add('huge', i, big);
    expect(received).toBeNull();
    uploads.add('old', 0, 'a');
    now += 11 * 60_000;
    uploads.add('new', 0, 'b');
    expect(uploads.take('old', 1)).toBeNull();
    expect(uploads.take('new', 1)).toBe('b');
  });
});
