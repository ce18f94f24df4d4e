import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import type { Article } from '@/utils/extract/types';
import { htmlDocument } from './dom-helpers';

const URL = 'https://www.example.cn/news/2021/0510/1.html';
const BODY_ZH =
  '<p>国家发展改革委和科技部日前联合发布通知，明确要求赋予科研人员职务科技成果所有权和长期使用权，推进技术要素市场配置改革。</p>'.repeat(
    8,
  );
const BODY_EN =
  '<p>The Treasury Department said on Monday that it would double the export credit available to small manufacturers, raising the ceiling to $4 billion.</p>'.repeat(
    8,
  );

function article(html: string, url = URL): Article {
  const result = extract(htmlDocument(html, url), url);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.article;
}

describe('extract: refusals are values with a message a user understands', () => {
  it('refuses a document that is not HTML', () => {
    const xml = new JSDOM('<?xml version="1.0"?><rss><channel><title>feed</title></channel></rss>', {
      contentType: 'application/xml',
    }).window.document;
    expect(extract(xml, URL)).toEqual({
      ok: false,
      reason: 'not-html',
      contentType: 'application/xml',
      message: expect.stringContaining('not a web page'),
    });
  });

  it('refuses a page above the element limit', () => {
    const result = extract(htmlDocument(`<html><body>${BODY_ZH}</body></html>`), URL, { maxElements: 5 });
    expect(result).toMatchObject({
      ok: false,
      reason: 'too-large',
      limit: 5,
      message: expect.stringMatching(/too large.*limit is 5/),
    });
    expect(result.ok || (result.reason === 'too-large' && result.elements > 5)).toBe(true);
  });

  it('tells an empty page from a page without an article', () => {
    expect(extract(htmlDocument('<html><body>  </body></html>'), URL)).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(
      extract(
        htmlDocument(
          '<html><body><ul><li><a href="/a">首页</a></li><li><a href="/b">政策</a></li></ul></body></html>',
        ),
        URL,
      ),
    ).toMatchObject({ ok: false, reason: 'no-article', detail: expect.any(String) });
  });
});

describe('extract: metadata from the best place that has it', () => {
  it('prefers JSON-LD over Open Graph and the info line', () => {
    const a = article(`<html><head><title>标题 - 网站</title>
      <meta property="og:site_name" content="OG 网站"><meta property="article:published_time" content="2021-05-09T10:00:00+08:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"标题","datePublished":"2021-05-10T08:00:00+08:00","publisher":{"@type":"Organization","name":"JSON-LD 出版者"},"author":{"@type":"Person","name":"王五"}}</script>
      </head><body><h1>标题</h1><div>发布时间：2021-05-08 来源：某报</div>${BODY_ZH}</body></html>`);
    expect(a).toMatchObject({
      title: '标题',
      source: 'JSON-LD 出版者',
      published: '2021-05-10',
      byline: '王五',
    });
  });

  it('uses Open Graph / publishdate-style meta when there is no JSON-LD', () => {
    const a =
      article(`<html><head><title>标题_网站</title><meta property="og:site_name" content="经济网"><meta name="PubDate" content="2021-05-10 09:00"></head>
      <body><h1>标题</h1><div>来源：某报 2021-05-01</div>${BODY_ZH}</body></html>`);
    expect(a).toMatchObject({ source: '经济网', published: '2021-05-10' });
  });

  it('reads meta written with name= and value= (saved pages, some CMSs)', () => {
    const a = article(
      `<html><head><title>Quotas cut | Monitor</title><meta name="og:site_name" value="Trade Monitor"><meta name="article:published_time" value="2022-10-11T19:11:05-04:00"></head><body><h1>Quotas cut</h1>${BODY_EN}</body></html>`,
    );
    expect(a).toMatchObject({ source: 'Trade Monitor', published: '2022-10-11' });
  });

  it('dates by a <time> in the article header when no meta dates the page', () => {
    const a = article(
      `<html><head><title>Quotas cut</title></head><body><aside><time datetime="2020-01-01">old</time></aside><article><header><h1>Quotas cut</h1><time datetime="2021-06-02T08:00:00+02:00">2 June</time></header>${BODY_EN}</article></body></html>`,
    );
    expect(a.published).toBe('2021-06-02');
  });

  it('falls back to the title suffix, then the host name, for the source; null when no date is stated', () => {
    expect(
      article(
        `<html><head><title>科技成果转化再迎政策利好-思瀚产业研究院</title></head><body><h1>科技成果转化再迎政策利好</h1>${BODY_ZH}</body></html>`,
        'https://www.example.cn/news/1.html',
      ),
    ).toMatchObject({ source: '思瀚产业研究院', published: null });
    expect(
      article(
        `<html><head><title>短标题-思瀚产业研究院</title></head><body><h1>短标题</h1>${BODY_ZH}</body></html>`,
      ),
    ).toMatchObject({ title: '短标题', source: '思瀚产业研究院' });
    expect(
      article(
        `<html><head><title>标题</title></head><body><h1>标题</h1>${BODY_ZH}</body></html>`,
        'https://www.gov.example.cn/a.html',
      ).source,
    ).toBe('gov.example.cn');
  });

  it('resolves a relative canonical URL and ignores non-web ones', () => {
    expect(
      article(
        `<html><head><title>t</title><link rel="canonical" href="/news/1.html"></head><body>${BODY_ZH}</body></html>`,
      ).canonicalUrl,
    ).toBe('https://www.example.cn/news/1.html');
    expect(
      article(
        `<html><head><title>t</title><link rel="canonical" href="javascript:x"></head><body>${BODY_ZH}</body></html>`,
      ).canonicalUrl,
    ).toBeNull();
  });

  it('drops bylines that name nobody', () => {
    expect(
      article(
        `<html><head><title>t</title><meta name="author" content="name, email@gmail.com"></head><body>${BODY_EN}</body></html>`,
      ).byline,
    ).toBeNull();
  });

  it('prefers the description, else a sentence-sized first paragraph, for the excerpt (≤ 300 characters)', () => {
    expect(
      article(
        `<html><head><title>t</title><meta name="description" content="  一波政策利好。 "></head><body>${BODY_ZH}</body></html>`,
      ).excerpt,
    ).toBe('一波政策利好。');
    const long = article(
      `<html><head><title>t</title></head><body><p>某某省人民政府：</p>${'<p>' + '很长的段落内容。'.repeat(60) + '</p>'}${BODY_ZH}</body></html>`,
    ).excerpt;
    expect(long.startsWith('很长的段落内容。')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(300);
  });
});

describe('extract: never touches the page', () => {
  it('leaves the document exactly as it was', () => {
    const doc = htmlDocument(
      `<html lang="zh-CN"><head><title>标题_网站</title><script>var x = 1;</script><style>p{}</style></head><body><div class="nav"><a href="/">首页</a></div><h1>标题</h1><div>来源：某报</div>${BODY_ZH}<p>责任编辑：张三</p><p onclick="x()">扫一扫</p></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    const result = extract(doc, URL);
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
