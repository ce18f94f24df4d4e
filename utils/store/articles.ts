import { articleIdFor, articleUrl, normaliseUrl } from '../url';
import type { IDBPObjectStore } from 'idb';
import { allFromStored, oldestFirst } from './clip-records';
import type { StoreContext } from './context';
import type { ClipperDB, ClipperStoreName } from './db-schema';
import { StoreError } from './errors';
import { documentFacets, type DocumentFacets } from './document-filter';
import { articleDoc } from './search-index';
import { transact } from './transact';
import type {
  ArticleContentRecord,
  ArticleInput,
  ArticleRecord,
  ClipRecord,
  ClipsForPage,
  SourceCount,
  StoreStats,
} from './types';
import { articleInputSchema, parseOrThrow } from './validation';

function mergeArticle(
  existing: ArticleRecord | undefined,
  input: ArticleInput,
  ids: { id: string; url: string; pageUrl: string },
  now: number,
): ArticleRecord {
  if (!existing) {
    return {
      id: ids.id,
      url: ids.url,
      originalUrl: input.url,
      pageUrls: [...new Set([ids.url, ids.pageUrl])],
      canonicalUrl: input.canonicalUrl,
      title: input.title,
      source: input.source,
      byline: input.byline,
      published: input.published,
      lang: input.lang,
      excerpt: input.excerpt,
      ...officialFields(input, undefined),
      ...sourceFields(input, undefined),
      clippedAt: now,
      updatedAt: now,
    };
  }
  // A re-clip refreshes what the page says now, but a blank field never erases what was known.
  return {
    ...existing,
    pageUrls: [...new Set([...existing.pageUrls, ids.pageUrl])],
    canonicalUrl: input.canonicalUrl ?? existing.canonicalUrl,
    title: input.title || existing.title,
    source: input.source || existing.source,
    byline: input.byline ?? existing.byline,
    published: input.published ?? existing.published,
    lang: input.lang ?? existing.lang,
    excerpt: input.excerpt || existing.excerpt,
    ...officialFields(input, existing),
    ...sourceFields(input, existing),
    updatedAt: now,
  };
}

/** `policy`, `genre`, `revised` from the input, else as stored; absent keys stay absent (never `undefined`). */
function officialFields(
  input: ArticleInput,
  existing: ArticleRecord | undefined,
): Pick<ArticleRecord, 'policy' | 'genre' | 'revised'> {
  const policy = input.policy ?? existing?.policy;
  const genre = input.genre ?? existing?.genre;
  const revised = input.revised ?? existing?.revised;
  return { ...(policy ? { policy } : {}), ...(genre ? { genre } : {}), ...(revised ? { revised } : {}) };
}

/** `kind` and `fingerprint` from the input, else as stored; absent keys stay absent. */
function sourceFields(
  input: ArticleInput,
  existing: ArticleRecord | undefined,
): Pick<ArticleRecord, 'kind' | 'fingerprint'> {
  const kind = input.kind ?? existing?.kind;
  const fingerprint = input.fingerprint ?? existing?.fingerprint;
  return { ...(kind ? { kind } : {}), ...(fingerprint ? { fingerprint } : {}) };
}

/** Files an article under its normalised URL; saving the same page again updates it (same id, same clippedAt). */
export async function saveArticle(ctx: StoreContext, raw: ArticleInput): Promise<ArticleRecord> {
  const input = parseOrThrow(articleInputSchema, raw, 'article');
  const url = articleUrl(input.url, input.canonicalUrl);
  const ids = { id: articleIdFor(url), url, pageUrl: normaliseUrl(input.url) };
  const now = ctx.now();
  const record = await transact(ctx.db, ['articles', 'contents'], 'readwrite', async (tx) => {
    const articles = tx.objectStore('articles');
    const existing = await articles.get(ids.id);
    if (existing && existing.url !== url) {
      throw new StoreError('conflict', 'Another article is already filed under this id; nothing was saved.');
    }
    const record = mergeArticle(existing, input, ids, now);
    await articles.put(record);
    const contents = tx.objectStore('contents');
    // Keep the old body when a re-clip extracted nothing: clips quote from it.
    if (input.text || !(await contents.get(ids.id))) {
      const content: ArticleContentRecord = {
        articleId: ids.id,
        text: input.text,
        contentHtml: input.contentHtml,
      };
      await contents.put(content);
    }
    return record;
  });
  ctx.search.apply([{ article: articleDoc(record) }]);
  ctx.changed({ articles: [record] });
  return record;
}

export function getArticle(ctx: StoreContext, id: string): Promise<ArticleRecord | null> {
  return transact(
    ctx.db,
    ['articles'],
    'readonly',
    async (tx) => (await tx.objectStore('articles').get(id)) ?? null,
  );
}

/** The articles of `ids` that exist, by id, in one transaction. */
export function getArticles(ctx: StoreContext, ids: Iterable<string>): Promise<Map<string, ArticleRecord>> {
  const unique = [...new Set(ids)];
  return transact(ctx.db, ['articles'], 'readonly', async (tx) => {
    const store = tx.objectStore('articles');
    const found = await Promise.all(unique.map((id) => store.get(id)));
    return new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  });
}

/** Every clip of an article, oldest first, in one read. */
export function clipsOfArticle(ctx: StoreContext, articleId: string): Promise<ClipRecord[]> {
  return transact(ctx.db, ['clips'], 'readonly', async (tx) => {
    const clips = allFromStored(await tx.objectStore('clips').index('articleId').getAll(articleId));
    return clips.sort(oldestFirst);
  });
}

