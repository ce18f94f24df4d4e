/**
 * Quotes from a PDF cite their page (`— 国家统计局, 2024-02-29, p. 3`) and link to the original address
 * at that page (`#page=3`, web addresses only); web clips are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { clipLink, defaultBriefOptions, renderMultiBrief } from '@/utils/brief';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { readFixture, renderedHrefs, type MultiFixture } from './helpers';

const NOW = new Date(Date.UTC(2026, 11, 5));
const multi = readFixture<MultiFixture>('multi-clips.json');

function asPdf(url: string): { articles: ArticleRecord[]; clips: ClipRecord[] } {
  const [article] = multi.articles;
  if (!article) throw new Error('fixture needs an article');
  const pdf: ArticleRecord = {
    ...article,
    originalUrl: url,
    source: '国家统计局',
    published: '2024-02-29',
    policy: undefined,
    kind: 'pdf',
    fingerprint: 'ab12',
  };
  const clips = multi.clips
    .filter((c) => c.articleId === article.id)
    .map((c, i) => ({
      ...c,
      selectors: [...c.selectors, { type: 'PageSelector' as const, index: i + 2, label: String(i + 3) }],
    }));
  return { articles: [pdf], clips };
}

describe('PDF passages in briefs', () => {
  it('cites the page after the source and date, and links to the page, in both languages', () => {
    const input = asPdf('https://www.stats.gov.cn/sj/zxfb/202402/t20240228.pdf#zoom=80');
    const first = input.clips[0];
    if (!first) throw new Error('fixture needs a clip of the first article');
    for (const locale of ['en', 'zh'] as const) {
      const brief = renderMultiBrief({ ...multi, ...input }, { ...defaultBriefOptions(NOW), locale });
      expect(brief).toContain('国家统计局, 2024-02-29, p. 3');
      const hrefs = renderedHrefs(brief);
      expect(hrefs).toContain('https://www.stats.gov.cn/sj/zxfb/202402/t20240228.pdf#page=3');
      expect(hrefs.some((h) => h.includes(':~:text='))).toBe(false);
    }
    expect(clipLink(input.articles[0]!, first)).toBe(
      'https://www.stats.gov.cn/sj/zxfb/202402/t20240228.pdf#page=3',
    );
  });

  it('gives a local PDF no page link (links are http(s) only) but still cites the page', () => {
    const input = asPdf('file:///home/me/bulletin.pdf');
    const brief = renderMultiBrief({ ...multi, ...input }, { ...defaultBriefOptions(NOW), locale: 'en' });
    expect(brief).toContain(', p. 3');
    expect(renderedHrefs(brief).some((h) => h.startsWith('file:'))).toBe(false);
  });

  it('leaves web clips as they were', () => {
    const web = renderMultiBrief(multi, { ...defaultBriefOptions(NOW), locale: 'en' });
    expect(web).not.toMatch(/, p\. \d/);
  });
});
