import MiniSearch from 'minisearch';
import type { ArticleRecord, ClipKind, ClipRecord } from './types';
import { processTerm, tokenizeForIndex, tokenizeQuery, usePrefix } from './search-tokenize';

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

/** MiniSearch over clips, plus each clip's filter fields so a search never has to read the database to filter. */
export class ClipSearchIndex {
  private readonly mini = new MiniSearch<ClipDoc>({
    fields: [...FIELDS],
    idField: 'id',
    extractField: (doc, field) => fieldText(doc, field as Field),
    tokenize: tokenizeForIndex,
    processTerm,
    searchOptions: {
      tokenize: tokenizeQuery,
      processTerm,
      prefix: usePrefix,
      combineWith: 'AND',
      boost: { quote: 2, title: 1.5, tags: 1.5, note: 1, source: 0.5 },
    },
  });
  private readonly docs = new Map<string, ClipDoc>();

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
