import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { shortItemUnder } from '@/utils/extract/short-item';
import { htmlDocument } from './dom-helpers';

const NAV = Array.from(
  { length: 30 },
  (_, i) => `<li><a href="/c/${i}">栏目${i}：政策解读与办事指南</a></li>`,
).join('');
const ITEM =
  '5月17日，新建跨江大桥南主塔顺利封顶，塔高186米。大桥全长3.2公里，建成后两岸通行时间将由40分钟缩短至8分钟。';

function page(under: string): Document {
  return htmlDocument(
    `<html><head><title>新建跨江大桥主塔封顶-图片新闻-某某市人民政府网</title></head><body><ul class="nav">${NAV}</ul><h1>新建跨江大桥主塔封顶</h1>${under}<ul class="more">${NAV}</ul></body></html>`,
    'https://www.city.example.gov.cn/tpxw/1.htm',
  );
}

describe('short items', () => {
  it('takes the paragraph under the headline when the page is otherwise menus', () => {
    const doc = page(
      `<p class="date">2023-05-18</p><div class="pic"><img src="/a.jpg" alt=""></div><p>${ITEM}</p>`,
    );
    const result = extract(doc, doc.URL);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toBe(ITEM);
  });

  it('finds the prose blocks under a headline, and nothing when there are none', () => {
    const doc = page(`<p>${ITEM}</p><p>${ITEM}</p>`);
    const h1 = doc.querySelector('h1') as Element;
    expect(shortItemUnder(doc, h1)?.children.length).toBe(2);
    const bare = page('<p>2023-05-18</p>');
    expect(shortItemUnder(bare, bare.querySelector('h1') as Element)).toBeNull();
  });

  it('still refuses a headline over links only', () => {
    const doc = page('');
    const result = extract(doc, doc.URL);
    expect(result.ok).toBe(false);
  });
});
