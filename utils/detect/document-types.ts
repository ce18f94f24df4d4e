/**
 * What kind of document a title names, from the word it ends with. Longest ending wins, so exceptions
 * sit beside their rule: `办法` (policy) beats `法` (law), `公报` (report) beats `报` (media).
 */
import type { DocumentType } from './types';
import { literalTable } from './literal-table';

// prettier-ignore
const rows = (type: DocumentType, words: readonly string[]): (readonly [string, DocumentType])[] =>
  words.map((w) => [w, type] as const);

// prettier-ignore
export const ZH_TITLE_ENDINGS = literalTable<DocumentType>([
  ...rows('media', [
    '报', '報', '日报', '日報', '晚报', '晚報', '时报', '時報', '晨报', '晨報', '商报', '商報', '周报', '週報',
    '学报', '學報', '画报', '畫報', '杂志', '雜誌', '周刊', '週刊', '月刊', '半月刊', '旬刊', '期刊', '网', '網',
    '新闻', '新聞', '新闻联播', '新聞聯播', '焦点访谈', '焦點訪談', '半月谈', '半月談', '瞭望', '求是', '参考消息',
    '參考消息', '南方周末', '财新', '財新', '财经', '財經', '新华社', '新華社',
  ]),
  ...rows('law', ['法', '法律', '条例', '條例', '法典', '公约', '公約', '宪章', '憲章']),
  ...rows('plan', [
    '规划', '規劃', '计划', '計劃', '計畫', '方案', '纲要', '綱要', '纲领', '綱領', '路线图', '路線圖', '战略',
    '戰略', '蓝图', '藍圖', '行动', '行動', '工程', '部署',
  ]),
  ...rows('report', [
    '报告', '報告', '白皮书', '白皮書', '蓝皮书', '藍皮書', '年鉴', '年鑑', '公报', '公報', '统计', '統計', '调查',
    '調查', '研究', '指数', '指數', '简报', '簡報', '快报', '快報',
  ]),
  ...rows('policy', [
    '通知', '意见', '意見', '办法', '辦法', '规定', '規定', '指南', '细则', '細則', '措施', '决定', '決定', '政策',
    '通告', '公告', '目录', '目錄', '清单', '清單', '标准', '標準', '准则', '準則', '规范', '規範', '规则', '規則',
    '指引', '要点', '要點', '批复', '批覆', '函', '令', '决议', '決議', '协议', '協議', '协定', '協定', '通报',
    '通報', '守则', '守則', '导则', '導則', '制度',
  ]),
  ...rows('other', ['方法', '做法', '想法', '看法', '说法', '說法', '书法', '書法', '魔法', '网络', '網絡']),
]);

/** Heads of English document names: `… Act`, `… Plan`, `… Report`; media titles too. */
// prettier-ignore
export const EN_TITLE_HEADS = literalTable<DocumentType>(
  [
    ...rows('law', [
      'Act', 'Law', 'Bill', 'Code', 'Directive', 'Regulation', 'Order', 'Treaty', 'Convention', 'Protocol',
      'Constitution', 'Statute', 'Ordinance', 'Section',
    ]),
    ...rows('policy', [
      'Agreement', 'Accord', 'Pact', 'Deal', 'Charter', 'Declaration', 'Guidelines', 'Guidance', 'Rule', 'Rules',
      'Standards', 'Resolution', 'Communiqué', 'Communique',
    ]),
    ...rows('plan', [
      // Not `Programme`, `Initiative`: mostly agencies (`United Nations Development Programme`) and schemes.
      'Plan', 'Roadmap', 'Road Map', 'Strategy', 'Framework', 'Agenda', 'Blueprint',
    ]),
    ...rows('report', ['Report', 'Outlook', 'White Paper', 'Survey', 'Review', 'Yearbook', 'Census']),
    ...rows('media', [
      'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Daily', 'Chronicle', 'Telegraph', 'Guardian',
      'Economist', 'Reuters', 'Xinhua', 'Caixin', 'Politico', 'Axios',
    ]),
  ],
  { wholeWord: true },
);

/** Heads that name a document on their own (`Reuters`, `the Economist`); the rest need a qualifier. */
// prettier-ignore
export const EN_SELF_NAMING_HEADS = new Set([
  'Reuters', 'Xinhua', 'Caixin', 'Politico', 'Axios', 'Guardian', 'Economist',
]);

/** Heads that name a document only with a number after them (`Section 301`). */
export const EN_NUMBERED_HEADS = new Set(['Section', 'Resolution']);

/** Heads that are a part of a document, not one, unless a name comes with them (`Section 1` alone). */
export const EN_PART_HEADS = new Set(['Section']);

/**
 * Words before `Review` that make it a document (`Spending Review`, `Universal Periodic Review`); any
 * other `… Review` is a periodical (`National Review`, `Law Review`), unless it reviews something
 * (`Review of the Official Ethnicity Statistical Standard`).
 */
export const REVIEW_QUALIFIERS = new Set([
  'Spending',
  'Periodic',
  'Strategic',
  'Defence',
  'Defense',
  'Annual',
  'Budget',
  'Independent',
  'Comprehensive',
  'Mid-term',
  'Midterm',
  'Policy',
  'Regulatory',
  'Fiscal',
  'Monetary',
  'Stability',
  'Quadrennial',
  'Nuclear',
]);

/** Words that qualify a head without naming anything: `Public Act`, `Draft Report`, `the British Bill`. */
export const GENERIC_NAME_WORDS = new Set([
  'Public',
  'Private',
  'Draft',
  'Final',
  'New',
  'Old',
  'British',
  'American',
  'Federal',
  'National',
  'State',
  'Local',
  'Annual',
  'General',
  'Special',
  'Main',
  'Official',
  'Interim',
  'Latest',
  'Previous',
  'Current',
  'Original',
  'Proposed',
  'Joint',
  'Separate',
  'Government',
  "Government's",
  'First',
  'Second',
  'Third',
  'Full',
  'Entire',
  'Whole',
  'Same',
  'Other',
  'Another',
  'Key',
  'Major',
  'Big',
  'Landmark',
  'Controversial',
  'Related',
]);

/** Before a `《…》` title: it names a work of art or a book, not a document (`话剧《约定无期限》`). */
export const WORK_CUES =
  /话剧|話劇|电影|電影|影片|电视剧|電視劇|纪录片|紀錄片|小说|小說|长篇|長篇|歌曲|歌剧|歌劇|戏剧|戲劇|舞剧|舞劇|诗集|詩集|诗歌|詩歌|散文|专辑|專輯|节目|節目|书籍|書籍|绘本|繪本|漫画|漫畫|笔下|筆下|作家|作者|主演|导演|導演|演唱|出版|名著|读物|讀物|著作|新书|新書|剧目|劇目/;

/**
 * Around a `《…》` title with no document ending (`《中国制造2025》`): words that issue, apply or cite
 * a document. Without one, such a title is taken for a work.
 */
export const DOCUMENT_CUES =
  /印发|印發|发布|發布|出台|颁布|頒布|公布|通过|通過|签署|簽署|实施|實施|施行|执行|執行|贯彻|貫徹|落实|落實|根据|根據|依据|依據|按照|依照|遵照|制定|修订|修訂|修改|起草|编制|編制|出台的|规定|規定|明确|明確|提出|指出|要求|强调|強調|显示|顯示|表明|发表|發表/;
