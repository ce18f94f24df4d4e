/**
 * A generated ~1 MB article page for the anchor bench when no corpus is available: navigation, scripts
 * and styles, long English and Chinese paragraphs with inline formatting and links, lists and tables.
 * Deterministic (seeded), and free of accidental long repeats.
 */

/** mulberry32: a small seeded PRNG, so every run edits the same places. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'st', 'tr', 'pl', 'gr'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const HAN =
  '国家科技成果转化政策市场企业创新发展服务资金人才机构改革建设推进支持项目产业管理体系研究试点贷款风险补偿合同交易数据增长地方中央部门地区重点任务工作计划标准经济社会制度保障领域能力质量规划实施开放合作安全环境生态能源交通教育医疗卫生文化旅游农业工业制造数字平台网络信息';

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function word(rand: () => number): string {
  const syllables = 1 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rand, ONSETS) + pick(rand, NUCLEI);
  return w;
}

function englishSentence(rand: () => number): string {
  const n = 6 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = word(rand);
    if (i === 0) w = w[0]?.toUpperCase() + w.slice(1);
    if (rand() < 0.05) w = `${Math.floor(rand() * 10000)}`;
    if (rand() < 0.04) w += ',';
    words.push(w);
  }
  return `${words.join(' ')}.`;
}

function chineseSentence(rand: () => number): string {
  const n = 12 + Math.floor(rand() * 30);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += HAN[Math.floor(rand() * HAN.length)];
    if (i > 4 && rand() < 0.08) s += '，';
  }
  return `${s}。`;
}

/** One paragraph's inner HTML: sentences, some words wrapped in inline elements or links. */
export function paragraphHtml(rand: () => number, chinese: boolean): string {
  const sentences = 2 + Math.floor(rand() * 5);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const s = chinese ? chineseSentence(rand) : englishSentence(rand);
    const r = rand();
    if (r < 0.15) parts.push(`<a href="/wiki/${i}">${s}</a>`);
    else if (r < 0.25) parts.push(`<b>${s.slice(0, 6)}</b>${s.slice(6)}`);
    else parts.push(s);
  }
  return parts.join(chinese ? '' : ' ');
}

/** The page's HTML, at least `bytes` long (UTF-8 length is larger for the Chinese parts). */
export function generatedPage(bytes = 1_000_000, seed = 2024): string {
  const rand = seededRandom(seed);
  const out: string[] = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Generated policy page</title>',
    '<style>body{font-family:serif}.nav li{display:inline-block}</style>',
    '<script>window.dataLayer=[];function track(){return 1}</script></head><body>',
    '<header><ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/policy">Policy</a></li></ul></header>',
    '<main><article><h1>Generated policy page</h1>',
  ];
  let length = out.join('').length;
  let section = 0;
  while (length < bytes) {
    const chunk: string[] = [];
    if (rand() < 0.1) chunk.push(`<h2>Section ${++section}: ${englishSentence(rand)}</h2>`);
    const r = rand();
    const chinese = rand() < 0.3;
    if (r < 0.08) {
      const items = 2 + Math.floor(rand() * 4);
      chunk.push(`<ul>${Array.from({ length: items }, () => `<li>${chinese ? chineseSentence(rand) : englishSentence(rand)}</li>`).join('')}</ul>`);
    } else if (r < 0.12) {
      const rows = 2 + Math.floor(rand() * 4);
      const row = (): string => `<tr><td>${word(rand)}</td><td>${Math.floor(rand() * 100000)}</td><td>${(rand() * 100).toFixed(2)}%</td></tr>`;
      chunk.push(`<table><tbody>${Array.from({ length: rows }, row).join('')}</tbody></table>`);
    } else if (r < 0.13) {
      chunk.push(`<script>track(${Math.floor(rand() * 1000)});</script><div hidden>${englishSentence(rand)}</div>`);
    } else {
      chunk.push(`<p>${paragraphHtml(rand, chinese)}</p>`);
    }
    const html = `${chunk.join('\n')}\n`;
    out.push(html);
    length += html.length;
  }
  out.push('</article></main><footer><p>Generated for the anchor bench.</p></footer></body></html>');
  return out.join('');
}
