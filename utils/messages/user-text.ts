/**
 * Which UI message tells the user about a failure or an outcome. The background and the store answer
 * with codes and numbers (plus English for logs and the CLI); extension pages (`t`) and the background's
 * in-page notices (`browser.i18n`) turn these descriptions into the user's language. Pure: no lookup here.
 */
import type { GetMessage, MessageKey } from '../i18n';
import type { NoArticleDetail } from '../extract/types';
import type { RestrictedKind } from '../page-access';
import type { BackupProblem } from '../store/errors';
import type { WireError } from './errors';
import type { ImportOutcome, PageUnavailable } from './reply-schemas';

/** A message and its `$1`… substitutions (numbers are formatted by whoever shows them). */
export interface UserText {
  key: MessageKey;
  subs: (string | number)[];
}

const say = (key: MessageKey, ...subs: (string | number)[]): UserText => ({ key, subs });

const RESTRICTED: Record<RestrictedKind, MessageKey> = {
  'browser-page': 'pageBrowserPage',
  store: 'pageStore',
  pdf: 'pagePdf',
  'not-web': 'pageNotWeb',
  'scripting-refused': 'pageScriptingRefused',
};

const NO_ARTICLE: Record<NoArticleDetail, MessageKey> = {
  'no-text': 'pageNoText',
  'mostly-links': 'pageMostlyLinks',
  'too-little': 'pageTooLittle',
  unreadable: 'pageUnreadable',
};

/** Looked up by a detail that arrived over the wire: an unknown one gets the code's general words. */
function pick(
  table: Partial<Record<string, MessageKey>>,
  detail: string | undefined,
  otherwise: MessageKey,
): MessageKey {
  return (
    (detail !== undefined && Object.prototype.hasOwnProperty.call(table, detail) && table[detail]) ||
    otherwise
  );
}

/** Why the popup cannot show an article for this page. */
export function unavailableText(page: PageUnavailable): UserText {
  switch (page.reason) {
    case 'restricted':
      return say(pick(RESTRICTED, page.detail, 'pageScriptingRefused'));
    case 'no-article':
      return say(pick(NO_ARTICLE, page.detail, 'pageNoArticle'));
    case 'empty':
      return say('pageEmpty');
    case 'too-large':
      return say('pageTooLarge', page.elements, page.limit);
    case 'not-html':
      return page.contentType ? say('pageNotHtml', page.contentType) : say('pageNotHtmlNoBody');
    default:
      return say('pageNoArticle');
  }
}

const NOT_FOUND: Partial<Record<string, MessageKey>> = {
  'clips-gone': 'errClipsGone',
  'article-gone': 'errArticleGone',
  'no-figures': 'errNoFigures',
};

/** A page without an article, as the `no-article` error's detail names it. */
const NO_ARTICLE_ERROR: Partial<Record<string, MessageKey>> = { ...NO_ARTICLE, empty: 'pageEmpty' };

/** Each refused backup's words and how many values (`subs`) they name. */
const BACKUP: Record<BackupProblem, [MessageKey, number]> = {
  'not-json': ['errBackupNotJson', 0],
  'too-large': ['errBackupTooLarge', 1],
  incomplete: ['errBackupIncomplete', 0],
  'not-backup': ['errBackupNotBackup', 0],
  'newer-version': ['errBackupNewerVersion', 1],
  checksum: ['errBackupChecksum', 0],
  'bad-url': ['errBackupBadUrl', 1],
  'forbidden-key': ['errBackupForbiddenKey', 1],
  'too-deep': ['errBackupTooDeep', 2],
  'too-many': ['errBackupTooMany', 2],
  'too-long': ['errBackupTooLong', 2],
  'too-many-items': ['errBackupTooManyItems', 2],
  duplicate: ['errBackupDuplicate', 2],
  'no-article': ['errBackupNoArticle', 1],
  field: ['errBackupField', 1],
};

/** Why a backup was refused; the general words when the detail is unknown or its values are missing. */
function backupText(detail: string | undefined, subs: readonly (string | number)[] = []): UserText {
  const known =
    detail !== undefined && Object.hasOwn(BACKUP, detail) ? BACKUP[detail as BackupProblem] : null;
  if (!known || subs.length < known[1]) return say('errBackupInvalid');
  return say(known[0], ...subs.slice(0, known[1]));
}

/** The words for an error, or null for a code this build does not know (show its English message). */
export function errorText(error: Pick<WireError, 'code' | 'detail' | 'subs'>): UserText | null {
  const { detail, subs } = error;
  switch (error.code) {
    case 'restricted-page':
      return say(pick(RESTRICTED, detail, 'pageScriptingRefused'));
    case 'no-article':
      return say(pick(NO_ARTICLE_ERROR, detail, 'pageNoArticle'));
    case 'no-selection':
      return say('errNoSelection');
    case 'not-found':
      return say(pick(NOT_FOUND, detail, 'errNotFound'));
    case 'quota':
      return say('errQuota');
    case 'invalid-backup':
      return backupText(detail, subs);
    case 'invalid':
      return say('errInvalid');
    case 'conflict':
      return say(detail === 'newer-library' ? 'errNewerLibrary' : 'errConflict');
    case 'tab-gone':
      return say('errTabGone');
    case 'too-many':
      return say('errTooMany', ...(error.subs ?? []));
    case 'invalid-message':
    case 'forbidden':
      return say('errRequest');
    case 'internal':
      return say(detail === 'no-answer' ? 'errNoAnswer' : 'errInternal');
    default:
      return null;
  }
}

/**
 * An error as the user reads it where there is no Preact translator (the background's in-page notices,
 * the highlighter): its words through `message` (`browser.i18n.getMessage`), else its English.
 */
export function errorWords(error: WireError, message: GetMessage): string {
  const text = errorText(error);
  return (text && message(text.key, text.subs.map(String))) || error.message;
}

/** The import report, from the counts (not from the English sentence). */
export function importReportText(outcome: ImportOutcome): UserText {
  const { clips, articles } = outcome.imported;
  return outcome.skipped > 0
    ? say('libImportReportSkipped', clips, articles, outcome.skipped)
    : say('libImportReport', clips, articles);
}
