import { withoutAutomaticTags } from './automatic-tags';
import { articleIdFor } from '../url';
import { checkArticleUrls, checkStructure, parseRecord } from './backup-checks';
import { refusedBackup } from './errors';
import { normaliseTags } from '../tags';
import {
  type ArticleContentRecord,
  type ArticleRecord,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type ClipRecord,
} from './types';
import { articleRecordSchema, clipRecordSchema, contentRecordSchema } from './validation';

/** The backup file format, independent of the database: serialisation, checksum, validation. */

export type BackupPayload = Omit<BackupFile, 'checksum'>;

export const MAX_RECORDS = { articles: 200_000, contents: 200_000, clips: 2_000_000 } as const;
/** Settings are a few options and a colour per tag: far below this in any real library. */
const MAX_SETTINGS_CHARS = 1_000_000;
/** A backup is parsed in memory: refuse text far larger than any real library before trying. */
export const MAX_BACKUP_CHARS = 1_000_000_000;

/** JSON with object keys sorted, so equal data always gives the same text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byArticleId = (a: ArticleContentRecord, b: ArticleContentRecord) =>
  a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;

/** The payload with records in their canonical order (by id). */
export function sortedPayload(p: BackupPayload): BackupPayload {
  return {
    ...p,
    articles: [...p.articles].sort(byId),
    contents: [...p.contents].sort(byArticleId),
    clips: [...p.clips].sort(byId),
  };
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex SHA-256 of the canonical serialisation of the payload (records taken in id order). */
export async function backupChecksum(payload: BackupPayload): Promise<string> {
  const { format, version, exportedAt, articles, contents, clips, settings } = sortedPayload(payload);
  // Without settings (every version 1 file) the text is exactly what version 1 hashed.
  const text = canonicalJson({ format, version, exportedAt, articles, contents, clips, settings });
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordList(file: Record<string, unknown>, name: keyof typeof MAX_RECORDS): unknown[] {
  const list = file[name];
  if (!Array.isArray(list)) throw refusedBackup('field', 'must be a list', { path: name });
  const limit = MAX_RECORDS[name];
  if (list.length > limit)
    throw refusedBackup('too-many', `holds more than ${limit} records`, { path: name, values: [limit] });
  return list;
}

function checkUnique<T>(records: readonly T[], key: (r: T) => string, name: string, field: string): void {
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const first = seen.get(key(r));
    if (first !== undefined) {
      throw refusedBackup('duplicate', `appears twice in the file (also ${name}[${first}])`, {
        path: `${name}[${i}].${field}`,
        values: [`${name}[${first}]`],
      });
    }
    seen.set(key(r), i);
  });
}

function backupSettings(value: unknown): BackupPayload['settings'] {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) throw refusedBackup('field', 'must be an object', { path: 'settings' });
  // Nesting was bounded by checkStructure, so the canonical text can be built.
  if (canonicalJson(value).length > MAX_SETTINGS_CHARS) {
    throw refusedBackup('too-long', 'is too large', { path: 'settings', values: [MAX_SETTINGS_CHARS] });
  }
  return value;
}

/**
 * A backup file (JSON text or parsed value) checked as a whole, then record by record, or a StoreError
 * ('invalid', with the `BackupProblem` as its detail) naming the first problem
 * (`clips[57].quote: must be at most 100,000 characters`). Nothing is read as data before the file's
 * structure passed (`checkStructure`). Cross-record rules that need the library (does a clip's article
 * exist?) are checked by the import itself.
 */
export async function parseBackup(input: unknown): Promise<BackupPayload> {
  let file: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_BACKUP_CHARS) {
      throw refusedBackup('too-large', 'This backup file is too large to import.', {
        values: [MAX_BACKUP_CHARS],
      });
    }
    try {
      file = JSON.parse(input);
    } catch {
      throw refusedBackup('not-json', 'This file is not valid JSON; it may be truncated or damaged.');
    }
  }
  if (!isPlainObject(file) || file.format !== BACKUP_FORMAT)
    throw refusedBackup('not-backup', 'This is not a Policy Clipper backup file.');
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refusedBackup('field', 'is missing or not a format version', { path: 'version' });
  }
  if (version > BACKUP_VERSION) {
    throw refusedBackup(
      'newer-version',
      `This backup comes from a newer Policy Clipper (format ${version}); update the extension to import it.`,
      { values: [version] },
    );
  }
  checkStructure(file);
  if (typeof file.exportedAt !== 'string' || file.exportedAt.length > 64)
    throw refusedBackup('field', 'must be a date', { path: 'exportedAt' });
  if (typeof file.checksum !== 'string' || !/^[0-9a-f]{64}$/u.test(file.checksum)) {
    throw refusedBackup('checksum', 'is missing or not a SHA-256 checksum', { path: 'checksum' });
  }
  const articles: ArticleRecord[] = recordList(file, 'articles').map((r, i) => {
    const base = `articles[${i}]`;
    const a = parseRecord(articleRecordSchema, r, base);
    checkArticleUrls(a, base);
    if (a.id !== articleIdFor(a.url))
      throw refusedBackup('field', 'does not match the article’s url', { path: `${base}.id` });
    return a;
  });
  const contents: ArticleContentRecord[] = recordList(file, 'contents').map((r, i) =>
    parseRecord(contentRecordSchema, r, `contents[${i}]`),
  );
  const clips: ClipRecord[] = recordList(file, 'clips').map((r, i) =>
    parseRecord(clipRecordSchema, r, `clips[${i}]`),
  );
  checkUnique(articles, (a) => a.id, 'articles', 'id');
  checkUnique(contents, (c) => c.articleId, 'contents', 'articleId');
  checkUnique(clips, (c) => c.id, 'clips', 'id');
  const settings = backupSettings(file.settings);
  const payload: BackupPayload = {
    format: BACKUP_FORMAT,
    version,
    exportedAt: file.exportedAt,
    articles,
    contents,
    clips,
    settings,
  };
  if ((await backupChecksum(payload)) !== file.checksum) {
    throw refusedBackup(
      'checksum',
      'does not match the contents: the file was changed or damaged after export',
      {
        path: 'checksum',
      },
    );
  }
  // Applied after the checksum, which covers the file as exported.
  for (const a of articles) if (!a.pageUrls.includes(a.url)) a.pageUrls.unshift(a.url);
  for (const c of clips) c.tags = normaliseTags(c.tags);
  // Files written before format 4 (store version 6) carry kinds and categories as tags: as migration 6.
  if (version < 4) clips.forEach((c, i) => (clips[i] = withoutAutomaticTags(c)));
  return payload;
}
