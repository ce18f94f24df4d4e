import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeImportedSettings, readSettings } from '@/utils/settings';

describe('readSettings', () => {
  it('falls back field by field, never failing', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ brief: { groupBy: 'nonsense', fullText: true } })).toEqual({
      brief: { ...DEFAULT_SETTINGS.brief, fullText: true },
      tagColours: {},
    });
  });
});

describe('mergeImportedSettings', () => {
  const mine = {
    brief: { ...DEFAULT_SETTINGS.brief, highlightStyle: 'bold' as const },
    tagColours: { a: 'green' as const },
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
