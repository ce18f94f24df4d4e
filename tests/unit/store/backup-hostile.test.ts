/**
 * A hostile backup corpus: files with a correct checksum that carry a non-web address in any URL
 * field, a key such as `__proto__` in any object at any depth, more records than the limits, or
 * nesting no backup has. Each is refused whole with its own problem and the path it names, in both UI
 * languages, and the library is exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesTranslator } from '@/utils/i18n';
import { toMessageError } from '@/utils/messages/error-model';
import { errorText } from '@/utils/messages/user-text';
import { backupChecksum } from '@/utils/store';
import { MAX_RECORDS } from '@/utils/store/backup-format';
import type { BackupProblem } from '@/utils/store/errors';
import { LIMITS } from '@/utils/store/validation';
import { BACKUP_FORMAT, BACKUP_VERSION, type ArticleRecord, type ClipRecord } from '@/utils/store/types';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import { article, articleRecord, clipRecord, draft, dump, freshStore, T0 } from './helpers';

type Json = Record<string, unknown>;

const translators = [messagesTranslator(en, 'en'), messagesTranslator(zh, 'zh-CN')];

/** A file with two articles, three clips and settings, its checksum computed over whatever it holds. */
function payload(): Json {
  const a = articleRecord('https://www.gov.cn/zhengce/2021-05/10/content_1.htm', {
    canonicalUrl: 'https://www.gov.cn/zhengce/content_1.htm',
  });
  const b = articleRecord('https://news.example.cn/b.html');
  const clips: ClipRecord[] = [
    clipRecord('c0', a.id, '新增科技贷款3000亿元', { tags: ['科技金融'] }),
    clipRecord('c1', a.id, '优化审批流程'),
    clipRecord('c2', b.id, 'a grant programme'),
  ];
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(T0).toISOString(),
    articles: [a, b] as ArticleRecord[],
    contents: [a, b].map((x) => ({ articleId: x.id, text: 'text', contentHtml: '<p>text</p>' })),
    clips,
    settings: { brief: { groupBy: 'tag' }, tagColours: [['科技金融', 'blue']] },
  };
}

async function signed(p: Json): Promise<Json> {
  return { ...p, checksum: await backupChecksum(p as never) };
}

async function library() {
  const t = await freshStore();
  const saved = await t.store.saveArticle(article());
  await t.store.addClip(draft(saved.id, '促进科技成果转化', { tags: ['科技'], note: '**重点**' }));
  return t;
}

/**
 * Imports `file` (as the JSON text the library page sends) into a library holding data: it must be
 * refused with `problem` naming `path`, worded in both languages with the path in the words, and the
 * database must be unchanged.
 */
