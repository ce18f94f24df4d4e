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
});
