/**
 * Dates as a reader finds them around a headline, for `readInlineMetadata`: a line that is mostly a
 * date, a date line right above the headline, and a report's dateline opening its first paragraph
 * (`【某报2005年07月03日报道】`, or `新华社北京3月5日电` whose year comes from elsewhere on the page).
 */
import { findDate, findSplitDate, readMonthDay, withYear, type YearOf } from './dates';

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

function dateNode(text: string): string | null {
  if (text.length > DATE_NODE_MAX_LENGTH) return null;
  const date = findDate(text);
  if (!date) return null;
  const rest = text.slice(0, date.index) + text.slice(date.index + date.length);
  const letters = rest.replace(/[^A-Za-z\p{Script=Han}]/gu, '').length;
  return letters <= DATE_NODE_MAX_OTHER_LETTERS ? date.iso : null;
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
    if (date) return date;
  }
  const pieces = trailingShortParts(parts);
  return (
    findSplitDate(parts.slice(-SPLIT_DATE_NODES).join(' ')) ??
    (pieces && !TODAY.test(pieces) ? dateNode(pieces) : null)
  );
}

/** The first date-dominated node of a window (nearest the headline), else null. */
export function firstDateNode(parts: readonly string[]): string | null {
  for (const part of parts) {
    const date = dateNode(part);
    if (date) return date;
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
