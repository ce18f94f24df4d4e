/**
 * Property: whatever the page text (quotes, contexts, titles, sources, tags) and the notes contain —
 * Markdown and HTML metacharacters, CJK, line breaks, blank lines, control characters — the brief
 * parsed by markdown-it shows every quote as exactly its text (under `normaliseWhitespace`), and has the
 * same structure (headings, lists, list items, tables, rows, cells, note containers outside the notes)
 * as the same brief rendered with harmless placeholder text. Notes never make a heading, nothing
 * becomes raw HTML, and no `<a href>` has a scheme but http(s) or mailto, even with markdown-it's own
 * link filter off. The front matter reads back the same title, tags and generator, as strings, whether
 * parsed as YAML 1.2 or with YAML 1.1's types (booleans `yes`/`off`, sexagesimal `12:30`, timestamps).
 */
import fc from 'fast-check';
import type { Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultBriefOptions, renderArticleBrief, renderMultiBrief, type BriefOptions } from '@/utils/brief';
import { shortCitation } from '@/utils/brief/citation';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import {
  allTokens,
  inlineText,
  renderedHrefs,
  SAFE_HREF,
  normaliseWhitespace,
  parseBody,
  splitFrontMatter,
  withQuoteDepth,
} from './helpers';
import type { ClipKind } from '@/utils/vocabulary';

const PIECES = [
  '*',
  '**',
  '_',
  '__',
  '#',
  '## ',
  '>',
  '> ',
  '|',
  '[',
  ']',
  '`',
  '```',
  '~',
  '~~',
  '~~~',
  '<script>',
  '</script>',
  '<b>',
  '<!--',
  '-->',
  '<http://x.y>',
  '&amp;',
  '&#35;',
  '&copy',
  '&',
  '\\',
  '\\\n',
  '=',
  '==',
  '%%',
  '$',
  '$$',
  '!',
  '(',
  ')',
  ':',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '2) ',
  '---',
  '***',
  '___',
  '===',
  '- - -',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '  \n',
  '\u3000',
  '\u00a0',
  '\u2028',
  '\f',
  '\0',
  '\u0007',
  '中文',
  '政策',
  '“',
  '”',
  '《',
  '》',
  '，',
  '。',
  'abc',
  'x',
  '0',
  '42',
  'http://a.b/c',
  '[a](b)',
  '![i](s)',
  '[^1]',
  '[x]: /u',
  '[n](javascript:alert(8))',
  '](javascript:',
  '](',
  ']: ',
  ']:',
  '[r]: javascript:x',
  '[r]',
  '[r][]',
  '](<javascript:x>)',
  '](data:text/html,x)',
  '](//evil.cn)',
  '](https://gov.cn/a)',
  '](mailto:a@b.c)',
  ']( https://ok.cn)',
  'javascript:',
  'JaVa\tScRiPt:',
  '&#106;avascript:',
  '<javascript:alert(1)>',
  '<mailto:a@b.c>',
  '<https://ok.cn>',
  'vbscript:',
  'file:///etc',
  '| a | b |\n|---|---|',
  '#tag',
  '^id',
  '\u200b',
  '😀',
  'e\u0301',
  '\ud800',
];
/** Whole strings that a plain YAML scalar would type as something else in YAML 1.1 or 1.2 readers. */
const YAML_TYPED = [
  'Yes',
  'No',
  'yes',
  'NO',
  'on',
  'Off',
  'y',
  'n',
  'true',
  'False',
  '~',
  'null',
  'Null',
  '2021-05-10',
  '2021-05-10T12:30:00Z',
  '12:30',
  '190:20:30',
  '1_000',
  '1e3',
  '-1.5E+3',
  '.inf',
  '-.Inf',
  '.NaN',
  '0x1F',
  '0o17',
  '017',
  '0b101',
  '+12',
  '.5',
  '<<',
  '=',
];
const pageText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 16 })
  .map((parts) => parts.join(''));
const tag = fc.oneof(
  pageText.filter((t) => t.trim() !== ''),
  fc.constantFrom(...YAML_TYPED),
);
const yamlTyped = fc.constantFrom(...YAML_TYPED);

interface ClipSpec {
  quote: string;
  note: string;
  context: string;
  tags: string[];
  kind: ClipKind;
  article: number;
}

