import { describe, expect, it } from 'vitest';
import enMessages from '@/public/_locales/en/messages.json';
import zhMessages from '@/public/_locales/zh_CN/messages.json';
import { localize, messagesTranslator } from '@/components/i18n';
import { ERROR_CODES } from '@/utils/messages/errors';
import type { PageUnavailable } from '@/utils/messages/reply-schemas';
import { errorText, errorWords, importReportText, unavailableText } from '@/utils/messages/user-text';

const zh = messagesTranslator(zhMessages, 'zh-CN');
const en = messagesTranslator(enMessages, 'en');

describe('user text: codes to messages', () => {
  it('words every error code this build sends, in both languages', () => {
    for (const code of ERROR_CODES) {
      const text = errorText({ code });
      expect(text, code).not.toBeNull();
      expect(zhMessages, code).toHaveProperty(text!.key);
      expect(enMessages, code).toHaveProperty(text!.key);
    }
  });

  it('leaves an unknown code to its English message', () => {
    expect(errorText({ code: 'from-the-future' })).toBeNull();
  });

  it('picks the words by detail, and the code’s general words for an unknown detail', () => {
    expect(errorText({ code: 'restricted-page', detail: 'pdf' })?.key).toBe('pagePdf');
    expect(errorText({ code: 'no-article', detail: 'empty' })?.key).toBe('pageEmpty');
    expect(errorText({ code: 'not-found', detail: 'no-figures' })?.key).toBe('errNoFigures');
    expect(errorText({ code: 'not-found', detail: 'toString' })?.key).toBe('errNotFound');
    expect(errorText({ code: 'internal', detail: 'no-answer' })?.key).toBe('errNoAnswer');
    expect(localize(zh, errorText({ code: 'no-selection' })!)).toBe('请先在页面上选中文字，再高亮。');
  });

  it('words every reason a backup is refused on its own, with the values it names, in both languages', () => {
    const cases: [string, (string | number)[], string][] = [
      ['not-json', [], 'errBackupNotJson'],
      ['too-large', [200000000], 'errBackupTooLarge'],
      ['not-backup', [], 'errBackupNotBackup'],
      ['newer-version', [99], 'errBackupNewerVersion'],
      ['checksum', ['checksum'], 'errBackupChecksum'],
      ['bad-url', ['articles[3].originalUrl'], 'errBackupBadUrl'],
      ['forbidden-key', ['settings.__proto__'], 'errBackupForbiddenKey'],
      ['too-deep', ['settings.d', 16], 'errBackupTooDeep'],
      ['too-many', ['clips', 2000000], 'errBackupTooMany'],
      ['too-long', ['clips[57].quote', 100000], 'errBackupTooLong'],
      ['too-many-items', ['articles[0].pageUrls', 100], 'errBackupTooManyItems'],
      ['duplicate', ['clips[5].id', 'clips[2]'], 'errBackupDuplicate'],
      ['no-article', ['clips[0].articleId'], 'errBackupNoArticle'],
      ['field', ['clips[57].quote'], 'errBackupField'],
    ];
    const keys = new Set<string>();
    for (const [detail, subs, key] of cases) {
      const text = errorText({ code: 'invalid-backup', detail, subs });
      expect(text?.key, detail).toBe(key);
      keys.add(key);
      for (const t of [en, zh]) {
        const shown = localize(t, text!);
        expect(shown).not.toMatch(/\$\d/);
        for (const sub of subs)
          if (typeof sub === 'string' && detail !== 'checksum') expect(shown).toContain(sub);
      }
    }
    expect(keys.size).toBe(cases.length);
    expect(localize(en, errorText({ code: 'invalid-backup', detail: 'newer-version', subs: [99] })!)).toMatch(
      /update the extension/,
    );
    expect(localize(en, errorText({ code: 'invalid-backup', detail: 'checksum' })!)).toMatch(
      /edited or damaged/,
    );
    expect(
      localize(
        zh,
        errorText({ code: 'invalid-backup', detail: 'too-long', subs: ['clips[57].quote', 100000] })!,
      ),
    ).toBe('clips[57].quote 超过了 100,000 个字符的上限。未导入任何内容。');
    // Missing values or an unknown detail: the general words, never a bare `$1`.
    expect(errorText({ code: 'invalid-backup', detail: 'bad-url' })?.key).toBe('errBackupInvalid');
    expect(errorText({ code: 'invalid-backup', detail: 'hasOwnProperty', subs: ['x'] })?.key).toBe(
      'errBackupInvalid',
    );
  });

  it('words every reason a page is unavailable', () => {
    const pages: PageUnavailable[] = [
      { reason: 'restricted', detail: 'not-web', message: '' },
      { reason: 'no-article', detail: 'too-little', message: '' },
      { reason: 'empty', message: '' },
      { reason: 'too-large', elements: 200000, limit: 150000, message: '' },
      { reason: 'not-html', contentType: 'application/xml', message: '' },
      { reason: 'not-html', contentType: null, message: '' },
    ];
    expect(pages.map((p) => localize(zh, unavailableText(p)))).toEqual([
      'Policy Clipper 只能摘录网页（http 或 https 地址）。',
      '此页面正文太少，不像是文章，没有可摘录的内容。',
      '此页面是空的，没有可摘录的文字。',
      '此页面太大，无法摘录（共 200,000 个元素，上限为 150,000 个）。',
      '这不是网页（而是 application/xml），没有可摘录的文章。',
      '这不是网页（文档没有正文部分），没有可摘录的文章。',
    ]);
  });

  it('words the import report from its counts', () => {
    const outcome = {
      message: 'imported 2 clips, 1 article',
      imported: { clips: 2, articles: 1 },
      skipped: 0,
    };
    expect(localize(en, importReportText(outcome))).toBe('Imported clips: 2, articles: 1.');
    expect(localize(zh, importReportText({ ...outcome, skipped: 4 }))).toBe(
      '已导入 2 条摘录、1 篇文章；跳过 4 条资料库中已有的记录。',
    );
  });
});

describe('errorWords (contexts without a Preact translator)', () => {
  const lookup = (key: string, subs: string[] = []): string =>
    key === 'errQuota' ? `空间不足${subs.join('')}` : '';
  it('words a known code through the lookup, else keeps the English', () => {
    expect(errorWords({ code: 'quota', message: 'Out of space.' }, lookup)).toBe('空间不足');
    // The lookup has no words for this key (an older messages file): the English is shown.
    expect(errorWords({ code: 'tab-gone', message: 'That tab was closed.' }, lookup)).toBe(
      'That tab was closed.',
    );
    expect(errorWords({ code: 'from-a-newer-build', message: 'Something new.' }, lookup)).toBe(
      'Something new.',
    );
  });
});
