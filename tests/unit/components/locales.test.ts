import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (dir: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${dir}/messages.json`, import.meta.url), 'utf8'));

describe('messages files', () => {
  const en = read('en');
  const zh = read('zh_CN');

  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same $n placeholders in both languages, and no empty messages', () => {
    for (const key of Object.keys(en)) {
      const placeholders = (m: string | undefined): string[] => (m?.match(/\$\d/g) ?? []).sort();
      expect(placeholders(zh[key]?.message), key).toEqual(placeholders(en[key]?.message));
      expect(en[key]!.message.trim(), key).not.toBe('');
      expect(zh[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('name keys as browser.i18n allows', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
