/**
 * What Readability keeps but a researcher must never quote: disclaimers, copyright and reprint notices,
 * editor credits, QR prompts, share bars, "Continue reading the main story", related-article lists.
 * Each rule is tested (tests/unit/extract/boilerplate.test.ts) on the block text it is meant for and on
 * prose that merely mentions the same words; `maxLength` is what keeps the prose safe.
 */

export type BoilerplateAction =
  /** Remove the block. */
  | 'remove'
  /** Remove the block and what follows it in its section (a disclaimer's items, a related list). */
  | 'remove-with-following'
  /** Remove only the matched text at the end of the block (a credit appended to the last paragraph). */
  | 'trim-end';

export interface BoilerplateRule {
  name: string;
  /** Tested on the block's text with whitespace collapsed and trimmed. */
  pattern: RegExp;
  /** Longest block text (characters) the rule applies to: longer blocks are prose. */
  maxLength: number;
  action: BoilerplateAction;
}

const HEADING_LABEL_MAX = 40;

/**
 * Every rule's pattern needs one of these words, so a block without any of them is skipped before the
 * table is run (most blocks of an article). Tested on the block's raw text (hence `^\s*`). Keep in step
 * with the table: the tests check each rule's examples against it.
 */
export const BOILERPLATE_TRIGGER = new RegExp(
  [
    '免责声明',
    '版权',
    '版權',
    '声明',
    '聲明',
    'disclaimer',
    'copyright',
    '©',
    '\\(c\\)',
    'all rights reserved',
    '保留所有权利',
    '未经',
    '转载',
    '本文',
    '凡本网',
    '本网',
    '原创',
    'this article',
    'this story',
    'reprinted',
    'republished',
    'a version of',
    '编辑',
    '編輯',
    '责编',
    '审核',
    '审校',
    '校对',
    '监制',
    '编审',
    '终审',
    '作者',
    '撰稿',
    '摄影',
    '图片',
    '图源',
    '^\\s*by\\s',
    '^\\s*from\\s',
    '记者',
    '記者',
    '通讯员',
    '通訊員',
    '来源',
    '发布时间',
    '发布日期',
    '发稿时间',
    '发表',
    '發表',
    '扫',
    '二维码',
    'qr code',
    '分享',
    'share',
    'continue reading',
    'story continues',
    'advertisement',
    'supported by',
    'powered by',
    '阅读',
    '相关',
    '相關',
    '推荐',
    '猜你喜欢',
    'related',
    'read more',
    'see also',
    'more from',
    'recommended',
    'also like',
    'most popular',
    'most read',
    '评论',
    'comment',
    '打印',
    '关闭',
    '收藏',
    '纠错',
    '返回顶部',
    '字号',
    '^\\s*(image|photo)\\s*$',
  ].join('|'),
  'i',
);

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'disclaimer heading',
    pattern: /^[【[]?(免责声明|版权声明|特别声明|法律声明|免責聲明|版權聲明|disclaimer)[】\]]?\s*[:：]?$/i,
    maxLength: HEADING_LABEL_MAX,
    action: 'remove-with-following',
  },
  {
    // Chinese only: an English "Disclaimer:" paragraph is often the author's own note in the article.
    name: 'disclaimer paragraph',
    pattern: /^[【[]?(免责声明|版权声明|特别声明|法律声明|免責聲明|版權聲明)[】\]]?\s*[:：]/,
    maxLength: 600,
    action: 'remove',
  },
  {
    name: 'copyright line',
    pattern: /^(copyright\b|©|\(c\)\s*\d{4}|版权所有|版權所有)/i,
    maxLength: 200,
    action: 'remove',
  },
  {
    name: 'copyright tail',
    pattern: /(版权所有|版權所有|all rights reserved|保留所有权利)[\s。.!]*$/i,
    maxLength: 200,
    action: 'remove',
  },
  {
    name: 'reprint notice',
    pattern:
      /^[（(【[]?\s*(未经.{0,30}(授权|许可|同意)|转载请注明|转载务必|如需转载|本文(系|为).{0,30}(原创|独家)|凡本网注明|本网(站)?(转载|刊载)|原创稿件|本文转载自|转载自)/,
    maxLength: 300,
    action: 'remove',
  },
  {
    name: 'reprint notice (English)',
    pattern:
      /^(this (article|story) (was|is|has been) (originally )?(published|reprinted)|reprinted (with|by) permission|republished with permission)/i,
    maxLength: 300,
    action: 'remove',
  },
  {
    name: 'print edition notice',
    pattern: /^a version of this article appears in print/i,
    maxLength: 300,
    action: 'remove-with-following',
  },
  {
    name: 'editor credit',
    pattern:
      /^[（(【[]?\s*(责任编辑|責任編輯|责编|编辑|編輯|实习编辑|值班编辑|审核|审校|校对|监制|编审|终审)\s*[:：]/,
    maxLength: 80,
    action: 'remove',
  },
  {
    name: 'author or photo credit line',
    pattern: /^[（(【[]?\s*(作者|撰稿|摄影|图片来源|图源|图片提供)\s*[:：]/,
    maxLength: 60,
    action: 'remove',
  },
  {
    name: 'byline line (English)',
    pattern:
      /^(?:[Bb]y|[Ff]rom)\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}((\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*$/,
    maxLength: 80,
    action: 'remove',
  },
  {
    name: 'byline line (Chinese: 本报记者 张三, 記者王小華／台北報導)',
    pattern:
      /^(本报|本刊|本网|新华社|中新社|半月谈)?(记者|記者|通讯员|通訊員|特约记者)\s*[^\s／/]{2,4}((\s+[^\s／/]{2,4}){0,3}|\s*[／/]\s*[^\s／/]{2,6}(报道|報導|电|電))(\s+\S+){0,2}$/,
    maxLength: 60,
    action: 'remove',
  },
  {
    name: 'editor credit at paragraph end',
    pattern: /[（(【[]\s*(责任编辑|責任編輯|责编|编辑|編輯|编审)\s*[:：][^（）()【】[\]]{1,30}[）)】\]]\s*$/,
    maxLength: Number.POSITIVE_INFINITY,
    action: 'trim-end',
  },
  {
    name: 'source or date info line',
    pattern: /^(\S{1,24}\s){0,3}((本文|文章|稿件|信息|新闻)?来源|发布时间|发布日期|发稿时间)\s*[:：]/,
    maxLength: 100,
    action: 'remove',
  },
  {
    name: 'forum post line (老王 发表于 2005-9-15 11:46)',
    pattern: /^\S{1,24}\s*(发表于|發表於|发表时间[:：])\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/,
    maxLength: 80,
    action: 'remove',
  },
  {
    name: 'QR code prompt',
    pattern:
      /(扫一扫|扫描二维码|扫码(关注|下载|阅读|查看)|长按(识别)?二维码|微信扫码|扫描下方二维码|scan the qr code)/i,
    maxLength: 80,
    action: 'remove',
  },
  {
    name: 'share bar',
    pattern: /^(分享到|分享至|分享[:：]|share (this|on|via)\b|share$)/i,
    maxLength: 80,
    action: 'remove',
  },
  {
    name: 'reader-interruption line',
    pattern:
      /^(continue reading the main story|continue reading below|story continues below|advertisement|skip advertisement|supported by|powered by\s.{1,40})$/i,
    maxLength: 60,
    action: 'remove',
  },
  {
    name: 'related-articles heading',
    pattern:
      /^[【[]?(延伸阅读|相关阅读|相关新闻|相关文章|相关推荐|相关链接|推荐阅读|热门推荐|热点推荐|猜你喜欢|更多阅读|相關文章|related( (articles|stories|coverage|content|reading|links))?|read more|more from .{1,30}|recommended( for you)?|you (may|might) also like|most (popular|read))[】\]]?\s*[:：]?$/i,
    maxLength: HEADING_LABEL_MAX,
    action: 'remove-with-following',
  },
  {
    name: 'related-article link line',
    pattern: /^(related|read more|see also|相关阅读|延伸阅读|相关新闻|推荐阅读)\s*[:：]/i,
    maxLength: 200,
    action: 'remove',
  },
  {
    name: 'comments heading',
    pattern: /^(我要评论|发表评论|全部评论|网友评论|热门评论|comments?)\s*(\(\d+\)|（\d+）|\d+\s*条)?$/i,
    maxLength: 20,
    action: 'remove-with-following',
  },
  {
    name: 'page controls',
    pattern:
      /^(\s*[【[]\s*(打印本页|打印本稿|打印|关闭窗口|关闭|收藏本页|收藏|我要纠错|纠错|发表评论|返回顶部|大|中|小)\s*[】\]])+\s*$|^字号\s*[:：]/,
    maxLength: 80,
    action: 'remove',
  },
  {
    name: 'image placeholder',
    pattern: /^(image|photo)$/i,
    maxLength: 10,
    action: 'remove',
  },
];
