/**
 * Team sync bench (`sync`, docs/sync.md): two replicas in Node (fake-indexeddb store + PouchDB memory
 * replica + the sync engine, as the background wires them) through a CouchDB-protocol server on
 * 127.0.0.1 (express-pouchdb over memory, HTTP on loopback). Synthetic library: 1,000 articles × 10
 * clips with tags and notes (no corpus pages: the figures do not depend on page content).
 * - `sync.initialMs10k`: A's 10,000 clips (already in its replica, the outbox) pushed to an empty team
 *   database, then pulled and applied to B's library, until B's store has all of them.
 * - `sync.initialCpuMs10k`: the CPU time (user + system) of this one Node process over that same span:
 *   both replicas and the server run in it, so on a loaded machine this, not the wall time, says what
 *   the work costs.
 * - `sync.outboxMs10k`: recording those 10,000 clips into A's replica as they are written (not waited
 *   for by the UI).
 * - `sync.roundTripMs`: median of 15: an edit on A visible in B's library, one-shot syncs (push from A,
 *   pull by B; live replication adds its own polling interval).
 * - `sync.changedOnlyBytes`: bytes the server received (headers and bodies) for one edited clip pushed
 *   after the initial sync: the changed document only, plus the protocol's revs_diff and checkpoint.
 */
import { remoteDb, startCouchServer } from '@/tests/support/couch-server';
import { createTestReplica } from '@/tests/support/sync-replica';
import type { AreaBench } from './context';
import { median } from './stats';

const ARTICLES = Number(process.env['SYNC_BENCH_ARTICLES'] ?? 1000);
const CLIPS_PER_ARTICLE = 10;
const ROUND_TRIPS = 15;

export const bench: AreaBench = async () => {
  const server = await startCouchServer();
  const passwords = { alice: 'bench-a', bob: 'bench-b' };
  const url = await server.createTeam('bench', passwords);
  const a = await createTestReplica('bench-a', { author: 'alice' });
  const b = await createTestReplica('bench-b', { author: 'bob' });
  const remoteA = remoteDb(url, { username: 'alice', password: passwords.alice });
  const remoteB = remoteDb(url, { username: 'bob', password: passwords.bob });
  try {
    const outboxStart = performance.now();
    for (let i = 0; i < ARTICLES; i++) {
      const art = await a.store.saveArticle({
        url: `https://www.gov.cn/zhengce/bench/${i}.htm`,
        canonicalUrl: null,
        title: `关于促进科技成果转化的若干意见（${i}）`,
        source: '中国政府网',
        byline: null,
        published: '2025-01-01',
        lang: 'zh-CN',
        excerpt: '促进科技成果转化',
        contentHtml: `<p>促进科技成果转化，加快建设创新型国家。第${i}篇。</p>`,
        text: `促进科技成果转化，加快建设创新型国家。第${i}篇。`,
      });
      await a.store.addClips(
        Array.from({ length: CLIPS_PER_ARTICLE }, (_, j) => ({
          articleId: art.id,
          quote: `促进科技成果转化 ${i}-${j}`,
          selectors: [
            {
              type: 'TextQuoteSelector' as const,
              exact: `促进科技成果转化 ${i}-${j}`,
              prefix: '',
              suffix: '',
            },
          ],
          tags: ['科技', `t${j}`],
          note: `要点 ${i}-${j}`,
        })),
      );
    }
    await a.settled();
    const outboxMs10k = performance.now() - outboxStart;
    const total = ARTICLES * CLIPS_PER_ARTICLE;

    const initialStart = performance.now();
    const cpuStart = process.cpuUsage();
    await a.syncWith(remoteA);
    await b.syncWith(remoteB);
    const initialMs10k = performance.now() - initialStart;
    const cpu = process.cpuUsage(cpuStart);
    const initialCpuMs10k = (cpu.user + cpu.system) / 1000;
    const onB = (await b.store.stats()).clips;
    if (onB !== total) throw new Error(`B has ${onB} clips of ${total}`);
    await a.syncWith(remoteA); // A takes B's view (nothing new) so both are in step

    const ids = await a.store.listClipIds();
    const trips: number[] = [];
    for (let k = 0; k < ROUND_TRIPS; k++) {
      const id = ids[(k * 97) % ids.length]!;
      const started = performance.now();
      await a.store.editClip(id, { addTags: [`round-${k}`] });
      await a.syncWith(remoteA);
      await b.syncWith(remoteB);
      const [seen] = await b.store.getClips([id]);
      if (!seen?.tags.includes(`round-${k}`)) throw new Error('the edit did not reach B');
      trips.push(performance.now() - started);
    }

    const [edited] = await a.store.getClips([ids[1]!]);
    await a.store.editClip(edited!.id, { note: { base: edited!.note, text: `${edited!.note}\n补充` } });
    await a.settled();
    const before = server.bytesIn();
    await a.replica.replicate.to(remoteA);
    const changedOnlyBytes = server.bytesIn() - before;

    return {
      'sync.initialMs10k': Math.round(initialMs10k),
      'sync.initialCpuMs10k': Math.round(initialCpuMs10k),
      'sync.outboxMs10k': Math.round(outboxMs10k),
      'sync.roundTripMs': Math.round(median(trips)),
      'sync.changedOnlyBytes': changedOnlyBytes,
      'sync.clips': total,
      'sync.setup': 'Node: fake-indexeddb + PouchDB memory replicas, express-pouchdb on 127.0.0.1',
    };
  } finally {
    await Promise.allSettled([a.close(), b.close()]);
    await server.stop();
  }
};
