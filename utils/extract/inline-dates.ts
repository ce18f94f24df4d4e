/**
 * Dates as a reader finds them around a headline, for `readInlineMetadata`: a line that is mostly a
 * date, a date line right above the headline, and a report's dateline opening its first paragraph
 * (`【某报2005年07月03日报道】`, or `新华社北京3月5日电` whose year comes from elsewhere on the page).
 */
import { findDate, findSplitDate, readMonthDay, withYear, type DateMatch, type YearOf } from './dates';
import { isHanCode } from '@/utils/text/han';

/** A report's dateline opening its first paragraph: `【某报2005年07月03日报道】`, `新华社北京3月5日电`. */
export const DATELINE_START =
  /^[【[（(]?[^】\]）)。，,\d]{0,20}?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊|报道|報導))/;
export const DATELINE_LENGTH = 40;
/** An agency's dateline without the year (`中新网1月2日电`): the month and day. */
const MONTH_DAY_DATELINE =
  /^[【[（(]?[^】\]）)。，,\d]{0,20}?(\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:电|電|讯|訊|报道|報導)/;

/** A node that is mostly a date (`Monday, November 18th, 2019`, `Updated Nov. 6, 2019`, `2005-07-18 13:03:17`). */
const DATE_NODE_MAX_LENGTH = 80;
const DATE_NODE_MAX_OTHER_LETTERS = 40;

function dateNode(
  text: string,
  maxLength = DATE_NODE_MAX_LENGTH,
  maxOtherLetters = DATE_NODE_MAX_OTHER_LETTERS,
): DateMatch | null {
  if (text.length > maxLength) return null;
  const date = findDate(text);
  if (!date) return null;
  const rest = text.slice(0, date.index) + text.slice(date.index + date.length);
  const letters = rest.replace(/[^A-Za-z\p{Script=Han}]/gu, '').length;
  return letters <= maxOtherLetters ? date : null;
}

/** "Today is …" widgets sit before headlines too: their date is the reader's, not the article's. */
const TODAY = /今天|今日|当前|當前|现在|today|current/i;
/** A date line right above the headline (a blog's date header) is read within this many nodes. */
const NEAREST_BEFORE = 3;
/** news.cn's date above its headline is this many nodes (year, month, `/`, day, time, source…). */
const SPLIT_DATE_NODES = 10;
/** A date printed one part per element (`Dec` `28` `Sat` `2013` `00:28`): parts this short. */
const DATE_PART_LENGTH = 12;

/** The run of short parts that ends the window, joined: a date printed one part per element. */
function trailingShortParts(parts: readonly string[]): string {
  let start = parts.length;
  while (
    start > 0 &&
    parts.length - start < SPLIT_DATE_NODES &&
    (parts[start - 1] ?? '').length <= DATE_PART_LENGTH
  )
    start--;
  return parts.slice(start).join(' ');
}

/**
 * A date-dominated node just before the headline, or a date printed one part per element there
 * (news.cn's `2024` `01/02` `10:30:15` with its source line after it, PIXNET's `Dec 28 Sat 2013`); else null.
 */
export function dateNodeBefore(parts: readonly string[]): string | null {
  for (const part of parts.slice(-NEAREST_BEFORE).reverse()) {
    const date = TODAY.test(part) ? null : dateNode(part);
    if (date) return date.iso;
  }
  const pieces = trailingShortParts(parts);
  return (
    findSplitDate(parts.slice(-SPLIT_DATE_NODES).join(' ')) ??
    (pieces && !TODAY.test(pieces) ? (dateNode(pieces)?.iso ?? null) : null)
  );
}

/** The first date-dominated node of a window (nearest the headline), else null. */
export function firstDateNode(parts: readonly string[]): string | null {
  for (const part of parts) {
    const date = dateNode(part);
    if (date) return date.iso;
  }
  return null;
}

/** A dateline that gives only the month and day, dated with the year the page gives elsewhere. */
export function datelineDate(parts: readonly string[], yearOf: YearOf): string | null {
  for (const part of parts) {
    const m = MONTH_DAY_DATELINE.exec(part);
    const monthDay = m?.[1] ? readMonthDay(m[1]) : null;
    if (monthDay) return withYear(monthDay, yearOf(monthDay));
  }
  return null;
}

/**
 * A month and day with its time and no year, alone in its node (`05-12 08:21`, `5月12日 08:21`), as
 * portals print a recent story's time: dated with the year the page gives elsewhere, else null. The
 * time is required, so a score or a fraction (`3-1`) is not read as a date.
 */
const MONTH_DAY_TIME =
  /^(\d{1,2}\s*(?:-\s*\d{1,2}|\/\s*\d{1,2}|月\s*\d{1,2}\s*[日号]))\s*(?:\d{1,2}:\d{2}(?::\d{2})?)$/;

export function monthDayNode(parts: readonly string[], yearOf: YearOf): string | null {
  for (const part of parts) {
    const m = MONTH_DAY_TIME.exec(part.replace(/^[（(【[]|[)）】\]]$/g, ''));
    const monthDay = m?.[1] ? readMonthDay(m[1]) : null;
    if (monthDay) return withYear(monthDay, yearOf(monthDay));
  }
  return null;
}

