/**
 * `brief` bench: time to render a multi-article brief of 1,000 clips over 100 articles (`ms1000`,
 * grouped by tag, the default; median of several runs after a warm-up), plus the other groupings, the
 * figures CSV, and the seed article's brief with its full text (turndown on a jsdom body). Target:
 * `ms1000` < 50 ms in Node. `cpuMs1000` is the same render's CPU time, for comparing runs on a busy
 * machine. The data are synthetic and seeded, so every run renders the same briefs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import {
  defaultBriefOptions,
  renderArticleBrief,
  renderFiguresCsv,
  renderMultiBrief,
  type BriefOptions,
  type MultiBriefInput,
} from '../utils/brief';
import type { ArticleRecord, ClipRecord } from '../utils/store/types';
import type { AreaBench } from './context';
import { seededRandom } from './seeded-random';
import type { ClipKind } from '@/utils/vocabulary';
import { median } from './stats';

const RUNS = 9;
const WARM_UP = 2;

const ZH =
  '促进科技成果转化政策措施频出合肥市明确对关键核心技术单个项目给予最高补助全国共登记技术合同成交金额分别比上年增长';
const EN = [
  'the',
  'council',
  'approved',
  'funding',
  'for',
  'pilot',
  'lines',
  'under',
  'chips',
  'act',
  'member',
  'states',
  'may',
  'grant',
  'aid',
];
const MARKUP = ['*', '_', '#', '|', '[', ']', '`', '<b>', '\n', '\n\n', '1. ', '- ', '&amp;'];
const TAGS = [
  '科技成果转化',
  '金融',
  '人才',
  '数据',
  'funding',
  'regulation',
  'pilot',
  '地方政策',
  'EU',
  '#tag',
  'a|b',
  '试点',
];

export function syntheticBrief(articles: number, clips: number): MultiBriefInput {
  const rnd = seededRandom(20261130);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const text = (zh: boolean, min: number, max: number): string => {
    const length = min + Math.floor(rnd() * (max - min));
    let s = '';
    while (Array.from(s).length < length) {
      s += zh ? ZH.slice(Math.floor(rnd() * 40), Math.floor(rnd() * 40) + 8) : `${pick(EN)} `;
      if (rnd() < 0.05) s += pick(MARKUP);
    }
    return s.trim();
  };
  const articleRecords: ArticleRecord[] = Array.from({ length: articles }, (_, i) => {
    const zh = i % 2 === 0;
    const url = `https://example${i % 7}.cn/news/${2000 + i}.html`;
    return {
      id: `a_bench${String(i).padStart(4, '0')}`,
      url,
      originalUrl: `${url}?utm_source=bench`,
      pageUrls: [url],
      canonicalUrl: null,
      title: text(zh, 12, 40),
      source: zh
        ? pick(['思瀚产业研究院', '科技日报', '经济参考报'])
        : pick(['Example Policy Review', 'Reuters']),
      byline: rnd() < 0.5 ? null : zh ? '张盖伦' : 'Jane Doe',
      published:
        rnd() < 0.9
          ? `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`
          : null,
      lang: zh ? 'zh-CN' : 'en',
      excerpt: '',
      clippedAt: Date.UTC(2026, 0, 1) + i * 3_600_000,
      updatedAt: Date.UTC(2026, 0, 1) + i * 3_600_000,
    };
  });
  const kinds: ClipKind[] = [
    'figure',
    'figure',
    'measure',
    'measure',
    'document',
    'quote',
    'quote',
    'quote',
    'quote',
    'quote',
  ];
  const clipRecords: ClipRecord[] = Array.from({ length: clips }, (_, i) => {
    const article = articleRecords[i % articles] as ArticleRecord;
    const zh = article.lang === 'zh-CN';
    const kind = pick(kinds);
    const quote =
      kind === 'figure'
        ? `${Math.floor(rnd() * 100000) / 100}${zh ? '亿元' : ' billion'}`
        : text(zh, 20, 200);
    const start = Math.floor(rnd() * 5000);
    return {
      id: `c_bench${String(i).padStart(5, '0')}`,
      articleId: article.id,
      quote,
      selectors: [{ type: 'TextPositionSelector', start, end: start + quote.length }],
      kind,
      type: kind === 'figure' ? 'money' : kind === 'quote' ? null : 'other',
      value: kind === 'figure' ? Math.floor(rnd() * 1e13) : null,
      unit: kind === 'figure' ? (zh ? 'CNY' : 'EUR') : null,
      context: text(zh, 20, 120),
      tags: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(TAGS)),
      note: rnd() < 0.2 ? `${text(zh, 10, 80)}\n\n- ${text(zh, 5, 20)}` : '',
      colour: 'yellow',
      fragment: rnd() < 0.3 ? `:~:text=${encodeURIComponent(quote.slice(0, 10))}` : '',
      createdAt: i,
      updatedAt: i,
      version: 1,
      noteVariants: [],
    };
  });
  return { articles: articleRecords, clips: clipRecords };
}

/** Median wall time and median CPU time (less sensitive to a busy machine) of a render, and its size. */
function time(render: () => string): { ms: number; cpuMs: number; bytes: number } {
  let out = '';
  for (let i = 0; i < WARM_UP; i++) out = render();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out = render();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), bytes: new TextEncoder().encode(out).length };
}

const round = (x: number): number => Math.round(x * 100) / 100;

export const bench: AreaBench = async (ctx) => {
  const input = syntheticBrief(100, 1000);
  const options = (groupBy: BriefOptions['groupBy']): BriefOptions => ({
    ...defaultBriefOptions(new Date(Date.UTC(2026, 10, 30))),
    groupBy,
  });
  const byTag = time(() => renderMultiBrief(input, options('tag')));
  const byArticle = time(() => renderMultiBrief(input, options('article')));
  const byKind = time(() => renderMultiBrief(input, options('kind')));
  const csv = time(() => renderFiguresCsv(input));

  // The seed article with its suggested clips and its full text.
  const seed = JSON.parse(readFileSync(join(ctx.root, 'tests/fixtures/brief/seed-clips.json'), 'utf8')) as {
    article: ArticleRecord;
    clips: ClipRecord[];
  };
  const page = new JSDOM(
    readFileSync(join(ctx.root, 'tests/fixtures/pages/seed-policy-article-zh/source.html'), 'utf8'),
  ).window.document;
  const body = page.querySelector('.content');
  const content = {
    articleId: seed.article.id,
    contentHtml: body?.innerHTML ?? '',
    text: Array.from(body?.querySelectorAll('p') ?? [], (p) => p.textContent ?? '').join('\n'),
  };
  const parser = new JSDOM('').window.document;
  const parseHtml = (html: string): Node => {
    const root = parser.createElement('div');
    root.innerHTML = html;
    return root;
  };
  const seedFull = time(() =>
    renderArticleBrief({ ...seed, content }, { ...options('tag'), fullText: true, parseHtml }),
  );

  return {
    brief: {
      ms1000: round(byTag.ms),
      cpuMs1000: round(byTag.cpuMs),
      ms1000ByArticle: round(byArticle.ms),
      ms1000ByKind: round(byKind.ms),
      csvMs1000: round(csv.ms),
      seedFullTextMs: round(seedFull.ms),
      bytes1000: byTag.bytes,
      clips: input.clips.length,
      articles: input.articles.length,
      runs: RUNS,
      targetMs: 50,
    },
  };
};
