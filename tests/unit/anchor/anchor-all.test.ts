import { describe, expect, it } from 'vitest';
import { type Selector, anchorAll, anchorManyInModel, buildTextModel, describeInModel } from '@/utils/anchor';
import { fixtureDocument } from './dom';

function selectorsForSentences(root: Element): Selector[][] {
  const model = buildTextModel(root);
  const list: Selector[][] = [];
  for (const m of model.text.matchAll(/[^。\n]{6,40}。/g)) {
    list.push(describeInModel(model, model.rangeAt(m.index, m.index + m[0].length)));
  }
  return list;
}

describe('anchorAll', () => {
  it('anchors many clips with the same results, in the same order, as the synchronous batch', async () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    const list = selectorsForSentences(doc.body);
    expect(list.length).toBeGreaterThan(20);
    // Shuffle deterministically and add a clip whose passage is not on the page.
    const shuffled = list
      .map((s, i) => ({ s, k: (i * 7919) % list.length }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.s);
    shuffled.splice(5, 0, [
      { type: 'TextQuoteSelector', exact: '这一段文字不在页面上出现过。', prefix: '', suffix: '' },
    ]);
    const sync = anchorManyInModel(buildTextModel(doc.body), shuffled);
    const batched = await anchorAll(doc.body, shuffled, { budgetMs: 0 });
    expect(batched.map((r) => (r.ok ? [r.start, r.end] : null))).toEqual(
      sync.map((r) => (r.ok ? [r.start, r.end] : null)),
    );
    expect(batched[5]?.ok).toBe(false);
    expect(batched.filter((r) => r.ok)).toHaveLength(shuffled.length - 1);
  });

  it('yields to the event loop between clips when asked to', async () => {
    const doc = fixtureDocument('pages/seed-policy-article-zh/source.html');
    const list = selectorsForSentences(doc.body).slice(0, 10);
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    anchorManyInModel(buildTextModel(doc.body), list);
    expect(ticks).toBe(0);
    await anchorAll(doc.body, list, { yieldEvery: 1 });
    running = false;
    expect(ticks).toBeGreaterThanOrEqual(list.length / 2);
  });
});
