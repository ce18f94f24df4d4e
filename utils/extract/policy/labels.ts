/**
 * The labels official-document headers use (the gov.cn policy library, the older `table.bd1` header,
 * ministries' and provinces' 政府信息公开 tables), and a reader of `label：value` text. Headers space
 * their labels to a common width (`标\u3000\u3000题：`, `索 引 号：`), so a label matches with any spaces
 * between its characters; the colon may be full-width or ASCII, or missing when the label is its own
 * table cell.
 */

export type HeaderField =
  | 'issuer'
  | 'docNumber'
  | 'indexNumber'
  | 'written'
  | 'published'
  | 'docType'
  | 'topic'
  | 'title'
  | 'source'
  /** Labels that only end the value before them (有效性, 实施日期…). */
  | 'other';

/** Best first within a field; a label that contains another comes before it (`信息索引号` before `索引号`). */
const LABELS: Readonly<Record<HeaderField, readonly string[]>> = {
  issuer: [
    '联合发文单位',
    '发文机关',
    '发文机构',
    '发文单位',
    '发布机构',
    '发布机关',
    '制发机关',
    '成文单位',
  ],
  docNumber: ['发文字号', '文件编号', '发文文号', '文号'],
  indexNumber: ['信息索引号', '索引号', '索取号'],
  written: ['成文日期', '成文时间', '印发日期', '发文日期', '签发日期', '生成日期', '制发日期'],
  published: ['发布日期', '发布时间', '公开日期', '公开时间', '公布日期'],
  docType: ['公文种类', '公文类型', '文种', '体裁分类'],
  topic: ['主题分类', '信息分类', '组配分类', '主题类别'],
  title: ['文件名称', '标题', '名称'],
  source: ['信息来源', '来源'],
  other: [
    '有效性',
    '时效性',
    '实施日期',
    '施行日期',
    '废止日期',
    '失效日期',
    '公开方式',
    '公开范围',
    '主题词',
    '关键词',
    '所属机构',
  ],
};

const SPACE = '[\\s\\u00a0\\u3000]*';

function spaced(label: string): string {
  return Array.from(label).join(SPACE);
}

interface LabelEntry {
  field: HeaderField;
  label: string;
}

interface LabelTables {
  fieldByLabel: ReadonlyMap<string, HeaderField>;
  /** A label followed by its colon. */
  withColon: RegExp;
  /** A table cell that is only a label, colon optional (`<td><b>标  题：</b></td>`, `<th>文号</th>`). */
  cell: RegExp;
}

let tables: LabelTables | undefined;
const SHORT_LABEL = 2;

/**
 * The label patterns, built on first use: the extractor script is evaluated on every injection, and
 * pages that are not Chinese official documents never need them.
 */
function labelTables(): LabelTables {
  if (tables) return tables;
  // Longest first, so the alternation never stops at a label's tail or head.
  const entries: LabelEntry[] = (Object.keys(LABELS) as HeaderField[])
    .flatMap((field) => LABELS[field].map((label) => ({ field, label })))
    .sort((a, b) => b.label.length - a.label.length);
  const alternation = (list: readonly LabelEntry[]): string => list.map((e) => spaced(e.label)).join('|');
  // Two-character labels are words of their own only when no Han character comes before them
  // (`数据来源：` is not `来源：`); longer ones are unambiguous even in cells run together.
  const short = alternation(entries.filter((e) => e.label.length <= SHORT_LABEL));
  const long = alternation(entries.filter((e) => e.label.length > SHORT_LABEL));
  tables = {
    fieldByLabel: new Map(entries.map((e) => [e.label, e.field])),
    withColon: new RegExp(`(?:(?<!\\p{Script=Han})(${short})|(${long}))${SPACE}[:：]`, 'gu'),
    cell: new RegExp(`^(${alternation(entries)})${SPACE}[:：]?$`, 'u'),
  };
  return tables;
}

/** Whether `word` (spaces removed) is a header label: a set lookup, no pattern built. */
export function isLabel(word: string): boolean {
  for (const field of Object.keys(LABELS) as HeaderField[]) if (LABELS[field].includes(word)) return true;
  return false;
}

function fieldOf(matched: string): HeaderField | null {
  return labelTables().fieldByLabel.get(matched.replace(/[\s\u00a0\u3000]+/g, '')) ?? null;
}

/** The field a table cell labels, or null when the cell is not a label. */
export function labelCellField(cell: string): HeaderField | null {
  const m = labelTables().cell.exec(cell.trim());
  return m?.[1] ? fieldOf(m[1]) : null;
}

export type HeaderValues = Partial<Record<HeaderField, string>>;

/** Values longer than this are prose, not a header value (a title may be long; others are short). */
const MAX_VALUE = { title: 200, other: 80 } as const;

/**
 * Every `label：value` in `text`, a value running to the next label. The first value of a field wins
 * (a header comes before anything quoting it); empty values are skipped.
 */
export function readLabelledValues(text: string): HeaderValues {
  const values: HeaderValues = {};
  const matches = Array.from(text.matchAll(labelTables().withColon));
  matches.forEach((m, i) => {
    const label = m[1] ?? m[2];
    const field = label ? fieldOf(label) : null;
    if (!field || field === 'other' || values[field] !== undefined) return;
    const start = (m.index ?? 0) + m[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    const value = text
      .slice(start, end)
      .replace(/[\s\u00a0\u3000]+/g, ' ')
      .trim();
    const max = field === 'title' ? MAX_VALUE.title : MAX_VALUE.other;
    if (value && value.length <= max) values[field] = value;
  });
  return values;
}

/** How many labels (with their colons) `text` holds: cheap test for "is this a header?". */
export function countLabels(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(labelTables().withColon)) n++;
  return n;
}

/** Whether `text` begins with a label and its colon: a header line, not a sentence quoting a label. */
export function startsWithLabel(text: string): boolean {
  const pattern = labelTables().withColon;
  pattern.lastIndex = 0;
  const m = pattern.exec(text.trimStart());
  return m !== null && m.index === 0;
}
