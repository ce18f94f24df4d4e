/** Cited documents: Chinese 《》 titles (nesting, typing, media) and English named laws, plans and media. */
import { describe, expect, it } from 'vitest';
import { detect, type DocumentFinding } from '@/utils/detect';

function documents(text: string): [string, string][] {
  return detect(text)
    .filter((f): f is DocumentFinding => f.kind === 'document')
    .map((f) => [f.text, f.type]);
}

describe('Chinese titles', () => {
  it('keeps nested quotes, titles and parentheses inside one title', () => {
    expect(
      documents('《“十四五”技术要素市场发展专项规划》、《上海市促进科技成果转移转化行动方案(2021-2023)》'),
    ).toEqual([
      ['《“十四五”技术要素市场发展专项规划》', 'plan'],
      ['《上海市促进科技成果转移转化行动方案(2021-2023)》', 'plan'],
    ]);
    expect(documents('印发《关于贯彻〈中华人民共和国促进科技成果转化法〉的意见》')).toEqual([
      ['《关于贯彻〈中华人民共和国促进科技成果转化法〉的意见》', 'policy'],
    ]);
    expect(documents('《关于印发《数字经济发展规划》的通知》')).toEqual([
      ['《关于印发《数字经济发展规划》的通知》', 'policy'],
    ]);
  });

  it('types by the ending word, longest first', () => {
    expect(
      documents(
        '《促进科技成果转化法》《科研经费管理办法（试行）》《2023年统计公报》《中国科技成果转化2020年度报告(高等院校篇)》《山乡巨变》',
      ),
    ).toEqual([
      ['《促进科技成果转化法》', 'law'],
      ['《科研经费管理办法（试行）》', 'policy'],
      ['《2023年统计公报》', 'report'],
      ['《中国科技成果转化2020年度报告(高等院校篇)》', 'report'],
      ['《山乡巨变》', 'other'],
    ]);
  });

  it.each([
    '《经济参考报》',
    '《人民日报》',
    '《新民晚报》',
    '《經濟日報》',
    '《求是》',
    '《半月谈》',
    '《财经》',
    '《南方周末》',
    '《中国政府网》',
    '《三联生活周刊》',
    '《財經雜誌》',
  ])('%s is media', (title) => {
    expect(documents(`据${title}报道`)).toEqual([[title, 'media']]);
  });

  it('forgets a 《 left open at the end of its paragraph, and titles too long to be one', () => {
    expect(documents('《未闭合\n\n正文《科技成果转化工作指南》')).toEqual([
      ['《科技成果转化工作指南》', 'policy'],
    ]);
    expect(documents(`《${'很长的标题'.repeat(30)}》`)).toEqual([]);
  });
});

describe('English names', () => {
  it.each([
    ['Under the Inflation Reduction Act, credits apply.', 'Inflation Reduction Act', 'law'],
    ['the Inflation Reduction Act of 2022 passed', 'Inflation Reduction Act of 2022', 'law'],
    ['Executive Order 14110 requires agencies', 'Executive Order 14110', 'law'],
    [
      'under the Fourth Energy Technology Development Plan and Roadmap, which',
      'Fourth Energy Technology Development Plan and Roadmap',
      'plan',
    ],
    [
      'the Treaty on the Functioning of the European Union applies',
      'Treaty on the Functioning of the European Union',
      'law',
    ],
    ['tariffs under Section 301 of the Trade Act of 1974.', 'Section 301 of the Trade Act of 1974', 'law'],
    ['under Regulation (EU) 2023/956 on', 'Regulation (EU) 2023/956', 'law'],
    ['according to the Annual Trade Report.', 'Annual Trade Report', 'report'],
    ['Speaking to the Financial Times, he said', 'Financial Times', 'media'],
    ['Reuters reported on Monday', 'Reuters', 'media'],
  ])('%s', (text, name, type) => {
    expect(documents(text)).toEqual([[name, type]]);
  });

  it('does not take a head word inside a longer name or a person for a document', () => {
    expect(documents('The New Zealand Post Office had a monopoly.')).toEqual([]);
    expect(documents('Opposition Leader Bill Shorten said')).toEqual([]);
    expect(documents('The plan was approved. Plan ahead.')).toEqual([]);
  });
});
