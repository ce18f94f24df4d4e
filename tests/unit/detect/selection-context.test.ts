/** A selection's context follows the same rule as a finding's, whichever way the clip was made. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextAround, contextOf } from '@/utils/detect/contexts';
import { detect } from '@/utils/detect';
import { segment } from '@/utils/detect/segments';

describe('contextAround (a selected passage)', () => {
  it('gives a selected measure the context detection gives the same measure', () => {
    const text =
      '会议指出，要稳住经济大盘。会议要求，加大对小微企业的信贷支持力度，延续实施普惠小微贷款支持工具。各地要抓好落实。';
    const measure = detect(text).find((f) => f.kind === 'measure');
    expect(measure).toBeDefined();
    if (!measure) return;
    expect(contextAround(text, measure.start, measure.end)).toBe(measure.context);
  });

  it('is the sentence around the passage, in Chinese and in English', () => {
    const zh = '第一句话。今年新增专项债券额度3.9万亿元，比上年增加1000亿元。第三句话。';
    const at = zh.indexOf('3.9万亿元');
    expect(contextAround(zh, at, at + 6)).toBe('今年新增专项债券额度3.9万亿元，比上年增加1000亿元');
    const en = 'Trade rose. The U.S. Treasury set tariffs at 25% on steel. Markets fell.';
    const pos = en.indexOf('25%');
    expect(contextAround(en, pos, pos + 3)).toBe('The U.S. Treasury set tariffs at 25% on steel');
  });

  it('cuts an endless sentence to a window around the passage that still holds it', () => {
    const long = `${'甲'.repeat(2000)}关键措施${'乙'.repeat(2000)}`;
    const at = long.indexOf('关键措施');
    const context = contextAround(long, at, at + 4);
    expect(context).toContain('关键措施');
    expect(context.length).toBeLessThanOrEqual(300);
  });

  it('segments only a window, with the same result as segmenting the whole text', () => {
    const pieces = [
      '政策',
      '支持',
      '1.5',
      '万亿元',
      '。',
      '，',
      '\n',
      ' ',
      'Mr.',
      'rose',
      '. ',
      'U.S.',
      '；',
      '“',
      '”',
    ];
    const text = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 800 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(40), (t, s, len) => {
        const start = s % t.length;
        const end = Math.min(t.length, start + 1 + len);
        expect(contextAround(t, start, end)).toBe(contextOf(t, segment(t).sentences, start, end));
      }),
      { numRuns: 300 },
    );
  });
});