const clipSpec: fc.Arbitrary<ClipSpec> = fc.record({
  quote: pageText,
  note: pageText,
  context: pageText,
  // Detection's bare kind tags among the user's.
  tags: fc.array(fc.oneof(tag, fc.constantFrom('quote', 'figure', 'measure/funding')), { maxLength: 3 }),
  kind: fc.constantFrom<ClipKind>('quote', 'quote', 'measure', 'document', 'figure'),
  article: fc.nat(2),
});

const articleSpec = fc.record({
  title: fc.oneof(pageText, yamlTyped),
  source: pageText,
  byline: fc.option(pageText),
  zh: fc.boolean(),
});

const briefSpec = fc.record({
  clips: fc.array(clipSpec, { minLength: 1, maxLength: 6 }),
  articles: fc.array(articleSpec, { minLength: 3, maxLength: 3 }),
  groupBy: fc.constantFrom<BriefOptions['groupBy']>('tag', 'article', 'kind'),
  locale: fc.constantFrom<'en' | 'zh'>('en', 'zh'),
  generator: fc.oneof(fc.constant('Policy Clipper'), yamlTyped),
});

type BriefSpec = typeof briefSpec extends fc.Arbitrary<infer T> ? T : never;

function build(spec: BriefSpec, placeholder: boolean): { articles: ArticleRecord[]; clips: ClipRecord[] } {
  const articles = spec.articles.map((a, i): ArticleRecord => ({
    id: `a${i}`,
    url: `https://example.com/${i}`,
    originalUrl: `https://example.com/${i}?q=${i}`,
    pageUrls: [`https://example.com/${i}`],
    canonicalUrl: null,
    title: a.title,
    source: a.source,
    byline: a.byline,
    published: i === 1 ? null : `202${i}-01-0${i + 1}`,
    lang: a.zh ? 'zh-CN' : 'en',
    excerpt: '',
    clippedAt: Date.UTC(2025, 0, i + 1),
    updatedAt: Date.UTC(2025, 0, i + 1),
  }));
  const clips = spec.clips.map((c, i): ClipRecord => ({
    id: `c${i}`,
    articleId: `a${c.article}`,
    quote: placeholder ? `q${i}` : c.quote,
    selectors: [{ type: 'TextPositionSelector', start: i * 10, end: i * 10 + 5 }],
    kind: c.kind,
    type: c.kind === 'figure' ? 'count' : null,
    value: c.kind === 'figure' ? i * 1000 : null,
    unit: c.kind === 'figure' ? '项' : null,
    context: placeholder ? `context ${i}` : c.context,
    tags: c.tags,
    note: c.note.trim() === '' ? '' : placeholder ? `n${i}` : c.note,
    colour: 'yellow',
    fragment: '',
    createdAt: i,
    updatedAt: i,
    version: 1,
    noteVariants: [],
  }));
  return { articles, clips };
}

/** Structure outside the notes: block tokens that are not inside a block quote (a note's container). */
function structure(tokens: readonly Token[]): string[] {
  const kept = new Set([
    'heading_open',
    'bullet_list_open',
    'ordered_list_open',
    'list_item_open',
    'table_open',
    'tr_open',
    'th_open',
    'td_open',
    'blockquote_open',
    'hr',
    'fence',
    'code_block',
  ]);
  return withQuoteDepth(tokens)
    .filter(({ token, depth }) => depth === 0 && kept.has(token.type))
    .map(({ token }) => `${token.type}:${token.tag}`);
}

/**
 * The clip text of each entry (a bullet list item outside notes): the inline text of its paragraphs,
 * the last one cut before the citation, whose ` — ` is removed. Also checks the text is plain.
 */
function entryTexts(tokens: readonly Token[]): string[] {
  const texts: string[] = [];
  let paragraphs: string[] | null = null;
  for (const { token, depth } of withQuoteDepth(tokens)) {
    if (depth > 0) continue;
    if (token.type === 'list_item_open' && token.markup === '-') paragraphs = [];
    if (token.type === 'inline' && paragraphs) paragraphs.push(plainTextBeforeLink(token.children ?? []));
    if (token.type === 'list_item_close' && paragraphs) {
      const last = paragraphs.pop() ?? '';
      expect(last.endsWith('— ')).toBe(true);
      texts.push(normaliseWhitespace([...paragraphs, last.slice(0, -2)].join(' ')));
      paragraphs = null;
    }
  }
  return texts;
}

function plainTextBeforeLink(children: readonly Token[]): string {
  const link = children.findIndex((t) => t.type === 'link_open');
  const before = link < 0 ? children : children.slice(0, link);
  expect(before.filter((t) => t.type !== 'text' && t.type !== 'softbreak').map((t) => t.type)).toEqual([]);
  return inlineText(before);
}

