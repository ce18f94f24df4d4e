/**
 * Schema.org JSON-LD: the most deliberate metadata a page carries, so it is read first. Only the fields
 * an article needs are kept; anything malformed is skipped, never thrown.
 */

export interface JsonLdArticle {
  headline: string | null;
  publisher: string | null;
  authors: string[];
  datePublished: string | null;
  /** When the page was last revised (reference works are cited by it). */
  dateModified: string | null;
  /** The object's schema.org types (`NewsArticle`, `Article`…). */
  types: string[];
  description: string | null;
  inLanguage: string | null;
  url: string | null;
}

/** Types that describe an article page; `WebPage` is last because it also describes home pages. */
const ARTICLE_TYPES: readonly string[] = [
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'GovernmentArticle',
  'Legislation',
  'LegislationObject',
];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object in a JSON-LD value: top-level arrays and `@graph` lists flattened. */
function flatten(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out);
  } else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) flatten(value['@graph'], out);
  }
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** A person or organisation: a name string, an object with `name`, or an `@id` pointing into the graph. */
function nameOf(value: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  if (typeof value === 'string') return /^https?:/i.test(value) ? null : value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0], byId);
  if (!isObject(value)) return null;
  const name = text(value['name']);
  if (name) return name;
  const id = value['@id'];
  const target = typeof id === 'string' ? byId.get(id) : undefined;
  return target && target !== value ? text(target['name']) : null;
}

function namesOf(value: unknown, byId: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => nameOf(v, byId)).filter((n): n is string => n !== null);
}

function tryParse(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return undefined;
  }
}

/** `// …` to the end of a line, after a value or bracket: hand-edited scripts keep their templates' notes. */
const LINE_COMMENT = /(^|[\s,[\]{}])\/\/[^\n]*/g;

function parseScript(source: string): unknown {
  const json = source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
  return tryParse(json) ?? (json.includes('//') ? tryParse(json.replace(LINE_COMMENT, '$1')) : undefined);
}

/**
 * Baidu's "cambrian" JSON-LD, which Chinese sites declare for its search (`{"@context":
 * "https://ziyuan.baidu.com/contexts/cambrian.jsonld", "title": …, "pubDate": …, "upDate": …}`): no
 * schema.org type, only the dates are read from it.
 */
function cambrianDates(nodes: readonly JsonObject[]): { pubDate: string | null; upDate: string | null } {
  const node = nodes.find((n) => typeof n['pubDate'] === 'string' && /cambrian/i.test(String(n['@context'])));
  return { pubDate: node ? text(node['pubDate']) : null, upDate: node ? text(node['upDate']) : null };
}

/** The first article-typed object in the page's `<script type=application/ld+json>` elements, or null. */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of scripts) flatten(parseScript(script.textContent ?? ''), nodes);
  if (nodes.length === 0) return null;
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.includes(t)));
  const cambrian = cambrianDates(nodes);
  if (!article) {
    if (!cambrian.pubDate) return null;
    return {
      headline: null,
      publisher: null,
      authors: [],
      datePublished: cambrian.pubDate,
      dateModified: cambrian.upDate,
      types: [],
      description: null,
      inLanguage: null,
      url: null,
    };
  }
  const mainEntity = article['mainEntityOfPage'];
  return {
    headline: text(article['headline']) ?? text(article['name']),
    publisher: nameOf(article['publisher'], byId) ?? nameOf(article['sourceOrganization'], byId),
    authors: namesOf(article['author'], byId),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']) ?? cambrian.pubDate,
    dateModified: text(article['dateModified']) ?? cambrian.upDate,
    types: typesOf(article),
    description: text(article['description']),
    inLanguage: text(article['inLanguage']),
    url: text(article['url']) ?? (isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity)),
  };
}
