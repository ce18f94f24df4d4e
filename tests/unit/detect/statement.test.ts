/**
 * What a figure is saved with: the statement that states it (offsets into the same text), and its
 * structured value (the number as written, the unit as written, the normalised value and unit).
 */
import { describe, expect, it } from 'vitest';
import { detect, type FigureFinding } from '@/utils/detect';

const figure = (text: string, words: string, lang?: string): FigureFinding => {
  const f = detect(text, { lang }).find((g): g is FigureFinding => g.kind === 'figure' && g.text === words);
  if (!f) throw new Error(`no figure ${words}`);
  return f;
};
const statementOf = (text: string, f: FigureFinding): string =>
  text.slice(f.statement.start, f.statement.end);

describe('a figure’s statement', () => {
  it('is the sentence that states it, not the number alone', () => {
    const text = '据统计。合肥市明确对关键核心技术单个项目给予最高1000万元补助。另外……';
    const f = figure(text, '1000万元');
    expect(statementOf(text, f)).toBe('合肥市明确对关键核心技术单个项目给予最高1000万元补助');
    const en =
      'Revenues from the Trump-imposed tariffs have totaled about $63 billion through June 30, 2019. That is much.';
    expect(statementOf(en, figure(en, '$63 billion'))).toBe(
      'Revenues from the Trump-imposed tariffs have totaled about $63 billion through June 30, 2019',
    );
  });

  it('is cut to the clauses around the figure in a very long sentence', () => {
    const filler = '并且持续推进各项改革工作'.repeat(20);
    const text = `${filler}，全国共登记技术合同549353项，成交金额28251.51亿元，${filler}。`;
    const statement = statementOf(text, figure(text, '549353项'));
    expect(statement).toContain('全国共登记技术合同549353项');
    expect(statement.length).toBeLessThanOrEqual(200);
  });

  it('never carries a photo credit glued to the sentence (…in 2023.CreditCredit…)', () => {
    const text =
      'Interest payments on the federal debt could reach $1 trillion in 2023.CreditCreditJeon Heon-Kyun/EPA, via Shutterstock';
    const f = figure(text, '$1 trillion');
    expect(f.context).not.toContain('Credit');
    expect(statementOf(text, f)).toBe(
      'Interest payments on the federal debt could reach $1 trillion in 2023',
    );
  });
});

describe('a figure’s structured value', () => {
  it('keeps the number and the unit as written beside the normalised value', () => {
    expect(figure('成交金额28251.51亿元。', '28251.51亿元')).toMatchObject({
      number: 28251.51,
      unitText: '亿元',
      value: 2825151000000,
      unit: 'CNY',
    });
    expect(figure('The Ministry will allocate $1.2 billion.', '$1.2 billion')).toMatchObject({
      number: 1.2,
      unitText: '$ billion',
      value: 1.2e9,
      unit: 'USD',
    });
  });

  it('keeps the grammar of units: 10 days, not 10 day', () => {
    expect(figure('Customs requires payment within 10 days.', '10 days')).toMatchObject({
      number: 10,
      unitText: 'days',
      unit: 'day',
    });
  });

  it('reads a rate per period as part of a money figure', () => {
    expect(
      figure('a reduction in real income of $1.4 billion per month', '$1.4 billion per month'),
    ).toMatchObject({
      value: 1.4e9,
      unit: 'USD/month',
    });
  });

  it('reads NZ$ as New Zealand dollars, not a dollar amount cut from its currency', () => {
    expect(
      figure('Its largest export partners are China (NZ$27.8b) and Australia.', 'NZ$27.8b'),
    ).toMatchObject({
      value: 2.78e10,
      unit: 'NZD',
    });
  });
});