function linkTexts(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const { token, depth } of withQuoteDepth(tokens)) {
    if (depth > 0 || token.type !== 'inline') continue;
    const children = token.children ?? [];
    children.forEach((c, i) => {
      if (c.type !== 'link_open') return;
      const close = children.findIndex((t, j) => j > i && t.type === 'link_close');
      out.push(normaliseWhitespace(inlineText(children.slice(i + 1, close))));
    });
  }
  return out;
}

/** The first cell of each body row of the tables outside notes. */
function firstCells(tokens: readonly Token[]): string[] {
  const cells: string[] = [];
  withQuoteDepth(tokens).forEach(({ token, depth }, i) => {
    if (depth === 0 && token.type === 'tr_open' && tokens[i + 1]?.type === 'td_open') {
      cells.push(normaliseWhitespace(inlineText(tokens[i + 2]?.children ?? [])));
    }
  });
  return cells;
}

const uniqueTags = (c: ClipRecord): string[] => [...new Set(c.tags.map((t) => t.trim()).filter(Boolean))];
/** The tags a clip is filed under: every tag it carries (the user's; see groupingTags). */
const filedTags = (c: ClipRecord): string[] => uniqueTags(c);
const sortStrings = (xs: string[]): string[] => [...xs].sort();

/** `times`: how often a clip is shown. `cited`: each clip carries its article's short citation. */
function checkBrief(
  doc: string,
  placeholderDoc: string,
  clips: ClipRecord[],
  articles: ArticleRecord[],
  times: (clip: ClipRecord) => number,
  cited: boolean,
): void {
  const tokens = parseBody(doc);
  // No link anywhere but http(s) and mailto, even for a renderer without markdown-it's own link filter.
  expect(renderedHrefs(splitFrontMatter(doc).body).filter((href) => !SAFE_HREF.test(href))).toEqual([]);
  expect(
    allTokens(tokens)
      .filter((t) => t.type.startsWith('html'))
      .map((t) => t.content),
  ).toEqual([]);
  expect(
    withQuoteDepth(tokens).filter(({ token, depth }) => depth > 0 && token.type === 'heading_open'),
  ).toEqual([]);
  expect(structure(tokens)).toEqual(structure(parseBody(placeholderDoc)));

  const shown = (c: ClipRecord): string[] => Array<string>(times(c)).fill(normaliseWhitespace(c.quote));
  const entries = clips.filter((c) => c.kind !== 'figure' || c.note.trim() !== '');
  expect(sortStrings(entryTexts(tokens))).toEqual(sortStrings(entries.flatMap(shown)));
  expect(sortStrings(firstCells(tokens))).toEqual(
    sortStrings(clips.filter((c) => c.kind === 'figure').flatMap(shown)),
  );
  if (!cited) return;
  // Every clip's citation shows its article's short citation as the same text.
  const citations = new Set(linkTexts(tokens));
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const c of clips) {
    const article = byId.get(c.articleId);
    expect(article && citations.has(normaliseWhitespace(shortCitation(article)))).toBe(true);
  }
}

const perTag = (c: ClipRecord): number => Math.max(1, filedTags(c).length);

interface ParsedFrontMatter {
  title: unknown;
  created: unknown;
  tags: unknown;
  sources: unknown;
  generator: unknown;
}

/** The front matter as a YAML 1.2 reader (the `yaml` default) and a YAML 1.1 reader see it. */
function frontMatterBothWays(doc: string): { v12: ParsedFrontMatter; v11: ParsedFrontMatter } {
  const { yaml } = splitFrontMatter(doc);
  return { v12: parse(yaml) as ParsedFrontMatter, v11: parse(yaml, { version: '1.1' }) as ParsedFrontMatter };
}

/** Title, tags and generator read back as the exact strings in both; `created` is the date in both. */
function expectFrontMatter(
  doc: string,
  expected: { title: string; tags: string[]; sources: number; generator: string; created: string },
): void {
  const { v12, v11 } = frontMatterBothWays(doc);
  for (const fm of [v12, v11]) {
    expect(fm.title).toBe(expected.title);
    expect(fm.tags).toEqual(expected.tags);
    expect(fm.sources).toBe(expected.sources);
    expect(fm.generator).toBe(expected.generator);
  }
  // `created` is deliberately a plain date: a string in YAML 1.2's core schema, a timestamp in YAML 1.1.
  expect(v12.created).toBe(expected.created);
  expect(v11.created).toEqual(new Date(`${expected.created}T00:00:00Z`));
}

