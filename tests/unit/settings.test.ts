import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS, mergeImportedSettings, readSettings } from '@/utils/settings';

describe('readSettings', () => {
  it('falls back field by field, never failing', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ brief: { groupBy: 'nonsense', fullText: true } })).toEqual({
      brief: { ...DEFAULT_SETTINGS.brief, fullText: true },
      obsidian: { vault: '', folder: '' },
      tagColours: {},
      toolbar: 'popup',
      pdfAutoOpen: false,
    });
    expect(readSettings({ toolbar: 'panel' }).toolbar).toBe('panel');
    expect(readSettings({ toolbar: 'window' }).toolbar).toBe('popup');
  });

  it('keeps the Obsidian vault and folder, and drops a value that is not one', () => {
    expect(readSettings({ obsidian: { vault: 'Research', folder: 'Policy/国务院' } }).obsidian).toEqual({
      vault: 'Research',
      folder: 'Policy/国务院',
    });
    expect(readSettings({ obsidian: { vault: 42, folder: 'x'.repeat(501) } }).obsidian).toEqual({
      vault: '',
      folder: '',
    });
    expect(readSettings({ obsidian: 'Research' }).obsidian).toEqual({ vault: '', folder: '' });
  });
});

describe('mergeImportedSettings', () => {
  const mine = {
    brief: { ...DEFAULT_SETTINGS.brief, highlightStyle: 'bold' as const },
    obsidian: { vault: 'Research', folder: '' },
    tagColours: { a: 'green' as const },
    toolbar: 'panel' as const,
    pdfAutoOpen: true,
  };

  it('changes nothing without imported settings', () => {
    expect(mergeImportedSettings(mine, null)).toBe(mine);
  });

  it('drops colours that are not ours, tags that are empty or absurdly long, and keeps the current colour of a tag', () => {
    const merged = mergeImportedSettings(DEFAULT_SETTINGS, {
      tagColours: {
        a: 'blue',
        b: 'javascript:alert(1)',
        c: 'purple',
        ' ': 'green',
        ['x'.repeat(500)]: 'green',
        d: 7,
      },
    });
    expect(merged.tagColours).toEqual({ a: 'blue', c: 'purple' });
    expect(mergeImportedSettings(mine, { tagColours: { a: 'blue', c: 'purple' } }).tagColours).toEqual({
      a: 'green',
      c: 'purple',
    });
  });

  it('takes export options only over the defaults, field by field with fallbacks', () => {
    const imported = { brief: { groupBy: 'article', fullText: 'yes', citationStyle: 'author-date' } };
    expect(mergeImportedSettings(DEFAULT_SETTINGS, imported).brief).toEqual({
      ...DEFAULT_SETTINGS.brief,
      groupBy: 'article',
      citationStyle: 'author-date',
    });
    expect(mergeImportedSettings(mine, imported).brief).toEqual(mine.brief);
    expect(mergeImportedSettings(DEFAULT_SETTINGS, { brief: 'all of them' }).brief).toEqual(
      DEFAULT_SETTINGS.brief,
    );
  });

  it('ignores a tag colour list that is not an object', () => {
    expect(mergeImportedSettings(mine, { tagColours: ['green'] }).tagColours).toEqual(mine.tagColours);
  });
});

describe('createSettingsStore', () => {
  /** Storage whose reads and writes each take a turn of the event loop, as browser storage does. */
  function slowStorage() {
    let stored: unknown = undefined;
    const tick = () => new Promise((r) => setTimeout(r, 1));
    return {
      io: {
        read: async () => (await tick(), stored),
        write: async (s: unknown) => {
          await tick();
          stored = structuredClone(s);
        },
      },
      stored: () => stored,
    };
  }

  it('two quick edits both land (neither overwrites the other)', async () => {
    const storage = slowStorage();
    const settings = createSettingsStore(storage.io);
    await Promise.all([
      settings.update((s) => ({ ...s, tagColours: { ...s.tagColours, 科技: 'green' } })),
      settings.update((s) => ({ ...s, brief: { ...s.brief, fullText: true } })),
      settings.update((s) => ({ ...s, tagColours: { ...s.tagColours, 金融: 'blue' } })),
    ]);
    const final = await settings.get();
    expect(final.tagColours).toEqual({ 科技: 'green', 金融: 'blue' });
    expect(final.brief.fullText).toBe(true);
  });

  it('a failed edit changes nothing and does not block the next one', async () => {
    const settings = createSettingsStore(slowStorage().io);
    const failing = settings.update(() => {
      throw new Error('bad edit');
    });
    const next = settings.update((s) => ({ ...s, tagColours: { a: 'pink' } }));
    await expect(failing).rejects.toThrow('bad edit');
    await expect(next).resolves.toMatchObject({ tagColours: { a: 'pink' } });
  });
});
