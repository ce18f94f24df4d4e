import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupChecksum } from '@/utils/store';
import { BACKUP_VERSION, type BackupFile } from '@/utils/store/types';
import {
  article,
  articleRecord,
  backupOf,
  clipRecord,
  draft,
  dump,
  freshStore,
  openRaw,
  T0,
} from './helpers';
import type { ClipKind } from '@/utils/vocabulary';

async function library() {
  const t = await freshStore();
  const { store } = t;
  const zh = await store.saveArticle(article());
  const en = await store.saveArticle(
    article({ url: 'https://www.reuters.com/x', title: 'Tariffs', source: 'Reuters' }),
  );
  const c1 = await store.addClip(draft(zh.id, '促进科技成果转化', { tags: ['科技'], note: '**重点**' }));
  const c2 = await store.addClip(
    draft(en.id, 'new tariffs on steel', { kind: 'figure', value: 25, unit: '%' }),
  );
  const gone = await store.addClip(draft(en.id, 'deleted one'));
  await store.deleteClips([gone.id]);
  return { ...t, zh, en, c1, c2, gone };
}

function withoutTimes(file: BackupFile) {
  const { exportedAt: _e, checksum: _c, ...rest } = file;
  return rest;
}

describe('exportBackup', () => {
  it('exports articles, contents and clips (not the trash), sorted, versioned and checksummed', async () => {
    const { store, zh, en, c1, c2 } = await library();
    const file = await store.exportBackup();
    expect(file.format).toBe('policy-clipper-backup');
    expect(file.version).toBe(BACKUP_VERSION);
    expect(file.settings).toBeUndefined();
    expect(new Date(file.exportedAt).getTime()).toBeGreaterThan(T0);
    expect(file.articles.map((a) => a.id)).toEqual([zh.id, en.id].sort());
    expect(file.contents.map((c) => c.articleId)).toEqual([zh.id, en.id].sort());
    expect(file.clips).toEqual([c1, c2].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
    const { checksum, ...payload } = file;
    expect(await backupChecksum(payload)).toBe(checksum);
    expect(await backupChecksum({ ...payload, clips: [...payload.clips].reverse() })).toBe(checksum);
    expect(await backupChecksum({ ...payload, clips: [{ ...c1, note: 'changed' }, c2] })).not.toBe(checksum);
  });

  it('survives JSON serialisation and imports into an empty library identically', async () => {
    const { store } = await library();
    const file = await store.exportBackup();
    const target = await freshStore('other');
    const report = await target.store.importBackup(JSON.stringify(file));
    expect(report).toEqual({
      articles: { imported: 2, skipped: 0 },
      contents: { imported: 2, skipped: 0 },
      clips: { imported: 2, skipped: 0 },
      message: 'imported 2 clips, 2 articles',
      settings: null,
    });
    expect(withoutTimes(await target.store.exportBackup())).toEqual(withoutTimes(file));
    expect(await target.store.listClipIds({ text: '科技成果' })).toHaveLength(1);
  });
});

describe('settings in a backup (format 2)', () => {
  const SETTINGS = { brief: { groupBy: 'kind', fullText: true }, tagColours: { 科技: 'green' } };

  it('carries the settings it is given, under the checksum, and hands them back on import', async () => {
    const { store } = await library();
    const file = await store.exportBackup(SETTINGS);
    expect(file.settings).toEqual(SETTINGS);
    const { checksum, ...payload } = file;
    expect(
      await backupChecksum({ ...payload, settings: { ...SETTINGS, tagColours: { 科技: 'pink' } } }),
    ).not.toBe(checksum);
    const target = await freshStore('other');
    const report = await target.store.importBackup(JSON.parse(JSON.stringify(file)));
    expect(report.settings).toEqual(SETTINGS);
    expect(report.clips.imported).toBe(2);
  });

  it('still reads a version 1 file (no settings), whose checksum is unchanged', async () => {
    const { store } = await library();
    const current = await store.exportBackup();
    const { checksum: _c, ...rest } = current;
    const v1 = { ...rest, version: 1 };
    const file = { ...v1, checksum: await backupChecksum(v1) };
    const target = await freshStore('other');
    const report = await target.store.importBackup(JSON.stringify(file));
    expect(report).toMatchObject({ clips: { imported: 2, skipped: 0 }, settings: null });
  });

  it('imports a file written before format 4 with its automatic kind tags as fields; a format 4 file as it is', async () => {
    const a = articleRecord('https://www.gov.cn/e.htm', { title: '通知' });
    const clips = [
      clipRecord('b1', a.id, '1000万元', {
        kind: 'figure',
        type: 'money',
        tags: ['figure', 'figure/money', '科技金融'],
      }),
      clipRecord('b2', a.id, '开展试点', { kind: 'measure', tags: ['measure/pilot'] }),
    ];
    const { checksum: _c, ...current } = await backupOf([a], clips);
    const v3 = { ...current, version: 3 };
    const target = await freshStore('old');
    const report = await target.store.importBackup(
      JSON.stringify({ ...v3, checksum: await backupChecksum(v3) }),
    );
    expect(report.clips).toEqual({ imported: 2, skipped: 0 });
    expect((await target.store.getClips(['b1', 'b2'])).map((c) => [c.type, c.tags])).toEqual([
      ['money', ['科技金融']],
      ['pilot', []],
    ]);
    // A current file is the user's word: a tag `figure/money` written after format 4 is the user's.
    const fresh = await freshStore('new');
    await fresh.store.importBackup(JSON.stringify(await backupOf([a], clips)));
    expect((await fresh.store.getClips(['b1']))[0]?.tags).toEqual(['figure', 'figure/money', '科技金融']);
  });

  it('refuses settings changed after export, or not an object, and imports nothing', async () => {
    const { store } = await library();
    const file = await store.exportBackup(SETTINGS);
    await expectRejected({ ...file, settings: { ...SETTINGS, tagColours: {} } }, { path: 'checksum' });
    const { checksum: _c, ...payload } = file;
    for (const settings of [[SETTINGS], 'green', 42]) {
      const bad = { ...payload, settings: settings as unknown as Record<string, unknown> };
      await expectRejected(
        { ...bad, checksum: await backupChecksum(bad) },
        { path: 'settings', message: /must be an object/ },
      );
    }
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) deep = { d: deep };
    const tooDeep = await expectRejected(
      { ...payload, settings: deep, checksum: file.checksum },
      { message: /nested more than 16 levels deep/ },
    );
    expect(tooDeep).toMatchObject({ detail: 'too-deep', path: `settings${'.d'.repeat(15)}` });
    await expectRejected(
      { ...payload, settings: { tagColours: { x: 'y'.repeat(1_100_000) } }, checksum: file.checksum },
      { path: 'settings', message: /too large/ },
    );
    expect(await expectRejected({ ...file, version: BACKUP_VERSION + 1 }, {})).toMatchObject({
      detail: 'newer-version',
      subs: [BACKUP_VERSION + 1],
    });
  });
});

