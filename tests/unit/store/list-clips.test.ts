import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClipStore } from '@/utils/store';
import type { ClipQuery, ClipRecord } from '@/utils/store/types';
import { article, draft, freshStore } from './helpers';
import type { ClipKind } from '@/utils/vocabulary';

async function library() {
  const t = await freshStore();
  const { store } = t;
  const gov = await store.saveArticle(article({ url: 'https://www.gov.cn/1', source: '中国政府网' }));
  const wsj = await store.saveArticle(
    article({ url: 'https://www.wsj.com/2', source: 'WSJ', title: 'Tariffs' }),
  );
  const c1 = await store.addClip(draft(gov.id, 'a', { kind: 'figure', tags: ['科技', 'money'] }));
  const c2 = await store.addClip(draft(gov.id, 'b', { kind: 'measure', tags: ['科技'] }));
  const c3 = await store.addClip(draft(wsj.id, 'c', { kind: 'figure', tags: ['Trade'] }));
  const c4 = await store.addClip(draft(wsj.id, 'd', { tags: ['trade', 'money'] }));
  const c5 = await store.addClip(draft(gov.id, 'e', { kind: 'document' }));
  return { ...t, gov, wsj, c1, c2, c3, c4, c5 };
}

const ids = (clips: ClipRecord[]) => clips.map((c) => c.id);

