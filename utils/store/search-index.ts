import MiniSearch, { type SearchOptions } from 'minisearch';
import type { ArticleRecord, ClipRecord } from './types';
import { docNumberQueryKey, docNumberTerms, indexTerms, queryTerms, usePrefix } from './search-tokenize';
import type { ClipKind } from '@/utils/vocabulary';

/** What the index knows of a clip: its own searchable text and the fields the library filters on. */
export interface ClipDoc {
  id: string;
  articleId: string;
  createdAt: number;
  kind: ClipKind;
  type: string | null;
  tags: string[];
  quote: string;
  note: string;
}

/**
 * What the index knows of an article: the text its clips are also found by, an official document's
 * issuer and number included ('' when the article has none).
 */
export interface ArticleDoc {
  id: string;
  title: string;
  source: string;
  issuer: string;
  docNumber: string;
}

export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

export function clipDoc(clip: ClipRecord): ClipDoc {
  const { id, articleId, createdAt, kind, type, tags, quote, note } = clip;
  return { id, articleId, createdAt, kind, type, tags, quote, note };
}

export function articleDoc(article: ArticleRecord): ArticleDoc {
  const { id, title, source, policy } = article;
  return { id, title, source, issuer: policy?.issuer ?? '', docNumber: policy?.docNumber ?? '' };
}

const CLIP_FIELDS = ['quote', 'note', 'tags'] as const;
const ARTICLE_FIELDS = ['title', 'source', 'issuer', 'docNumber'] as const;

const sameArticle = (a: ArticleDoc, b: ArticleDoc): boolean =>
  ARTICLE_FIELDS.every((field) => a[field] === b[field]);

function clipFieldText(doc: ClipDoc, field: string): string {
  return field === 'tags' ? doc.tags.join(' ') : field === 'note' ? doc.note : doc.quote;
}

function sameText(a: ClipDoc, b: ClipDoc): boolean {
  return CLIP_FIELDS.every((f) => clipFieldText(a, f) === clipFieldText(b, f));
}

// The tokenizers return finished terms (lower-cased, stemmed), so there is nothing left to process.
const finished = (term: string) => term;

interface Match {
  score: number;
  terms: Set<string>;
}

function addMatch(into: Map<string, Match>, id: string, score: number, terms: readonly string[]): void {
  const found = into.get(id);
  if (found) {
    found.score += score;
    for (const t of terms) found.terms.add(t);
  } else {
    into.set(id, { score, terms: new Set(terms) });
  }
}

/**
 * Full-text search over clips, with each clip's filter fields so that a search never reads the
 * database to filter. Article titles and sources live in a second, small index: indexing them into
 * every clip made the rebuild a third slower, and a re-titled article is one document to update.
 * A clip matches a query when each query term is in the clip or in its article.
 */