describe('backup round trip (property)', () => {
  const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
  const articleArb = fc.record({
    path: fc.stringMatching(/^[a-z0-9]{1,6}$/),
    title: text(40),
    source: text(12),
    body: text(80),
  });
  const clipArb = fc.record({
    articleIndex: fc.nat(),
    quote: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    tags: fc.array(text(10), { maxLength: 4 }),
    note: text(40),
    kind: fc.constantFrom<ClipKind>('figure', 'measure', 'document', 'quote'),
    value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
  });

  it('export → import into an empty library → export gives the same data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(articleArb, { minLength: 1, maxLength: 4 }),
        fc.array(clipArb, { maxLength: 8 }),
        async (articles, clips) => {
          const source = await freshStore();
          const saved = [];
          for (const a of articles) {
            saved.push(
              await source.store.saveArticle(
                article({
                  url: `https://example.com/${a.path}`,
                  title: a.title,
                  source: a.source,
                  text: a.body,
                }),
              ),
            );
          }
          for (const c of clips) {
            const target = saved[c.articleIndex % saved.length];
            if (!target) continue;
            await source.store.addClip(
              draft(target.id, c.quote, { tags: c.tags, note: c.note, kind: c.kind, value: c.value }),
            );
          }
          const first = await source.store.exportBackup();
          const empty = await freshStore();
          const report = await empty.store.importBackup(JSON.parse(JSON.stringify(first)));
          expect(report.clips).toEqual({ imported: first.clips.length, skipped: 0 });
          expect(report.articles).toEqual({ imported: first.articles.length, skipped: 0 });
          const second = await empty.store.exportBackup();
          const sortById = <T extends { id: string }>(xs: T[]) =>
            [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
          expect(sortById(second.clips)).toEqual(sortById(first.clips));
          expect(sortById(second.articles)).toEqual(sortById(first.articles));
          expect(second.contents).toEqual(expect.arrayContaining(first.contents));
          expect(second.contents).toHaveLength(first.contents.length);
          source.store.close();
          empty.store.close();
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('importBackup merging', () => {
  it('skips records already stored (the library copy wins) and says so', async () => {
    const { store, factory, c1 } = await library();
    const file = await store.exportBackup();
    await store.editClip(c1.id, { note: { base: c1.note, text: 'edited after the backup' } });
    const extra = clipRecord('extra-1', file.articles[0]?.id ?? '', 'an extra clip');
    const report = await store.importBackup(
      await backupOf(file.articles, [...file.clips, extra], file.contents),
    );
    expect(report.message).toBe('imported 1 clip, 0 articles; skipped 4 duplicates');
    expect(report.clips).toEqual({ imported: 1, skipped: 2 });
    expect(report.articles).toEqual({ imported: 0, skipped: 2 });
    expect((await store.getClips([c1.id]))[0]?.note).toBe('edited after the backup');
    const before = await dump(factory);
    const again = await store.importBackup(
      await backupOf(file.articles, [...file.clips, extra], file.contents),
    );
    expect(again.message).toBe('imported 0 clips, 0 articles; skipped 5 duplicates');
    expect(await dump(factory)).toEqual(before);
  });

  it('brings back a clip that was deleted since the backup, leaving the trash without it', async () => {
    const t = await freshStore();
    const a = await t.store.saveArticle(article());
    const clip = await t.store.addClip(draft(a.id, '促进科技成果转化'));
    const file = await t.store.exportBackup();
    await t.store.deleteClips([clip.id]);
    const report = await t.store.importBackup(file);
    expect(report.clips.imported).toBe(1);
    expect(await t.store.getClips([clip.id])).toEqual([clip]);
    expect(await t.store.listTrash()).toEqual([]);
  });

  it('accepts clips of an article already in the library but not in the file', async () => {
    const { store, zh } = await library();
    const report = await store.importBackup(await backupOf([], [clipRecord('lone', zh.id, 'lone clip')], []));
    expect(report.clips.imported).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------

async function validFile(n = 100): Promise<BackupFile> {
  const a = articleRecord('https://example.com/a', { title: 'A' });
  const clips = Array.from({ length: n }, (_, i) =>
    clipRecord(`c${String(i).padStart(3, '0')}`, a.id, `quote ${i}`),
  );
  return backupOf([a], clips);
}

/** Imports `input` into a library holding data, expecting a rejection; the database must not change. */
async function expectRejected(input: unknown, expected: { code?: string; path?: string; message?: RegExp }) {
  const { store, factory } = await library();
  const before = await dump(factory);
  const error = await store.importBackup(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({
    code: expected.code ?? 'invalid',
    ...(expected.path ? { path: expected.path } : {}),
  });
  if (expected.message) expect((error as Error).message).toMatch(expected.message);
  expect(await dump(factory)).toEqual(before);
  return error;
}

describe('hostile imports', () => {
  it('truncated JSON', async () => {
    const text = JSON.stringify(await validFile());
    await expectRejected(text.slice(0, Math.floor(text.length / 2)), {
      message: /not valid JSON.*truncated/,
    });
    await expectRejected('', { message: /not valid JSON/ });
  });

  it('not a backup, wrong or newer version, missing checksum', async () => {
    const file = await validFile();
    await expectRejected(null, { message: /not a Policy Clipper backup/ });
    await expectRejected([file], { message: /not a Policy Clipper backup/ });
    await expectRejected({ ...file, format: 'other' }, { message: /not a Policy Clipper backup/ });
    await expectRejected({ ...file, version: BACKUP_VERSION + 1 }, { message: /newer Policy Clipper/ });
    await expectRejected({ ...file, version: '1' }, { path: 'version' });
    await expectRejected({ ...file, checksum: undefined }, { path: 'checksum' });
    await expectRejected({ ...file, clips: 'none' }, { path: 'clips' });
  });

  it('a record with a 10 MB quote', async () => {
    const file = await validFile(10);
    const clips = file.clips.map((c, i) => (i === 4 ? { ...c, quote: 'x'.repeat(10 * 1024 * 1024) } : c));
    await expectRejected(await backupOf(file.articles, clips, file.contents), {
      path: 'clips[4].quote',
      message: /^clips\[4\]\.quote: must be at most 100,000 characters$/,
    });
  });

  it('a valid file with one bad record in the middle names that record', async () => {
    const file = await validFile(100);
    const text = JSON.stringify(file).replace('"quote":"quote 57"', '"quote":57');
    expect(text).toContain('"quote":57');
    await expectRejected(text, { path: 'clips[57].quote', message: /^clips\[57\]\.quote: must be text$/ });
  });

  it('duplicate ids in the file', async () => {
    const file = await validFile(5);
    const clips = [...file.clips, { ...file.clips[2]!, quote: 'same id, other text' }];
    await expectRejected(await backupOf(file.articles, clips, file.contents), {
      path: 'clips[5].id',
      message: /appears twice.*clips\[2\]/,
    });
  });

  it('a changed record (checksum mismatch), an article id not matching its url, a clip of no article', async () => {
    const file = await validFile(5);
    await expectRejected(
      { ...file, clips: file.clips.map((c) => ({ ...c, note: 'tampered' })) },
      { path: 'checksum' },
    );
    const forged = { ...file.articles[0]!, id: 'a_0000000000000000' };
    await expectRejected(await backupOf([forged], [], []), { path: 'articles[0].id' });
    await expectRejected(await backupOf([], [clipRecord('orphan', 'a_missing', 'q')], []), {
      path: 'clips[0].articleId',
    });
  });

  it('__proto__ and constructor keys refuse the file, pollute nothing, change nothing', async () => {
    const file = await validFile(3);
    const top = JSON.stringify(file).replace('{"format"', '{"__proto__":{"polluted":"top"},"format"');
    const inClip = JSON.stringify(file).replace(
      '"id":"c001","articleId"',
      '"constructor":{"prototype":{"polluted":"clip"}},"id":"c001","articleId"',
    );
    await expectRejected(top, { path: '__proto__' });
    await expectRejected(inClip, { path: 'clips[1].constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('HTML and script in fields are stored as the same inert text', async () => {
    const a = articleRecord('https://evil.example/', {
      title: '<img src=x onerror="alert(1)">',
      source: '</script>',
    });
    const quote = '<script>alert("x")</script> & <b>bold</b>';
    const clip = clipRecord('h1', a.id, quote, {
      note: '[x](javascript:alert(1))',
      tags: ['<svg onload=alert(1)>'],
    });
    const target = await freshStore();
    await target.store.importBackup(await backupOf([a], [clip]));
    expect(await target.store.getClips(['h1'])).toEqual([clip]);
    expect(await target.store.getArticle(a.id)).toEqual(a);
  });

  it('a failure inside the import transaction rolls back what it had written', async () => {
    // A legacy article whose id does not follow its URL makes the file's article for that URL collide
    // on the unique url index, after the file's first article was already written.
    const t = await freshStore();
    const raw = await openRaw(t.factory, 'policy-clipper');
    await raw.put('articles', articleRecord('https://example.com/z', { id: 'legacy-id' }));
    raw.close();
    const before = await dump(t.factory);
    const first = articleRecord('https://example.com/a');
    const clashing = articleRecord('https://example.com/z');
    const file = await backupOf([first, clashing], [clipRecord('k', first.id, 'q')]);
    await expect(t.store.importBackup(file)).rejects.toMatchObject({ code: 'conflict' });
    expect(await dump(t.factory)).toEqual(before);
  });
});
