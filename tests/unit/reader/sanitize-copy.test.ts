// @vitest-environment jsdom
/**
 * The saved copy is shown only as rebuilt from the allowlist: hostile stored HTML (a crafted backup)
 * runs nothing, loads nothing and links only to http(s), while the article's text and structure stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeCopy } from '@/utils/reader/sanitize-copy';

const words = { image: (alt: string | null) => (alt ? `[image: ${alt}]` : '[image]') };

function clean(html: string): HTMLDivElement {
  const div = document.createElement('div');
  div.appendChild(sanitizeCopy(document, html, words));
  return div;
}

const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'dir',
  'title',
  'colspan',
  'rowspan',
  'span',
  'start',
  'href',
  'target',
  'rel',
  'class',
]);

function assertInert(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect([
      'script',
      'style',
      'iframe',
      'img',
      'object',
      'embed',
      'svg',
      'form',
      'input',
      'link',
      'meta',
      'video',
      'audio',
      'source',
      'base',
    ]).not.toContain(el.localName);
    for (const name of el.getAttributeNames()) expect(ALLOWED_ATTRIBUTES).toContain(name);
    if (el.hasAttribute('class')) expect(el.className).toBe('copy-image');
    const href = el.getAttribute('href');
    if (href !== null) expect(href).toMatch(/^https?:\/\/[^\s]/);
  }
}

describe('sanitizeCopy', () => {
  it('keeps the text, headings, lists, tables and web links of an article', () => {
    const root = clean(
      '<h2 lang="zh">一、总体要求</h2><p>全国共登记<strong>技术合同</strong>549353项。</p>' +
        '<ol start="3"><li>措施</li></ol><table><tr><td colspan="2">合计</td></tr></table>' +
        '<p><a href="https://www.gov.cn/zhengce/a.html">原文</a></p>',
    );
    expect(root.textContent).toBe('一、总体要求全国共登记技术合同549353项。措施合计原文');
    expect(root.querySelector('h2')?.getAttribute('lang')).toBe('zh');
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(root.querySelector('td')?.getAttribute('colspan')).toBe('2');
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.gov.cn/zhengce/a.html');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops scripts, handlers, frames, forms, styles and every remote load', () => {
    const root = clean(
      '<p onclick="alert(1)" style="background:url(https://evil.example/x.png)" class="x" id="y">a</p>' +
        '<script>alert(1)</script><style>@import "https://evil.example/s.css";</style>' +
        '<img src="https://evil.example/track.gif" srcset="https://evil.example/2x.gif 2x" alt="图表" onerror="alert(1)">' +
        '<iframe src="https://evil.example/"></iframe><svg><script>alert(1)</script></svg>' +
        '<form action="https://evil.example/"><input value="x"><button>go</button></form>' +
        '<a href="javascript:alert(1)">js</a><a href=" JAVA\tSCRIPT:alert(1)">js2</a><a href="/relative">rel</a>' +
        '<video poster="https://evil.example/p.jpg"><source src="https://evil.example/v.mp4"></video>' +
        '<link rel="stylesheet" href="https://evil.example/l.css"><meta http-equiv="refresh" content="0;url=https://evil.example">' +
        '<base href="https://evil.example/"><object data="https://evil.example/o"></object>' +
        '<custom-el onmouseover="alert(1)">kept text</custom-el>',
    );
    assertInert(root);
    expect(root.querySelector('p')!.getAttributeNames()).toEqual([]);
    expect(root.textContent).toBe('a[image: 图表]jsjs2relkept text');
    expect(root.querySelectorAll('a[href]')).toHaveLength(0);
  });

  it('whatever the markup, nothing active survives (property)', () => {
    const tag = fc.constantFrom(
      'p',
      'a',
      'img',
      'script',
      'div',
      'svg',
      'iframe',
      'style',
      'td',
      'x-y',
      'math',
      'form',
      'span',
    );
    const attr = fc.tuple(
      fc.constantFrom(
        'href',
        'src',
        'onclick',
        'onerror',
        'style',
        'srcset',
        'lang',
        'colspan',
        'xlink:href',
        'formaction',
      ),
      fc.constantFrom(
        'javascript:alert(1)',
        'https://evil.example/x',
        '1',
        'data:text/html,x',
        '" onload="x',
        'zh',
      ),
    );
    const element = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 8 }),
        fc
          .tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }))
          .map(
            ([t, attrs, kids]) =>
              `<${t} ${attrs.map(([n, v]) => `${n}="${v.replace(/"/g, '&quot;')}"`).join(' ')}>${kids.join('')}</${t}>`,
          ),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(element, { maxLength: 4 }), (parts) => {
        assertInert(clean(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });
});