export class ClipSearchIndex {
  private readonly clips = new MiniSearch<ClipDoc>({
    fields: [...CLIP_FIELDS],
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? doc.id : clipFieldText(doc, field)),
    tokenize: indexTerms,
    processTerm: finished,
  });
  private readonly articles = new MiniSearch<ArticleDoc>({
    fields: [...ARTICLE_FIELDS],
    idField: 'id',
    // A document number is also indexed whole, brackets and spaces left out (see `docNumberTerms`).
    tokenize: (text, field) => (field === 'docNumber' ? docNumberTerms(text) : indexTerms(text)),
    processTerm: finished,
  });
  private readonly docs = new Map<string, ClipDoc>();
  private readonly clipsOfArticle = new Map<string, Set<string>>();
  private readonly articleDocs = new Map<string, ArticleDoc>();

  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces a clip; re-tokenizes only when its searchable text changed. */
  upsertClip(doc: ClipDoc): void {
    const previous = this.docs.get(doc.id);
    this.docs.set(doc.id, doc);
    if (previous?.articleId !== doc.articleId) {
      if (previous) this.clipsOfArticle.get(previous.articleId)?.delete(doc.id);
      const siblings = this.clipsOfArticle.get(doc.articleId) ?? new Set<string>();
      siblings.add(doc.id);
      this.clipsOfArticle.set(doc.articleId, siblings);
    }
    if (previous && sameText(previous, doc)) return;
    if (previous) this.clips.discard(doc.id);
    this.clips.add(doc);
  }

  removeClip(id: string): void {
    const previous = this.docs.get(id);
    if (!previous) return;
    this.docs.delete(id);
    this.clipsOfArticle.get(previous.articleId)?.delete(id);
    this.clips.discard(id);
  }

  upsertArticle(doc: ArticleDoc): void {
    const previous = this.articleDocs.get(doc.id);
    if (previous && sameArticle(previous, doc)) return;
    this.articleDocs.set(doc.id, doc);
    if (previous) this.articles.discard(doc.id);
    this.articles.add(doc);
  }

  doc(id: string): ClipDoc | undefined {
    return this.docs.get(id);
  }

  /**
   * Every clip matching all query terms (in itself or its article), best first. A query written as a
   * document number (`国办发2017 47号`, `国办发〔2017〕47号`) finds every clip of the document with that
   * number, however its brackets were written, and the clips that quote the number; a number's parts
   * are not looked for apart (a clip saying `47` in another 国办发〔2017〕 document is no match), and
   * its digits are matched whole (`100号` is not `1001号`).
   */
  search(text: string): SearchHit[] {
    const key = docNumberQueryKey(text);
    if (key === null) return this.searchTerms(text, false);
    const byTerms = this.searchTerms(text, true);
    const hits = new Map(byTerms.map((h) => [h.id, { score: h.score, terms: new Set(h.terms) }]));
    const options: SearchOptions = {
      fields: ['docNumber'],
      prefix: false,
      tokenize: () => [key],
      processTerm: finished,
    };
    // The key is no text the UI can emphasise: these hits add no terms.
    for (const r of this.articles.search(key, options)) {
      for (const id of this.clipsOfArticle.get(String(r.id)) ?? []) addMatch(hits, id, r.score, []);
    }
    return ranked(hits);
  }

  /** `asNumber`: the query is a document number, looked for in clips only, digits whole. */
  private searchTerms(text: string, asNumber: boolean): SearchHit[] {
    let combined: Map<string, Match> | null = null;
    for (const term of new Set(queryTerms(text))) {
      const options: SearchOptions = {
        prefix: usePrefix(term) && !(asNumber && DIGITS.test(term)),
        tokenize: () => [term],
        processTerm: finished,
      };
      const hits = new Map<string, Match>();
      const clipOptions = { ...options, boost: { quote: 2, tags: 1.5, note: 1 } };
      for (const r of this.clips.search(term, clipOptions)) addMatch(hits, String(r.id), r.score, r.terms);
      const articleOptions = { ...options, boost: { title: 1.5, source: 0.5, issuer: 1, docNumber: 1.5 } };
      for (const r of asNumber ? [] : this.articles.search(term, articleOptions)) {
        for (const id of this.clipsOfArticle.get(String(r.id)) ?? []) addMatch(hits, id, r.score, r.terms);
      }
      combined = combined === null ? hits : intersect(combined, hits);
      if (combined.size === 0) break;
    }
    return combined ? ranked(combined) : [];
  }
}

const DIGITS = /^\d+$/;

function ranked(matches: Map<string, Match>): SearchHit[] {
  return [...matches]
    .map(([id, m]) => ({ id, score: m.score, terms: [...m.terms] }))
    .sort((a, b) => b.score - a.score);
}

function intersect(a: Map<string, Match>, b: Map<string, Match>): Map<string, Match> {
  const out = new Map<string, Match>();
  for (const [id, m] of a) {
    const other = b.get(id);
    if (other) out.set(id, { score: m.score + other.score, terms: new Set([...m.terms, ...other.terms]) });
  }
  return out;
}
