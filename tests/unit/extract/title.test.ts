import { describe, expect, it } from 'vitest';
import { chooseTitle, sameTitle, stripSiteSuffix, type Heading } from '@/utils/extract/title';
import { fragment } from './dom-helpers';

describe('stripSiteSuffix', () => {
  it.each([
    ['国务院关于印发某某规划的通知_中国政府网', '国务院关于印发某某规划的通知', ['中国政府网']],
    [
      '央地齐打“组合拳” 促科技成果转化再迎政策利好-思瀚产业研究院',
      '央地齐打“组合拳” 促科技成果转化再迎政策利好',
      ['思瀚产业研究院'],
    ],
    ['多地出台措施支持专精特新中小企业发展｜新华网', '多地出台措施支持专精特新中小企业发展', ['新华网']],
    [
      'As Debt Rises, the Government Will Soon Spend More - The New York Times',
      'As Debt Rises, the Government Will Soon Spend More',
      ['The New York Times'],
    ],
    [
      'Angry media won’t buckle over new surveillance laws | Herald Sun',
      'Angry media won’t buckle over new surveillance laws',
      ['Herald Sun'],
    ],
    [
      '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网',
      '海外留学生看两会：出国前后关注点大不同',
      ['教育频道', '中国青年网'],
    ],
    // Chained with spaces (issue 17): `标题 _频道 _网站名`.
    [
      '两会代表委员热议科技成果转化 _教育频道 _中国青年网',
      '两会代表委员热议科技成果转化',
      ['教育频道', '中国青年网'],
    ],
    [
      '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::',
      '新竹尖石_美樹營地賞楓 (2)',
      ['史蒂文的家', '藍天', '痞客邦 PIXNET'],
    ],
  ])('cuts the site name off %s', (raw, title, suffixes) => {
    expect(stripSiteSuffix(raw)).toEqual({ title, suffixes });
  });

  it.each([
    'COVID-19 relief bill passes the Senate',
    '上海市促进科技成果转移转化行动方案(2021-2023)解读',
    'Brexit - what happens to trade next',
    '上海-北京高铁开通',
  ])('keeps %s whole: no site name there', (raw) => {
    expect(stripSiteSuffix(raw).title).toBe(raw);
  });

  it('always cuts a name the page gives itself, even a long one', () => {
    expect(
      stripSiteSuffix('Tariffs explained - Ministry of Commerce Policy Research Centre Bulletin', [
        'Ministry of Commerce Policy Research Centre Bulletin',
      ]).title,
    ).toBe('Tariffs explained');
  });

  it('drops invisible characters and repeated whitespace', () => {
    expect(stripSiteSuffix('\u200B 关于\u00A0 促进\n消费的\uFEFF通知 ').title).toBe('关于 促进 消费的通知');
  });
});

describe('chooseTitle', () => {
  const doc = fragment('<h1>site logo</h1><h1>Tariff review: what changes in July</h1><h2>Most read</h2>');
  const headings: Heading[] = Array.from(doc.querySelectorAll('h1, h2')).map((element) => ({
    text: element.textContent ?? '',
    element,
  }));

  it('prefers the headline that matches the document title over the declared (og:) title', () => {
    const choice = chooseTitle({
      documentTitle: 'Tariff review: what changes in July | Trade Monitor',
      declaredTitle: 'Tariff review',
      headings,
      siteNames: [],
    });
    expect(choice.title).toBe('Tariff review: what changes in July');
    expect(choice.heading).toBe(headings[1]?.element);
    expect(choice.siteSuffix).toBe('Trade Monitor');
  });

  it('falls back to the declared title without its suffix when no headline matches', () => {
    const choice = chooseTitle({
      documentTitle: 'Something else | Trade Monitor',
      declaredTitle: 'Quotas cut on rebar | Trade Monitor',
      headings,
      siteNames: ['Trade Monitor'],
    });
    expect(choice).toMatchObject({ title: 'Quotas cut on rebar', heading: null });
  });

  it('uses the only substantial h1 when the document title is just the site name', () => {
    const page = fragment('<h1>某某市关于促进制造业高质量发展的若干措施</h1>');
    const h1 = page.querySelector('h1') as Element;
    const choice = chooseTitle({
      documentTitle: '某某市人民政府',
      declaredTitle: null,
      headings: [{ text: h1.textContent ?? '', element: h1 }],
      siteNames: ['某某市人民政府'],
    });
    expect(choice.title).toBe('某某市关于促进制造业高质量发展的若干措施');
  });

  it('compares titles ignoring width, case and spacing', () => {
    expect(sameTitle('ＡＢＣ 政策', 'abc政策')).toBe(true);
    expect(sameTitle('政策', '政策解读')).toBe(false);
  });
});
