/**
 * Metadata Chinese sites write into the page instead of meta tags: the info line around the headline
 * (`2020-01-02 17:11 来源：半月谈网`, `发布时间：…  信息来源：…`, gov.cn's `发文机关：… 成文日期：…`).
 * Only a small window of text around the headline is read, so the cost does not grow with the page.
 */
import { findDate, parseDate, readMonthDay, withYear, type YearOf } from './dates';
import {
  DATELINE_LENGTH,
  DATELINE_START,
  LEAD_BOX,
  dateNodeBefore,
  datelineDate,
  firstDateNode,
  inStoryList,
  monthDayNode,
  statedTime,
} from './inline-dates';
import { readLabelledValues, type HeaderValues } from './policy/labels';
import { cleanInline, readingWeight } from './text-normalise';
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

/** Text this long without a label is the article starting: the info line is over. */
const PROSE_NODE_LENGTH = 100;
/** So is a shorter one that ends a sentence (a short first paragraph; info lines have no `。`). */
const SENTENCE_NODE_LENGTH = 30;
const SENTENCE_END = /[。！？]/;

function isProse(text: string, anyLabel: RegExp): boolean {
  if (text.length < SENTENCE_NODE_LENGTH) return false;
  if (text.length < PROSE_NODE_LENGTH && !SENTENCE_END.test(text)) return false;
  anyLabel.lastIndex = 0;
  return !anyLabel.test(text);
}
const WINDOW_AFTER = 240;
const WINDOW_BEFORE = 240;
const MAX_NODES_PER_WINDOW = 48;
/** How far into the body to look for the title's text when no headline element matched it. */
const MAX_NODES_TO_FIND_TITLE = 4000;

const SHOW_TEXT = 4;
/** Elements hidden until hovered or clicked (pop-up cards); only asked of a window's prose nodes. */
const HIDDEN = '[hidden], [style*="display:none"], [style*="display: none"]';
const SKIPPED_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'select',
  'title',
]);

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

function isReadable(node: Node): boolean {
  const parent = node.parentElement;
  return parent === null || !SKIPPED_PARENTS.has(parent.localName);
}

/**
 * The texts of the nodes the walker yields, until the window is full, prose begins or a list of other
 * stories does; a backward walk is put back in reading order. The prose node that ends a forward window
 * still gives its opening dateline, if it has one; a summary box (`摘要：…`) between the headline and
 * its info line is passed over.
 */
function collectWindow(step: () => Node | null, limit: number, anchor: Node, backward = false): string[] {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0, node = step(); node && i < MAX_NODES_PER_WINDOW && length < limit; node = step()) {
    if (anchor.contains(node) || !isReadable(node)) continue;
    i++;
    const text = statedTime(
      cleanInline(node.nodeValue ?? ''),
      () => node.parentElement?.getAttribute('title') ?? null,
    );
    if (!text) continue;
    if (inStoryList(node, anchor)) break;
    if (isProse(text, labelPatterns().any)) {
      if (!backward && (LEAD_BOX.test(text) || LEAD_BOX.test(parts.at(-1) ?? ''))) continue;
      // A hidden profile card's description (a WeChat account's `功能介绍`) is no article starting.
      if (node.parentElement?.closest(HIDDEN)) continue;
      if (!backward && DATELINE_START.test(text)) parts.push(text.slice(0, DATELINE_LENGTH));
      break;
    }
    parts.push(text);
    length += text.length + 1;
  }
  if (backward) parts.reverse();
  return parts;
}

function findTitleNode(doc: Document, title: string): Node | null {
  if (!doc.body || readingWeight(title) < 6) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (
    let i = 0, node = walker.nextNode();
    node && i < MAX_NODES_TO_FIND_TITLE;
    node = walker.nextNode(), i++
  ) {
    const value = node.nodeValue ?? '';
    if (value.length < 2 || !isReadable(node)) continue;
    const text = cleanInline(value);
    if (text.includes(title) || (text.length * 2 >= title.length && title.startsWith(text))) return node;
  }
  return null;
}

/**
 * Reads the info line after the headline (and labelled fields just before it). `headline` is the
 * element the title came from, or null: then the title's text is looked for in the body, and failing
 * that `fallback` (the page's first `h1`) is used. On pages whose title is not Chinese only the date is
 * read: a line under the headline that is mostly a date.
 */
export function readInlineMetadata(
  doc: Document,
  headline: Element | null,
  title: string,
  fallback: Element | null = null,
  yearOf: YearOf = () => null,
): InlineMetadata {
  const none: InlineMetadata = { source: null, published: null, byline: null, header: {} };
  if (!doc.body) return none;
  const chinese = hasHan(title);
  const anchor: Node | null = headline ?? (chinese ? findTitleNode(doc, title) : null) ?? fallback;
  if (!anchor) return none;

  const forward = doc.createTreeWalker(doc.body, SHOW_TEXT);
  forward.currentNode = anchor;
  const afterParts = collectWindow(() => forward.nextNode(), WINDOW_AFTER, anchor);
  const backward = doc.createTreeWalker(doc.body, SHOW_TEXT);
  backward.currentNode = anchor;
  const beforeParts = collectWindow(() => backward.previousNode(), WINDOW_BEFORE, anchor, true);
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
      monthDayNode(afterParts, yearOf),
    byline: labelledAfter.byline ?? labelledBefore.byline ?? null,
    header: readLabelledValues(`${before} ${after}`),
  };
}
