/**
 * YAML front matter that Obsidian and static-site tools read. Serialised by the `yaml` library, which
 * quotes whatever needs it (colons, quotes, `#`, leading `-`/`[`, CJK punctuation, line breaks).
 */
import { stringify } from 'yaml';
import { normaliseLineEnds } from './escape';

export interface FrontMatter {
  title: string;
  /** `YYYY-MM-DD`. */
  created: string;
  tags: string[];
  /** Number of articles cited. */
  sources: number;
  generator: string;
}

export function frontMatter(fm: FrontMatter): string {
  // One line per scalar however long the title, and plain `created: 2026-11-30` (Obsidian reads it as
  // a date). `tags` stays a list when empty (`tags: []`) so tools see the key's type.
  const body = stringify(
    { title: normaliseLineEnds(fm.title).replace(/\s+/g, ' ').trim(), created: fm.created, tags: fm.tags, sources: fm.sources, generator: fm.generator },
    { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' },
  );
  return `---\n${body}---`;
}