type ArticlesReader = IDBPObjectStore<ClipperDB, ArrayLike<ClipperStoreName>, 'articles', IDBTransactionMode>;

/**
 * The article a page belongs to: filed under its URL (or the canonical URL it declares), or clipped
 * earlier from this page URL under a canonical URL.
 */
async function findArticle(
  articles: ArticlesReader,
  url: string,
  canonicalUrl?: string | null,
): Promise<ArticleRecord | null> {
  const pageKey = normaliseUrl(url);
  const filedKey = articleUrl(url, canonicalUrl);
  return (
    (await articles.index('url').get(filedKey)) ??
    (filedKey === pageKey ? undefined : await articles.index('url').get(pageKey)) ??
    (await articles.index('pageUrls').get(pageKey)) ??
    null
  );
}

export function getArticleByUrl(
  ctx: StoreContext,
  url: string,
  canonicalUrl?: string | null,
): Promise<ArticleRecord | null> {
  return transact(ctx.db, ['articles'], 'readonly', (tx) =>
    findArticle(tx.objectStore('articles'), url, canonicalUrl),
  );
}

export function getContent(ctx: StoreContext, articleId: string): Promise<ArticleContentRecord | null> {
  return transact(
    ctx.db,
    ['contents'],
    'readonly',
    async (tx) => (await tx.objectStore('contents').get(articleId)) ?? null,
  );
}

/** The stored copies of `ids` that exist, by article id, in one transaction. */
export function getContents(
  ctx: StoreContext,
  ids: Iterable<string>,
): Promise<Map<string, ArticleContentRecord>> {
  const unique = [...new Set(ids)];
  return transact(ctx.db, ['contents'], 'readonly', async (tx) => {
    const store = tx.objectStore('contents');
    const found = await Promise.all(unique.map((id) => store.get(id)));
    return new Map(found.flatMap((c) => (c ? [[c.articleId, c] as const] : [])));
  });
}

/** Every article, most recently first clipped first. */
export function listArticles(ctx: StoreContext): Promise<ArticleRecord[]> {
  return transact(ctx.db, ['articles'], 'readonly', async (tx) => {
    const all = await tx.objectStore('articles').index('clippedAt').getAll();
    return all.reverse();
  });
}

/** Sources with how many articles each, most articles first. */
export function listSources(ctx: StoreContext): Promise<SourceCount[]> {
  return transact(ctx.db, ['articles'], 'readonly', async (tx) => {
    const index = tx.objectStore('articles').index('source');
    const sources: string[] = [];
    for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue())
      sources.push(c.key);
    const counts = await Promise.all(sources.map((source) => index.count(source)));
    return sources
      .map((source, i) => ({ source, count: counts[i] ?? 0 }))
      .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
  });
}

/** The issuers and document types of the library's official documents, with article counts. */
export function listDocumentFacets(ctx: StoreContext): Promise<DocumentFacets> {
  return transact(ctx.db, ['articles'], 'readonly', async (tx) =>
    documentFacets(await tx.objectStore('articles').getAll()),
  );
}

/**
 * A PDF's article and clips: filed under its address, or — the same file opened from another address —
 * found by its pdf.js fingerprint.
 */
export function clipsForPdf(ctx: StoreContext, url: string, fingerprint: string): Promise<ClipsForPage> {
  return transact(ctx.db, ['articles', 'clips'], 'readonly', async (tx) => {
    const articles = tx.objectStore('articles');
    const article =
      (await findArticle(articles, url)) ??
      (fingerprint ? ((await articles.index('fingerprint').get(fingerprint)) ?? null) : null);
    if (!article) return { article: null, clips: [] };
    const clips = allFromStored(await tx.objectStore('clips').index('articleId').getAll(article.id));
    clips.sort(oldestFirst);
    return { article, clips };
  });
}

/** What the page needs on a revisit: its article and clips (oldest first), or nothing. */
export function clipsForUrl(
  ctx: StoreContext,
  url: string,
  canonicalUrl?: string | null,
): Promise<ClipsForPage> {
  return transact(ctx.db, ['articles', 'clips'], 'readonly', async (tx) => {
    const article = await findArticle(tx.objectStore('articles'), url, canonicalUrl);
    if (!article) return { article: null, clips: [] };
    const clips = allFromStored(await tx.objectStore('clips').index('articleId').getAll(article.id));
    clips.sort(oldestFirst);
    return { article, clips };
  });
}

/** How many clips a page has, without reading them (the always-on content script asks on every page). */
export function countClipsForUrl(
  ctx: StoreContext,
  url: string,
  canonicalUrl?: string | null,
): Promise<number> {
  return transact(ctx.db, ['articles', 'clips'], 'readonly', async (tx) => {
    const article = await findArticle(tx.objectStore('articles'), url, canonicalUrl);
    return article ? tx.objectStore('clips').index('articleId').count(article.id) : 0;
  });
}

export function countRecords(ctx: StoreContext): Promise<StoreStats> {
  return transact(ctx.db, ['articles', 'clips', 'trash'], 'readonly', async (tx) => {
    const [articles, clips, trash] = await Promise.all([
      tx.objectStore('articles').count(),
      tx.objectStore('clips').count(),
      tx.objectStore('trash').count(),
    ]);
    return { articles, clips, trash };
  });
}
