/** Measures: clause cutting (both punctuation widths, 、 before a verb), non-measures, type, score, tags. */
import { describe, expect, it } from 'vitest';
import { detect, type MeasureFinding } from '@/utils/detect';

function measures(text: string): MeasureFinding[] {
  return detect(text).filter((f): f is MeasureFinding => f.kind === 'measure');
}
const texts = (text: string): string[] => measures(text).map((m) => m.text);

describe('Chinese measures', () => {
  it('cuts at ASCII and full-width commas and drops the opener', () => {
    expect(
      texts(
        '其中,明确要求赋予科研人员职务科技成果所有权和长期使用权,制定科技成果转化尽职免责负面清单和容错机制。',
      ),
    ).toEqual([
      '明确要求赋予科研人员职务科技成果所有权和长期使用权',
      '制定科技成果转化尽职免责负面清单和容错机制',
    ]);
    expect(texts('另外，推进技术要素市场配置改革；建设专业化技术转移机构。')).toEqual([
      '推进技术要素市场配置改革',
      '建设专业化技术转移机构',
    ]);
  });

  it('cuts at 、 only where another policy verb starts', () => {
    expect(texts('包括深入推进高校院所科技成果权属改革、完善金融支持科技成果转化机制。')).toEqual([
      '深入推进高校院所科技成果权属改革',
      '完善金融支持科技成果转化机制',
    ]);
    expect(texts('鼓励金融机构发展知识产权质押融资、科技保险等科技金融产品。')).toEqual([
      '鼓励金融机构发展知识产权质押融资、科技保险等科技金融产品',
    ]);
  });

  it('keeps a span from … to … whole: its 、 lists steps of one statement', () => {
    const span = '各地将从修订法律法规、制定配套细则到部署具体任务全面推进科技成果转化改革。';
    expect(texts(span)).toHaveLength(1);
    expect(texts(span)[0]).toContain('、制定配套细则到');
  });

  it('does not take a description of problems for a measure', () => {
    expect(texts('但仍存在政策落实“最后一公里”、人才匮乏等问题。')).toEqual([]);
    expect(texts('企业面临推进数字化转型成本高的难题。')).toEqual([]);
    // The same verb in a clause that states what is done is still a measure.
    expect(texts('各地将推进政策落实“最后一公里”。')).toEqual(['各地将推进政策落实“最后一公里”']);
  });

  it('keeps the acting body when the verb follows it', () => {
    expect(texts('合肥市明确对关键核心技术单个项目给予最高1000万元补助。')).toEqual([
      '合肥市明确对关键核心技术单个项目给予最高1000万元补助',
    ]);
  });

  it('skips purposes, nouns, introductions and questions', () => {
    expect(texts('为促进科技成果转移转化,正在推进的贷款风险补偿模式总体思路大致如下。')).toEqual([]);
    expect(texts('规划纲要明确指出,平台机制建设尤为重要。')).toEqual([]);
    expect(texts('是否应当设立专项基金？')).toEqual([]);
  });

  it('types measures from their words', () => {
    const typed = (text: string): string | undefined => measures(text)[0]?.type;
    expect(typed('政府将设立300亿元绿能基金。')).toBe('funding');
    expect(typed('鼓励银行提供绿色融资。')).toBe('tax-finance');
    expect(typed('开展数字人民币应用试点。')).toBe('pilot');
    expect(typed('加快引进高层次人才。')).toBe('talent');
    expect(typed('禁止新建燃煤电厂。')).toBe('regulation');
    expect(typed('推动公共数据向社会开放。')).toBe('other');
  });

  it('ranks a measure with an amount and a modal above a bare one', () => {
    const [strong] = measures('政府将设立300亿元绿能基金。');
    const [weak] = measures('推动公共数据向社会开放。');
    expect(strong?.score).toBeGreaterThan(weak?.score ?? 1);
    for (const m of [strong, weak]) {
      expect(m?.score).toBeGreaterThanOrEqual(0);
      expect(m?.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('English measures', () => {
  it('takes the clause with the modal and its verb, not the attribution', () => {
    expect(texts('The Ministry will allocate $1.2 billion to grids, officials said on Tuesday.')).toEqual([
      'The Ministry will allocate $1.2 billion to grids',
    ]);
  });

  it('splits at ", and" and drops leading phrases and reporting verbs', () => {
    expect(
      texts('The Treasury must publish guidance by 2025, and the department plans to cut fees by half.'),
    ).toEqual(['The Treasury must publish guidance by 2025', 'the department plans to cut fees by half']);
    expect(texts('In Brussels, the Commission shall provide a €40m guarantee fund.')).toEqual([
      'the Commission shall provide a €40m guarantee fund',
    ]);
    expect(texts('The minister said the government would ban new coal plants from 2026.')).toEqual([
      'the government would ban new coal plants from 2026',
    ]);
  });

  it('skips modals without a policy verb, relative clauses, subjectless verbs and questions', () => {
    expect(texts('Prices will rise next year as demand grows.')).toEqual([]);
    expect(texts('The package is the first under the plan, which the cabinet approved in March.')).toEqual(
      [],
    );
    expect(texts('Introduced species were the major factor.')).toEqual([]);
    expect(texts('Will the government ban coal plants?')).toEqual([]);
  });
});
