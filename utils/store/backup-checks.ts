/**
 * The checks a backup file passes before any record is read as data, each refusing the whole file with
 * a problem the UI words (`refusedBackup`): no key that names an object's machinery in any object at
 * any depth, no nesting deeper than a backup has, address fields that are absolute http(s) URLs, and
 * record fields within their shapes and limits.
 */
import * as v from 'valibot';
import { isWebAddress } from '../safe-link';
import { refusedBackup } from './errors';
import type { ArticleRecord } from './types';
import { issuePath } from './validation';

/**
 * Keys refused in every object of the file. `JSON.parse` makes them own, harmless keys, but code that
 * merges or indexes objects by key (`target[key] = …`) turns them into prototype pollution: a backup
 * never needs them (tag colours travel as pairs, see `utils/settings.ts`).
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any backup (a clip's selector is 3 levels down, a tag colour pair 3): refused. */
export const MAX_BACKUP_DEPTH = 16;

interface Visit {
  value: object;
  parent: Visit | null;
  key: string | number;
  depth: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/** `articles[3].pageUrls[0]`, `settings.tagColours["a b"]`: built only when a check fails. */
function pathOf(visit: Visit | null, last?: string): string {
  const keys: (string | number)[] = last === undefined ? [] : [last];
  for (let at = visit; at && at.parent; at = at.parent) keys.unshift(at.key);
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/**
 * Walks every object and list of the parsed file (without recursion: a hostile file may nest a
 * million levels) and refuses a forbidden key or nesting deeper than `MAX_BACKUP_DEPTH`.
 */
export function checkStructure(file: object): void {
  const stack: Visit[] = [{ value: file, parent: null, key: '', depth: 0 }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (visit.depth > MAX_BACKUP_DEPTH) {
      throw refusedBackup('too-deep', `is nested more than ${MAX_BACKUP_DEPTH} levels deep`, {
        path: pathOf(visit.parent) || 'file',
        values: [MAX_BACKUP_DEPTH],
      });
    }
    const { value } = visit;
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, parent: visit, key: i, depth: visit.depth + 1 });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw refusedBackup('forbidden-key', 'is a key no backup may hold', { path: pathOf(visit, key) });
      }
      const item: unknown = Reflect.get(value, key);
      if (typeof item === 'object' && item !== null)
        stack.push({ value: item, parent: visit, key, depth: visit.depth + 1 });
    }
  }
}

/** The record, or a refusal naming its first bad field, with the limit when it is one. */
export function parseRecord<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  base: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issuePath(base, issue) || base;
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') {
    const problem = typeof issue.input === 'string' ? 'too-long' : 'too-many-items';
    throw refusedBackup(problem, issue.message, { path, values: [issue.requirement] });
  }
  throw refusedBackup('field', issue.message, { path });
}

/** Every address of an article is an absolute http(s) URL: a backup cannot bring in a `javascript:` link. */
export function checkArticleUrls(article: ArticleRecord, base: string): void {
  const fields: [string, string | null][] = [
    [`${base}.url`, article.url],
    [`${base}.originalUrl`, article.originalUrl],
    ...article.pageUrls.map((u, i): [string, string] => [`${base}.pageUrls[${i}]`, u]),
    [`${base}.canonicalUrl`, article.canonicalUrl],
  ];
  for (const [path, url] of fields) {
    if (url !== null && !isWebAddress(url))
      throw refusedBackup('bad-url', 'must be an absolute http: or https: address', { path });
  }
}
