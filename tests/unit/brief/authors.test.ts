/**
 * A team's brief (issue 21) names who clipped each entry when its clips come from more than one
 * person; one person's brief does not.
 */
import { describe, expect, it } from 'vitest';
import { defaultBriefOptions, renderMultiBrief } from '@/utils/brief';
import { readFixture, type MultiFixture } from './helpers';

const NOW = new Date(Date.UTC(2026, 11, 5));
const multi = readFixture<MultiFixture>('multi-clips.json');
const nonFigures = multi.clips.filter((c) => c.kind !== 'figure');

describe('authors in briefs', () => {
  it('names each entry’s author when the clips come from two people', () => {
    const [first, second] = nonFigures;
    if (!first || !second) throw new Error('fixture needs two non-figure clips');
    const clips = multi.clips.map((c) =>
      c.id === first.id ? { ...c, author: 'alice' } : c.id === second.id ? { ...c, author: 'bob_*' } : c,
    );
    const brief = renderMultiBrief({ ...multi, clips }, { ...defaultBriefOptions(NOW), locale: 'en' });
    expect(brief).toContain(' · clipped by: alice');
    expect(brief).toContain(' · clipped by: bob\\_\\*'); // page-independent, but still Markdown-escaped
    const zh = renderMultiBrief({ ...multi, clips }, { ...defaultBriefOptions(NOW), locale: 'zh' });
    expect(zh).toContain(' · 摘录者：alice');
  });

  it('says nothing of authors when one person clipped everything', () => {
    const clips = multi.clips.map((c) => ({ ...c, author: 'alice' }));
    const brief = renderMultiBrief({ ...multi, clips }, { ...defaultBriefOptions(NOW), locale: 'en' });
    expect(brief).not.toContain('clipped by');
    expect(brief).toBe(renderMultiBrief(multi, { ...defaultBriefOptions(NOW), locale: 'en' }));
  });
});
