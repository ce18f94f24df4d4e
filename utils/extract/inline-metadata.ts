/**
 * Metadata Chinese sites write into the page instead of meta tags: the info line around the headline
 * (`2020-01-02 17:11 来源：半月谈网`, `发布时间：…  信息来源：…`, gov.cn's `发文机关：… 成文日期：…`).
 * Only small windows of text are read (around the headline; under the article, for a page nothing else
 * dates), so the cost does not grow with the page.
 */
import { findDate, parseDate, readMonthDay, withYear, type YearOf } from './dates';
import {
  dateNodeBefore,
  datelineDate,
  firstDateLine,
  firstDateNode,
  monthDayNode,
  tailParts,
} from './inline-dates';
import { findLineEnd, findTitleNode, windowAfter, windowBefore } from './inline-window';
import { readLabelledValues, type HeaderValues } from './policy/labels';
import { hasHan } from '@/utils/text/han';

export interface InlineMetadata {
  /** A labelled source (`来源：新华社`). */
  source: string | null;
  /** A labelled date, else the first date written after the headline. */
  published: string | null;
  /** A labelled author (`作者：王华军`). */
  byline: string | null;
  /** Official-document header labels around the headline (`索引号：`, `发文机关：`…), for `Article.policy`. */
  header: HeaderValues;
}

interface LabelRule {
  field: keyof InlineMetadata;
  /** Best first; a label that contains another comes before it, so `稿件来源` wins over `来源`. */
  labels: readonly string[];
}

const LABEL_RULES: readonly LabelRule[] = [
  {
    field: 'source',
    labels: [
      '稿件来源',
      '信息来源',
      '文章来源',
      '本文来源',
      '新闻来源',
      '内容来源',
      '发布机构',
      '发文机关',
      '发布单位',
      '来源',
      '出处',
      '來源',
      '資料來源',
    ],
  },
  {
    field: 'published',
    labels: [
      '发布时间',
      '发布日期',
      '發布時間',
      '發布日期',
      '发表时间',
      '发表日期',
      '發表時間',
      '发稿时间',
      '刊发时间',
      '刊发日期',
      '出版日期',
      '上传时间',
      '录入时间',
      '添加时间',
      '发帖时间',
      '发表于',
      '发布于',
      '發表於',
      '發佈於',
      '发帖于',
      '更新时间',
      '更新時間',
      '更新于',
      '日期',
      '时间',
      '時間',
      '发文日期',
      '印发日期',
      '成文日期',
    ],
  },
  { field: 'byline', labels: ['作者', '作　者', '撰稿', '撰文'] },
];

/** A value runs to the next space or punctuation; Latin names may hold spaces (`China Daily`). */
const VALUE =
  /^(?:[A-Za-z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*)*|[^\s:：|｜,，;；()（）【】[\]<>《》]{2,30})/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function labelPattern(labels: readonly string[]): RegExp {
  // Not preceded by a Han character: `数据来源：` under a chart is not the article's source. A `…于`
  // label (`张三发表于 2005-9-15`) is a verb phrase: it takes no colon and may follow a name.
  const withColon = labels.filter((l) => !/[于於]$/.test(l)).map(escapeRegExp);
  const verbs = labels.filter((l) => /[于於]$/.test(l)).map(escapeRegExp);
  const colonPart = `(?<!\\p{Script=Han})(?:${withColon.join('|')})\\s*[:：]\\s*`;
  return new RegExp(verbs.length ? `${colonPart}|(?:${verbs.join('|')})\\s*[:：]?\\s*` : colonPart, 'gu');
}

interface LabelPatterns {
  byField: readonly (LabelRule & { pattern: RegExp })[];
  any: RegExp;
}

let patterns: LabelPatterns | undefined;

/**
 * Built on first use: the extractor script is evaluated on every injection, and most pages never
 * need them (their metadata is in the head).
 */
function labelPatterns(): LabelPatterns {
  patterns ??= {
    byField: LABEL_RULES.map((rule) => ({ ...rule, pattern: labelPattern(rule.labels) })),
    any: labelPattern(LABEL_RULES.flatMap((r) => r.labels)),
  };
  return patterns;
}