describe('listClips filters', () => {
  it('lists everything newest first by default, or oldest first', async () => {
    const { store, c1, c2, c3, c4, c5 } = await library();
    const page = await store.listClips();
    expect(ids(page.clips)).toEqual([c5, c4, c3, c2, c1].map((c) => c.id));
    expect(page).toMatchObject({ total: 5, nextCursor: null, matches: [] });
    expect(ids((await store.listClips({ order: 'oldest' })).clips)).toEqual(
      [c1, c2, c3, c4, c5].map((c) => c.id),
    );
  });

  it('filters by article, tags (all of, ignoring case), source, kinds and date range', async () => {
    const { store, gov, c1, c2, c3, c4, c5 } = await library();
    expect(ids((await store.listClips({ articleId: gov.id })).clips)).toEqual([c5.id, c2.id, c1.id]);
    expect(ids((await store.listClips({ tags: ['TRADE'] })).clips)).toEqual([c4.id, c3.id]);
    expect(ids((await store.listClips({ tags: ['trade', 'money'] })).clips)).toEqual([c4.id]);
    expect(ids((await store.listClips({ tags: ['科技', 'nothing'] })).clips)).toEqual([]);
    expect(ids((await store.listClips({ source: 'WSJ' })).clips)).toEqual([c4.id, c3.id]);
    expect(ids((await store.listClips({ kinds: ['figure', 'document'] })).clips)).toEqual([
      c5.id,
      c3.id,
      c1.id,
    ]);
    expect(ids((await store.listClips({ from: c2.createdAt, to: c4.createdAt })).clips)).toEqual([
      c4.id,
      c3.id,
      c2.id,
    ]);
    const mixed = await store.listClips({
      source: '中国政府网',
      kinds: ['figure', 'measure'],
      tags: ['科技'],
      to: c1.createdAt,
    });
    expect(ids(mixed.clips)).toEqual([c1.id]);
    expect(mixed.total).toBe(1);
  });

  it('an empty date range (from after to) matches nothing, whatever the plan', async () => {
    const { store, gov } = await library();
    const empty = { from: 2, to: 1 };
    for (const q of [
      {},
      { tags: ['money'] },
      { tags: ['money', 'trade'] },
      { kinds: ['figure' as const] },
      { articleId: gov.id },
    ]) {
      expect(await store.listClips({ ...q, ...empty })).toEqual({
        clips: [],
        total: 0,
        nextCursor: null,
        matches: [],
      });
      expect(await store.listClipIds({ ...q, ...empty })).toEqual([]);
    }
  });

  it('rejects malformed queries with invalid errors', async () => {
    const { store } = await library();
    await expect(store.listClips({ limit: 0 })).rejects.toMatchObject({ code: 'invalid', path: 'limit' });
    await expect(store.listClips({ limit: 501 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(store.listClips({ cursor: 'garbage' })).rejects.toMatchObject({
      code: 'invalid',
      path: 'cursor',
    });
    await expect(store.listClips({ kinds: ['poem' as ClipKind] })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('lists every matching id without paging', async () => {
    const { store, c1, c3, c4 } = await library();
    expect(await store.listClipIds({ tags: ['money', 'trade'] })).toEqual([c4.id]);
    expect(await store.listClipIds({ kinds: ['figure'], order: 'oldest' })).toEqual([c1.id, c3.id]);
    expect((await store.listClipIds({ limit: 1 })).length).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------------
// Paging, checked against a plain model on random libraries (ties in createdAt included).

const KINDS: ClipKind[] = ['figure', 'measure', 'document', 'quote'];
const TAGS = ['alpha', 'Beta', 'gamma'];

interface Spec {
  articleIndex: number;
  time: number;
  kind: ClipKind;
  tags: string[];
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  articleIndex: fc.integer({ min: 0, max: 2 }),
  time: fc.integer({ min: 0, max: 4 }),
  kind: fc.constantFrom(...KINDS),
  tags: fc.subarray(TAGS),
});

/** A filter left out three times in four, so most queries still match several clips. */
function sometimes<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
}

const queryArb = fc.record({
  articleIndex: sometimes(fc.integer({ min: 0, max: 2 })),
  tags: sometimes(fc.subarray(['ALPHA', 'beta', 'gamma'], { minLength: 1, maxLength: 2 })),
  sourceIndex: sometimes(fc.integer({ min: 0, max: 1 })),
  kinds: sometimes(fc.subarray(KINDS, { minLength: 1 })),
  from: sometimes(fc.integer({ min: 0, max: 4 })),
  span: sometimes(fc.integer({ min: 0, max: 4 })),
  order: fc.constantFrom('newest' as const, 'oldest' as const),
  limit: fc.integer({ min: 1, max: 4 }),
});

async function buildLibrary(specs: Spec[]) {
  let i = 0;
  const times = specs.map((s) => 1_000_000 + s.time);
  const t = await freshStore(undefined, undefined, () => times[i++] ?? 0);
  const sources = ['Source A', 'Source B', 'Source A'];
  const articles = [];
  for (let k = 0; k < 3; k++) {
    i = 0; // article timestamps do not matter here
    articles.push(
      await t.store.saveArticle(article({ url: `https://example.com/${k}`, source: sources[k] })),
    );
  }
  i = 0;
  const clips: ClipRecord[] = [];
  for (const s of specs) {
    const a = articles[s.articleIndex];
    if (a) clips.push(await t.store.addClip(draft(a.id, `q${clips.length}`, { kind: s.kind, tags: s.tags })));
  }
  return { store: t.store, articles, clips, sources };
}

function model(clips: ClipRecord[], q: ClipQuery, articleSource: Map<string, string>): string[] {
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  return clips
    .filter(
      (c) =>
        (q.articleId === undefined || c.articleId === q.articleId) &&
        (q.tags ?? []).every((t) => lower(c.tags).includes(t.toLowerCase())) &&
        (q.source === undefined || articleSource.get(c.articleId) === q.source) &&
        (q.kinds === undefined || q.kinds.includes(c.kind)) &&
        (q.from === undefined || c.createdAt >= q.from) &&
        (q.to === undefined || c.createdAt <= q.to),
    )
    .sort((a, b) => {
      const d = a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
      return q.order === 'oldest' ? d : -d;
    })
    .map((c) => c.id);
}

async function allPages(store: ClipStore, q: ClipQuery, by: 'cursor' | 'offset'): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await store.listClips(by === 'cursor' ? { ...q, cursor } : { ...q, offset: seen.length });
    seen.push(...ids(page.clips));
    if (by === 'cursor' ? page.nextCursor === null : page.clips.length === 0) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

type Pick = {
  articleIndex?: number | undefined;
  tags?: string[] | undefined;
  sourceIndex?: number | undefined;
  kinds?: ClipKind[] | undefined;
  from?: number | undefined;
  span?: number | undefined;
  order: 'newest' | 'oldest';
  limit: number;
};

function half<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof(fc.constant(undefined), arb);
}

/** Queries that use one plan only: tags, kinds or dates alone (each with or without dates). */
const singlePlanArb: fc.Arbitrary<Pick> = fc.oneof(
  fc.record({
    tags: fc.subarray(['ALPHA', 'beta', 'gamma'], { minLength: 1, maxLength: 2 }),
    from: half(fc.integer({ min: 0, max: 4 })),
    span: half(fc.integer({ min: 0, max: 4 })),
    order: fc.constantFrom('newest' as const, 'oldest' as const),
    limit: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kinds: fc.subarray(KINDS, { minLength: 1 }),
    from: half(fc.integer({ min: 0, max: 4 })),
    span: half(fc.integer({ min: 0, max: 4 })),
    order: fc.constantFrom('newest' as const, 'oldest' as const),
    limit: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    from: fc.integer({ min: 0, max: 4 }),
    span: fc.integer({ min: 0, max: 4 }),
    order: fc.constantFrom('newest' as const, 'oldest' as const),
    limit: fc.integer({ min: 1, max: 4 }),
  }),
);

async function checkPaging(specs: Spec[], pick: Pick): Promise<void> {
  const { store, articles, clips, sources } = await buildLibrary(specs);
  const articleSource = new Map(articles.map((a) => [a.id, a.source]));
  const q: ClipQuery = { order: pick.order, limit: pick.limit };
  if (pick.articleIndex !== undefined) q.articleId = articles[pick.articleIndex]?.id;
  if (pick.tags !== undefined) q.tags = pick.tags;
  if (pick.sourceIndex !== undefined) q.source = sources[pick.sourceIndex];
  if (pick.kinds !== undefined) q.kinds = pick.kinds;
  if (pick.from !== undefined) q.from = 1_000_000 + pick.from;
  if (pick.span !== undefined) q.to = (q.from ?? 1_000_000) + pick.span;
  const expected = model(clips, q, articleSource);
  expect(await allPages(store, q, 'cursor')).toEqual(expected);
  expect(await allPages(store, q, 'offset')).toEqual(expected);
  expect((await store.listClips(q)).total).toBe(expected.length);
  expect(await store.listClipIds(q)).toEqual(expected);
  store.close();
}

describe('listClips paging', () => {
  it('pages by cursor and by offset give exactly the filtered, ordered list, and total matches it', async () => {
    await fc.assert(fc.asyncProperty(fc.array(specArb, { maxLength: 16 }), queryArb, checkPaging), {
      numRuns: 40,
    });
  });

  it('the same holds for each one-page plan (tags, kinds or dates alone)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(specArb, { maxLength: 16 }), singlePlanArb, checkPaging), {
      numRuns: 40,
    });
  });

  it('a cursor stays valid when newer clips arrive: the next page continues where the last ended', async () => {
    const { store, gov, c1, c2, c3 } = await library();
    const first = await store.listClips({ limit: 3 });
    await store.addClip(draft(gov.id, 'newer'));
    const second = await store.listClips({ limit: 3, cursor: first.nextCursor });
    expect(ids(second.clips)).toEqual([c2.id, c1.id]);
    expect(ids(first.clips)).not.toContain(c2.id);
    expect(ids(first.clips)).toContain(c3.id);
  });
});
