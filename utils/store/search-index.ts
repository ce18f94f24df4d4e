import MiniSearch from 'minisearch';
import type { ArticleRecord, ClipKind, ClipRecord } from './types';
import { indexTerms, queryTerms, usePrefix } from './search-tokenize';

/** What the index knows of a clip: the searchable text and the fields the library filters on. */
export interface ClipDoc {
  id: string;
  articleId: string;
  createdAt: number;
  kind: ClipKind;
  tags: string[];
  quote: string;
  note: string;
  title: string;
  source: string;
}

export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

export type ArticleFacts = Pick<ArticleRecord, 'title' | 'source'>;

export function clipDoc(clip: ClipRecord, article: ArticleFacts | undefined): ClipDoc {
  return {
    id: clip.id,
    articleId: clip.articleId,
    createdAt: clip.createdAt,
    kind: clip.kind,
    tags: clip.tags,
    quote: clip.quote,
    note: clip.note,
    title: article?.title ?? '',
    source: article?.source ?? '',
  };
}

const FIELDS = ['quote', 'note', 'title', 'source', 'tags'] as const;
type Field = (typeof FIELDS)[number];

function fieldText(doc: ClipDoc, field: Field): string {
  return field === 'tags' ? doc.tags.join(' ') : doc[field];
}

function sameText(a: ClipDoc, b: ClipDoc): boolean {
  return FIELDS.every((f) => fieldText(a, f) === fieldText(b, f));
}

/** Titles, sources and tags repeat across clips: their terms are worked out once. Bounded, not exact. */
const SHARED_FIELDS: ReadonlySet<string> = new Set(['title', 'source', 'tags']);
const MAX_MEMO = 20_000;

/** MiniSearch over clips, plus each clip's filter fields so a search never has to read the database to filter. */
export class ClipSearchIndex {
  private readonly memo = new Map<string, string[]>();
  private readonly mini = new MiniSearch<ClipDoc>({
    fields: [...FIELDS],
    idField: 'id',
    extractField: (doc, field) => fieldText(doc, field as Field),
    // The tokenizers return finished terms (lower-cased, stemmed), so there is nothing left to process.
    tokenize: (text, field) => (field && SHARED_FIELDS.has(field) ? this.sharedTerms(text) : indexTerms(text)),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTerms,
      processTerm: (term) => term,
      prefix: usePrefix,
      combineWith: 'AND',
      boost: { quote: 2, title: 1.5, tags: 1.5, note: 1, source: 0.5 },
    },
  });
  private readonly docs = new Map<string, ClipDoc>();

  private sharedTerms(text: string): string[] {
    let found = this.memo.get(text);
    if (!found) {
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      found = indexTerms(text);
      this.memo.set(text, found);
    }
    return found;
  }

  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces a clip; re-tokenizes only when its searchable text changed. */
  upsert(doc: ClipDoc): void {
    const previous = this.docs.get(doc.id);
    this.docs.set(doc.id, doc);
    if (previous && sameText(previous, doc)) return;
    if (previous) this.mini.discard(doc.id);
    this.mini.add(doc);
  }

  remove(id: string): void {
    if (!this.docs.delete(id)) return;
    this.mini.discard(id);
  }

  doc(id: string): ClipDoc | undefined {
    return this.docs.get(id);
  }

  /** Every clip matching all query terms, best first. */
  search(text: string): SearchHit[] {
    return this.mini.search(text).map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }
}
