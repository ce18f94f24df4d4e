import { describe, expect, it } from 'vitest';
import { isSafeUrl, sanitizeContent } from '@/utils/extract/sanitize';
import { fragment } from './dom-helpers';

const clean = (html: string): string => {
  const root = fragment(html);
  sanitizeContent(root);
  return root.innerHTML;
};

describe('sanitizeContent', () => {
  it('removes active elements with their content', () => {
    expect(
      clean(
        '<p>a</p><script>x()</script><style>p{}</style><iframe src="https://youtube.com/embed/1"></iframe><object data="x"></object><svg><script>y()</script></svg><p>b</p>',
      ),
    ).toBe('<p>a</p><p>b</p>');
  });

  it('removes event handlers, inline styles and site class names, keeping the element', () => {
    expect(
      clean('<p onclick="steal()" style="color:red" class="lead" ONMOUSEOVER="x" title="t">text</p>'),
    ).toBe('<p title="t">text</p>');
  });

  it('removes script URLs however they are disguised, keeps web links and images', () => {
    expect(
      clean(
        '<a href="javascript:alert(1)">a</a><a href=" java\tscript:alert(1)">b</a><a href="vbscript:x">c</a><a href="data:text/html,<script>">d</a><a href="https://gov.cn/x">e</a><a href="/rel">f</a><img src="data:image/png;base64,AAAA"><img src="photo.jpg" srcset="a.jpg 1x, javascript:x 2x">',
      ),
    ).toBe(
      '<a>a</a><a>b</a><a>c</a><a>d</a><a href="https://gov.cn/x">e</a><a href="/rel">f</a><img src="data:image/png;base64,AAAA"><img src="photo.jpg">',
    );
  });

  it('unwraps forms rather than losing an article wrapped in one', () => {
    expect(clean('<form action="javascript:x"><p>正文</p><input name="q"><button>搜索</button></form>')).toBe(
      '<p>正文</p>',
    );
  });

  it.each([
    ['https://example.cn', 'href', true],
    ['mailto:a@b.cn', 'href', true],
    ['#section-2', 'href', true],
    ['JAVASCRIPT:x', 'href', false],
    ['data:image/jpeg;base64,AA', 'src', true],
    ['data:image/svg+xml;base64,AA', 'src', false],
    ['data:image/png;base64,AA', 'href', false],
  ])('isSafeUrl(%s, %s) is %s', (url, attribute, safe) => {
    expect(isSafeUrl(url, attribute)).toBe(safe);
  });
});
