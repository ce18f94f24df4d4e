import { describe, expect, it } from 'vitest';
import { emphasisRanges } from '@/utils/store';
import { indexTerms, queryTerms, stemEnglish } from '@/utils/store/search-tokenize';
import { article, articleRecord, backupOf, clipRecord, draft, freshStore } from './helpers';

const terms = (text: string, tokenize: (t: string) => string[]) => tokenize(text);

describe('tokenizer', () => {
  it('indexes Han runs as bigrams plus the last character', () => {
    expect(terms('促进科技成果转化', indexTerms)).toEqual([
      '促进',
      '进科',
      '科技',
      '技成',
      '成果',
      '果转',
      '转化',
      '化',
    ]);
  });

  it('queries a Han run by its bigrams, a single character alone', () => {
    expect(terms('科技成果', queryTerms)).toEqual(['科技', '技成', '成果']);
    expect(terms('税', queryTerms)).toEqual(['税']);
  });

  it('splits mixed text: Han bigrams, English words lower-cased and stemmed, numbers kept, stop words dropped', () => {
    expect(terms('The US tariffs on 新能源汽车 rose 25.5% in 2025', indexTerms)).toEqual([
      '新能',
      '能源',
      '源汽',
      '汽车',
      '车',
      'us',
      'tariff',
      'rose',
      '25.5',
      '2025',
    ]);
  });

  it('uses Intl.Segmenter for scripts whose words need a dictionary (Thai, kana)', () => {
    expect(terms('ภาษีศุลกากรใหม่', indexTerms)).toEqual(['ภาษี', 'ศุลกากร', 'ใหม่']);
    expect(terms('日本語のテキスト', indexTerms)).toEqual(['日本', '本語', '語', 'の', 'テキスト']);
  });

  it('folds full-width letters and digits', () => {
    expect(terms('ＧＤＰ增长５％', indexTerms)).toEqual(['增长', '长', 'gdp', '5']);
  });

  it('stems English plurals and possessives lightly', () => {
    expect(
      ['tariffs', 'subsidies', 'taxes', 'branches', 'policies', 'China’s', 'gas', 'status', 'analysis'].map(
        (w) => stemEnglish(w.toLowerCase()),
      ),
    ).toEqual(['tariff', 'subsidy', 'tax', 'branch', 'policy', 'china', 'gas', 'status', 'analysis']);
  });
});

describe('emphasisRanges', () => {
  it('finds terms case-insensitively at word starts, Han anywhere, merging overlaps', () => {
    expect(emphasisRanges('Tariffs start; tariff art', ['tariff', 'art'])).toEqual([
      [0, 6],
      [15, 21],
      [22, 25],
    ]);
    expect(emphasisRanges('促进科技成果转化', ['科技', '技成', '成果'])).toEqual([[2, 6]]);
  });
});

async function library() {
  const t = await freshStore();
  const { store } = t;
  const zh = await store.saveArticle(article({ title: '国务院关于若干意见的通知' }));
  const en = await store.saveArticle(
    article({
      url: 'https://www.reuters.com/trade',
      title: 'US raises duties on metals',
      source: 'Reuters',
      lang: 'en',
    }),
  );
  const cZh = await store.addClip(draft(zh.id, '促进科技成果转化，加快建设创新型国家', { tags: ['科技'] }));
  const cTax = await store.addClip(draft(zh.id, '对小微企业减按25%计算应纳税所得额', { kind: 'measure' }));
  const cEn = await store.addClip(
    draft(en.id, 'The administration imposed new tariffs on imported steel.', { kind: 'measure' }),
  );
  const cNote = await store.addClip(
    draft(en.id, 'Duties rise to 25 percent', { note: 'Compare with the EU tariff schedule' }),
  );
  return { ...t, zh, en, cZh, cTax, cEn, cNote };
}

const ids = (page: { clips: { id: string }[] }) => page.clips.map((c) => c.id);

