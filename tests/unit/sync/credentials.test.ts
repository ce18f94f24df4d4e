import { describe, expect, it } from 'vitest';
import { readSettings, settingsForBackup } from '@/utils/settings';
import { SyncStatusSchema, SYNC_OFF, TEAM_SPACE_KEY } from '@/utils/sync/team-space';
import * as v from 'valibot';

const space = { server: 'https://couch.example.org', db: 'desk', username: 'alice', password: 's3cret-密码' };

describe('team credentials stay out of what leaves the extension', () => {
  it('are kept under their own storage key, which the settings (and so backups) never carry', () => {
    expect(TEAM_SPACE_KEY).not.toBe('settings');
    // Even if they were written into the settings object by mistake, a backup would not carry them.
    const settings = readSettings({
      tagColours: { trade: 'blue' },
      [TEAM_SPACE_KEY]: space,
      password: space.password,
    });
    expect(JSON.stringify(settingsForBackup(settings))).not.toContain(space.password);
  });

  it('the status every surface reads names the space, never the password', () => {
    const status = v.parse(SyncStatusSchema, { ...SYNC_OFF, state: 'synced', space });
    expect(JSON.stringify(status)).not.toContain(space.password);
  });
});
