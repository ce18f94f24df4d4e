/**
 * Adversarial inputs complete and give sane results (their speed is measured by bench/detect.ts, not here):
 * digits, unclosed 《, runs of %, one endless sentence.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';

const SIZE = 200_000;

describe('adversarial inputs', () => {
  it('a run of digits is no figure', () => {
    expect(detect('7'.repeat(SIZE))).toEqual([]);
  });

  it('《 without 》 is no document, and a later real title is still found', () => {
    const text = `${'《'.repeat(SIZE)}\n\n见《科技成果转化工作指南》`;
    expect(detect(text).map((f) => f.text)).toEqual(['《科技成果转化工作指南》']);
  });

  it('%%% alone is nothing', () => {
    expect(detect('%'.repeat(SIZE))).toEqual([]);
  });

  it('an endless sentence yields its figures with bounded contexts and no paragraph-long measure', () => {
    const text = `政府支持企业发展${'并且持续推进改革投入100万元'.repeat(SIZE / 16)}`;
    const findings = detect(text);
    expect(findings.filter((f) => f.kind === 'measure')).toEqual([]);
    const figures = findings.filter((f) => f.kind === 'figure');
    // A statement repeated word for word is one item: every occurrence is still counted.
    expect(figures.reduce((n, f) => n + f.count, 0)).toBe(Math.floor(SIZE / 16));
    expect(Math.max(...figures.map((f) => f.context.length))).toBeLessThanOrEqual(300);
  });

  it('an endless English sentence of capitalised words is no document flood', () => {
    const text = `The ${'Grand '.repeat(SIZE / 6)}Plan`;
    const documents = detect(text).filter((f) => f.kind === 'document');
    expect(documents.length).toBeLessThanOrEqual(1);
    expect(documents.every((d) => d.text.split(' ').length <= 11)).toBe(true);
  });

  it('inputs that are nearly all findings, in one endless sentence, give bounded findings', () => {
    const dense = {
      quotedClauses: '“the minister said we will cut taxes by 5%, '.repeat(SIZE / 44),
      figuresAndDates: '增长5%和2020年'.repeat(SIZE / 10),
      measureClauses: '政府设立专项基金，'.repeat(SIZE / 9),
      distances: '1 km of 2 km '.repeat(SIZE / 13),
    };
    for (const [name, text] of Object.entries(dense)) {
      const findings = detect(text);
      for (const f of findings) {
        expect(f.context.length, name).toBeLessThanOrEqual(f.text.length + 240);
        if (f.kind === 'figure') expect(f.statement.end - f.statement.start, name).toBeLessThanOrEqual(300);
        if (f.kind === 'measure') expect(f.text.length, name).toBeLessThanOrEqual(320);
      }
    }
  });
});
