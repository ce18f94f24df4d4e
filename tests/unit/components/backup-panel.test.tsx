// @vitest-environment jsdom
/**
 * The backup panel: the import report worded from the counts the background sends (not its English
 * sentence), import errors and store errors worded from their codes, and persistent storage asked for
 * from the page itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/components/library/BackupPanel';
import { ChannelError } from '@/utils/messages/errors';
import { MAX_IMPORT_CHARS } from '@/utils/messages/page-channel';
import type { StorageStatus } from '@/utils/messages/reply-schemas';
import {
  apiError,
  byTestId,
  change,
  click,
  fakeApi,
  mount,
  settle,
  type Handlers,
  type Locale,
  type Mounted,
} from './harness';

const status = (persisted: boolean): StorageStatus => ({
  persisted,
  usage: 2048,
  quota: null,
  clips: 3,
  articles: 1,
});

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  setStorage(undefined);
});

function panel(handlers: Handlers, locale: Locale = 'en') {
  const announced: { text: string; error: boolean }[] = [];
  const fake = fakeApi({ 'storage/status': () => status(false), ...handlers });
  mounted = mount(
    <BackupPanel
      onImported={() => undefined}
      announce={(text, error = false) => announced.push({ text, error })}
      refreshKey={0}
    />,
    { api: fake.api, locale },
  );
  return { root: mounted.container, announced, fake };
}

function pick(root: HTMLElement, content: string): void {
  const input = byTestId<HTMLInputElement>(root, 'backup-import');
  Object.defineProperty(input, 'files', {
    value: [new File([content], 'backup.json', { type: 'application/json' })],
    configurable: true,
  });
  change(input);
}

/** jsdom has no `navigator.storage`. */
function setStorage(storage: object | undefined): void {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
}

/** A page's `navigator.storage` with `persisted()` answering `already`, and `persist()` granting `grant`. */
function stubStorage(already: boolean, grant: boolean) {
  const storage = { persisted: vi.fn(async () => already), persist: vi.fn(async () => grant) };
  setStorage(storage);
  return storage;
}

