/**
 * "Link the saved copy": each article's source gains a link to the extension's own reader page for it,
 * built from the origin the background gives at export time, never from page data; off by default.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultBriefOptions,
  renderArticleBrief,
  renderBriefJob,
  renderMultiBrief,
  toPortable,
  type BriefJob,
} from '@/utils/brief';
import { readFixture, type MultiFixture, type SingleFixture } from './helpers';

const seed = readFixture<SingleFixture>('seed-clips.json');
const multi = readFixture<MultiFixture>('multi-clips.json');
const OWN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const base = { ...defaultBriefOptions(new Date(Date.UTC(2026, 10, 30))), timeZone: 'Asia/Shanghai' };
const on = { ...base, linkSavedCopy: true, ownOrigin: OWN };
const readerOf = (id: string): string => `${OWN}/reader.html?article=${encodeURIComponent(id)}`;
const sourceLineOf = (md: string): string => md.split('\n').find((l) => /^\*\*(Source|来源)\*\*/.test(l))!;

describe('the saved copy link in briefs', () => {
  it('is off by default: no link to the extension anywhere', () => {
    expect(base.linkSavedCopy).toBe(false);
    const md = renderArticleBrief(seed, { ...base, ownOrigin: OWN });
    expect(md).not.toContain('chrome-extension:');
    expect(md).not.toContain('reader.html');
  });

  it('ends the source line of a single-article brief, after the original URL, in the brief language', () => {
    const line = sourceLineOf(renderArticleBrief(seed, { ...on, locale: 'zh' }));
    expect(line.endsWith(` · [存档副本](${readerOf(seed.article.id)})`)).toBe(true);
    expect(line.indexOf(seed.article.originalUrl.slice(0, 20))).toBeLessThan(line.indexOf('存档副本'));
    expect(sourceLineOf(renderArticleBrief(seed, { ...on, locale: 'en' }))).toContain(
      `[saved copy](${readerOf(seed.article.id)})`,
    );
  });

  it('follows each numbered source of a multi-article brief, and each article grouped by article', () => {
    const md = renderMultiBrief(multi, { ...on, locale: 'en' });
    const cited = new Set(multi.clips.map((c) => c.articleId));
    for (const article of multi.articles.filter((a) => cited.has(a.id)))
      expect(md).toMatch(
        new RegExp(`^\\d+\\. .* · \\[saved copy\\]\\(${escape(readerOf(article.id))}\\)$`, 'm'),
      );
    const byArticle = renderMultiBrief(multi, { ...on, locale: 'en', groupBy: 'article' });
    const lines = byArticle.split('\n').filter((l) => l.startsWith('**Source**'));
    expect(lines.length).toBe(cited.size);
    for (const l of lines)
      expect(l).toMatch(/ · \[saved copy\]\(chrome-extension:\/\/[a-p]{32}\/reader\.html\?article=/);
  });

  it('encodes the article id into the address (an id is data too)', () => {
    const odd = { ...seed, article: { ...seed.article, id: 'a)b c<d' } };
    const md = renderArticleBrief(
      { ...odd, clips: odd.clips.map((c) => ({ ...c, articleId: 'a)b c<d' })) },
      on,
    );
    expect(md).toContain(`(${OWN}/reader.html?article=a%29b%20c%3Cd)`);
  });

  it('links nothing when the origin given is not an extension origin', () => {
    for (const ownOrigin of [
      'javascript:',
      'https://evil.example',
      'chrome-extension://a/b',
      'CHROME-EXTENSION://X',
      '',
    ])
      expect(renderArticleBrief(seed, { ...on, ownOrigin })).not.toMatch(/\[saved copy\]|\[存档副本\]/);
  });

  it('crosses to the offscreen renderer as data and renders the same', () => {
    const job: BriefJob = { kind: 'article', input: seed, options: toPortable(on) };
    expect(renderBriefJob(JSON.parse(JSON.stringify(job)) as BriefJob)).toBe(renderArticleBrief(seed, on));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
