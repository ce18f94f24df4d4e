import { describe, expect, it } from 'vitest';
import { removeBoilerplate, removeRepeatedTitle } from '@/utils/extract/boilerplate';
import { BOILERPLATE_RULES, BOILERPLATE_TRIGGER } from '@/utils/extract/boilerplate-rules';
import { removeTrailingTeasers } from '@/utils/extract/teasers';
import { fragment } from './dom-helpers';

const PROSE = '<p>国家发展改革委表示，将继续加大对中小企业的支持力度，推动出台更多针对性政策。</p>';

/** [rule, boilerplate block, prose that mentions the same words and must survive]. */
const CASES: readonly [string, string, string][] = [
  [
    'disclaimer paragraph',
    '<p>免责声明：本文仅代表作者观点，不构成投资建议。</p>',
    '<p>企业在公告中发布免责声明：不对第三方数据的准确性负责，这一做法引发监管部门关注，证监会随后要求其补充披露相关风险因素，并就信息披露的完整性作出说明，市场人士认为此举有助于保护中小投资者。此外，多家券商也在研报中提示了相关风险，建议投资者审慎决策，关注企业后续披露的经营数据与现金流状况。</p>'.repeat(
      3,
    ),
  ],
  [
    'copyright line',
    '<p>Copyright © 2021 Example News. Some rights reserved.</p>',
    '<p>The copyright office said the new rules would take effect next year.</p>',
  ],
  [
    'copyright tail',
    '<p>本网站所有内容 版权所有</p>',
    '<p>新修订的著作权法明确，作者对其作品享有版权，所有权人可以依法维权。</p>',
  ],
  [
    'reprint notice',
    '<p>转载请注明出处：新华网</p>',
    '<p>有关部门要求，网站转载新闻应当注明来源，不得歪曲原意。</p>',
  ],
  [
    'reprint notice (English)',
    '<p>This article was originally published by The Conversation.</p>',
    '<p>The article said the report was originally published in 2019 by the agency.</p>',
  ],
  ['editor credit', '<p>责任编辑：王小明</p>', '<p>他曾长期担任报社编辑，后来转向政策研究。</p>'],
  ['author or photo credit line', '<p>作者：李明</p>', '<p>作者在文中指出，政策效果仍需观察。</p>'],
  [
    'byline line (English)',
    '<p>By Maria Lopez and David Chen</p>',
    '<p>By Monday, the ministry had published the full list of products.</p>',
  ],
  [
    'byline line (Chinese: 本报记者 张三, 記者王小華／台北報導)',
    '<p>本报记者 张三 李四</p>',
    '<p>记者从财政部获悉，今年将新增专项债券额度。</p>',
  ],
  ['source or date info line', '<p>2020-01-02 17:11 来源：半月谈网</p>', '<p>数据来源：国家统计局</p>'],
  [
    'forum post line (老王 发表于 2005-9-15 11:46)',
    '<div>老王办事 发表于 2005-9-15 11:46 | 只看该作者</div>',
    '<p>这篇文章发表于2005年的一份期刊，提出了新的观点。</p>',
  ],
  [
    'QR code prompt',
    '<div>扫一扫在手机打开当前页</div>',
    '<p>居民可通过手机扫描社区公告栏上的二维码办理业务，这一做法已在全市推广，预计年底前覆盖所有街道，方便群众就近办理社保、医保等高频事项，减少跑腿次数，提升政务服务效率。</p>',
  ],
  ['share bar', '<div>分享到：微信 微博 QQ空间</div>', '<p>他在会上分享了地方推进改革的经验。</p>'],
  [
    'reader-interruption line',
    '<p>Continue reading the main story</p>',
    '<p>Officials said they would continue reading the main story of the budget as a warning.</p>',
  ],
  [
    'related-article link line',
    '<p><a href="/x">Related: How tariffs hit small exporters</a></p>',
    '<p>Related industries, such as steel and aluminum, were also affected.</p>',
  ],
  [
    'page controls',
    '<div>【打印本页】 【关闭窗口】</div>',
    '<p>【新闻发布会】国务院新闻办公室今天举行发布会，介绍一季度经济运行情况。</p>',
  ],
  ['image placeholder', '<p>Image</p>', '<p>Image of the port shows the scale of the backlog.</p>'],
];

