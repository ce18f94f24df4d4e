/**
 * The store bench scenario, run the same way in Node (fake-indexeddb) and in Chromium (real
 * IndexedDB, bundled into a page): no Node or DOM APIs beyond `performance` and the factory given.
 */
import { openStore, type ClipStore } from '../utils/store';
import type { ArticleInput, ClipQuery } from '../utils/store/types';
import { seededRandom } from './seeded-random';
import type { ClipKind } from '@/utils/vocabulary';
import { median } from './stats';

export interface StoreScenarioOptions {
  factory: IDBFactory;
  name: string;
  articles: number;
  clipsPerArticle: number;
}

export interface StoreFigures {
  articles: number;
  clips: number;
  /**
   * 1,000 `saveArticle` + 10,000 `addClip` calls, one transaction each: articles in sequence, the
   * clips of each article issued together (as when several findings are highlighted at once).
   */
  insertMs: number;
  /** Reopening the filled database (a restarted service worker): until `openStore` resolves. */
  openMs: number;
  /** First library page (50 newest) right after reopening. */
  firstPageMs: number;
  /** A first page requested together with the search warm-up (`searchReady()`), as a library page might. */
  firstPageWhileIndexingMs: number;
  /** The search warm-up: the in-memory index built from the database (searches before it wait for it). */
  indexReadyMs: number;
  /** The first page again, median of 5, index built. */
  firstPageWarmMs: number;
  /** First page of search results, median over 20 queries (10 Chinese, 10 English). */
  searchMsMedian: number;
  searchMsMax: number;
  /** Median number of hits per query (a sanity check that the queries find things). */
  searchHitsMedian: number;
  /** First page of a one-tag filter, median over 6 tags. */
  tagFilterMs: number;
  /** First page of a source filter (an index lookup), median over the 10 sources: the baseline below. */
  sourceFilterMs: number;
  /** First page of an issuer filter (articles read and matched), median over the issuers. */
  issuerFilterMs: number;
  /** First page of a document-type filter, median over the types. */
  docTypeFilterMs: number;
  /** First page of a search for a document number typed without brackets, median over 10 numbers. */
  docNumberSearchMs: number;
}

const ZH_PHRASES = [
  '促进科技成果转化',
  '加快建设创新型国家',
  '新能源汽车购置税减免',
  '碳达峰碳中和',
  '中央财政补贴资金',
  '地方政府专项债券',
  '小微企业普惠性减税',
  '数字经济核心产业',
  '人工智能创新发展试验区',
  '集成电路产业投资基金',
  '高标准农田建设',
  '全面推进乡村振兴',
  '优化营商环境',
  '稳步扩大制度型开放',
  '新型储能示范项目',
  '职业技能提升行动',
  '城市更新行动',
  '公共数据资源开发利用',
  '绿色低碳转型',
  '民营经济发展壮大',
];
const EN_PHRASES = [
  'new tariffs on steel and aluminium imports',
  'semiconductor export controls',
  'clean energy tax credits',
  'subsidies for electric vehicles',
  'critical minerals supply chain',
  'the central bank held interest rates',
  'infrastructure investment and jobs',
  'anti-dumping duties on solar panels',
  'a pilot programme for hydrogen',
  'funding for research universities',
  'rules on artificial intelligence safety',
  'small business loan guarantees',
  'carbon border adjustment mechanism',
  'broadband subsidies for rural areas',
  'reshoring of chip manufacturing',
];
const TAGS = [
  '科技',
  '财政',
  '能源',
  '产业',
  '金融',
  '数字经济',
  '乡村振兴',
  '对外开放',
  '人才',
  '绿色低碳',
  'trade',
  'tariffs',
  'energy',
  'chips',
  'AI',
  'climate',
  'industrial policy',
  'finance',
  'labour',
  'housing',
];
const SOURCES = [
  '中国政府网',
  '新华社',
  '国家发展改革委',
  '财政部',
  '人民日报',
  'Reuters',
  'Financial Times',
  'WSJ',
  'Nikkei Asia',
  'Bloomberg',
];
const KINDS: ClipKind[] = ['figure', 'measure', 'document', 'quote'];
/** Chinese articles are official documents (`policy`), issued by these in turn, one joint. */
const ISSUERS = ['国务院办公厅', '国务院', '国家发展改革委 国家能源局', '财政部', '工业和信息化部'];
const DOC_TYPES = ['通知', '意见', '办法', '规划', '方案', '决定'];

