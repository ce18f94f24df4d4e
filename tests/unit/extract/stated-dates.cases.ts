/**
 * Pages for `stated-dates.test.ts` (fixture data): the stated date of Chinese pages, built on the
 * structures real sites use (news portals, government sites, forums, blogs, old table pages), each
 * inside the chrome that misleads: a "today is" widget, other stories' dates in a sidebar and related
 * links, dated comments and a copyright line.
 */

export const UNDATED_URL = 'https://news.example.cn/article/abcd1234.html';
const TITLE = '多地出台新举措支持中小企业稳岗扩岗';

const NAV =
  '<div class="top"><span>今天是2026年12月6日 星期日</span> <a href="/">首页</a> <a href="/gn/">国内</a> <a href="/cj/">财经</a> <a href="/sh/">社会</a></div>';
const BREADCRUMB = '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gn/">国内新闻</a></div>';
const SIDEBAR =
  '<div class="side"><h3>热点新闻</h3><ul><li><a href="/a/1.html">一季度经济运行总体平稳</a> <span>2023-04-18</span></li><li><a href="/a/2.html">全国春耕备耕进展顺利</a> <span>2023-04-28</span></li><li><a href="/a/3.html">假期出行人数创新高</a> <span>05-02</span></li></ul></div>';
const RELATED =
  '<div class="related"><h3>相关阅读</h3><ul><li><a href="/b/1.html">稳就业政策再加力</a>（2023年04月20日）</li><li><a href="/b/2.html">小微企业减税降费效果明显</a>（2023年03月09日）</li></ul></div>';
const COMMENTS =
  '<div class="comments"><h3>网友评论</h3><div class="c"><span class="u">网友甲</span> <span class="t">2023-05-13 09:12</span><p>政策很及时。</p></div><div class="c"><span class="u">网友乙</span> <span class="t">2023-05-14 21:40</span><p>希望落到实处。</p></div></div>';
const FOOTER =
  '<div class="footer"><p>关于我们 | 联系我们 | 网站地图</p><p>Copyright © 1997-2023 某某网 版权所有 京ICP备12345678号</p></div>';

const PARAGRAPHS = [
  '近日，多个省份相继出台支持中小企业稳岗扩岗的新举措，通过社保补贴、职业培训补贴和担保贷款贴息等方式，帮助企业降低用工成本。',
  '据介绍，今年以来各地累计向中小企业发放稳岗返还资金超过百亿元，惠及企业数十万家，稳定就业岗位数百万个，政策效果逐步显现。',
  '业内人士表示，稳岗扩岗政策的关键在于精准直达，下一步还需简化申领流程，推动“免申即享”，让更多符合条件的企业尽快享受政策红利。',
  '有关部门负责人表示，将加强政策宣传解读，持续跟踪评估实施效果，及时研究解决企业反映的困难和问题，确保各项措施落地见效。',
];
const BODY = `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;

interface PageParts {
  head?: string;
  /** The headline and what the site prints around it (its info line). */
  header: string;
  body?: string;
  /** Between the article and the related links (a signature, an editor's line). */
  below?: string;
  /** The sidebar before the article in the document (a left column) rather than after it. */
  sidebarFirst?: boolean;
}

function page(parts: PageParts): string {
  const main = `<div class="main">${parts.header}${parts.body ?? BODY}${parts.below ?? ''}${RELATED}${COMMENTS}</div>`;
  const columns = parts.sidebarFirst ? `${SIDEBAR}${main}` : `${main}${SIDEBAR}`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}_新闻中心_某某网</title>${parts.head ?? ''}</head><body>${NAV}${BREADCRUMB}${columns}${FOOTER}</body></html>`;
}

const h1 = `<h1>${TITLE}</h1>`;

export interface DateCase {
  name: string;
  html: string;
  url?: string;
  expected: string | null;
}