const h1Text = (doc: string): string => {
  const tokens = parseBody(doc);
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  return inlineText(tokens[h1 + 1]?.children ?? []);
};

describe('front matter strings YAML readers would type', () => {
  it('come back as the same strings from YAML 1.2 and YAML 1.1 readers', () => {
    for (const text of YAML_TYPED) {
      const spec: BriefSpec = {
        clips: [
          { quote: 'q', note: '', context: 'c', tags: [text, ...YAML_TYPED], kind: 'quote', article: 0 },
        ],
        articles: [0, 1, 2].map(() => ({ title: text, source: 's', byline: null, zh: false })),
        groupBy: 'tag',
        locale: 'en',
        generator: text,
      };
      const { articles, clips } = build(spec, false);
      const [article] = articles;
      if (!article) throw new Error('no article');
      const options: BriefOptions = {
        ...defaultBriefOptions(new Date(Date.UTC(2026, 0, 1))),
        generator: text,
      };
      const expected = {
        title: text,
        tags: sortStrings([...new Set(YAML_TYPED)]),
        sources: 1,
        generator: text,
        created: '2026-01-01',
      };
      expectFrontMatter(renderArticleBrief({ article, clips }, options), expected);
      expectFrontMatter(renderMultiBrief({ articles, clips }, { ...options, title: text }), expected);
    }
  });
});

describe('brief structure and text survive any page text and notes', () => {
  // 500 runs take seconds alone, longer on a shared machine: the timeout leaves room, it is no assertion.
  it('multi-article briefs (every grouping) and single-article briefs', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(briefSpec, (spec) => {
        const real = build(spec, false);
        const plain = build(spec, true);
        const options: BriefOptions = {
          ...defaultBriefOptions(new Date(Date.UTC(2026, 0, 1))),
          groupBy: spec.groupBy,
          locale: spec.locale,
          generator: spec.generator,
        };
        const byTag = spec.groupBy === 'tag';
        const multi = renderMultiBrief(real, options);
        // By tag, every clip is filed under each tag; by article, the quotes are (as in a single brief).
        const times = (c: ClipRecord): number =>
          byTag || (spec.groupBy === 'article' && c.kind === 'quote') ? perTag(c) : 1;
        checkBrief(multi, renderMultiBrief(plain, options), real.clips, real.articles, times, true);

        const tags = sortStrings([...new Set(real.clips.flatMap(uniqueTags))]);
        const sources = new Set(real.clips.map((c) => c.articleId)).size;
        const fmExpected = { tags, sources, generator: spec.generator, created: '2026-01-01' };
        const multiTitle =
          byTag && tags.length === 1 ? (tags[0] ?? '') : spec.locale === 'zh' ? '政策简报' : 'Policy brief';
        expectFrontMatter(multi, { ...fmExpected, title: normaliseWhitespace(multiTitle) });
        expect(h1Text(multi)).toBe(normaliseWhitespace(multiTitle));
        if (byTag) {
          const tokens = parseBody(multi);
          const h2 = tokens.flatMap((t, i) =>
            t.type === 'heading_open' && t.tag === 'h2' ? [inlineText(tokens[i + 1]?.children ?? [])] : [],
          );
          const filed = sortStrings([...new Set(real.clips.flatMap(filedTags))]);
          expect(h2.slice(0, filed.length)).toEqual(filed.map(normaliseWhitespace));
        }

        // The single-article brief of the first article: only its quotes are grouped by tag.
        const [article] = real.articles;
        const [articlePlain] = plain.articles;
        if (!article || !articlePlain) return;
        const single = renderArticleBrief({ article, clips: real.clips }, options);
        const singlePlain = renderArticleBrief({ article: articlePlain, clips: plain.clips }, options);
        const own = real.clips.filter((c) => c.articleId === article.id);
        checkBrief(single, singlePlain, own, [article], (c) => (c.kind === 'quote' ? perTag(c) : 1), false);
        const ownTags = sortStrings([...new Set(own.flatMap(uniqueTags))]);
        expectFrontMatter(single, {
          title: normaliseWhitespace(article.title),
          tags: ownTags,
          sources: 1,
          generator: spec.generator,
          created: '2026-01-01',
        });
        expect(h1Text(single)).toBe(normaliseWhitespace(article.title));
      }),
      // BRIEF_PROPERTY_RUNS raises the count for a deeper local search.
      { numRuns: Number(process.env.BRIEF_PROPERTY_RUNS ?? 500) },
    );
  });
});
