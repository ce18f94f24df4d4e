/**
 * What an official document states in its own text (GB/T 9704 layout): the number line under the title
 * (`国办发〔2017〕47号`), and the closing signature, the issuing institution(s) and then the date
 * (`国务院办公厅` / `2017年5月15日`), possibly followed by `（此件公开发布）`, 附件 or 抄送 lines.
 */
import { parseDate } from '../dates';
import { cleanDocNumber, isDocNumber } from './doc-number';

/** The number line sits within the first lines (after the title, 主送 comes after it). */
const NUMBER_LINE_WITHIN = 6;
/** The signature sits within the last lines (after it: 此件公开发布, 附件 titles, 抄送). */
const SIGNATURE_WITHIN = 16;
const MAX_ISSUER_LINES = 4;
const MAX_ISSUER_LENGTH = 60;

/** A date written as a signature writes it: alone on its line, Arabic or Chinese numerals. */
const DATE_LINE =
  /^(?:\d{4}|[〇零○ＯО一二三四五六七八九]{4})\s*年\s*[\d〇零○一二三四五六七八九十]{1,3}\s*月\s*[\d〇零○一二三四五六七八九十]{1,3}\s*日$/;

/** Names of issuing bodies end like this (国务院办公厅, 国家发展改革委, 某某省人民政府, 中国人民银行…). */
const INSTITUTION_END =
  /(国务院|中央|政府|办公厅|办公室|委员会|委|部|局|厅|署|院|会|办|中心|处|司|银行|小组|党组|机关|工会)$/;
const SENTENCE_MARK = /[。，；：、！？,.;:!?“”"《》（）()]/;

function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter(Boolean);
}

/** An institution name alone on its line, or several separated by spaces. */
function isIssuerLine(line: string): boolean {
  if (line.length > MAX_ISSUER_LENGTH || SENTENCE_MARK.test(line)) return false;
  return line.split(' ').every((name) => name.length >= 2 && INSTITUTION_END.test(name));
}

/** The 发文字号 line near the top of the document text, or null. */
export function numberLine(text: string): string | null {
  for (const line of lines(text.slice(0, 1000)).slice(0, NUMBER_LINE_WITHIN))
    if (isDocNumber(line)) return cleanDocNumber(line);
  return null;
}

export interface Signature {
  issuer: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** The closing signature: the last date line with institution lines right above it. */
export function signature(text: string): Signature | null {
  const tail = lines(text.slice(-2000)).slice(-SIGNATURE_WITHIN);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i] as string;
    // `国务院 2017年5月15日` on one line, or the date on its own.
    const m = /^(.*?)\s*((?:\d{4}|[〇零○ＯО一二三四五六七八九]{4})\s*年.*日)$/.exec(line);
    if (!m || !DATE_LINE.test((m[2] ?? '').replace(/\s+/g, ''))) continue;
    const date = parseDate(m[2]);
    if (!date) continue;
    const names: string[] = [];
    if (m[1] && isIssuerLine(m[1])) names.push(m[1]);
    for (let j = i - 1; j >= 0 && names.length < MAX_ISSUER_LINES && !m[1]; j--) {
      const above = tail[j] as string;
      if (!isIssuerLine(above)) break;
      names.unshift(above);
    }
    if (names.length > 0) return { issuer: names.join(' '), date };
  }
  return null;
}
