/**
 * What an export is called: named after what it holds — the brief's title, the tag it was filtered
 * to, its one article's title, or the tag all its clips share — never after the extension:
 * `科技成果转化-简报-2026-12-05.md`, `Energy policy-brief-2026-12-05.md`, `科技金融-figures-2026-12-05.csv`.
 */
import type { ArticleRecord, ClipRecord } from '../store/types';
import { localeOf } from './order';
import type { BriefLocale } from './types';

export interface ExportNameInput {
  articles: readonly ArticleRecord[];
  clips: readonly ClipRecord[];
  /** A title the user gave the brief. */
  title?: string;
  /** The tag the export was filtered to. */
  tag?: string;
  /** The brief's language when set; else the articles'. */
  locale?: BriefLocale;
}

/** The user's tag every clip carries (the first in code-unit order), or null. */
export function sharedTag(clips: readonly ClipRecord[]): string | null {
  const [first, ...rest] = clips;
  if (!first) return null;
  const shared = first.tags.filter((tag) => rest.every((c) => c.tags.includes(tag))).sort();
  return shared[0] ?? null;
}

/** Stems without the date and extension (`briefFileName` adds those): `brief` and `figures` names. */
export function exportBaseName(input: ExportNameInput): { brief: string; figures: string } {
  const locale = input.locale ?? localeOf(input.articles);
  const word = locale === 'zh' ? '简报' : 'brief';
  const articleIds = new Set(input.clips.map((c) => c.articleId));
  if (input.clips.length === 0) for (const a of input.articles) articleIds.add(a.id);
  const single = articleIds.size === 1 ? input.articles.find((a) => articleIds.has(a.id)) : undefined;
  const stem =
    [input.title, input.tag, single?.title, sharedTag(input.clips)].map((s) => s?.trim()).find((s) => !!s) ??
    '';
  return { brief: stem ? `${stem}-${word}` : word, figures: stem ? `${stem}-figures` : 'figures' };
}
