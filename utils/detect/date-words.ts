/** Word tables for dates and deadlines, Chinese and English. */
import { literalTable } from './literal-table';

/** Before a Chinese date: `到2025年` is a deadline (marker kept in the text); `截至2020年` is an as-of date. */
// prettier-ignore
export const ZH_DATE_MARKERS = literalTable<'deadline' | 'as-of'>([
  ['到', 'deadline'], ['至', 'deadline'], ['截至', 'as-of'], ['截止', 'as-of'], ['截止到', 'as-of'],
  ['截止至', 'as-of'], ['直到', 'as-of'],
]);

/** Before a year of the Republic of China calendar (`民國110年` = 2021). */
export const ZH_ROC_ERA = literalTable<true>([
  ['民國', true],
  ['民国', true],
]);

/** After a Chinese date: the period's end (`2020年底`, `年末`). `年中`/`年初` are left out: `年中国`, `年初步`. */
export const ZH_PERIOD_ENDS = literalTable<true>([
  ['底', true],
  ['末', true],
]);

/** After a Chinese date: a deadline (`2025年前`, `2024年3月底前`). */
export const ZH_DEADLINE_SUFFIXES = literalTable<true>([
  ['前', true],
  ['以前', true],
  ['之前', true],
]);

/** Range separators between two years (`2021-2023`, `2021—2023`, `2021至2023年`). */
// prettier-ignore
export const YEAR_RANGE_SEPARATORS = literalTable<true>(
  ['-', '–', '—', '~', '～', '至', '到', '/'].map((w) => [w, true] as const),
);

// prettier-ignore
export const EN_MONTHS = literalTable<number>(
  [
    ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7],
    ['August', 8], ['September', 9], ['October', 10], ['November', 11], ['December', 12],
    ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Sept', 9],
    ['Oct', 10], ['Nov', 11], ['Dec', 12], ['Jan.', 1], ['Feb.', 2], ['Mar.', 3], ['Apr.', 4], ['Jun.', 6],
    ['Jul.', 7], ['Aug.', 8], ['Sep.', 9], ['Sept.', 9], ['Oct.', 10], ['Nov.', 11], ['Dec.', 12],
  ],
  { wholeWord: true },
);

/** Before a bare year: a deadline (`by 2030`; marker kept in the text). */
// prettier-ignore
export const EN_DEADLINE_MARKERS = literalTable<true>(
  ['by', 'before', 'no later than', 'by the end of', 'by end of', 'by end-', 'by mid-', 'by the middle of']
    .map((w) => [w, true] as const),
  { wholeWord: true, caseInsensitive: true },
);

/** Before a bare year: words that make a four-digit number a year (`in 2023`, `since 2019`). */
// prettier-ignore
export const EN_YEAR_PREPOSITIONS = literalTable<true>(
  ['in', 'since', 'from', 'until', 'till', 'through', 'during', 'of', 'after', 'between', 'to', 'fiscal', 'FY',
    'early', 'late', 'mid-', 'end-', 'year', 'for', 'circa', 'around', 'as of', 'and', 'than', 'the year']
    .map((w) => [w, true] as const),
  { wholeWord: true, caseInsensitive: true },
);

/** Ordinal suffixes on English days (`1st`, `23rd`). */
// prettier-ignore
export const EN_ORDINALS = literalTable<true>(
  ['st', 'nd', 'rd', 'th'].map((w) => [w, true] as const),
  { wholeWord: true },
);
