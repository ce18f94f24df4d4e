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
      'Plan', 'Roadmap', 'Road Map', 'Strategy', 'Programme', 'Program', 'Framework', 'Initiative', 'Agenda',
      'Blueprint',
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
