/**
 * Golden briefs (`UPDATE_GOLDEN=1 npx vitest run tests/unit/brief` rewrites them): the seed article
 * with its suggested figures, measures and documents clipped plus two tagged quotes with a note; a
 * three-article brief (Chinese and English sources) in each grouping; a brief of clips full of Markdown
 * and HTML metacharacters. Beyond byte equality, each golden is checked for what it must contain.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultBriefOptions, renderArticleBrief, renderMultiBrief, type BriefOptions } from '@/utils/brief';
import {
  allTokens,
  expectGolden,
  inlineText,
  md,
  parseBody,
  parseHtml,
  readFixture,
  seedContent,
  splitFrontMatter,
  type MultiFixture,
  type SingleFixture,
} from './helpers';

const NOW = new Date(Date.UTC(2026, 10, 30, 1, 30));
const options = (extra: Partial<BriefOptions> = {}): BriefOptions => ({
  ...defaultBriefOptions(NOW),
  timeZone: 'Asia/Shanghai',
  ...extra,
});

const seed = readFixture<SingleFixture>('seed-clips.json');
const multi = readFixture<MultiFixture>('multi-clips.json');
const meta = readFixture<SingleFixture>('metachar-clips.json');

function headings(doc: string): string[] {
  const tokens = parseBody(doc);
  return tokens.flatMap((t, i) =>
    t.type === 'heading_open' ? [`${t.tag} ${inlineText(tokens[i + 1]?.children ?? [])}`] : [],
  );
}

function expectNoRawHtml(doc: string): void {
  const html = allTokens(parseBody(doc)).filter((t) => t.type === 'html_block' || t.type === 'html_inline');
  expect(html.map((t) => t.content)).toEqual([]);
}

describe('seed article brief', () => {
  const brief = renderArticleBrief({ article: seed.article, clips: seed.clips }, options());

  it('matches the golden file', () => expectGolden('seed-brief.md', brief));

  it('has front matter with the title, the export date in the given zone, the tags and one source', () => {
    const fm = parseYaml(splitFrontMatter(brief).yaml) as Record<string, unknown>;
    expect(fm).toEqual({
      title: seed.article.title,
      created: '2026-11-30',
      tags: ['人才', '数据', '痛点'],
      sources: 1,
      generator: 'Policy Clipper',
    });
  });

  it('has its sections in order, in Chinese, each tag of the quotes a sub-heading', () => {
    expect(headings(brief)).toEqual([
      `h1 ${seed.article.title}`,
      'h2 关键数据',
      'h2 政策措施',
      'h2 引用文件',
      'h2 按标签摘录',
      'h3 人才',
      'h3 痛点',
      'h2 参考文献',
    ]);
  });

  it('ends with its GB/T 7714 reference', () => {
    expect(brief.trimEnd().split('\n').at(-1)).toBe(
      `思瀚产业研究院. 央地齐打“组合拳” 促科技成果转化再迎政策利好\\[EB/OL\\]. (2021-05-10)\\[2026-11-28\\]. <${seed.article.originalUrl}>.`,
    );
  });

  it('tabulates every figure with its normalised value, in reading order', () => {
    const tokens = parseBody(brief);
    const rows = tokens.filter((t) => t.type === 'tr_open').length;
    expect(rows).toBe(1 + seed.clips.filter((c) => c.kind === 'figure').length);
    // One row per figure: the figure, then the statement it was saved with, the figure emphasised.
    expect(brief).toContain('| 28251.51亿元 | 成交金额**28251.51亿元** | 2.825万亿元 |');
    // Edge punctuation stays outside the delimiters, so they close before a CJK character.
    expect(brief).toContain('| 13.48% | 分别比上年增长**13.48**%和26.13% |');
    expect(brief).toContain('| 26.13% | 分别比上年增长13.48%和**26.13**% |');
    expect(brief).toContain(
      '| 1000万元 | 合肥市明确对关键核心技术单个项目给予最高**1000万元**补助 | 1000万元 |',
    );
    expect(brief.indexOf('| 2020年12月31日')).toBeLessThan(brief.indexOf('| 549353项'));
  });

  it('links with the stored fragment when there is one, else a text directive of the quote', () => {
    const hefei = seed.clips.find((c) => c.fragment !== '');
    expect(hefei).toBeDefined();
    expect(brief).toContain(`(${seed.article.originalUrl}#${hefei?.fragment ?? ''})`);
    // A figure links to its statement.
    expect(brief).toContain(`#:~:text=${encodeURIComponent('全国共登记技术合同549353项')})`);
  });

  it('puts the note under its quote, in a block quote', () => {
    expect(brief).toMatch(
      /转化动力有待提高。” — \[原文\]\([^)]*\) · 另见：痛点\n\n {2}> \*\*注\*\*：黄灿宏的判断/,
    );
  });

  it('renders the full text with the clipped passages highlighted (mark or bold)', () => {
    const content = seedContent(seed.article.id);
    const marked = renderArticleBrief({ ...seed, content }, options({ fullText: true, parseHtml }));
    expectGolden('seed-brief-full-text.md', marked);
    expect(marked).toContain('## 全文');
    expect(marked).toContain('==成交金额28251.51亿元==');
    expect(marked).toContain('《“==十四五”技术要素市场发展专项规划==》');
    const bold = renderArticleBrief(
      { ...seed, content },
      options({ fullText: true, parseHtml, highlightStyle: 'bold' }),
    );
    expect(bold).toContain('**成交金额28251.51亿元**');
    // Every clip's passage is inside a bold span of the full text (edge punctuation stays outside).
    const fullText = bold.slice(bold.indexOf('## 全文'));
    const spans: string[] = [];
    for (const t of md.parse(fullText, {})) {
      let inStrong = false;
      for (const c of t.children ?? []) {
        if (c.type === 'strong_open') spans.push('');
        inStrong = c.type === 'strong_open' ? true : c.type === 'strong_close' ? false : inStrong;
        if (inStrong && c.type === 'text') spans[spans.length - 1] += c.content;
      }
    }
    for (const clip of seed.clips) {
      const core = clip.quote.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
      expect(
        spans.some((s) => s.includes(core)),
        clip.quote,
      ).toBe(true);
    }
    expectNoRawHtml(marked);
  });
});

describe('three-article brief (Chinese and English sources)', () => {
  it('grouped by tag: matches the golden file; each tag once, untagged last, sources numbered', () => {
    const brief = renderMultiBrief(multi, options({ groupBy: 'tag' }));
    expectGolden('multi-by-tag.md', brief);
    // Only the user's tags make sections: kinds and categories are labels.
    expect(headings(brief)).toEqual([
      'h1 政策简报',
      'h2 funding',
      'h2 人才',
      'h2 数据',
      'h2 科技成果转化',
      'h2 未加标签',
      'h2 参考来源',
    ]);
    expect(brief).toContain('— [思瀚产业研究院, 2021-05-10](');
    expect(brief).toContain(
      '1. 思瀚产业研究院. 央地齐打“组合拳” 促科技成果转化再迎政策利好\\[EB/OL\\]. (2021-05-10)\\[2026-11-28\\].',
    );
    // Oldest first; the English source gets an author–date line, the Chinese ones GB/T 7714.
    expect(brief).toContain(
      '2. 张盖伦. 科技部：2023年全国技术合同成交额突破6万亿元\\[EB/OL\\]. 科技日报, (2024-02-26)\\[2025-11-26\\].',
    );
    expect(brief).toMatch(
      /\n3\. Jane Doe \(2024\)\. Council approves €3\.3 billion for chip pilot lines under the Chips Act\. Example Policy Review, 2024-03-14\. <https:\/\/www\.example-policy\.org\/[^>]+> \(访问于 2025-11-25\)\./,
    );
    const fm = parseYaml(splitFrontMatter(brief).yaml) as { sources: number; tags: string[] };
    expect(fm.sources).toBe(3);
    expect(fm.tags).toEqual(['funding', '人才', '数据', '科技成果转化']);
  });

  it('grouped by article and by kind: match their golden files', () => {
    const byArticle = renderMultiBrief(multi, options({ groupBy: 'article' }));
    expectGolden('multi-by-article.md', byArticle);
    expect(headings(byArticle).filter((h) => h.startsWith('h2 '))).toEqual([
      'h2 1. 央地齐打“组合拳” 促科技成果转化再迎政策利好',
      'h2 2. 科技部：2023年全国技术合同成交额突破6万亿元',
      'h2 3. Council approves €3.3 billion for chip pilot lines under the Chips Act',
      'h2 参考来源',
    ]);
    const byKind = renderMultiBrief(
      multi,
      options({ groupBy: 'kind', locale: 'en', citationStyle: 'author-date' }),
    );
    expectGolden('multi-by-kind.md', byKind);
    expect(headings(byKind)).toEqual([
      'h1 Policy brief',
      'h2 Key figures',
      'h2 Measures',
      'h2 Documents cited',
      'h2 Quotes',
      'h2 Sources',
    ]);
  });

  it('appends the full texts it has, one per article, before the sources', () => {
    const content = seedContent(seed.article.id);
    const brief = renderMultiBrief({ ...multi, contents: [content] }, options({ fullText: true, parseHtml }));
    expect(headings(brief).slice(-3)).toEqual(['h2 全文', `h3 1. ${seed.article.title}`, 'h2 参考来源']);
    expect(brief).toContain('成交金额==28251.51亿元==');
    expect(renderMultiBrief({ ...multi, contents: [content] }, options({ fullText: false }))).not.toContain(
      '## 全文',
    );
  });

  it('is the same whatever order the records come in', () => {
    const reversed = { articles: [...multi.articles].reverse(), clips: [...multi.clips].reverse() };
    for (const groupBy of ['tag', 'article', 'kind'] as const) {
      expect(renderMultiBrief(reversed, options({ groupBy }))).toBe(
        renderMultiBrief(multi, options({ groupBy })),
      );
    }
  });
});

describe('brief of metacharacters', () => {
  const single = renderArticleBrief(meta, options());
  const byTag = renderMultiBrief(
    { articles: [meta.article], clips: meta.clips },
    options({ groupBy: 'tag' }),
  );

  it('matches the golden files', () => {
    expectGolden('metachar-brief.md', single);
    expectGolden('metachar-by-tag.md', byTag);
  });

  it('lets no raw HTML through, from page text or notes', () => {
    expectNoRawHtml(single);
    expectNoRawHtml(byTag);
  });

  it('keeps titles and tags as headings of the same text, and notes from making headings', () => {
    expect(headings(single)).toEqual([
      `h1 ${meta.article.title}`,
      'h2 Key figures',
      'h2 Measures',
      'h2 Documents cited',
      'h2 Quotes by tag',
      'h3 #tag',
      'h3 *star*',
      'h3 a|b',
      'h3 Untagged',
      'h2 Reference',
    ]);
    expect(headings(byTag)).toEqual([
      'h1 Policy brief',
      'h2 #tag',
      'h2 *star*',
      'h2 a|b',
      'h2 Untagged',
      'h2 Sources',
    ]);
  });

  it('keeps the figures table to one header and one row per figure, four cells each', () => {
    const tokens = parseBody(single);
    const rows = tokens.filter((t) => t.type === 'tr_open').length;
    const cells = tokens.filter((t) => t.type === 'td_open' || t.type === 'th_open').length;
    expect(rows).toBe(2);
    expect(cells).toBe(8);
  });

  it('never emits a javascript: link', () => {
    const links = allTokens(parseBody(single)).filter((t) => t.type === 'link_open');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.attrGet('href') ?? '').toMatch(/^(https?:|mailto:)/);
  });
});