/** Relative times (`3 天前`, `昨天 08:21`): forums print them, with the date itself as the tooltip. */
const RELATIVE_TIME = /前$|^(?:昨天|前天|今天|刚刚)|\bago$|^yesterday\b/i;

/**
 * The text a reader takes from a node: its own, or, for a relative time whose element carries the
 * date in its `title` (Discuz's `<span title="2023-5-12 08:21">3 天前</span>`), that date.
 */
export function statedTime(text: string, tooltip: () => string | null): string {
  if (text.length > DATE_PART_LENGTH || !RELATIVE_TIME.test(text)) return text;
  const title = tooltip();
  return title && findDate(title) ? title : text;
}

/** A line of the article's end this many characters or shorter may be its date line. */
const CLOSING_LINE_LENGTH = 40;
const CLOSING_LINES = 3;
/**
 * A closing date line holds a label or an editor's name at most (`编辑：张三`): a related story's title
 * with its date (`稳就业政策再加力（2023年04月20日）`) is longer. An issuer and its date on one line are the
 * policy record's signature.
 */
const CLOSING_MAX_OTHER_LETTERS = 6;
/** A sentence (`本办法自2023年6月1日起施行。`) is not a date line. */
const SENTENCE_MARK = /[。！？，；]/;
/** How far from the line's start or end its date may sit (a bracket, a colon). */
const CLOSING_EDGE = 2;

/** The first text that is a date line (a date with a label or a name at most), else null. */
export function firstDateLine(parts: readonly string[]): string | null {
  for (const part of parts) {
    const date = dateNode(part, CLOSING_LINE_LENGTH, CLOSING_MAX_OTHER_LETTERS);
    if (date) return date.iso;
  }
  return null;
}

/**
 * The date line that closes a Chinese article (a notice's signature date `二〇二三年五月十二日`, an
 * editor's `2023-05-12 08:21 编辑：张三` stamp), among its last lines: a line that starts or ends with
 * its date and is no sentence; table rows do not count. Else null.
 */
export function closingDate(text: string): string | null {
  const lines = text.slice(-400).split('\n').filter(Boolean).slice(-CLOSING_LINES).reverse();
  for (const line of lines) {
    if (line.includes('\t') || SENTENCE_MARK.test(line)) continue;
    const date = dateNode(line, CLOSING_LINE_LENGTH, CLOSING_MAX_OTHER_LETTERS);
    if (!date) continue;
    const edge = Math.min(date.index, line.length - date.index - date.length);
    if (edge <= CLOSING_EDGE || /^\s*\d{1,2}:\d{2}/.test(line.slice(date.index + date.length)))
      return date.iso;
  }
  return null;
}

/**
 * A summary box between a headline and its info line (`摘要：…`, `【导读】…`): read past, where other
 * prose ends the window.
 */
export const LEAD_BOX = /^[【[]?\s*(?:内容)?(?:摘要|提要|导读|导语|核心提示)\s*[:：】\]]/;

/** A link this many Chinese characters long is another story's headline (a source's name is shorter). */
const STORY_LINK_HAN = 8;
const MAX_LINKS_LOOKED_AT = 4;

function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Whether `node` sits in a list item that links to another story (a sidebar, related links): its
 * date is that story's, and nothing past it belongs to the headline's info line. `seen` keeps each
 * item's answer for the walk (its nodes come one after another).
 */
export function inStoryList(node: Node, anchor: Node, seen: Map<Element, boolean>): boolean {
  const item = node.parentElement?.closest('li');
  if (!item) return false;
  let story = seen.get(item);
  if (story === undefined) {
    story = isStoryItem(item, anchor);
    seen.set(item, story);
  }
  return story;
}

function isStoryItem(item: Element, anchor: Node): boolean {
  // An info line's item names a long source (`来源：<a>某某省人民政府办公厅</a>`): labelled, not a story.
  if (item.contains(anchor) || /[:：]/.test(item.textContent ?? '')) return false;
  const links = item.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS_LOOKED_AT; i++)
    if (hanCount(links[i]?.textContent ?? '') >= STORY_LINK_HAN) return true;
  return false;
}

/**
 * Where comments (`网友评论`, `发表评论`, `回复`) or other stories (`上一篇`, `相关阅读`, `延伸阅读`) begin:
 * nothing from there on dates the article.
 */
const COMMENTS_START =
  /评论|評論|留言|跟帖|回复|回覆|网友|網友|上一篇|下一篇|上一條|下一條|相关|相關|延伸|推荐|推薦|热点|热门|更多|阅读|閱讀/;
/** The date under an article is among the first texts after it (a share bar comes later). */
const TAIL_PARTS = 4;

/** The texts right under the article that may state its date. */
export function tailParts(parts: readonly string[]): string[] {
  const comments = parts.findIndex((part) => COMMENTS_START.test(part));
  return parts.slice(0, comments === -1 ? TAIL_PARTS : Math.min(comments, TAIL_PARTS));
}
