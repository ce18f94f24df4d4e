/**
 * `reliability.lostEdits`: edits lost in a seeded 1,000-step simulation of several surfaces (library
 * tabs, the popup, in-page menus) editing one clip from their own, often stale, copies against the real
 * store (fake-indexeddb in Node: the merge rule is the store's, not the database's). The simulation and
 * its definition of "lost" are the property test's (`tests/support/edit-simulation.ts`). Must be 0.
 */
import { openStore } from '@/utils/store';
import { simulateEdits, type SimStep } from '@/tests/support/edit-simulation';
import type { AreaBench } from './context';
import { fakeFactory } from './fake-indexeddb';
import { seededRandom } from './seeded-random';

const STEPS = 1000;
const SURFACES = 4;
const OPS = ['addTag', 'removeTag', 'appendNote', 'rewriteNote', 'refresh'] as const;

function seededSteps(seed: number): SimStep[] {
  const rand = seededRandom(seed);
  return Array.from({ length: STEPS }, (): SimStep => {
    const surface = Math.floor(rand() * SURFACES);
    const op = OPS[Math.floor(rand() * OPS.length)] ?? 'refresh';
    return op === 'removeTag' ? { surface, op, pick: Math.floor(rand() * 20) } : { surface, op };
  });
}

export const bench: AreaBench = async () => {
  const store = await openStore(await fakeFactory(), { name: 'reliability-bench' });
  try {
    const article = await store.saveArticle({
      url: 'https://www.gov.cn/zhengce/content/reliability.htm',
      canonicalUrl: null,
      title: '关于促进科技成果转化的通知',
      source: '中国政府网',
      byline: null,
      published: '2025-06-01',
      lang: 'zh-CN',
      excerpt: '',
      contentHtml: '<p>促进科技成果转化。</p>',
      text: '促进科技成果转化。',
    });
    const clip = await store.addClip({
      articleId: article.id,
      quote: '促进科技成果转化',
      selectors: [{ type: 'TextPositionSelector', start: 0, end: 8 }],
      kind: 'quote',
      tags: [],
      note: 'start',
    });
    const started = performance.now();
    const { lost, edits, final } = await simulateEdits(store, clip.id, SURFACES, seededSteps(20261205));
    return {
      reliability: {
        lostEdits: lost.length,
        edits,
        steps: STEPS,
        surfaces: SURFACES,
        finalTags: final.tags.length,
        keptNoteVersions: final.noteVariants.length,
        simulationMs: Math.round(performance.now() - started),
      },
    };
  } finally {
    store.close();
  }
};
