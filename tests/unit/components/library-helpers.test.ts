import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/components/library/format-bytes';
import { displayOrder, groupByArticle } from '@/components/library/grouping';
import { passageUrl } from '@/components/library/passage-url';
import { makeArticle, makeClip } from './fixtures';

describe('passageUrl', () => {
  it('appends the text fragment directive, keeping an existing fragment', () => {
    expect(passageUrl({ originalUrl: 'https://gov.cn/a.html' }, ':~:text=%E8%B4%B7')).toBe(
      'https://gov.cn/a.html#:~:text=%E8%B4%B7',
    );
    expect(passageUrl({ originalUrl: 'https://gov.cn/a.html' }, 'text=x')).toBe(
      'https://gov.cn/a.html#:~:text=x',
    );
    expect(passageUrl({ originalUrl: 'https://x.org/#/route' }, ':~:text=y')).toBe(
      'https://x.org/#/route:~:text=y',
    );
    expect(passageUrl({ originalUrl: 'https://x.org/#a:~:text=old' }, ':~:text=new')).toBe(
      'https://x.org/#a:~:text=new',
    );
    expect(passageUrl({ originalUrl: 'https://x.org/a' }, '')).toBe('https://x.org/a');
  });
});

describe('grouping', () => {
  it('groups clips under articles in order of first appearance; display order follows the groups', () => {
    const a = makeArticle('A');
    const b = makeArticle('B');
    const clips = [makeClip('1', 'A'), makeClip('2', 'B'), makeClip('3', 'A')];
    const groups = groupByArticle(clips, { A: a, B: b });
    expect(groups.map((g) => [g.articleId, g.clips.map((c) => c.id)])).toEqual([
      ['A', ['1', '3']],
      ['B', ['2']],
    ]);
    expect(displayOrder(clips, { A: a, B: b }, true)).toEqual(['1', '3', '2']);
    expect(displayOrder(clips, { A: a, B: b }, false)).toEqual(['1', '2', '3']);
  });
});

describe('formatBytes', () => {
  it('uses binary units and the locale', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3, 'zh-CN')).toBe('5 GB');
  });
});