describe('BackupPanel', () => {
  it('words the import report from its counts, in Chinese', async () => {
    const { root, announced } = panel(
      {
        'backup/import': () => ({
          message: 'imported 120 clips, 14 articles; skipped 3 duplicates',
          imported: { articles: 14, clips: 120 },
          skipped: 3,
        }),
      },
      'zh_CN',
    );
    await settle();
    pick(root, '{}');
    await settle();
    expect(byTestId(root, 'import-report').textContent).toBe(
      '已导入 120 条摘录、14 篇文章；跳过 3 条资料库中已有的记录。',
    );
    expect(announced.at(-1)).toEqual({
      text: '已导入 120 条摘录、14 篇文章；跳过 3 条资料库中已有的记录。',
      error: false,
    });
  });

  it('leaves out the skipped part when nothing was skipped, with numbers in the locale', async () => {
    const { root } = panel({
      'backup/import': () => ({ message: 'imported', imported: { articles: 1, clips: 1200 }, skipped: 0 }),
    });
    await settle();
    pick(root, '{}');
    await settle();
    expect(byTestId(root, 'import-report').textContent).toBe('Imported clips: 1,200, articles: 1.');
  });

  it('words import errors from their code and detail', async () => {
    const { root } = panel(
      {
        'backup/import': () => {
          throw apiError(
            'invalid-backup',
            'This file is not a Policy Clipper backup: it is not valid JSON (Unexpected token). Nothing was imported.',
            'not-json',
          );
        },
      },
      'zh_CN',
    );
    await settle();
    pick(root, 'not json');
    await settle();
    expect(byTestId(root, 'import-report').textContent).toBe(
      '导入失败：此文件不是 Policy Clipper 备份：它不是有效的 JSON。未导入任何内容。',
    );
  });

  it('shows the specific reason a backup was refused, naming the field, in the UI language', async () => {
    const refusals = [
      {
        error: { detail: 'bad-url', subs: ['articles[3].originalUrl'] },
        en: 'Import failed: articles[3].originalUrl is not a web address: a backup may only hold http: and https: addresses. Nothing was imported.',
        zh: '导入失败：articles[3].originalUrl 不是网页地址：备份中只能包含 http: 和 https: 地址。未导入任何内容。',
      },
      {
        error: { detail: 'newer-version', subs: [99] },
        en: 'Import failed: This backup comes from a newer version of Policy Clipper (format 99): update the extension to import it. Nothing was imported.',
        zh: '导入失败：此备份来自更新版本的 Policy Clipper（格式 99）：请更新扩展程序后再导入。未导入任何内容。',
      },
      {
        error: { detail: 'checksum', subs: ['checksum'] },
        en: "Import failed: This backup's checksum does not match its contents: the file was edited or damaged after export. Nothing was imported.",
        zh: '导入失败：此备份的校验和与内容不符：文件在导出后被编辑或已损坏。未导入任何内容。',
      },
      {
        error: { detail: 'too-many', subs: ['clips', 2_000_000] },
        en: 'Import failed: clips holds more records than an import takes (at most 2,000,000). Nothing was imported.',
        zh: '导入失败：clips 中的记录超过导入上限（最多 2,000,000 条）。未导入任何内容。',
      },
    ];
    for (const { error, en, zh } of refusals) {
      for (const [locale, expected] of [
        ['en', en],
        ['zh_CN', zh],
      ] as const) {
        mounted?.unmount();
        const { root, announced } = panel(
          {
            'backup/import': () => {
              throw new ChannelError({ code: 'invalid-backup', message: 'English for logs', ...error });
            },
          },
          locale,
        );
        await settle();
        pick(root, '{}');
        await settle();
        expect(byTestId(root, 'import-report').textContent).toBe(expected);
        expect(announced.at(-1)).toEqual({ text: expected, error: true });
      }
    }
  });

  it('refuses a file too large to send, without sending it', async () => {
    const { root, fake } = panel({
      'backup/import': () => ({ message: '', imported: { articles: 0, clips: 0 }, skipped: 0 }),
    });
    await settle();
    const input = byTestId<HTMLInputElement>(root, 'backup-import');
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 3 * MAX_IMPORT_CHARS + 1 });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    change(input);
    await settle();
    expect(byTestId(root, 'import-report').textContent).toBe(
      'Import failed: This file is too large to import (more than 200,000,000 characters). Nothing was imported.',
    );
    expect(fake.callsOf('backup/import')).toEqual([]);
  });

  it('words a quota error from its code', async () => {
    const { root, announced } = panel(
      {
        'backup/import': () => {
          throw apiError(
            'quota',
            'Your browser is out of storage space for Policy Clipper; nothing was saved.',
          );
        },
      },
      'zh_CN',
    );
    await settle();
    pick(root, '{}');
    await settle();
    const text =
      '导入失败：浏览器给 Policy Clipper 的存储空间已用完，未保存任何内容。请释放磁盘空间，或导出后删除旧摘录。';
    expect(byTestId(root, 'import-report').textContent).toBe(text);
    expect(announced.at(-1)).toEqual({ text, error: true });
  });

  it('words an export failure from its code', async () => {
    const { root, announced } = panel({
      'backup/export': () => {
        throw apiError('internal', 'TypeError: x is undefined');
      },
    });
    await settle();
    click(byTestId(root, 'backup-export'));
    await settle();
    expect(announced.at(-1)).toEqual({
      text: 'Something went wrong in Policy Clipper; nothing was changed. Please try again.',
      error: true,
    });
  });

  it('asks for persistent storage from the page when it is not persistent, and shows the answer', async () => {
    const storage = stubStorage(false, true);
    const { root } = panel({}, 'zh_CN');
    await settle();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'storage-state').dataset.persisted).toBe('true');
    expect(byTestId(root, 'storage-state').textContent).toBe(
      '存储已设为持久：浏览器不会为腾出空间而清除你的摘录。',
    );
  });

  it('does not ask again when storage is already persistent, and shows a refusal as not persistent', async () => {
    const granted = stubStorage(true, true);
    panel({ 'storage/status': () => status(true) });
    await settle();
    expect(granted.persist).not.toHaveBeenCalled();
    mounted!.unmount();
    const refused = stubStorage(false, false);
    const { root } = panel({ 'storage/status': () => status(true) });
    await settle();
    expect(refused.persist).toHaveBeenCalledTimes(1);
    expect(byTestId(root, 'storage-state').dataset.persisted).toBe('false');
  });

  it('shows the background’s state where the page has no navigator.storage', async () => {
    setStorage(undefined);
    const { root } = panel({ 'storage/status': () => status(true) });
    await settle();
    expect(byTestId(root, 'storage-state').dataset.persisted).toBe('true');
    expect(byTestId(root, 'storage-state').textContent).toContain('Storage is persistent');
  });
});
