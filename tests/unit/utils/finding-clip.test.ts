/** A suggestion as the clip it saves (issue 17): a figure with its statement, no automatic tags. */
import { describe, expect, it } from 'vitest';
import { figurePieces, figureText } from '@/utils/clip-figure';
import { detect } from '@/utils/detect';
import { clipIdentityOf, findingClipDraft, findingIdentity, savedSpan } from '@/utils/finding-clip';
import { clipFromDraft } from '@/utils/store/clip-records';

const TEXT = '2020年，全国共登记技术合同549353项，成交金额28251.51亿元。另据报道，该市给予最高1000万元补助。';

function saved(text: string, figureText: string) {
  const findings = detect(text, { lang: 'zh-CN' });
  const f = findings.find((x) => x.text === figureText);
  if (f?.kind !== 'figure') throw new Error(`no figure ${figureText}`);
  const span = savedSpan(f);
  const draft = findingClipDraft(f, {
    articleId: 'a1',
    quote: text.slice(span.start, span.end),
    selectors: [],
    fragment: '',
    figureHint: f.start - span.start,
  });
  return { f, span, clip: clipFromDraft(draft, 'c1', 0) };
}

describe('a figure saved from a suggestion', () => {
  it('quotes the sentence that states it, keeps the figure as its value, and adds no tags', () => {
    const { f, clip } = saved(TEXT, '28251.51亿元');
    expect(clip.quote).toContain('成交金额28251.51亿元');
    expect(clip.quote.length).toBeGreaterThan(f.text.length);
    expect(clip).toMatchObject({
      kind: 'figure',
      type: 'money',
      value: 2825151000000,
      unit: 'CNY',
      tags: [],
      figure: { text: '28251.51亿元', number: 28251.51, unitText: '亿元' },
    });
    expect(figurePieces(clip)).toEqual({
      before: clip.quote.slice(0, clip.quote.indexOf('28251.51亿元')),
      figure: '28251.51亿元',
      after: clip.quote.slice(clip.quote.indexOf('28251.51亿元') + '28251.51亿元'.length),
    });
  });

  it('is the same item as its finding (a second "Highlight all" finds it saved)', () => {
    const { f, clip } = saved(TEXT, '549353项');
    expect(clipIdentityOf(clip)).toBe(findingIdentity(f));
    const other = saved(TEXT, '28251.51亿元');
    expect(clipIdentityOf(other.clip)).not.toBe(clipIdentityOf(clip));
  });

  it('picks the occurrence of a repeated figure nearest where it was found', () => {
    const text = '去年补助100万元，今年补助100万元。';
    const quote = text;
    const draft = findingClipDraft(
      { kind: 'figure', type: 'money', text: '100万元', context: '今年补助100万元' },
      { articleId: 'a', quote, selectors: [], fragment: '', figureHint: text.lastIndexOf('100万元') },
    );
    expect(draft.figure?.at).toBe(text.lastIndexOf('100万元'));
  });

  it('saves measures and documents as found, with no figure and no tags', () => {
    const findings = detect(TEXT, { lang: 'zh-CN' });
    for (const f of findings.filter((x) => x.kind !== 'figure')) {
      expect(savedSpan(f)).toBe(f);
      const draft = findingClipDraft(f, { articleId: 'a', quote: f.text, selectors: [], fragment: '' });
      expect(draft).toMatchObject({ figure: null, tags: [], value: null });
    }
  });
});

describe('figurePieces', () => {
  it('finds the figure where it was saved, or anywhere in the quote, or gives null', () => {
    const clip = { quote: '甲100万元乙', figure: { text: '100万元', at: 1, number: 100, unitText: '万元' } };
    expect(figurePieces(clip)).toEqual({ before: '甲', figure: '100万元', after: '乙' });
    expect(figurePieces({ ...clip, figure: { ...clip.figure, at: 9 } })?.before).toBe('甲');
    expect(figurePieces({ ...clip, quote: '改过的引文' })).toBeNull();
    expect(figurePieces({ quote: '100万元', figure: null })).toBeNull();
    expect(figureText({ quote: '100万元', figure: null })).toBe('100万元');
  });
});
