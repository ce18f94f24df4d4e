import { describe, expect, it } from 'vitest';
import { NO_ARTICLE_MESSAGES, judgeArticle } from '@/utils/extract/article-check';

const never = (): boolean => {
  throw new Error('isProbablyReaderable should not be needed here');
};

describe('judgeArticle', () => {
  it('accepts a long article with few links without walking the page again', () => {
    expect(judgeArticle('国家发展改革委和科技部日前联合发布通知。'.repeat(40), 0, never)).toEqual({
      ok: true,
    });
  });

  it('refuses text that is mostly links, whatever its length', () => {
    const text = '某某市关于促进制造业高质量发展的若干措施\n\n某某市优化营商环境条例实施细则'.repeat(30);
    expect(judgeArticle(text, Math.round(text.replace(/\s/g, '').length * 0.9), never)).toEqual({
      ok: false,
      detail: 'mostly-links',
      message: NO_ARTICLE_MESSAGES['mostly-links'],
    });
  });

  it('accepts a ~280-character official notice (which isProbablyReaderable would reject) on its own checks', () => {
    const notice = [
      '某某省人民政府：',
      '你省《关于申请设立某某高新技术产业开发区的请示》收悉。现批复如下：',
      '一、同意设立某某高新技术产业开发区，实行现行国家高新技术产业开发区的政策。',
      '二、高新区要坚持创新驱动发展，聚焦新材料、生物医药等主导产业，严格土地管理。',
      '三、你省要加强组织领导，重大问题及时向国务院报告。',
      '国务院\n2021年5月8日',
    ].join('\n\n');
    expect(judgeArticle(notice, 0, never)).toEqual({ ok: true });
  });

  it('refuses a few short lines (a footer, a login box)', () => {
    expect(judgeArticle('网站地图\n\n联系我们\n\n主办：某某市人民政府办公室', 0, () => false)).toEqual({
      ok: false,
      detail: 'too-little',
      message: NO_ARTICLE_MESSAGES['too-little'],
    });
    expect(judgeArticle('', 0, never)).toEqual({
      ok: false,
      detail: 'no-text',
      message: NO_ARTICLE_MESSAGES['no-text'],
    });
  });

  it('trusts isProbablyReaderable for mid-length pages when it says yes', () => {
    const text =
      'Importers of hot-rolled flat steel will no longer face the above-quota tariff from 1 July, officials said. Quotas for rebar and wire rod are cut by 15% to protect domestic producers.';
    expect(judgeArticle(text, 0, () => true)).toEqual({ ok: true });
    expect(judgeArticle(text, 0, () => false)).toEqual({
      ok: false,
      detail: 'too-little',
      message: NO_ARTICLE_MESSAGES['too-little'],
    });
  });
});