async function expectRefused(file: Json | string, problem: BackupProblem, path?: string) {
  const { store, factory } = await library();
  const before = await dump(factory);
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  const error = await store.importBackup(JSON.parse(text)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a refusal (${problem})`).toMatchObject({ code: 'invalid', detail: problem });
  if (path !== undefined) expect(error).toMatchObject({ path });
  const wire = toMessageError(error);
  const words = errorText({ ...wire, code: 'invalid-backup' });
  expect(words?.key).not.toBe('errBackupInvalid');
  for (const { t } of translators) {
    const shown = t(words!.key, ...words!.subs);
    expect(shown).not.toMatch(/\$\d/);
    if (path !== undefined) expect(shown).toContain(path);
  }
  expect(await dump(factory)).toEqual(before);
  return error;
}

const HOSTILE_URLS = [
  'javascript:alert(document.domain)//x',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'chrome://settings',
  'chrome-extension://abcdef/library.html',
  'blob:https://a.cn/uuid',
  '/news/policy.html',
  '//evil.example/x',
  'news/policy.html',
  'garbage',
  ' https://www.gov.cn/a',
  'https://www.gov.cn/a\n',
  'http:www.gov.cn',
];

type UrlField = 'url' | 'originalUrl' | 'pageUrls' | 'canonicalUrl';

function withUrl(p: Json, index: number, field: UrlField, url: string): { file: Json; path: string } {
  const articles = (p.articles as ArticleRecord[]).map((a) => ({ ...a }));
  const target = articles[index]!;
  let path = `articles[${index}].${field}`;
  if (field === 'pageUrls') {
    target.pageUrls = [...target.pageUrls, url];
    path += `[${target.pageUrls.length - 1}]`;
  } else {
    Object.assign(target, { [field]: url });
  }
  return { file: { ...p, articles }, path };
}

describe('hostile backups: address fields', () => {
  it.each(HOSTILE_URLS)('%j in any URL field of any article refuses the whole file', async (url) => {
    for (const field of ['url', 'originalUrl', 'pageUrls', 'canonicalUrl'] as const) {
      const { file, path } = withUrl(payload(), 1, field, url);
      await expectRefused(await signed(file), 'bad-url', path);
    }
  });

  it('property: any non-http(s) address in any URL field is refused, naming it', async () => {
    const scheme = fc.constantFrom('javascript', 'data', 'file', 'chrome', 'vbscript', 'blob', 'about');
    const spelt = fc
      .tuple(scheme, fc.constantFrom('', ' ', '\t', '\n'), fc.boolean(), fc.string({ maxLength: 20 }))
      .map(([s, noise, upper, rest]) => `${noise}${upper ? s.toUpperCase() : s}:${rest}`);
    const notWeb = fc.oneof(
      spelt,
      // (An empty `url` is refused as empty, before its address is read.)
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/^https?:\/\//i.test(s)),
    );
    const field = fc.constantFrom<UrlField>('url', 'originalUrl', 'pageUrls', 'canonicalUrl');
    await fc.assert(
      fc.asyncProperty(notWeb, field, fc.nat(1), async (url, f, index) => {
        const { file, path } = withUrl(payload(), index, f, url);
        await expectRefused(await signed(file), 'bad-url', path);
      }),
      { numRuns: 40 },
    );
  });
});

/** `key` added (as JSON.parse would make it: an own property) to the object at `at` in the file. */
function withKey(p: Json, at: (file: Json) => object, key: string): Json {
  const copy = JSON.parse(JSON.stringify(p)) as Json;
  Object.defineProperty(at(copy), key, { value: { polluted: true }, enumerable: true, configurable: true });
  return copy;
}

const get = (o: unknown, ...keys: (string | number)[]): object =>
  keys.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], o) as object;

describe('hostile backups: keys that name an object’s machinery', () => {
  const places: [string, (f: Json) => object][] = [
    ['', (f) => f],
    ['articles[1].', (f) => get(f, 'articles', 1)],
    ['contents[0].', (f) => get(f, 'contents', 0)],
    ['clips[2].', (f) => get(f, 'clips', 2)],
    ['clips[0].selectors[0].', (f) => get(f, 'clips', 0, 'selectors', 0)],
    ['settings.', (f) => get(f, 'settings')],
    ['settings.brief.', (f) => get(f, 'settings', 'brief')],
  ];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it.each(places)(`${key} at %s refuses the file and pollutes nothing`, async (prefix, at) => {
      const text = JSON.stringify(await signed(withKey(payload(), at, key)));
      expect(text).toContain(`"${key}":{"polluted":true}`);
      await expectRefused(text, 'forbidden-key', `${prefix}${key}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('a version 2 file whose tag colours are keyed by a tag named __proto__ is refused by name', async () => {
    const v2 = {
      ...payload(),
      version: 2,
      settings: JSON.parse('{"tagColours":{"__proto__":"blue"}}') as Json,
    };
    await expectRefused(JSON.stringify(await signed(v2)), 'forbidden-key', 'settings.tagColours.__proto__');
  });

  it('a key deep inside nested lists is found without recursion', async () => {
    let deep: unknown = JSON.parse('{"__proto__":{"x":1}}');
    for (let i = 0; i < 5; i++) deep = [deep];
    const file = await signed({ ...payload(), settings: { extra: deep } });
    await expectRefused(JSON.stringify(file), 'forbidden-key', 'settings.extra[0][0][0][0][0].__proto__');
  });
});