export const SEARCH_QUERIES = [
  '科技成果',
  '新能源',
  '碳达峰',
  '财政补贴',
  '专项债',
  '小微企业',
  '数字经济',
  '人工智能',
  '集成电路',
  '乡村振兴',
  'tariff',
  'semiconductor',
  'tax credit',
  'subsidies',
  'export controls',
  'clean energy',
  'supply chain',
  'interest rates',
  'infrastructure',
  'critical minerals',
];
const FILTER_TAGS = ['科技', '能源', '数字经济', 'trade', 'AI', 'industrial policy'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function sentence(rand: () => number, zh: boolean): string {
  const parts = Array.from({ length: 2 + Math.floor(rand() * 3) }, () =>
    pick(rand, zh ? ZH_PHRASES : EN_PHRASES),
  );
  const figure = Math.round(rand() * 5000) / 10;
  return zh ? `${parts.join('，')}，规模达${figure}亿元。` : `${parts.join(', ')}, worth $${figure} billion.`;
}

function articleInput(rand: () => number, i: number): ArticleInput {
  const zh = i % 2 === 0;
  const paragraphs = Array.from({ length: 12 }, () => sentence(rand, zh));
  const text = paragraphs.join('\n');
  return {
    url: zh ? `https://www.gov.cn/zhengce/2025/content_${i}.htm` : `https://www.example-news.com/policy/${i}`,
    canonicalUrl: null,
    title: zh
      ? `关于${pick(rand, ZH_PHRASES)}的通知（第${i}号）`
      : `How ${pick(rand, EN_PHRASES)} reshape policy (${i})`,
    source: pick(rand, SOURCES.slice(zh ? 0 : 5, zh ? 5 : 10)),
    byline: null,
    published: '2025-06-01',
    lang: zh ? 'zh-CN' : 'en',
    // Derived from `i` (no draw from `rand`): every other record is the same as without it.
    ...(zh ? { policy: officialRecord(i) } : {}),
    excerpt: paragraphs[0] ?? '',
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text,
  };
}

function officialRecord(i: number): NonNullable<ArticleInput['policy']> {
  return {
    issuer: ISSUERS[(i / 2) % ISSUERS.length] ?? null,
    docNumber: `国办发〔2025〕${i}号`,
    indexNumber: null,
    written: '2025-05-20',
    published: '2025-06-01',
    docType: DOC_TYPES[(i / 2) % DOC_TYPES.length] ?? null,
    topic: null,
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * A researcher's library: `articles` articles (half Chinese, half English) with `clipsPerArticle` clips
 * each (tags from a shared set, a note on one in five), always the same for the same sizes.
 */
export async function fillLibrary(
  store: ClipStore,
  articles: number,
  clipsPerArticle: number,
): Promise<void> {
  const rand = seededRandom(20250601);
  for (let i = 0; i < articles; i++) {
    const article = await store.saveArticle(articleInput(rand, i));
    const drafts = Array.from({ length: clipsPerArticle }, (_, k) => ({
      articleId: article.id,
      quote: sentence(rand, i % 2 === 0),
      selectors: [{ type: 'TextPositionSelector' as const, start: k * 40, end: k * 40 + 30 }],
      kind: pick(rand, KINDS),
      tags: Array.from({ length: Math.floor(rand() * 4) }, () => pick(rand, TAGS)),
      note: rand() < 0.2 ? sentence(rand, rand() < 0.5) : '',
    }));
    await Promise.all(drafts.map((d) => store.addClip(d)));
  }
}

export async function runStoreScenario(o: StoreScenarioOptions): Promise<StoreFigures> {
  const store = await openStore(o.factory, { name: o.name });
  const insert = await timed(() => fillLibrary(store, o.articles, o.clipsPerArticle));
  store.close();

  const openStarted = performance.now();
  const reopened = await openStore(o.factory, { name: o.name });
  const openMs = performance.now() - openStarted;
  const firstPage = await timed(() => reopened.listClips({ limit: 50 }));
  const ready = timed(() => reopened.searchReady());
  const duringIndexing = await timed(() => reopened.listClips({ limit: 50 }));
  const indexReadyMs = (await ready).ms;

  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push((await timed(() => reopened.listClips({ limit: 50 }))).ms);
  const search: number[] = [];
  const hits: number[] = [];
  for (const text of SEARCH_QUERIES) {
    const r = await timed(() => reopened.listClips({ text, limit: 50 }));
    search.push(r.ms);
    hits.push(r.value.total);
  }
  const tagTimes: number[] = [];
  for (const tag of FILTER_TAGS)
    tagTimes.push((await timed(() => reopened.listClips({ tags: [tag], limit: 50 }))).ms);
  const medianOf = async (queries: readonly ClipQuery[]): Promise<number> => {
    const times: number[] = [];
    for (const query of queries)
      times.push((await timed(() => reopened.listClips({ ...query, limit: 50 }))).ms);
    return median(times);
  };
  const sourceFilterMs = await medianOf(SOURCES.map((source) => ({ source })));
  const issuerFilterMs = await medianOf(
    ['国务院办公厅', '国家能源局', '财政部'].map((issuer) => ({ issuer })),
  );
  const docTypeFilterMs = await medianOf(DOC_TYPES.map((docType) => ({ docType })));
  const numbers = Array.from({ length: 10 }, (_, k) => ({ text: `国办发2025 ${k * 100}号` }));
  const docNumberSearchMs = await medianOf(numbers);
  const found = await reopened.listClips({ text: '国办发2025 100号' });
  const stats = await reopened.stats();
  reopened.close();
  if (firstPage.value.clips.length !== 50) throw new Error('store bench: the first page is not full');
  if (found.total !== o.clipsPerArticle) throw new Error('store bench: the document number search missed');

  return {
    articles: stats.articles,
    clips: stats.clips,
    insertMs: round(insert.ms),
    openMs: round(openMs),
    firstPageMs: round(firstPage.ms),
    firstPageWhileIndexingMs: round(duringIndexing.ms),
    indexReadyMs: round(indexReadyMs),
    firstPageWarmMs: round(median(warm)),
    searchMsMedian: round(median(search)),
    searchMsMax: round(Math.max(...search)),
    searchHitsMedian: median(hits),
    tagFilterMs: round(median(tagTimes)),
    sourceFilterMs: round(sourceFilterMs),
    issuerFilterMs: round(issuerFilterMs),
    docTypeFilterMs: round(docTypeFilterMs),
    docNumberSearchMs: round(docNumberSearchMs),
  };
}
