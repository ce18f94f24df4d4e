/** Invariants of `detect` on generated text built from policy-article fragments and arbitrary strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectOccurrences, type Finding } from '@/utils/detect';

/** Pieces that trigger every rule family, plus the punctuation and whitespace that separate them. */
const FRAGMENTS = [
  '增长',
  '下降',
  '32.3%',
  '5个百分点',
  '28251.51亿元',
  '1000万元',
  '300萬元',
  '1.2万亿元',
  '549353项',
  '3450家',
  '2020年12月31日',
  '到2025年',
  '2021-2023',
  '9月3日',
  '民國110年',
  '1.1:50.3:48.6',
  '6万至8万元',
  '-81%',
  '《',
  '》',
  '〈',
  '〉',
  '“',
  '”',
  '(',
  ')',
  '《经济参考报》',
  '《促进科技成果转化法》',
  '十四五',
  '合肥市',
  '明确',
  '给予',
  '支持',
  '推进',
  '鼓励',
  '的',
  '为',
  '、',
  '，',
  ',',
  '。',
  '；',
  ':',
  '：',
  '.',
  '?',
  ' ',
  '\n',
  '\n\n',
  'The',
  'Ministry',
  'will allocate',
  'plans to launch',
  'requires',
  'approved',
  'which',
  '$1.2 billion',
  '€40m',
  'RMB 5 trillion',
  '8.69 GW',
  'up',
  '2.4 percentage points',
  '65 percent',
  'by 2030',
  'in 2023',
  'March',
  'January 1, 2024',
  'Inflation Reduction Act',
  'Executive Order 14110',
  'Plan',
  'and',
  'Roadmap',
  'of',
  'the',
  'Financial Times',
  'U.S.',
  'Mr.',
  '1',
  '2',
  '0',
  '9',
  '-',
  '/',
  'a',
  'x',
  '京ICP备',
  '号',
  '第',
  '元',
  '亿',
  '%',
];

const articleLike = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** Sentence-shaped pieces (subject, trigger, object, end mark), so that measures and shared growth arise often. */
const sentenceLike = fc
  .array(
    fc
      .tuple(
        fc.constantFrom(
          'The Ministry of Energy ',
          'the government ',
          '合肥市',
          '政府',
          '全国',
          'Exports ',
          '',
        ),
        fc.constantFrom(
          'will allocate ',
          'plans to launch ',
          'requires ',
          '明确',
          '给予',
          '增长',
          'rose ',
          'up ',
          '',
        ),
        fc.constantFrom(
          '$1.2 billion to grids',
          'a pilot for 120 companies',
          '最高1000万元补助',
          '5%和',
          '13% and',
          '3%',
          '《通知》',
          'funds',
        ),
        fc.constantFrom(',', '，', '。', '.', '', ' ', '、', ', and ', '\n'),
      )
      .map((parts) => parts.join('')),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const textLike = fc.oneof(articleLike, sentenceLike);

const KIND_ORDER = { document: 0, figure: 1, measure: 2 } as const;

const moved = <S extends { start: number; end: number }>(span: S, by: number): S => ({
  ...span,
  start: span.start + by,
  end: span.end + by,
});

/** The findings of a text placed `by` characters further: every offset moves, spans inside them too. */
function shift(findings: Finding[], by: number): Finding[] {
  return findings.map((f) => {
    const g = moved(f, by);
    if (g.occurrences) g.occurrences = g.occurrences.map((o) => moved(o, by));
    if (g.kind === 'figure') {
      g.statement = moved(g.statement, by);
      if (g.period) g.period = moved(g.period, by);
    }
    return g;
  });
}

describe('detect invariants', () => {
  it('offsets always slice to the finding text, inside the input, and the context contains the text', () => {
    fc.assert(
      fc.property(textLike, (text) => {
        for (const f of detect(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.context).toContain(f.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never lets two findings of one kind overlap, and sorts by start then kind', () => {
    fc.assert(
      fc.property(textLike, (text) => {
        const findings = detect(text);
        for (let i = 1; i < findings.length; i++) {
          const a = findings[i - 1] as Finding;
          const b = findings[i] as Finding;
          expect(a.start < b.start || (a.start === b.start && KIND_ORDER[a.kind] <= KIND_ORDER[b.kind])).toBe(
            true,
          );
        }
        for (const kind of ['figure', 'document', 'measure'] as const) {
          const ofKind = findings.filter((f) => f.kind === kind);
          for (let i = 1; i < ofKind.length; i++)
            expect(ofKind[i]?.start).toBeGreaterThanOrEqual(ofKind[i - 1]?.end ?? 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Occurrences, not items: one item cited in both paragraphs is merged by `detect` (see merge.test.ts).
  it('finds on a + "\\n\\n" + b exactly the occurrences of a and of b, shifted', () => {
    fc.assert(
      fc.property(textLike, textLike, fc.constantFrom(null, 'zh-CN', 'zh-TW', 'en'), (a, b, lang) => {
        const joined = detectOccurrences(`${a}\n\n${b}`, { lang });
        const parts = [
          ...detectOccurrences(a, { lang }),
          ...shift(detectOccurrences(b, { lang }), a.length + 2),
        ];
        expect(joined).toEqual(parts);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['增长5%和', '3%'],
    ['The Ministry will allocate funds to grids,', 'member states report progress'],
    ['《未闭合的标题', '正文》继续'],
    ['aid from the U.S.', 'Treasury will provide $5 billion'],
    ['of the', 'Paris Agreement'],
    ['2025年', '前三季度'],
    ['5,', '300 companies'],
    ['by', '2030'],
    ['$1.2 billion', 'to 300 companies'],
  ])('keeps paragraphs independent: %j + %j', (a, b) => {
    expect(detectOccurrences(`${a}\n\n${b}`)).toEqual([
      ...detectOccurrences(a),
      ...shift(detectOccurrences(b), a.length + 2),
    ]);
  });

  it('returns no figure, document or measure for text without digits, titles or letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\s,，。.;:!?、“”"'()-]*$/), (text) => {
        expect(detect(text)).toEqual([]);
      }),
    );
  });
});
