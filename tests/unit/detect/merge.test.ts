/** One suggestion per distinct item: repeats are merged into the first occurrence, with a count. */
import { describe, expect, it } from 'vitest';
import { detect, detectOccurrences, type Finding } from '@/utils/detect';

const ofKind = (findings: Finding[], kind: Finding['kind']): Finding[] =>
  findings.filter((f) => f.kind === kind);

describe('merging repeated items', () => {
  it('merges a newspaper cited three times into one finding with its three occurrences', () => {
    const text = '《经济参考报》记者获悉。\n\n有人士向《经济参考报》透露。\n\n他对《经济参考报》记者表示。';
    const [paper, ...rest] = ofKind(detect(text), 'document');
    expect(rest).toEqual([]);
    expect(paper).toMatchObject({ text: '《经济参考报》', count: 3 });
    expect(paper?.occurrences?.map((o) => text.slice(o.start, o.end))).toEqual([
      '《经济参考报》',
      '《经济参考报》',
      '《经济参考报》',
    ]);
    expect(ofKind(detectOccurrences(text), 'document')).toHaveLength(3);
  });

  it('merges a measure repeated with a trailing 等 into the same measure', () => {
    const text =
      '其中,明确要求开展科技成果转化贷款风险补偿试点等。\n\n完善金融支持创新体系,开展科技成果转化贷款风险补偿试点。';
    const measures = ofKind(detect(text), 'measure').map((m) => [m.text, m.count]);
    expect(measures).toEqual([
      ['明确要求开展科技成果转化贷款风险补偿试点', 1],
      ['完善金融支持创新体系', 1],
      ['开展科技成果转化贷款风险补偿试点', 1],
    ]);
    const twice =
      '建设专业化市场化技术转移机构和技术经理人队伍。\n\n推进改革,建设专业化市场化技术转移机构和技术经理人队伍。';
    expect(ofKind(detect(twice), 'measure').map((m) => [m.text, m.count])).toEqual([
      ['建设专业化市场化技术转移机构和技术经理人队伍', 2],
    ]);
  });

  it('merges a short name defined after a title (以下简称) into the title', () => {
    const text =
      '国务院联防联控机制印发《关于进一步落实分区分级差异化防控策略的通知》（以下简称《通知》）。\n\n《通知》强调，各地区要落实各项防控技术方案。';
    const docs = ofKind(detect(text), 'document');
    expect(docs.map((d) => [d.text, d.count])).toEqual([
      ['《关于进一步落实分区分级差异化防控策略的通知》', 3],
    ]);
  });

  it('merges an English law cited with and without its number', () => {
    const docs = ofKind(
      detect('^ "Education Act 1989 No 80". Retrieved 2011.\n\nThe Education Act 1989 applies.'),
      'document',
    );
    expect(docs.map((d) => [d.text, d.count])).toEqual([['Education Act 1989 No 80', 2]]);
  });

  it('keeps a figure stated in two different clauses as two figures, and merges the same statement', () => {
    const text = '设计业销售收入增长21.5%。\n\n设计业位列第二为21.5%。\n\n设计业销售收入增长21.5%。';
    expect(ofKind(detect(text), 'figure').map((f) => [f.context, f.count])).toEqual([
      ['设计业销售收入增长21.5%', 2],
      ['设计业位列第二为21.5%', 1],
    ]);
  });

  it('keeps an item suggested when one occurrence is, unless one shows it is a source or a work', () => {
    const text = '话剧《约定无期限》来到张家口。\n\n省里印发通知，根据《约定无期限》组织观看。';
    expect(ofKind(detect(text), 'document')[0]).toMatchObject({ suggested: false, reason: 'work', count: 2 });
  });
});
