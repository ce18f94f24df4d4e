/**
 * What makes a Chinese clause with a policy verb something other than a measure: an opinion or a wish
 * (`…认为,要推动产学研融合`, `国家应该…`), an aim without an instrument (`促进经济社会健康发展`,
 * `提高收治率`), an attitude (`高度重视`), a description (`…政策措施频出`), a title's topic (`关于…`),
 * a copula or a first-person remark. And where a measure's words end: not on `等`, `及` or `和`.
 */
import { literalTable, matchAt, matchEndingAt } from './literal-table';

/** Before a measure in its sentence: the words are someone's view, wish or recommendation. */
export const ZH_OPINION_MARKERS =
  /专家|專家|学者|學者|分析师|分析師|分析人士|业内人士|業內人士|预计|預計|预期|預期|有望|估计|估計|预估|預估|认为|認為|建议|建議|希望|期待|期盼|盼望|呼吁|呼籲|觉得|覺得|相信|主张|主張|提议|提議|看法|观点|觀點|倡议|倡議|设想|設想|应该|應該|不妨|如何/;

/** Roles whose quoted words announce policy (a minister's `“我们将设立…”` is a measure). */
export const ZH_OFFICIAL_SPEAKERS =
  /部长|部長|发言人|發言人|局长|局長|司长|司長|厅长|廳長|市长|市長|省长|省長|县长|縣長|区长|區長|书记|書記|总理|總理|主席|委员长|委員長|负责人|負責人|官员|官員/;

/** Verbs that state an aim when their object is an outcome (`提高…水平`). */
const AIM_VERBS =
  /^(?:努力|切实|切實|不断|不斷|进一步|進一步|着力|著力|大力)?(?:促进|促進|提高|提升|增强|增強|降低|确保|確保|推动|推動|推进|推進|加快|引导|引導|强化|強化|加强|加強|助力)/;

/** Verbs that only strengthen or advance: with a short object they name no instrument (`加强疫情防控`). */
const SOFT_VERBS = /^(?:加强|加強|强化|強化|推进|推進|推动|推動|促进|促進|做好|抓好)/;
/** An object this short after a soft verb is a field, not an action (`加强监管`, `推进改革`). */
const MAX_GENERIC_OBJECT = 4;

/** Heads of outcomes and qualities: what an aim is about, not an instrument. */
const OUTCOME_ENDINGS = literalTable<true>(
  [
    '发展',
    '發展',
    '水平',
    '能力',
    '质量',
    '質量',
    '效率',
    '效益',
    '效果',
    '力度',
    '作用',
    '活力',
    '动力',
    '動力',
    '性',
    '率',
    '稳定',
    '穩定',
    '安全',
    '增长',
    '增長',
    '产出',
    '產出',
    '发力',
    '發力',
    '负担',
    '負擔',
    '系数',
    '係數',
    '信心',
    '意识',
    '意識',
    '氛围',
    '氛圍',
    '观',
    '觀',
    '竞争力',
    '競爭力',
    '影响力',
    '影響力',
    '感',
    '领导',
    '領導',
    '基础',
    '基礎',
    '融合',
    '转型',
    '轉型',
    '工作',
  ].map((w) => [w, true] as const),
);

/** Anywhere in a measure: an attitude, not an action (`要求各市高度重视巡演工作`). */
const ATTITUDES = /高度重视|高度重視|高度关注|高度關注|足够重视|足夠重視/;

/** At the end of a clause: the clause describes a state or a trend. */
const DESCRIPTIVE_ENDINGS =
  /(?:频出|頻出|频现|頻現|涌现|湧現|增多|活跃|活躍|凸显|凸顯|显现|顯現|进行中|進行中|不断|不斷|明显|明顯|显著|顯著|一部分|之一)$/;

/** A clause led by these is a topic (`关于…的决议`) or a frame (`就…作出部署`), not an action. */
const PREPOSITION_START =
  /^(?:关于|關於|就|围绕|圍繞|有关|有關|随着|隨著|从(?!严|快|重|宽|而)|從(?!嚴|快|重|寬|而))/;

/** A clause ending like a document's title (`…的决议`, `…的通知`). */
const TITLE_ENDINGS =
  /的(?:决议|決議|决定|決定|通知|意见|意見|议案|議案|报告|報告|办法|辦法|规定|規定|方案|批复|批覆|公告)$/;

/** In the subject: the verb is inside an enumeration of what something includes (`改革包括构建…`). */
const ENUMERATING = /包括|包含|涵盖|涵蓋|分为|分為/;

/** Before a measure in its sentence: `应` without a public body is advice (`…产业应抓住…`). */
const ADVICE =
  /应该|應該|(?<![相适適响響供效反对對答呼感顺順回照报報])[应應](?=抓住|积极|積極|加快|加大|加强|加強|注重|重视|重視|提高|推动|推動|推进|推進|完善|建立|鼓励|鼓勵|支持|进一步|進一步|尽快|儘快|着力|著力|把|从|從)/;

/** Three or more short parallel phrases: principles (`突出重点、统筹兼顾、分类指导、分区施策`). */
const SLOGANS = /^[\u3400-\u9fff]{2,4}(?:、[\u3400-\u9fff]{2,4}){2,}$/;

