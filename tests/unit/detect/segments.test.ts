/** Clause and sentence boundaries in mixed-width punctuation, and contexts. */
import { describe, expect, it } from 'vitest';
import { contextOf, trimSpan } from '@/utils/detect/contexts';
import { segment } from '@/utils/detect/segments';

const pieces = (text: string, level: 'clauses' | 'sentences'): string[] =>
  segment(text)[level].map((s) => text.slice(s.start, s.end).trim());

describe('segment', () => {
  it('cuts clauses at ASCII and full-width marks alike', () => {
    expect(
      pieces('全国共登记技术合同549353项,成交金额28251.51亿元，分别增长13.48%;其中:北京。', 'clauses'),
    ).toEqual(['全国共登记技术合同549353项', '成交金额28251.51亿元', '分别增长13.48%', '其中', '北京']);
  });

  it('does not cut inside numbers, ratios or times', () => {
    expect(pieces('共1,234家,比例1.1:50.3:48.6,时间10:30', 'clauses')).toEqual([
      '共1,234家',
      '比例1.1:50.3:48.6',
      '时间10:30',
    ]);
  });

  it('ends sentences at 。！？；, paragraph breaks and a sentence-final full stop, not at abbreviations', () => {
    expect(pieces('利好。下一步;强化\n\n落实', 'sentences')).toEqual(['利好', '下一步', '强化', '落实']);
    expect(
      pieces('The U.S. Treasury and Mr. Smith met J. Doe. Prices fell to $0.23/W. Wind rose.', 'sentences'),
    ).toEqual(['The U.S. Treasury and Mr. Smith met J. Doe', 'Prices fell to $0.23/W', 'Wind rose']);
    expect(pieces('政策利好.下一步', 'sentences')).toEqual(['政策利好', '下一步']);
  });
});

describe('contexts', () => {
  it('trims separators and stray quote marks', () => {
    const text = '“作为重点和难点,科技成果转化需要协同。”他说';
    const { clauses } = segment(text);
    expect(contextOf(text, clauses, 1, 3)).toBe('作为重点和难点');
    expect(trimSpan(text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });

  it('cuts the context of a finding in an endless sentence to a window around it', () => {
    const text = `${'很长的句子'.repeat(200)}投入100万元${'没有标点'.repeat(200)}`;
    const start = text.indexOf('100万元');
    const context = contextOf(text, segment(text).clauses, start, start + 5);
    expect(context).toContain('100万元');
    expect(context.length).toBeLessThanOrEqual(300);
  });
});

describe('citation marks', () => {
  it('drops a leading citation mark from contexts but never cuts into the finding', () => {
    const text = 'factor.[37] The provinces were abolished in 1876. See [in 2018] too';
    const { clauses } = segment(text);
    const at = text.indexOf('The');
    expect(contextOf(text, clauses, at, at + 3)).toBe('The provinces were abolished in 1876');
    const year = text.indexOf('2018');
    expect(contextOf(text, clauses, year, year + 4)).toContain('2018');
  });
});

describe('glued sentences', () => {
  it('ends a sentence at a full stop glued to a capitalised word (a photo credit after a caption)', () => {
    expect(pieces('could surpass the budget in 2023.CreditCreditJeon Heon-Kyun/EPA', 'sentences')).toEqual([
      'could surpass the budget in 2023',
      'CreditCreditJeon Heon-Kyun/EPA',
    ]);
  });

  it('does not cut U.S.A, Mr.Smith or a decimal', () => {
    expect(pieces('The U.S.A and Mr.Smith paid 1.5 billion', 'sentences')).toEqual([
      'The U.S.A and Mr.Smith paid 1.5 billion',
    ]);
  });
});
