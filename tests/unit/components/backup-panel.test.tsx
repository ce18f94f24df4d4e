// @vitest-environment jsdom
/**
 * The backup panel: the import report worded from the counts the background sends (not its English
 * sentence), import errors and store errors worded from their codes, and persistent storage asked for
 * from the page itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/components/library/BackupPanel';
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