export const CASES: readonly DateCase[] = [
  {
    name: '人民网: `2023年05月12日08:21 | 来源：…` (time run into the day)',
    html: page({
      header: `${h1}<div class="box01"><div class="col-1-1 fl">2023年05月12日08:21 | 来源：<a href="http://paper.example.cn/">人民网－人民日报</a></div></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '新华网: year, day and time in their own elements above the headline',
    html: page({
      header: `<div class="header"><div class="header-time left"><span class="year"><em>2023</em></span><span class="day"><em>05</em>/<em>12</em></span><span class="time">08:21:30</span></div><div class="source">来源：新华网</div>${h1}</div>`,
      sidebarFirst: true,
    }),
    expected: '2023-05-12',
  },
  {
    name: '新华网 (older): `<span class="h-time">` in the info bar',
    html: page({
      header: `<div class="h-title">${TITLE}</div><div class="h-info"><span class="h-time">2019-05-12 08:21:30</span> <span>来源： 新华网</span></div>`,
    }),
    expected: '2019-05-12',
  },
  {
    name: '央视: `来源：… | 2023年05月12日 08:21` (source first)',
    html: page({
      header: `${h1}<div class="info1">来源：央视新闻客户端 | 2023年05月12日 08:21</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '澎湃: date and source in sibling spans, author above them',
    html: page({
      header: `${h1}<div class="index_left"><div>澎湃新闻记者 张三</div><div class="ant-space"><span>2023-05-12 08:21</span><span>来源：澎湃新闻</span></div></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '网易: `post_info` with a report link',
    html: page({
      header: `${h1}<div class="post_info">2023-05-12 08:21:30\u3000来源: <a href="#">新京报</a> <a href="#">举报</a></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '新浪: `<span class="date">2023年05月12日 08:21</span>` then the source link',
    html: page({
      header: `${h1}<div class="date-source"><span class="date">2023年05月12日 08:21</span> <a class="source" href="#">中国新闻网</a></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '搜狐: a time span whose data-val is a timestamp',
    html: page({
      header: `<div class="text-title">${h1}<div class="article-info"><span class="time" id="news-time" data-val="1683851234000">2023-05-12 08:21</span><span>来源: <a href="#">新华社</a></span></div></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '凤凰: date and source link in one paragraph',
    html: page({
      header: `${h1}<div class="info"><p class="time"><span>2023年05月12日 08:21:30</span> <span><a href="#">来源：中国新闻网</a></span></p></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'gov.cn news: `pages-date` with the font-size switch',
    html: page({
      header: `<div class="article"><h1>${TITLE}</h1><div class="pages-date">2023-05-12 08:21 <span class="font">来源：新华社</span><span class="font">【字体：<span>大</span> <span>中</span> <span>小</span>】</span></div></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'province: `【发布时间：…】【字体：大 中 小】` line',
    html: page({
      header: `<div class="title">${TITLE}</div><div class="tip">【发布时间：2023-05-12】【来源：市人力资源和社会保障局】【字体：<a>大</a> <a>中</a> <a>小</a>】</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'province: `时间：… 浏览次数：` with the counter filled by a script',
    html: page({
      header: `<h2>${TITLE}</h2><div class="info"><span>时间：2023-05-12</span> <span>来源：县政府办</span> <span>浏览次数：<script>document.write(128)</script></span></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'province: `日期：2023年05月12日` in a table cell under the headline',
    html: page({
      header: `<table><tr><td class="bt">${TITLE}</td></tr><tr><td class="rq">日期：2023年05月12日\u3000\u3000来源：市发展改革委</td></tr></table>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'update and publish times: the publish time wins',
    html: page({
      header: `${h1}<div class="meta">更新时间：2023-05-15 10:00\u3000发布时间：2023-05-12 08:21\u3000来源：本网</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'Discuz: `发表于 2023-5-12 08:21` in the post head',
    html: page({
      header: `<h1 class="ts"><span id="thread_subject">${TITLE}</span></h1><div class="authi"><a href="#">楼主</a> <em id="authorposton1">发表于 2023-5-12 08:21</em> | <a href="#">只看该作者</a></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'Discuz: `发表于 3 天前` with the date in the title attribute',
    html: page({
      header: `<h1 class="ts"><span id="thread_subject">${TITLE}</span></h1><div class="authi"><a href="#">楼主</a> <em id="authorposton1">发表于 <span title="2023-5-12 08:21">3&nbsp;天前</span></em> | <a href="#">只看该作者</a></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '新浪博客: `(2010-05-12 08:21:30)` after the title, tags under it',
    html: page({
      header: `<div class="articalTitle"><h2 class="titName SG_txta">${TITLE}</h2><span class="time SG_txtc">(2010-05-12 08:21:30)</span></div><div class="articalTag"><span>标签：</span><a>就业</a> <a>政策</a> <span>分类：</span><a>时评</a></div>`,
    }),
    expected: '2010-05-12',
  },
  {
    name: '百家号-style: `发布时间：05-12` without the year, dated by a head meta on the same day',
    html: page({
      head: '<meta itemprop="dateUpdate" content="2023-05-12 08:21:30">',
      header: `<div class="article-title">${h1}</div><div class="article-desc"><p class="author-name">新京报</p><div class="article-source"><span class="date">发布时间：05-12</span><span class="time">08:21</span></div></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '头条-style: a bare `05-12 08:21` under the headline, the year from the URL',
    url: 'https://www.example.com/a/2023/05/abcdef.html',
    html: page({
      header: `${h1}<div class="article-meta"><span class="name">新京报</span> <span>05-12 08:21</span></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'a year-less date with no year anywhere stays absent',
    html: page({
      header: `${h1}<div class="article-meta"><span class="name">新京报</span> <span>05-12 08:21</span></div>`,
    }),
    expected: null,
  },
  {
    name: 'dotted date `2023.05.12` after the author',
    html: page({
      header: `${h1}<div class="info">作者：张三\u30002023.05.12</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'old table page: a hot-stories column listing this story before its `<font>` headline',
    html: page({
      header: `<table width="760"><tr><td width="200"><div>热门文章</div><ul><li><a href="/a/9.html">${TITLE}</a></li><li><a href="/a/8.html">某市召开优化营商环境工作推进会</a></li><li><a href="/a/7.html">全省外贸进出口保持稳定增长</a></li></ul></td><td><table><tr><td align="center"><font size="5"><b>${TITLE}</b></font></td></tr><tr><td align="center"><font color="#666666">2005-07-18 13:03:17\u3000来源：某某日报</font></td></tr></table></td></tr></table>`,
    }),
    expected: '2005-07-18',
  },
  {
    name: 'old table page: `<font>` headline, date and source in the next row',
    html: page({
      header: `<table width="760"><tr><td align="center"><font size="5"><b>${TITLE}</b></font></td></tr><tr><td align="center"><font color="#666666">2005-07-18 13:03:17\u3000来源：某某日报</font></td></tr></table>`,
    }),
    expected: '2005-07-18',
  },
  {
    name: 'repost: only `原文发布时间` states the date',
    html: page({
      header: `${h1}<div class="info">原文发布时间：2023-05-12\u3000转载来源：某某日报</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'a summary box between the headline and the info line',
    html: page({
      header: `${h1}<div class="summary">摘要：各地通过社保补贴、职业培训补贴和担保贷款贴息等方式，帮助中小企业降低用工成本，稳定就业岗位。</div><div class="info">2023-05-12 08:21 来源：某某日报</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'a notice dated only by its signature in Chinese numerals',
    html: page({
      header: `<h1>某某市人力资源和社会保障局关于做好中小企业稳岗扩岗工作的通知</h1>`,
      body: `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right">某某市人力资源和社会保障局</p><p style="text-align:right">二〇二三年五月十二日</p></div><p>（责任编辑：王五）</p>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'a closing sentence with a date is not the date line',
    html: page({
      header: `${h1}<div class="info">来源：某某日报\u3000作者：李四</div>`,
      body: `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>本通知自2023年6月1日起施行。</p></div>`,
    }),
    expected: null,
  },
  {
    name: 'a related story kept at the article’s end is not its date line',
    html: page({
      header: `${h1}<div class="info">来源：某某日报</div>`,
      body: `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>延伸阅读</p><p>稳就业政策再加力（2023年04月20日）</p></div>`,
    }),
    expected: null,
  },
  {
    name: 'province: the info line as list items, the source a long linked name',
    html: page({
      header: `<div class="title">${TITLE}</div><ul class="info"><li>来源：<a href="#">某某省人力资源和社会保障厅办公室</a></li><li>发布时间：2023-05-12</li><li>浏览次数：128</li></ul>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'an editor line with the date closing the article',
    html: page({
      header: `${h1}<div class="info">来源：某某日报\u3000作者：李四</div>`,
      body: `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>（2023年05月12日 08:21）</p><p>（责任编辑：王五）</p></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '凤凰/腾讯-style head: `og:time ` and `apub:time` meta, no visible date',
    html: page({
      head: '<meta name="og:time " content="2023-05-12 08:21:30"><meta name="apub:time" content="2023-05-12 08:21:30">',
      header: `${h1}<div class="info">来源：某某日报</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '微信公众号: the date after the account name and its hidden profile card',
    html: page({
      header: `<h1 class="rich_media_title">${TITLE}</h1><div id="meta_content"><span class="rich_media_meta rich_media_meta_text">张三</span> <span id="profileBt"><a href="javascript:void(0);" id="js_name">某某观察</a><div id="js_profile_qrcode" class="profile_container" style="display:none;"><strong>某某观察</strong><p><label>微信号</label><span>mougc2015</span></p><p><label>功能介绍</label><span>关注宏观经济、产业政策和区域发展，每天为读者解读最新的政策文件和经济数据，提供深度分析。</span></p></div></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-05-12</em></div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '博客园-style: `posted @ 2019-09-07 10:20` under the post, then its counters and comments',
    html: page({
      header: `<div class="post"><h1 class="postTitle"><a id="cb_post_title_url" href="#">${TITLE}</a></h1>`,
      body: `<div id="cnblogs_post_body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div><div class="postDesc">posted @ <span id="post-date">2019-09-07 10:20</span> <a href="#">张三</a> 阅读(<span>123</span>) 评论(<span>2</span>) <a href="#">编辑</a></div></div>`,
    }),
    expected: '2019-09-07',
  },
  {
    name: '贴吧-style: the first post’s `1楼 2019-09-07 10:20` under its text',
    html: page({
      header: `<h3 class="core_title_txt">${TITLE}</h3><ul class="p_author"><li><a href="#">楼主小王</a></li></ul>`,
      body: `<div class="d_post_content">${PARAGRAPHS.join('<br>')}</div><div class="post-tail-wrap"><span class="tail-info">1楼</span><span class="tail-info">2019-09-07 10:20</span><a href="#">回复</a></div>`,
    }),
    expected: '2019-09-07',
  },
  {
    name: 'a notice with `发布时间：` at its foot, beside the page tools',
    html: page({
      header: `<div class="title">${TITLE}</div>`,
      body: `${BODY}<div class="foot-info">发布时间：2023-05-12\u3000浏览次数：128\u3000【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'old page with its headline as a picture: the date line under the article',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某网--新闻中心</title></head><body>${NAV}<table><tr><td><img src="/title/20050718.gif" alt=""></td></tr><tr><td>${BODY}</td></tr><tr><td align="right">2005-07-18\u3000【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr></table>${RELATED}${FOOTER}</body></html>`,
    expected: '2005-07-18',
  },
  {
    name: 'under the article only comments: their dates are not the article’s',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>${NAV}<div class="main">${h1}<div class="info">来源：某某日报</div>${BODY}<div class="cmt"><h3>发表评论</h3><div><span>小李</span> <span>2023-05-13 09:12</span><p>政策很及时。</p></div></div></div>${FOOTER}</body></html>`,
    expected: null,
  },
  {
    name: 'Baidu cambrian JSON-LD (`pubDate`, a template comment left in), no visible date',
    html: page({
      head: `<script type="application/ld+json">{
        "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
        "@id": "https://news.example.cn/article/abcd1234.html",
        "title": "${TITLE}",
        "images": ["https://img.example.cn/a.jpg"], //请在此处添加希望在搜索结果中展示图片的url
        "pubDate": "2023-05-12T08:21:30"
      }</script>`,
      header: `${h1}<div class="info">来源：某某日报</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: '`bytedance:published_time` meta, no visible date',
    html: page({
      head: '<meta property="bytedance:published_time" content="2023-05-12T08:21:30+08:00">',
      header: `${h1}<div class="info">来源：某某日报</div>`,
    }),
    expected: '2023-05-12',
  },
  {
    name: 'no stated date: the sidebar, related links, comments and copyright give none',
    html: page({
      header: `${h1}<div class="info">来源：某某日报\u3000作者：李四</div>`,
      sidebarFirst: true,
    }),
    expected: null,
  },
];