function readValue(field: keyof InlineMetadata, rest: string, yearOf: YearOf): string | null {
  if (field === 'published') {
    const value = rest.slice(0, 40);
    // `发布时间：01-02 10:30` (the year is the page's): dated only when the page says which year.
    const monthDay = parseDate(value) === null ? readMonthDay(value.trim()) : null;
    return monthDay ? withYear(monthDay, yearOf(monthDay)) : parseDate(value);
  }
  // A label right after the label means the value is missing (`来源： 作者：…`).
  const anyLabel = labelPatterns().any;
  anyLabel.lastIndex = 0;
  const next = anyLabel.exec(rest);
  const upTo = next && next.index === 0 ? '' : rest.slice(0, next ? next.index : rest.length);
  const value = VALUE.exec(upTo.trim())?.[0].trim() ?? '';
  return value.length >= 2 && !findDate(value) ? value : null;
}

/** For each field, the value after its best-ranked label in `text` (`发布日期` beats `成文日期`). */
function readLabels(text: string, yearOf: YearOf): Partial<InlineMetadata> {
  const found: Partial<InlineMetadata> = {};
  for (const rule of labelPatterns().byField) {
    let bestRank = Number.POSITIVE_INFINITY;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const rank = rule.labels.findIndex((label) => m[0].startsWith(label));
      if (rank >= bestRank) continue;
      const value = readValue(rule.field, text.slice(m.index + m[0].length), yearOf);
      if (value) {
        found[rule.field] = value;
        bestRank = rank;
      }
    }
  }
  return found;
}

function isLabelled(text: string): boolean {
  const any = labelPatterns().any;
  any.lastIndex = 0;
  return any.test(text);
}

/** The article's last line as extracted (a table row's last cell). */
function lastLine(text: string): string {
  const line = text.slice(-300).split('\n').filter(Boolean).at(-1) ?? '';
  return line.slice(line.lastIndexOf('\t') + 1);
}

/**
 * The date stated right under the article, where blogs and forums print it (`posted @ 2019-09-07
 * 10:20`, a post's `1楼 2019-09-07 10:20`) and some notices their `发布时间：`: found by the article's
 * last line, read only up to comments.
 */
function dateBelow(doc: Document, anchor: Node, text: string, yearOf: YearOf): string | null {
  const end = text ? findLineEnd(doc, anchor, lastLine(text)) : null;
  if (!end) return null;
  const parts = tailParts(windowAfter(doc, end, isLabelled));
  return readLabels(parts.join(' '), yearOf).published ?? firstDateLine(parts);
}

/**
 * Reads the info line after the headline (and labelled fields just before it). `headline` is the
 * element the title came from, or null: then the title's text is looked for in the body, and failing
 * that `fallback` (the page's first `h1`) is used. On pages whose title is not Chinese only the date is
 * read: a line under the headline that is mostly a date. `text` is the article's text: when nothing
 * around the headline dates a Chinese page, the line under the article's end is read.
 */
export function readInlineMetadata(
  doc: Document,
  headline: Element | null,
  title: string,
  fallback: Element | null = null,
  yearOf: YearOf = () => null,
  text = '',
): InlineMetadata {
  const none: InlineMetadata = { source: null, published: null, byline: null, header: {} };
  if (!doc.body) return none;
  const chinese = hasHan(title);
  const anchor: Node | null = headline ?? (chinese ? findTitleNode(doc, title) : null) ?? fallback;
  // A headline that is a picture (old pages): the article's end is looked for from the top.
  if (!anchor) return chinese ? { ...none, published: dateBelow(doc, doc.body, text, yearOf) } : none;

  const afterParts = windowAfter(doc, anchor, isLabelled);
  const beforeParts = windowBefore(doc, anchor, isLabelled);
  // The conventions of labels and info lines read here are those of Chinese pages.
  if (!chinese) return { ...none, published: firstDateNode(afterParts) ?? dateNodeBefore(beforeParts) };
  const before = beforeParts.join(' ');
  const after = afterParts.join(' ');

  const labelledAfter = readLabels(after, yearOf);
  const labelledBefore = readLabels(before, yearOf);
  return {
    source: labelledAfter.source ?? labelledBefore.source ?? null,
    // A bare date after the headline is the nearest; before it, only a date line right above it
    // (further up sit "today is …" widgets and other stories' dates).
    published:
      labelledAfter.published ??
      findDate(after)?.iso ??
      labelledBefore.published ??
      dateNodeBefore(beforeParts) ??
      datelineDate(afterParts, yearOf) ??
      monthDayNode(afterParts, yearOf) ??
      dateBelow(doc, anchor, text, yearOf),
    byline: labelledAfter.byline ?? labelledBefore.byline ?? null,
    header: readLabelledValues(`${before} ${after}`),
  };
}
