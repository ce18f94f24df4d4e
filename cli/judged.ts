/**
 * The judged evaluation set: per corpus page, `tests/fixtures/judged/<slug>.json` lists suggestions a
 * researcher judged by hand, each `keep` or `noise`, under the rule written at the top of the file. An
 * item names a suggestion by kind, words and `near` (a few characters of the article around its first
 * occurrence), never by the page's text: the pages stay outside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import type { Finding, FindingKind } from '../utils/detect/types';

/** Characters of article text kept on each side of a suggestion in its `near` key. */
export const NEAR_CHARS = 12;

const Kind = v.picklist(['figure', 'measure', 'document']);

export const JudgedItemSchema = v.strictObject({
  kind: Kind,
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  /** `before⟦text⟧after`, whitespace collapsed: where the suggestion's first occurrence stands. */
  near: v.pipe(v.string(), v.maxLength(440)),
  verdict: v.picklist(['keep', 'noise']),
  /** Which detector suggested it when it was judged (`main@acc33f4`, `detect@…`). */
  seen: v.optional(v.array(v.string())),
  note: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
export type JudgedItem = v.InferOutput<typeof JudgedItemSchema>;

export const JudgedPageSchema = v.strictObject({
  page: v.string(),
  rule: v.strictObject({ figure: v.string(), measure: v.string(), document: v.string() }),
  judge: v.string(),
  items: v.array(JudgedItemSchema),
});
export type JudgedPage = v.InferOutput<typeof JudgedPageSchema>;

export type JudgedLoad = { ok: true; page: JudgedPage | null } | { ok: false; message: string };

/** `tests/fixtures/judged/<slug>.json`, checked; `page: null` when the page has no judgements yet. */
export function loadJudged(dir: string, slug: string): JudgedLoad {
  const path = join(dir, `${slug}.json`);
  if (!existsSync(path)) return { ok: true, page: null };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${path}: not JSON (${(error as Error).message})` };
  }
  const parsed = v.safeParse(JudgedPageSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, message: `${path}: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}` };
  }
  if (parsed.output.page !== slug)
    return { ok: false, message: `${path}: "page" is "${parsed.output.page}", expected "${slug}"` };
  return { ok: true, page: parsed.output };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The `near` key of `[start, end)` in `text`. */
export function nearKey(text: string, start: number, end: number): string {
  const before = squash(text.slice(Math.max(0, start - NEAR_CHARS * 2), start)).slice(-NEAR_CHARS);
  const after = squash(text.slice(end, end + NEAR_CHARS * 2)).slice(0, NEAR_CHARS);
  return `${before}⟦${squash(text.slice(start, end))}⟧${after}`;
}

/** Words compared without width, spacing or case differences. */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

export interface Judged {
  finding: Finding;
  near: string;
  item: JudgedItem | null;
}

/**
 * Each suggestion with its judgement: the item of the same kind, words and `near`; else, when every
 * item of that kind and those words has the same verdict, that verdict (the page's extraction may have
 * shifted a character); else none (unjudged).
 */
export function judge(text: string, findings: readonly Finding[], items: readonly JudgedItem[]): Judged[] {
  return findings.map((finding) => {
    const near = nearKey(text, finding.start, finding.end);
    const same = items.filter((i) => i.kind === finding.kind && sameWords(i.text, finding.text));
    const exact = same.find((i) => i.near === near);
    const agreed = same.length > 0 && same.every((i) => i.verdict === same[0]?.verdict) ? same[0] : null;
    return { finding, near, item: exact ?? agreed ?? null };
  });
}

export type KindCounts = Record<FindingKind, number>;
export const KINDS: readonly FindingKind[] = ['figure', 'measure', 'document'];
