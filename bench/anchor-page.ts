/**
 * A generated ~1 MB article page for the anchor bench when no corpus is available, shaped like a large
 * real one (the Wikipedia page it stands in for has 1 MB of HTML and 130 K characters of text): markup
 * with classes and data attributes, links with long URLs, citation marks, a large inline data script
 * and styles, around long English and Chinese paragraphs, lists and tables. Deterministic (seeded).
 */
import { seededRandom } from './seeded-random';

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'st',
  'tr',
  'pl',
  'gr',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm', 't'];
const HAN =
  '国家科技成果转化政策市场企业创新发展服务资金人才机构改革建设推进支持项目产业管理体系研究试点贷款风险补偿合同交易数据增长地方中央部门地区重点任务工作计划标准经济社会制度保障领域能力质量规划实施开放合作安全环境生态能源交通教育医疗卫生文化旅游农业工业制造数字平台网络信息';

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function word(rand: () => number): string {
  const syllables = 1 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rand, ONSETS) + pick(rand, NUCLEI) + pick(rand, CODAS);
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

function slug(rand: () => number): string {
  return `${word(rand)}-${word(rand)}-${word(rand)}`;
}

function citation(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 400);
  return `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}" title="See note ${n}">[${n}]</a></sup>`;
}

/** One paragraph's inner HTML: sentences, some in links or bold, some followed by a citation mark. */
export function paragraphHtml(rand: () => number, chinese: boolean): string {
  const sentences = 2 + Math.floor(rand() * 5);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const s = chinese ? chineseSentence(rand) : englishSentence(rand);
    const r = rand();
    if (r < 0.2) {
      parts.push(
        `<a href="https://www.example.org/articles/2024/${slug(rand)}?utm_source=feed&amp;utm_medium=web" class="mw-link external" title="${word(rand)}">${s}</a>`,
      );
    } else if (r < 0.3) {
      parts.push(`<b class="term">${s.slice(0, 6)}</b>${s.slice(6)}`);
    } else {
      parts.push(s);
    }
    if (rand() < 0.3) parts.push(citation(rand));
  }
  return parts.join(chinese ? '' : ' ');
}

/** Page furniture that carries no article text: a data blob as sites inline for their scripts. */
function dataScript(rand: () => number, bytes: number): string {
  const items: string[] = [];
  let length = 0;
  while (length < bytes) {
    const item = `{"id":${Math.floor(rand() * 1e9)},"slug":"${slug(rand)}","tags":["${word(rand)}","${word(rand)}"],"score":${rand().toFixed(6)}}`;
    items.push(item);
    length += item.length + 1;
  }
  return `<script type="application/json" id="page-data">[${items.join(',')}]</script>`;
}

/** The page's HTML, at least `bytes` long (UTF-8 length is larger for the Chinese parts). */
export function generatedPage(bytes = 1_000_000, seed = 2024): string {
  const rand = seededRandom(seed);
  const out: string[] = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Generated policy page</title>',
    `<style>${Array.from({ length: 400 }, (_, i) => `.c${i}{margin:${i % 7}px;color:#${(i * 4999).toString(16).padStart(6, '0').slice(0, 6)}}`).join('')}</style>`,
    dataScript(rand, bytes * 0.3),
    '</head><body class="skin-vector">',
    '<header><ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/policy">Policy</a></li></ul></header>',
    '<main id="content"><article class="mw-body"><h1 class="firstHeading">Generated policy page</h1>',
  ];
  let length = out.join('').length;
  let section = 0;
  while (length < bytes) {
    const chunk: string[] = [];
    if (rand() < 0.1)
      chunk.push(
        `<h2 id="s${++section}"><span class="mw-headline">Section ${section}: ${englishSentence(rand)}</span></h2>`,
      );
    const r = rand();
    const chinese = rand() < 0.3;
    if (r < 0.08) {
      const items = 2 + Math.floor(rand() * 4);
      const item = (): string =>
        `<li class="list-item" data-index="${Math.floor(rand() * 1000)}">${chinese ? chineseSentence(rand) : englishSentence(rand)}</li>`;
      chunk.push(`<ul class="bulleted">${Array.from({ length: items }, item).join('')}</ul>`);
    } else if (r < 0.12) {
      const rows = 2 + Math.floor(rand() * 4);
      const row = (): string =>
        `<tr class="row"><td class="name"><a href="/wiki/${slug(rand)}">${word(rand)}</a></td><td class="num" data-sort-value="${Math.floor(rand() * 1e6)}">${Math.floor(rand() * 100000)}</td><td class="pct">${(rand() * 100).toFixed(2)}%</td></tr>`;
      chunk.push(
        `<table class="wikitable sortable"><tbody>${Array.from({ length: rows }, row).join('')}</tbody></table>`,
      );
    } else if (r < 0.13) {
      chunk.push(
        `<script>track(${Math.floor(rand() * 1000)});</script><div class="ad-slot" hidden>${englishSentence(rand)}</div>`,
      );
    } else {
      chunk.push(
        `<div class="para-wrap c${Math.floor(rand() * 400)}" data-block="${slug(rand)}"><p class="body-text">${paragraphHtml(rand, chinese)}</p></div>`,
      );
    }
    const html = `${chunk.join('\n')}\n`;
    out.push(html);
    length += html.length;
  }
  out.push('</article></main><footer><p>Generated for the anchor bench.</p></footer></body></html>');
  return out.join('');
}
