/**
 * The user's tags are the user's (issue 17): briefs group by them only, a brief of one tag holds only
 * that tag's clips, front matter lists only them (plus at most one configured tag), categories are
 * labels in the brief's language, and exports are named after what they hold.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultBriefOptions, renderArticleBrief, renderMultiBrief, type BriefOptions } from '@/utils/brief';
import { exportBaseName } from '@/utils/brief/export-name';
import {
  parseBody,
  inlineText,
  readFixture,
  splitFrontMatter,
  type MultiFixture,
  type SingleFixture,
} from './helpers';

const NOW = new Date(Date.UTC(2026, 11, 5));
const options = (extra: Partial<BriefOptions> = {}): BriefOptions => ({
  ...defaultBriefOptions(NOW),
  ...extra,
});
const multi = readFixture<MultiFixture>('multi-clips.json');
const seed = readFixture<SingleFixture>('seed-clips.json');

function h2s(doc: string): string[] {
  const tokens = parseBody(doc);
  return tokens.flatMap((t, i) =>
    t.type === 'heading_open' && t.tag === 'h2' ? [inlineText(tokens[i + 1]?.children ?? [])] : [],
  );
}
const fmTags = (doc: string): string[] => (parseYaml(splitFrontMatter(doc).yaml) as { tags: string[] }).tags;

describe('a brief filtered to a tag', () => {
  const brief = renderMultiBrief(multi, options({ onlyTag: '数据' }));

  it('holds only the clips carrying the tag, under its one section, named after it', () => {
    const tagged = multi.clips.filter((c) => c.tags.includes('数据'));
    const others = multi.clips.filter((c) => !c.tags.includes('数据'));
    expect(tagged.length).toBeGreaterThan(0);
    for (const c of tagged) expect(brief).toContain(c.figure?.text ?? c.quote);
    for (const c of others) expect(brief).not.toContain(c.quote.slice(0, 12));
    expect(h2s(brief)).toEqual(['数据', '参考来源']);
    expect(brief).toContain('\n# 数据\n');
  });

  it("lists only that tag in the front matter, and gives the clips' other tags no section", () => {
    expect(fmTags(brief)).toEqual(['数据']);
    expect(brief).not.toContain('## 科技成果转化');
    const funding = renderMultiBrief(multi, options({ onlyTag: 'funding' }));
    expect(funding).toMatch(/ · (?:另见：|also: )科技成果转化/);
  });

  it('matches a tag however it is typed (case, width, spaces)', () => {
    const en = renderMultiBrief(multi, options({ onlyTag: ' FUNDING ' }));
    expect(fmTags(en)).toEqual(['funding']);
    expect(h2s(en)[0]).toBe('funding');
  });
});

describe('front matter tags', () => {
  it("are the user's tags, plus the configured tag once", () => {
    expect(fmTags(renderMultiBrief(multi, options()))).toEqual(['funding', '人才', '数据', '科技成果转化']);
    expect(fmTags(renderMultiBrief(multi, options({ frontMatterTag: 'policy-clipper' })))).toEqual([
      'funding',
      '人才',
      '数据',
      '科技成果转化',
      'policy-clipper',
    ]);
    expect(fmTags(renderMultiBrief(multi, options({ frontMatterTag: '数据' })))).toEqual([
      'funding',
      '人才',
      '数据',
      '科技成果转化',
    ]);
    const single = renderArticleBrief(seed, options({ frontMatterTag: 'policy-clipper' }));
    expect(fmTags(single)).toEqual(['人才', '数据', '痛点', 'policy-clipper']);
  });
});

describe('categories', () => {
  it("are labels in the brief's language, never sections or tags", () => {
    const zh = renderMultiBrief(multi, options({ groupBy: 'tag', locale: 'zh' }));
    expect(zh).toContain('· 财税金融');
    expect(zh).not.toMatch(/tax-finance|measure\/|figure\//);
    const en = renderMultiBrief(multi, options({ groupBy: 'tag', locale: 'en' }));
    expect(en).toContain('· Tax & finance');
    expect(h2s(en)).not.toContain('money');
  });
});

describe('export names', () => {
  const zhArticle = multi.articles.find((a) => a.lang === 'zh-CN')!;
  const enArticle = multi.articles.find((a) => a.lang === 'en')!;
  const clipsOf = (id: string) => multi.clips.filter((c) => c.articleId === id);

  it('name an article brief after the article, in its language', () => {
    expect(exportBaseName({ articles: [zhArticle], clips: clipsOf(zhArticle.id) }).brief).toBe(
      `${zhArticle.title}-简报`,
    );
    expect(exportBaseName({ articles: [enArticle], clips: [] }).brief).toBe(`${enArticle.title}-brief`);
  });

  it("name a tag's export after the tag; a mixed selection after nothing but the kind of file", () => {
    const base = exportBaseName({ articles: multi.articles, clips: multi.clips, tag: '科技金融' });
    expect(base).toEqual({ brief: '科技金融-简报', figures: '科技金融-figures' });
    const mixed = exportBaseName({ articles: multi.articles, clips: multi.clips, locale: 'en' });
    expect(mixed).toEqual({ brief: 'brief', figures: 'figures' });
    expect(JSON.stringify(mixed)).not.toMatch(/Policy Clipper/i);
    const titled = exportBaseName({ articles: multi.articles, clips: multi.clips, title: 'Chips' });
    expect(titled.brief).toBe('Chips-简报');
  });
});
