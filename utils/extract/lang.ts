/**
 * `Article.lang`: the page's declared language as a tidy BCP 47 tag (`zh-CN`, `en-AU`), else a guess
 * from the article text for the two languages our users clip (Chinese and English), else null.
 */
import { cjkShare } from './text-normalise';

/** Frequent characters written differently in simplified and traditional Chinese: [simplified, traditional]. */
const SCRIPT_PAIRS: readonly (readonly [string, string])[] = [
  ['这', '這'],
  ['们', '們'],
  ['说', '說'],
  ['时', '時'],
  ['会', '會'],
  ['来', '來'],
  ['为', '為'],
  ['个', '個'],
  ['与', '與'],
  ['对', '對'],
  ['学', '學'],
  ['发', '發'],
  ['经', '經'],
  ['业', '業'],
  ['国', '國'],
  ['过', '過'],
  ['动', '動'],
  ['还', '還'],
  ['进', '進'],
  ['开', '開'],
  ['关', '關'],
  ['长', '長'],
  ['门', '門'],
  ['问', '問'],
  ['间', '間'],
  ['现', '現'],
  ['实', '實'],
  ['点', '點'],
  ['区', '區'],
  ['济', '濟'],
  ['设', '設'],
  ['产', '產'],
];
const SIMPLIFIED = new Set(SCRIPT_PAIRS.map(([s]) => s.charCodeAt(0)));
const TRADITIONAL = new Set(SCRIPT_PAIRS.map(([, t]) => t.charCodeAt(0)));

const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'that',
  'for',
  'it',
  'with',
  'as',
  'was',
  'on',
]);
const SAMPLE_LENGTH = 3000;
const CHINESE_SHARE = 0.3;
const ENGLISH_WORD_SHARE = 0.12;

/** `zh-cmn-Hans` → `zh-CN`, `en-au` → `en-AU`, `zh_TW` → `zh-TW`; null when not a language tag. */
export function normaliseLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const primary = parts[0]?.toLowerCase();
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return null;
  let script: string | undefined;
  let region: string | undefined;
  for (const part of parts.slice(1)) {
    if (/^[a-z]{4}$/i.test(part) && !script) script = part[0]?.toUpperCase() + part.slice(1).toLowerCase();
    else if (/^([a-z]{2}|\d{3})$/i.test(part) && !region) region = part.toUpperCase();
  }
  if (primary === 'zh') {
    if (region) return `zh-${region}`;
    if (script === 'Hans') return 'zh-CN';
    if (script === 'Hant') return 'zh-TW';
    return 'zh';
  }
  return region ? `${primary}-${region}` : primary;
}

/** `zh-CN` or `zh-TW` by which forms of frequent characters the text uses; `zh` when it cannot tell. */
export function chineseVariant(text: string): string {
  let simplified = 0;
  let traditional = 0;
  const end = Math.min(text.length, SAMPLE_LENGTH);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (SIMPLIFIED.has(code)) simplified++;
    else if (TRADITIONAL.has(code)) traditional++;
  }
  if (simplified === traditional) return 'zh';
  return simplified > traditional ? 'zh-CN' : 'zh-TW';
}

/** A guess for pages that declare no language: Chinese by script, English by its commonest words. */
export function guessLang(text: string, share = cjkShare(text.slice(0, SAMPLE_LENGTH))): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (share >= CHINESE_SHARE) {
    const variant = chineseVariant(sample);
    return variant === 'zh' ? 'zh-CN' : variant;
  }
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 10) return null;
  const common = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return common / words.length >= ENGLISH_WORD_SHARE ? 'en' : null;
}

/** Languages written mostly in Han characters, so a Han-heavy text does not contradict them. */
const HAN_LANGUAGES = new Set(['zh', 'ja', 'yue', 'lzh']);
/** Above this share of CJK letters, a page declaring another language is mislabelled (template `lang="en"`). */
const CONTRADICTING_SHARE = 0.5;

/** The declared language, refined by the text when it only says `zh` or plainly contradicts it; else the guess. */
export function resolveLang(declared: readonly (string | null | undefined)[], text: string): string | null {
  const share = cjkShare(text.slice(0, SAMPLE_LENGTH));
  const han = share >= CONTRADICTING_SHARE;
  for (const tag of declared) {
    const lang = normaliseLang(tag);
    if (!lang) continue;
    if (han && !HAN_LANGUAGES.has(lang.split('-')[0] ?? '')) return guessLang(text, share);
    if (lang === 'zh') {
      const variant = chineseVariant(text);
      return variant === 'zh' ? 'zh-CN' : variant;
    }
    return lang;
  }
  return guessLang(text, share);
}
