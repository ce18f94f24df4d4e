/**
 * The date a news or government site writes into its article URLs (`/2024-01/02/c_…`,
 * `/202401/t20240102_…`, `/n1/2024/0102/c1001-…`, `/2024/01-02/…`, `/2024/01/02/…`): the publication day,
 * or at least its year and month (gov.cn's `/202401/content_…`). A fallback for pages that state no date,
 * and the year of a dateline that gives only the month and day.
 */
import { parseDate, type MonthDay } from './dates';

export interface UrlDate {
  year: number;
  month: number;
  /** `YYYY-MM-DD` when the URL gives the day too. */
  iso: string | null;
}

/** Full dates in a path, best first (each segment boundary is a `/`, so query strings do not count). */
const FULL_DATES: readonly RegExp[] = [
  /\/t((?:19|20)\d{2})(\d{2})(\d{2})_\d/, // TRS government sites: /202401/t20240102_123.html
  /\/((?:19|20)\d{2})-(\d{1,2})\/(\d{1,2})\//, // /2024-01/02/
  /\/((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\//, // /2024-01-02/
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//, // /2024/0102/
  /\/((?:19|20)\d{2})\/(\d{1,2})[-/](\d{1,2})\//, // /2024/01-02/, /2024/01/02/
  /\/((?:19|20)\d{2})(\d{2})(\d{2})\//, // /20240102/
];
/** Year and month only. */
const YEAR_MONTH: readonly RegExp[] = [/\/((?:19|20)\d{2})-?(\d{2})\//, /\/((?:19|20)\d{2})\/(\d{1,2})\//];

function pathOf(url: string): string {
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)/i.exec(url);
  return m?.[1] ?? '';
}

/** The date in `url`'s path, or null. */
export function urlDate(url: string): UrlDate | null {
  const path = pathOf(url);
  if (!path) return null;
  for (const pattern of FULL_DATES) {
    const m = pattern.exec(path);
    const iso = m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
    if (iso) return { year: Number(m?.[1]), month: Number(m?.[2]), iso };
  }
  for (const pattern of YEAR_MONTH) {
    const m = pattern.exec(path);
    const month = Number(m?.[2]);
    if (m && month >= 1 && month <= 12) return { year: Number(m[1]), month, iso: null };
  }
  return null;
}

/**
 * The year of a month and day written without one, on a page whose URL is dated: the URL's year, or
 * the one before when the URL's month comes earlier (a 31 December report filed in January).
 */
export function yearOfUrlDate(date: UrlDate | null, monthDay: MonthDay): number | null {
  if (!date) return null;
  return date.month < monthDay.month ? date.year - 1 : date.year;
}
