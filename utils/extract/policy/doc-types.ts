/**
 * 公文种类 as a title states them: a Chinese official document's title ends with its type (GB/T 9704:
 * 发文机关 + 关于 + 事由 + 文种), the 15 types of the 党政机关公文处理工作条例 plus the forms laws, rules
 * and plans take (`办法` is matched before `法`).
 */
const DOC_TYPES = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '纪要',
  '函',
  '令',
  '办法',
  '规定',
  '条例',
  '规则',
  '细则',
  '规划',
  '方案',
  '纲要',
  '指引',
  '指南',
  '目录',
  '清单',
  '法',
] as const;

/** A trailing `（试行）`, `（2021年修订）` or `（征求意见稿）` is a status, not part of the type. */
const TRAILING_NOTE = /[（(][^（）()]{1,16}[）)]$/;
const TYPE_AT_END = new RegExp(`(${DOC_TYPES.join('|')})$`);

function withoutNote(title: string): string {
  return title.trim().replace(TRAILING_NOTE, '').trim();
}

/** The type a document title ends with (`…的通知` → `通知`), or null. */
export function docTypeOfTitle(title: string): string | null {
  return TYPE_AT_END.exec(withoutNote(title))?.[1] ?? null;
}

/** A title in the official form `…关于…的通知` (or `…关于…通知`): the page is the document itself. */
export function isDocumentTitle(title: string): boolean {
  const t = withoutNote(title);
  return /关于./.test(t) && TYPE_AT_END.test(t) && !/[》”"？?！!]$/.test(t);
}

/** The issuing institution(s) a document title starts with (`国务院办公厅关于…` → `国务院办公厅`), or null. */
export function issuerOfTitle(title: string): string | null {
  const i = title.indexOf('关于');
  return i >= 2 ? title.slice(0, i).trim() : null;
}