/** A subject and its modal before a list (`各地区要突出重点、…`). */
const AFTER_SUBJECT_MODAL = /^[^、，,]{0,12}?(?:要|将|將|应|應|须|須)/;

/** A comparison, not a statement (`宛如赋予不同的生命力`). */
const SIMILES = /宛如|犹如|猶如|仿佛|彷彿|好像|好似|如同/;

/** First-person subjects; `我国`, `我省`… are institutions, not a speaker. */
export const FIRST_PERSON = /我们|我們|咱们|咱們|我(?![国國省市区區县縣州校院司部局委厅廳])/;

/** Words that may end a clause but never a measure: a list left open. */
// `不等` ("varying") is a predicate, not a list left open: `等` after `不` stays.
const DANGLING_ENDS = literalTable<true>(
  ['等', '等等', '及', '以及', '和', '与', '與', '或', '并', '並', '同', '跟'].map((w) => [w, true] as const),
);

/** A parenthesis naming what follows (`（以下简称《通知》）`): no part of the measure. */
const ALIAS_AT_END = /[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[^（）()]{0,30}[）)]$/;

/** The end of a measure once trailing `等` / `及` / `和` are dropped (`…风险补偿试点等` → `…试点`). */
export function withoutDanglingEnd(text: string, start: number, end: number): number {
  let e = end;
  for (let guard = 0; guard < 3 && e > start; guard++) {
    const alias = ALIAS_AT_END.exec(text.slice(Math.max(start, e - 40), e));
    if (alias) e -= alias[0].length;
    while (e > start && /[\s、，,]/.test(text[e - 1] ?? '')) e--;
    const dangling = matchEndingAt(DANGLING_ENDS, text, e, start);
    if (dangling === null || (text[dangling.start] === '等' && text[dangling.start - 1] === '不')) break;
    e = dangling.start;
  }
  return e;
}

/** Why `[start, end)` (verb at `verbStart`) is not a measure, or null when it is one. */
export function zhRefusal(text: string, start: number, verbStart: number, end: number): string | null {
  const subject = text.slice(start, verbStart);
  const body = text.slice(start, end);
  if (PREPOSITION_START.test(body)) return 'prepositional phrase';
  // `…常务委员会关于批准…的决议`: the topic of a document's title, not an action.
  if (/关于|關於/.test(subject) || TITLE_ENDINGS.test(body)) return 'title topic';
  if (ENUMERATING.test(subject)) return 'enumeration';
  // The soft verbs are two characters long: what follows is their object.
  if (SOFT_VERBS.test(text.slice(verbStart, verbStart + 2)) && end - (verbStart + 2) <= MAX_GENERIC_OBJECT)
    return 'generic';
  // `试点先行逐步推进`: ends on a verb with no object.
  if (BARE_VERB_END.test(body)) return 'no object';
  // `我国形成了从修订法律法规…`: the clause's verb came before; the policy verb is inside its object.
  if (subject.includes('了')) return 'embedded';
  if (SLOGANS.test(body) || SLOGANS.test(body.replace(AFTER_SUBJECT_MODAL, ''))) return 'slogans';
  if (SIMILES.test(body)) return 'simile';
  if (subject.includes('是') || /一直是|正是/.test(body) || body.endsWith('的')) return 'copula';
  if (ATTITUDES.test(body)) return 'attitude';
  if (DESCRIPTIVE_ENDINGS.test(body)) return 'description';
  if (ZH_OPINION_MARKERS.test(subject)) return 'opinion';
  if (
    AIM_VERBS.test(text.slice(verbStart, verbStart + 6)) &&
    matchEndingAt(OUTCOME_ENDINGS, text, end, verbStart)
  )
    return 'aim';
  return null;
}

/** A measure ending on one of these verbs has no object left (`…逐步推进`). */
const BARE_VERB_END = /(?:推进|推進|实施|實施|落实|落實|开展|開展|推动|推動|推广|推廣)$/;

/** Is advice (`应…`) given before `pos` in a sentence naming no public body? */
export function adviceBefore(sentenceText: string): boolean {
  return ADVICE.test(sentenceText) && !ZH_PUBLIC_BODIES.test(sentenceText);
}

/** Public bodies: their `应` is an obligation, not advice. */
const ZH_PUBLIC_BODIES =
  /政府|国务院|國務院|部门|部門|委员会|委員會|机关|機關|单位|單位|各地|地方|省|市|县|縣|局|厅|廳|法|条例|條例|规定|規定|办法|辦法/;

/** Is `pos` inside a quotation (`“…`) opened earlier in its paragraph (starting at `floor`)? */
export function insideZhQuote(text: string, floor: number, pos: number): boolean {
  let depth = 0;
  for (let i = floor; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300c) depth++;
    else if ((c === 0x201d || c === 0x300d) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Connectives after which a policy verb starts another measure (`…机制以及组织实施…`). */
export const ZH_JOINERS = literalTable<true>(
  ['以及', '及', '并', '並', '并且', '並且', '同时', '同時'].map((w) => [w, true] as const),
);

export { matchAt };
