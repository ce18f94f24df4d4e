/**
 * The conventions of Chinese official documents (GB/T 9704 党政机关公文格式) read from single lines of
 * text: the masthead (`国务院办公厅文件`), the number line (`国办发〔2017〕47号`), labelled fields,
 * and the signature block (issuer, then the date). Each rule is a small pure function of line text so
 * that the same rules can serve HTML pages' info lines (utils/extract) once both are unified.
 */
import { findDate } from '../extract/dates';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const OPEN = '[〔\\[［【(（]';
const CLOSE = '[〕\\]］】)）]';
/** `国办发〔2017〕47号`, `财税〔2019〕13号`, `京政办发[2020]5号` (brackets vary; 〔〕 is the standard's). */
const DOC_NUMBER = new RegExp(`^([${HAN}]{1,15})\\s*${OPEN}\\s*(\\d{4})\\s*${CLOSE}\\s*(\\d{1,5})\\s*号`);
/** Orders and decrees: `中华人民共和国财政部令 第91号`. */
const DECREE_NUMBER = new RegExp(`^([${HAN}]{1,30}令)\\s*第\\s*(\\d{1,5})\\s*号$`);

/** Spaces between Han characters are layout (`国 务 院 文 件`), not words. */
export function squeezeHan(text: string): string {
  return text.trim().replace(new RegExp(`(?<=[${HAN}〔〕])[\\s\\u3000]+(?=[${HAN}〔〕\\d])`, 'g'), '');
}

/** The document number a number line starts with (a `签发人：…` may follow it), normalised; else null. */
export function readDocNumber(line: string): string | null {
  const text = squeezeHan(line);
  const m = DOC_NUMBER.exec(text);
  if (m) {
    const rest = text.slice(m[0].length).trim();
    if (rest === '' || /^签发人/.test(rest)) return `${m[1]}〔${m[2]}〕${m[3]}号`;
    return null;
  }
  const decree = DECREE_NUMBER.exec(text);
  return decree ? `${decree[1]}第${decree[2]}号` : null;
}

/** The issuer a masthead names (`国务院办公厅文件` → `国务院办公厅`), else null. */
export function readMasthead(line: string): string | null {
  const text = squeezeHan(line).replace(/\s+/g, '');
  const m = new RegExp(`^([${HAN}（）()]{2,40}?)文件$`).exec(text);
  return m?.[1] ?? null;
}

/** Endings of the names of issuing bodies (ministries, commissions, governments, their offices…). */
const ORGANISATION_END = new RegExp(
  `[${HAN}]*(?:部|委|委员会|院|厅|局|署|办|办公室|政府|中心|银行|协会|联合会|学会|会|集团|公司|研究所|所|司|党委|法院|检察院|大学|学院|基金会|管委会|领导小组)$`,
);

/** A line naming one or more issuing bodies (joint documents put several on one line). */
export function readOrganisations(line: string): string | null {
  const names = line
    .trim()
    .split(/[\s\u3000]{2,}|[、，,]/)
    .map(squeezeHan)
    .filter(Boolean);
  if (names.length === 0 || names.some((n) => n.length < 2 || n.length > 40 || !ORGANISATION_END.test(n)))
    return null;
  return names.join(' ');
}

/** The date a line consists of (`2017年9月26日`, `二〇一七年九月二十六日`), or null if it says more. */
export function readDateLine(line: string): string | null {
  const text = squeezeHan(line).replace(/[（(][^）)]*[）)]$/, '');
  const date = findDate(text);
  if (!date) return null;
  const rest = text.slice(0, date.index) + text.slice(date.index + date.length);
  return rest.trim() === '' ? date.iso : null;
}

export type LabelledField = 'docNumber' | 'issuer' | 'date';

const LABELS: readonly { field: LabelledField; labels: readonly string[] }[] = [
  { field: 'docNumber', labels: ['发文字号', '文号'] },
  { field: 'issuer', labels: ['发文机关', '发布机构', '发布单位', '制发机关'] },
  {
    field: 'date',
    labels: [
      '成文日期',
      '发布日期',
      '印发日期',
      '发文日期',
      'Publication date',
      'Date published',
      'Published',
      'Released',
      'Issued',
      'Date',
    ],
  },
];
const ANY_LABEL = new RegExp(`(?:^|\\s)(${LABELS.flatMap((l) => l.labels).join('|')})\\s*[:：]\\s*`, 'gi');

/** Every labelled field on a line (`发文机关：国务院办公厅 成文日期：2017年09月26日`), values cleaned. */
export function readLabelledFields(line: string): Partial<Record<LabelledField, string>> {
  const found: Partial<Record<LabelledField, string>> = {};
  const matches = [...line.matchAll(ANY_LABEL)];
  matches.forEach((m, i) => {
    const label = (m[1] ?? '').toLowerCase();
    const field = LABELS.find((l) => l.labels.some((x) => x.toLowerCase() === label))?.field;
    const next = matches[i + 1];
    const value = line.slice((m.index ?? 0) + m[0].length, next ? next.index : line.length).trim();
    if (!field || value === '' || found[field]) return;
    if (field === 'date') {
      const date = findDate(value);
      if (date) found.date = date.iso;
    } else if (field === 'docNumber') {
      const number = readDocNumber(value);
      if (number) found.docNumber = number;
    } else {
      found.issuer = squeezeHan(value);
    }
  });
  return found;
}

export interface Signature {
  issuer: string | null;
  date: string;
}

/** How far from the end of the text the signature may sit (notes like `（此件公开发布）` follow it). */
const SIGNATURE_WINDOW = 8;

/** The signature block among the last lines: a date line, the issuing bodies just above it. */
export function readSignature(lines: readonly string[]): Signature | null {
  const from = Math.max(0, lines.length - SIGNATURE_WINDOW);
  for (let i = lines.length - 1; i >= from; i--) {
    const date = readDateLine(lines[i] ?? '');
    if (!date) continue;
    const above = i > 0 ? readOrganisations(lines[i - 1] ?? '') : null;
    return { issuer: above, date };
  }
  return null;
}
