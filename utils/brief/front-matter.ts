/**
 * YAML front matter that Obsidian and static-site tools read. Every string is written double-quoted, so
 * no reader types it as anything else: YAML 1.1 readers (PyYAML, Jekyll, Hugo) would read a plain `Yes`,
 * `off`, `12:30` (sexagesimal 750) or `1_000` as a boolean or number, YAML 1.2 readers `null`, `~`,
 * `1e3`, `.inf` or `0x1F`, and js-yaml/gray-matter a plain `2021-05-10` as a date. The one plain value
 * are `created` (and an official document's `written` and `published`), deliberately dates (see
 * docs/brief.md), and `sources`, a count.
 */
import { normaliseLineEnds } from './escape';

export interface FrontMatter {
  title: string;
  /** `YYYY-MM-DD`. */
  created: string;
  tags: string[];
  /** Number of articles cited. */
  sources: number;
  generator: string;
  /** An official document's record (single-article briefs): Obsidian properties. */
  document?: {
    issuer: string | null;
    docNumber: string | null;
    /** `YYYY-MM-DD`. */
    written: string | null;
    /** `YYYY-MM-DD`. */
    published: string | null;
  };
}

export function frontMatter(fm: FrontMatter): string {
  // One line per scalar however long the title. `tags` stays a list when empty (`tags: []`) so tools
  // see the key's type.
  const title = normaliseLineEnds(fm.title).replace(/\s+/g, ' ').trim();
  const tags = fm.tags.length ? `\n${fm.tags.map((t) => `  - ${yamlString(t)}\n`).join('')}` : ' []\n';
  return [
    '---',
    `title: ${yamlString(title)}`,
    `created: ${yamlDate(fm.created)}`,
    `tags:${tags}sources: ${yamlCount(fm.sources)}`,
    ...documentLines(fm.document),
    `generator: ${yamlString(fm.generator)}`,
    '---',
  ].join('\n');
}

/** `issuer`, `doc_number` (strings), `written`, `published` (dates, as `created`): only those stated. */
function documentLines(doc: FrontMatter['document']): string[] {
  if (!doc) return [];
  return [
    doc.issuer ? `issuer: ${yamlString(doc.issuer)}` : null,
    doc.docNumber ? `doc_number: ${yamlString(doc.docNumber)}` : null,
    doc.written ? `written: ${yamlDate(doc.written)}` : null,
    doc.published ? `published: ${yamlDate(doc.published)}` : null,
  ].filter((line): line is string => line !== null);
}

// Escaped inside double quotes: the quote and backslash; everything YAML 1.1 or 1.2 does not allow raw
// (C0 and C1 controls, DEL, lone surrogates, U+FFFE/U+FFFF, a BOM) or that YAML 1.1 reads as a line
// break (U+0085, U+2028, U+2029), and tabs, so a value never spans lines or depends on whitespace.
const DOUBLE_QUOTED_ESCAPE =
  /["\\\0-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** A YAML double-quoted scalar, read back as exactly `s` by YAML 1.1 and 1.2 readers alike. */
export function yamlString(s: string): string {
  const escaped = s.replace(DOUBLE_QUOTED_ESCAPE, (ch) => {
    const named = NAMED_ESCAPES[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/**
 * `created`: plain when it is a real calendar date `YYYY-MM-DD`, which Obsidian (date property), Jekyll
 * and Hugo read as a date and YAML 1.2 core readers as that string. Anything else is quoted: a plain
 * `2026-13-45` would make a YAML 1.1 reader fail to build the date.
 */
function yamlDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return yamlString(s);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return valid ? s : yamlString(s);
}

function yamlCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`front matter: sources must be a count, got ${n}`);
  return String(n);
}
