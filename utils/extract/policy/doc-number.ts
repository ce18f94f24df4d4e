/**
 * 发文字号: the number an official document carries, in the forms GB/T 9704 and the State Council's
 * practice give it. `国办发〔2017〕47号` (agency code, year in hexagonal brackets, serial), with the year
 * in `[]`, `［］`, `()` or `（）` on sites that cannot type `〔〕`; announcements numbered per year
 * (`国家税务总局公告2023年第5号`); orders (`中华人民共和国国务院令第732号`, `交通运输部令2023年第5号`,
 * `第12号令`).
 */

const YEAR = '(?:19|20)\\d{2}';
const SERIAL = '\\d{1,5}';
/** An agency code or name before the year: Han characters (and the odd Latin letter), no spaces inside. */
const PREFIX = '[\\p{Script=Han}A-Za-z]{1,24}';

const FORMS: readonly { name: string; source: string }[] = [
  {
    name: 'bracketed year (国办发〔2017〕47号)',
    source: `${PREFIX}\\s*[〔［[（(【]\\s*${YEAR}\\s*[〕］\\]）)】]\\s*第?\\s*${SERIAL}\\s*号`,
  },
  {
    name: 'announcement (公告2023年第5号)',
    source: `(?:${PREFIX})?公告\\s*${YEAR}\\s*年\\s*第\\s*${SERIAL}\\s*号`,
  },
  {
    name: 'order (国务院令第732号)',
    source: `(?:${PREFIX})?令\\s*(?:${YEAR}\\s*年\\s*)?第\\s*${SERIAL}\\s*号`,
  },
  { name: 'order (第12号令)', source: `第\\s*${SERIAL}\\s*号令` },
];

const ANY_FORM = new RegExp(FORMS.map((f) => `(?:${f.source})`).join('|'), 'u');
const WHOLE_FORM = new RegExp(`^(?:${FORMS.map((f) => `(?:${f.source})`).join('|')})$`, 'u');

/** Spaces inside a number are layout (`国办发〔2017〕 47 号`): the number is written without them. */
export function cleanDocNumber(value: string): string {
  return value.replace(/[\s\u00a0\u3000]+/g, '');
}

/** The first document number written in `text`, cleaned, or null. */
export function findDocNumber(text: string): string | null {
  const m = ANY_FORM.exec(text);
  return m ? cleanDocNumber(m[0]) : null;
}

/** Whether `text` is a document number and nothing else (the number line under a document's title). */
export function isDocNumber(text: string): boolean {
  return WHOLE_FORM.test(text.trim().replace(/[\s\u00a0\u3000]+/g, ''));
}

/**
 * The number reduced to what a reader types when searching: no brackets, spaces or `第`
 * (`国办发〔2017〕47号`, `国办发[2017]47号` and `国办发2017 47号` all give `国办发201747号`).
 */
export function docNumberKey(value: string): string {
  return cleanDocNumber(value)
    .replace(/[〔〕［］[\]（）()【】第]/g, '')
    .toLowerCase();
}
