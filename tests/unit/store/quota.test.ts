import { afterEach, describe, expect, it } from 'vitest';
import { QUOTA_MESSAGE, StoreError } from '@/utils/store';
import { article, articleRecord, backupOf, clipRecord, draft, dump, freshStore } from './helpers';

type WriteMethod = 'put' | 'add';
type Failure = 'request' | 'commit';

interface FakeTransaction extends IDBTransaction {
  _execRequestAsync(obj: { operation: () => unknown; source: unknown }): IDBRequest;
  _abort(errName: string | null): void;
}

const originals = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };

afterEach(() => {
  IDBObjectStore.prototype.put = originals.put;
  IDBObjectStore.prototype.add = originals.add;
});

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * The disk fills up at the (skip + 1)-th `method` write. 'request': that write's request fails, as
 * Firefox reports it. 'commit': the write succeeds but the transaction then aborts with the quota
 * error, as Chromium reports it when the commit cannot be flushed.
 */
function diskFullAt(method: WriteMethod, failure: Failure, skip = 0): void {
  const original = originals[method];
  let calls = 0;
  IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const request = original.call(this, value, key);
    if (calls++ !== skip) return request;
    const tx = this.transaction as FakeTransaction;
    if (failure === 'commit') {
      request.addEventListener('success', () => tx._abort('QuotaExceededError'));
      return request;
    }
    return tx._execRequestAsync({
      operation: () => {
        throw quotaError();
      },
      source: this,
    });
  } as typeof original;
}

async function library() {
  const t = await freshStore();
  const a = await t.store.saveArticle(article());
  const c1 = await t.store.addClip(draft(a.id, '促进科技成果转化', { tags: ['科技'] }));
  const c2 = await t.store.addClip(draft(a.id, '加快建设创新型国家', { tags: ['科技'] }));
  await t.store.searchReady();
  return { ...t, a, c1, c2 };
}

async function expectQuota(promise: Promise<unknown>): Promise<void> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect(error).toMatchObject({ code: 'quota', message: QUOTA_MESSAGE });
}

describe.each<Failure>(['request', 'commit'])('a full disk (%s failure)', (failure) => {
  it('addClip: clear error, nothing stored, search unchanged, and the next write works', async () => {
    const { store, factory, a } = await library();
    const before = await dump(factory);
    diskFullAt('add', failure);
    await expectQuota(store.addClip(draft(a.id, '新型储能')));
    expect(await dump(factory)).toEqual(before);
    expect(await store.listClipIds({ text: '储能' })).toEqual([]);
    const saved = await store.addClip(draft(a.id, '新型储能'));
    expect(await store.listClipIds({ text: '储能' })).toEqual([saved.id]);
  });

  it('saveArticle: the content write fails, so the article write is undone too', async () => {
    const { store, factory } = await library();
    const before = await dump(factory);
    diskFullAt('put', failure, 1);
    await expectQuota(store.saveArticle(article({ url: 'https://www.gov.cn/new.htm' })));
    expect(await dump(factory)).toEqual(before);
    expect(await store.getArticleByUrl('https://www.gov.cn/new.htm')).toBeNull();
  });

  it('renameTag: failing on the second clip leaves every clip as it was', async () => {
    const { store, factory } = await library();
    const before = await dump(factory);
    diskFullAt('put', failure, 1);
    await expectQuota(store.renameTag('科技', '创新'));
    expect(await dump(factory)).toEqual(before);
    expect(await store.listTags()).toEqual([{ tag: '科技', count: 2 }]);
  });

  it('deleteClips: failing to write the trash keeps the clips', async () => {
    const { store, factory, c1, c2 } = await library();
    const before = await dump(factory);
    diskFullAt('put', failure, 1);
    await expectQuota(store.deleteClips([c1.id, c2.id]));
    expect(await dump(factory)).toEqual(before);
    expect(await store.listClipIds()).toHaveLength(2);
    expect(await store.listClipIds({ text: '创新型' })).toEqual([c2.id]);
  });

  it('importBackup: failing midway imports nothing', async () => {
    const { store, factory } = await library();
    const a = articleRecord('https://example.com/imported');
    const clips = Array.from({ length: 20 }, (_, i) => clipRecord(`imp${i}`, a.id, `quote ${i}`));
    const file = await backupOf([a], clips);
    const before = await dump(factory);
    diskFullAt('add', failure, 10);
    await expectQuota(store.importBackup(file));
    expect(await dump(factory)).toEqual(before);
    expect(await store.listClipIds({ text: 'quote' })).toEqual([]);
  });
});
