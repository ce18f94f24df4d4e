/**
 * Numbers written in Chinese numerals (`五千万`, `一亿五千万`, `十多`, `两千`) and shares in tenths
 * (`三成` = 30%). Plan names (`十四五`: digits in a row, "14th-5th") and idioms (`三五成群`, `一成不变`)
 * are not numbers. Only the figure rules call these; every read is bounded by the numeral run.
 */

const DIGITS = new Map<string, number>([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['兩', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const SMALL_UNITS = new Map<string, number>([
  ['十', 10],
  ['拾', 10],
  ['百', 100],
  ['佰', 100],
  ['千', 1000],
  ['仟', 1000],
]);
const LARGE_UNITS = [
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
] as const;

/** Longer runs are no number anyone writes in words. */
const MAX_RUN = 12;

const NUMERAL_CHARS = '零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億';
let numeralCodes: Uint8Array | undefined;

function isNumeralCode(c: number): boolean {
  if (numeralCodes === undefined) {
    numeralCodes = new Uint8Array(0x10000);
    for (const ch of NUMERAL_CHARS) numeralCodes[ch.charCodeAt(0)] = 1;
  }
  return numeralCodes[c] === 1;
}

/**
 * The runs of numeral characters that may be one number, in order: two or more (`五千`, `十五`), `十`
 * alone, or one digit before `成` or `元` (`三成`, `五元`); a digit alone before anything else is a word
 * (`一些`, `进一步`). A loop over character codes: a regular expression with this class is slower.
 */
export function numeralRuns(text: string): { start: number; end: number; run: string }[] {
  const runs: { start: number; end: number; run: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isNumeralCode(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isNumeralCode(text.charCodeAt(end))) end++;
    const after = text.charCodeAt(end);
    if (end - i > 1 || text[i] === '十' || after === 0x6210 || after === 0x5143)
      runs.push({ start: i, end, run: text.slice(i, end) });
    i = end - 1;
  }
  return runs;
}

/** `五千` → 5000, `十五` → 15, `一百零五` → 105; null for `四五` (two digits in a row), `千` alone. */
function smallValue(s: string): number | null {
  if (s === '') return 0;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let zero = false;
  for (const ch of s) {
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      if (d === 0) {
        zero = true;
        continue;
      }
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS.get(ch);
    if (unit === undefined || unit >= lastUnit) return null;
    // `十五` = 15: 十 alone at the start counts one ten; any other unit needs its digit.
    const n = digit ?? (unit === 10 && total === 0 ? 1 : null);
    if (n === null) return null;
    total += n * unit;
    lastUnit = unit;
    digit = null;
    zero = false;
  }
  if (digit !== null) {
    // `一千五` is colloquial for 1500, `一千零五` is 1005: only the unambiguous forms are read.
    if (lastUnit !== Infinity && lastUnit > 10 && !zero) return null;
    total += digit;
  }
  return total;
}

/** Value of a run of Chinese numerals, or null when it is not one number. */
export function chineseNumeralValue(run: string): number | null {
  if (run.length === 0 || run.length > MAX_RUN) return null;
  for (const [mark, scale] of LARGE_UNITS) {
    const at = run.lastIndexOf(mark);
    if (at < 0) continue;
    const left = chineseNumeralValue(run.slice(0, at));
    const right = at + 1 < run.length ? chineseNumeralValue(run.slice(at + 1)) : 0;
    if (left === null || left === 0 || right === null || right >= scale) return null;
    return left * scale + right;
  }
  return smallValue(run);
}

/**
 * Words that start with `成` and so make `三成…` something else than a share (`一成不变`, `五成熟`,
 * `三成员`): after `N成`, a share unless one of these follows.
 */
const CHENG_WORDS = new Set(
  (
    '成员 成員 成立 成为 成為 成本 成果 成功 成绩 成績 成熟 成长 成長 成效 成交 成都 成就 成型 成形 成品 成分 成份 ' +
    '成年 成人 成才 成真 成批 成套 成片 成群 成规 成規 成了 成语 成語 成像 成败 成敗 成婚 成家 成事 成文 成活 成因 ' +
    '成药 成藥 成衣 成色 成风 成風 成千 成百 成倍 成对 成對 成双 成雙 成行 成天 成心 成全 成不 成器 成性 成名 成材'
  ).split(' '),
);

/**
 * End of a share in tenths written after a number ending at `end` (`三成`, `3成以上`, `约三成用于…`
 * → after `成`), or -1. `value` must be a whole number of tenths from 1 to 10.
 */
export function chengEnd(text: string, end: number, value: number): number {
  if (text[end] !== '成' || !Number.isInteger(value) || value < 1 || value > 10) return -1;
  return CHENG_WORDS.has(text.slice(end, end + 2)) ? -1 : end + 1;
}