describe('hostile backups: sizes and nesting', () => {
  it('more records than the limits, the limit named', async () => {
    for (const list of ['articles', 'contents', 'clips'] as const) {
      const many = new Array<number>(MAX_RECORDS[list] + 1).fill(0);
      const error = await expectRefused(await signed({ ...payload(), [list]: many }), 'too-many', list);
      expect(error).toMatchObject({ subs: [list, MAX_RECORDS[list]] });
    }
  });

  it('texts and lists past their limits, the limit named', async () => {
    const p = payload();
    const clips = p.clips as ClipRecord[];
    const longQuote = {
      ...p,
      clips: clips.map((c, i) => (i === 1 ? { ...c, note: 'x'.repeat(LIMITS.note + 1) } : c)),
    };
    expect(await expectRefused(await signed(longQuote), 'too-long', 'clips[1].note')).toMatchObject({
      subs: ['clips[1].note', LIMITS.note],
    });
    const selectors = Array.from({ length: LIMITS.selectors + 1 }, () => ({
      type: 'TextPositionSelector',
      start: 0,
      end: 1,
    }));
    const manySelectors = { ...p, clips: clips.map((c, i) => (i === 2 ? { ...c, selectors } : c)) };
    expect(
      await expectRefused(await signed(manySelectors), 'too-many-items', 'clips[2].selectors'),
    ).toMatchObject({
      subs: ['clips[2].selectors', LIMITS.selectors],
    });
    const { file } = withUrl(p, 0, 'pageUrls', 'https://www.gov.cn/x');
    const articles = file.articles as ArticleRecord[];
    articles[0]!.pageUrls = Array.from({ length: 101 }, (_, i) => `https://www.gov.cn/${i}`);
    await expectRefused(await signed(file), 'too-many-items', 'articles[0].pageUrls');
  });

  it('deeply nested settings or records are refused by path, not with a stack overflow', async () => {
    // Written as text: building such a value, let alone serialising it, would overflow the test's stack.
    const n = 100_000;
    const text = JSON.stringify(await signed(payload()));
    const deepObject = `${'{"d":'.repeat(n)}{}${'}'.repeat(n)}`;
    await expectRefused(text.replace('"settings":{', `"settings":{"deep":${deepObject},`), 'too-deep');
    const deepList = `${'['.repeat(n)}${']'.repeat(n)}`;
    const error = await expectRefused(text.replace('"selectors":[', `"selectors":[${deepList},`), 'too-deep');
    expect((error as { path: string }).path).toMatch(/^clips\[0\]\.selectors(\[0\])+$/);
  });

  it('the other refusals are worded on their own too', async () => {
    const p = payload();
    await expectRefused({ ...p, checksum: '0'.repeat(64) }, 'checksum');
    const clips = p.clips as ClipRecord[];
    await expectRefused(await signed({ ...p, clips: [...clips, clips[0]] }), 'duplicate', 'clips[3].id');
    await expectRefused(
      await signed({ ...p, clips: [clipRecord('lone', 'a_nowhere', 'q')] }),
      'no-article',
      'clips[0].articleId',
    );
    await expectRefused(
      await signed({ ...p, clips: [{ ...clips[0], quote: 42 }] }),
      'field',
      'clips[0].quote',
    );
    await expectRefused({ ...p, version: 99 }, 'newer-version');
    await expectRefused({ ...p, format: 'something-else' }, 'not-backup');
  });

  it('a valid file of the same shape imports (the corpus is refused for what it holds, nothing else)', async () => {
    const { store } = await library();
    const report = await store.importBackup(JSON.parse(JSON.stringify(await signed(payload()))));
    expect(report.clips.imported).toBe(3);
  });
});