describe('boilerplate rules', () => {
  it('every rule in the table has a case here', () => {
    const tested = new Set([
      ...CASES.map(([name]) => name),
      'disclaimer heading',
      'print edition notice',
      'related-articles heading',
      'comments heading',
      'editor credit at paragraph end',
    ]);
    expect(BOILERPLATE_RULES.map((r) => r.name).filter((name) => !tested.has(name))).toEqual([]);
  });

  it('skips blocks without any trigger word, and every boilerplate example has one', () => {
    for (const [, boilerplate] of CASES)
      expect(BOILERPLATE_TRIGGER.test(fragment(boilerplate).textContent ?? '')).toBe(true);
    for (const heading of [
      '免责声明：',
      '延伸阅读',
      'Comments (3)',
      'A version of this article appears in print on',
      '（责任编辑：王小明）',
    ]) {
      expect(BOILERPLATE_TRIGGER.test(heading)).toBe(true);
    }
    expect(BOILERPLATE_TRIGGER.test('国家发展改革委表示，将继续加大对中小企业的支持力度。')).toBe(false);
  });

  it.each(CASES)('%s: removes the boilerplate, keeps the prose', (name, boilerplate, prose) => {
    const root = fragment(PROSE + boilerplate + prose);
    const removed = removeBoilerplate(root);
    expect(removed.map((r) => r.rule)).toEqual([name]);
    expect(root.innerHTML).toBe(PROSE + prose);
  });

  it('removes a disclaimer heading with the items under it, up to the next heading', () => {
    const root = fragment(
      `${PROSE}<p><strong>免责声明：</strong></p><p>1.本站部分文章为转载。</p><p>2.如涉及版权问题请联系我们。</p><h3>下一节</h3>${PROSE}`,
    );
    removeBoilerplate(root);
    expect(root.innerHTML).toBe(`${PROSE}<h3>下一节</h3>${PROSE}`);
  });

  it('removes a related-articles heading with its list, even when the heading sits in its own wrapper', () => {
    const root = fragment(
      `${PROSE}<div><p><strong>延伸阅读</strong></p></div><ul><li><a href="/1">一季度经济数据发布</a></li><li><a href="/2">工信部召开座谈会</a></li></ul>`,
    );
    removeBoilerplate(root);
    expect(root.innerHTML).toBe(PROSE);
  });

  it('removes a print-edition notice with the fragments after it, keeping prose that mentions print', () => {
    const prose = '<p>The print edition of the report appears in May.</p>';
    const root = fragment(
      `${PROSE}${prose}<div><p>A version of this article appears in print on </p><p>, on Page </p><p>A</p><p>1</p><p>Order Reprints | Today’s Paper</p></div>`,
    );
    expect(removeBoilerplate(root).map((r) => r.rule)).toEqual(['print edition notice']);
    expect(root.innerHTML).toBe(`${PROSE}${prose}<div></div>`);
  });

  it('removes a comments heading and the comments', () => {
    const root = fragment(
      `${PROSE}<h3>Comments (2)</h3><ul><li>Great summary.</li><li>What about steel?</li></ul>`,
    );
    removeBoilerplate(root);
    expect(root.innerHTML).toBe(PROSE);
  });

  it('keeps a long article that follows a mislabelled "related" heading', () => {
    const article =
      '<p>这是正文的一段很长的内容，讲述政策的具体安排和实施路径，包括资金、人才和土地等方面的配套措施。</p>'.repeat(
        20,
      );
    const root = fragment(`${PROSE}<p>相关阅读</p>${article}`);
    removeBoilerplate(root);
    expect(root.innerHTML).toBe(PROSE + article);
  });

  it('trims an editor credit appended to the last paragraph, keeping the paragraph', () => {
    const root = fragment('<p>下一步还需持续发力，增强企业发展动能。（责任编辑：王小明）</p>');
    removeBoilerplate(root);
    expect(root.innerHTML).toBe('<p>下一步还需持续发力，增强企业发展动能。</p>');
  });

  it('judges leaf blocks only: a container is not dropped for one credit line in it', () => {
    const root = fragment(`<div>${PROSE}<p>编辑：赵六</p></div>`);
    removeBoilerplate(root);
    expect(root.innerHTML).toBe(`<div>${PROSE}</div>`);
  });

  it('drops the headline when Readability kept it as the first block', () => {
    const root = fragment(`<div><h2>多地出台措施支持中小企业发展</h2></div>${PROSE}`);
    expect(removeRepeatedTitle(root, '多地出台措施支持中小企业发展')).toBe(true);
    expect(root.innerHTML).toBe(PROSE);
    expect(removeRepeatedTitle(root, '多地出台措施支持中小企业发展')).toBe(false);
  });
});

describe('removeTrailingTeasers', () => {
  const ARTICLE = '<p>魏少军表示，因为中国产业结构和国际上发达国家不一样，三业分离，IDM规模很小。</p>';

  it('removes a run of headline + date teasers at the end, with the short heading above it', () => {
    const root = fragment(
      `${ARTICLE}<h4>观察员</h4><div><p>【深度】越南拒用中国5G，原因和后果是...大参考</p><p>2019-09-08</p></div><div><p>【观·众】《攀登者》怎么样要等上映才知道</p><p>2019-09-08 10:05</p></div>`,
    );
    expect(removeTrailingTeasers(root)).toBe(5);
    expect(root.innerHTML).toBe(`${ARTICLE}<div></div><div></div>`);
  });

  it('leaves a single dated item and prose that ends with a date line', () => {
    const signed = `${ARTICLE}<p>国务院</p><p>2021年5月8日</p>`;
    const root = fragment(signed);
    expect(removeTrailingTeasers(root)).toBe(0);
    expect(root.innerHTML).toBe(signed);
  });

  it('does not take sentences for teaser headlines', () => {
    const list = `${ARTICLE}<p>第一阶段工作已经完成。</p><p>2021-05-01</p><p>第二阶段工作正在推进。</p><p>2021-06-01</p>`;
    const root = fragment(list);
    expect(removeTrailingTeasers(root)).toBe(0);
  });
});