describe('search', () => {
  it('finds Chinese by any substring: 科技成果 ↔ 促进科技成果转化, and a single character', async () => {
    const { store, cZh, cTax } = await library();
    expect(ids(await store.listClips({ text: '科技成果' }))).toEqual([cZh.id]);
    expect(ids(await store.listClips({ text: '成果转化' }))).toEqual([cZh.id]);
    expect(ids(await store.listClips({ text: '税' }))).toEqual([cTax.id]);
    expect(ids(await store.listClips({ text: '成果税收' }))).toEqual([]);
  });

  it('finds English across plural and singular: tariff ↔ tariffs, and by prefix', async () => {
    const { store, cEn, cNote } = await library();
    expect(ids(await store.listClips({ text: 'tariff' }))).toEqual([cNote.id, cEn.id]);
    expect(ids(await store.listClips({ text: 'TARIFFS' }))).toEqual([cNote.id, cEn.id]);
    expect(ids(await store.listClips({ text: 'import' }))).toEqual([cEn.id]);
    expect(ids(await store.listClips({ text: 'tariffs steel' }))).toEqual([cEn.id]);
  });

  it('searches notes, article titles and sources too', async () => {
    const { store, cEn, cNote, cZh, cTax } = await library();
    expect(ids(await store.listClips({ text: 'schedule' }))).toEqual([cNote.id]);
    expect(ids(await store.listClips({ text: 'reuters' }))).toEqual([cNote.id, cEn.id]);
    expect(ids(await store.listClips({ text: '若干意见' }))).toEqual([cTax.id, cZh.id]);
  });

  it('a query may match partly in the clip and partly in its article (every term must match somewhere)', async () => {
    const { store, cEn, cNote } = await library();
    expect(await store.listClipIds({ text: 'reuters steel' })).toEqual([cEn.id]);
    expect(await store.listClipIds({ text: 'metals schedule' })).toEqual([cNote.id]);
    expect(await store.listClipIds({ text: 'metals 科技' })).toEqual([]);
  });

  it('combines text with filters, orders by relevance on request, and returns matched terms', async () => {
    const { store, cEn, cNote } = await library();
    const filtered = await store.listClips({ text: 'tariff', kinds: ['measure'] });
    expect(ids(filtered)).toEqual([cEn.id]);
    expect(filtered.total).toBe(1);
    const ranked = await store.listClips({ text: 'tariff', order: 'relevance', limit: 1 });
    expect(ranked.total).toBe(2);
    expect(ranked.matches).toHaveLength(1);
    expect(ranked.matches[0]?.clipId).toBe(ranked.clips[0]?.id);
    expect(ranked.matches[0]?.terms).toEqual(['tariff']);
    const next = await store.listClips({
      text: 'tariff',
      order: 'relevance',
      limit: 1,
      cursor: ranked.nextCursor,
    });
    expect([...ids(ranked), ...ids(next)].sort()).toEqual([cEn.id, cNote.id].sort());
    expect(next.nextCursor).toBeNull();
    const zh = await store.listClips({ text: '科技成果' });
    expect(zh.matches[0]?.terms.sort()).toEqual(['成果', '技成', '科技']);
  });

  it('stays consistent with every write: add, note edit, re-title, delete, undo, tags, import', async () => {
    const { store, zh, cZh, cTax } = await library();
    await store.searchReady();
    const added = await store.addClip(draft(zh.id, '支持新型储能示范'));
    expect(ids(await store.listClips({ text: '储能' }))).toEqual([added.id]);
    await store.editClip(cTax.id, { note: { base: cTax.note, text: 'hydrogen pilot' } });
    expect(ids(await store.listClips({ text: 'hydrogen' }))).toEqual([cTax.id]);
    await store.saveArticle(article({ title: '碳达峰行动方案' }));
    expect(ids(await store.listClips({ text: '碳达峰' }))).toEqual([added.id, cTax.id, cZh.id]);
    expect(ids(await store.listClips({ text: '若干意见' }))).toEqual([]);
    const { token } = await store.deleteClips([added.id]);
    expect(ids(await store.listClips({ text: '储能' }))).toEqual([]);
    await store.restoreClips({ token });
    expect(ids(await store.listClips({ text: '储能' }))).toEqual([added.id]);
    await store.addTags([cTax.id], ['财税']);
    expect(ids(await store.listClips({ text: '财税' }))).toEqual([cTax.id]);
    expect(ids(await store.listClips({ text: '储能', tags: ['财税'] }))).toEqual([]);
    await store.reanchorClip(added.id, { quote: '推动氢能产业', selectors: [] });
    expect(ids(await store.listClips({ text: '储能' }))).toEqual([]);
    expect(ids(await store.listClips({ text: '氢能' }))).toEqual([added.id]);
  });

  it('writes made while the index is being built after a restart are not lost', async () => {
    const t = await freshStore();
    const a = articleRecord('https://x.example/1');
    // Enough clips that the rebuild takes several slices, so the writes below land in the middle of it.
    const clips = Array.from({ length: 2000 }, (_, i) =>
      clipRecord(`c${i}`, a.id, `第${i}条 能源安全 energy security`),
    );
    await t.store.importBackup(await backupOf([a], clips));
    t.store.close();
    const store = await t.reopen();
    const warming = store.searchReady();
    const writes = Promise.all([
      store.addClip(draft(a.id, '新增 能源安全')),
      store.editClip('c1', { note: { base: '', text: 'hydrogen' } }),
      store.deleteClips(['c2', 'c3']),
      store.reanchorClip('c4', { quote: '改为 储能', selectors: [] }),
    ]);
    const [added] = await writes;
    await warming;
    expect((await store.listClips({ text: '能源安全' })).total).toBe(2000 - 3 + 1);
    expect(await store.listClipIds({ text: 'hydrogen' })).toEqual(['c1']);
    expect(await store.listClipIds({ text: '储能' })).toEqual(['c4']);
    expect(await store.listClipIds({ text: '新增' })).toEqual([added.id]);
  });

  it('writes spread over the whole build, touching clips read early and late, all end up in the index', async () => {
    const t = await freshStore();
    const a = articleRecord('https://x.example/2');
    const clips = Array.from({ length: 1500 }, (_, i) =>
      clipRecord(`k${String(i).padStart(4, '0')}`, a.id, `第${i}条 能源安全`),
    );
    await t.store.importBackup(await backupOf([a], clips));
    t.store.close();
    const store = await t.reopen();
    // The writes below are issued while the build runs; whichever batches they land between, the
    // end result must be the same.
    const warming = store.searchReady();
    const deleted = new Set<string>();
    const noted = new Map<string, string>();
    const added: string[] = [];
    for (let i = 0; i < 24; i++) {
      const id = `k${String((i * 397) % 1500).padStart(4, '0')}`;
      if (i % 3 === 0 && !deleted.has(id)) {
        await store.deleteClips([id]);
        deleted.add(id);
        noted.delete(id);
      } else if (i % 3 === 1 && !deleted.has(id)) {
        await store.editClip(id, {
          note: { base: (await store.getClips([id]))[0]!.note, text: `marker${i}x` },
        });
        noted.set(id, `marker${i}x`);
      } else {
        added.push((await store.addClip(draft(a.id, `能源安全 fresh${i}`))).id);
      }
    }
    await warming;
    expect((await store.listClips({ text: '能源安全' })).total).toBe(1500 - deleted.size + added.length);
    for (const [id, marker] of noted) expect(await store.listClipIds({ text: marker })).toEqual([id]);
    expect((await store.listClipIds({ text: 'fresh' })).sort()).toEqual([...added].sort());
  });

  it('writes made before the first search are found by it', async () => {
    const t = await library();
    t.store.close();
    const store = await t.reopen();
    const added = await store.addClip(draft(t.zh.id, '支持新型储能示范'));
    await store.deleteClips([t.cZh.id]);
    expect(await store.listClipIds({ text: '储能' })).toEqual([added.id]);
    expect(await store.listClipIds({ text: '科技成果' })).toEqual([]);
  });

  it('is rebuilt on reopen (a restarted service worker) from what is stored', async () => {
    const t = await library();
    await t.store.editClip(t.cEn.id, { note: { base: t.cEn.note, text: 'semiconductor export controls' } });
    t.store.close();
    const reopened = await t.reopen();
    expect(ids(await reopened.listClips({ text: 'semiconductor' }))).toEqual([t.cEn.id]);
    expect(ids(await reopened.listClips({ text: '科技成果' }))).toEqual([t.cZh.id]);
  });

  it('a query of only stop words or punctuation matches nothing', async () => {
    const { store } = await library();
    expect((await store.listClips({ text: 'the' })).total).toBe(0);
    expect((await store.listClips({ text: '，。' })).total).toBe(0);
  });
});
