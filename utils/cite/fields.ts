/**
 * The bibliographic facts of an article, decided once for every output format: its kind, who is
 * responsible for it (institutions or people), its title, number, dates, container and URL. Partial
 * metadata gives partial records: nothing is filled in that the page did not state.
 */
import type { CitableArticle, CitationKind } from './types';

export interface Person {
  family: string;
  given?: string;
}

export type Creator = { literal: string } | Person;

export interface CitationFields {
  kind: CitationKind;
  title: string;
  /** Institutions (official documents) or people (bylines), in order. */
  creators: Creator[];
  /** The site, newspaper or reference work the article appeared in, when it is not the creator. */
  container: string | null;
  /** 发文字号 or an English document number. */
  number: string | null;
  /** The date the work is cited by (`YYYY-MM-DD`): published, else written; a reference work's revision. */
  issued: string | null;
  /** 成文日期, when the document states one. */
  written: string | null;
  /** 公文种类 or a declared document type. */
  docType: string | null;
  indexNumber: string | null;
  topic: string | null;
  url: string;
  lang: string | null;
}

export function citationKind(article: CitableArticle): CitationKind {
  if (article.policy) return 'official';
  if (article.genre === 'news') return 'news';
  if (article.genre === 'reference') return 'reference';
  return 'webpage';
}

const HAN = /\p{Script=Han}/u;

/** `国家发展改革委 国家能源局` or `国家发展改革委、国家能源局` → two institutions. */
export function splitInstitutions(issuer: string): string[] {
  return issuer
    .split(/\s*[、，,;；]\s*|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A byline as people: Chinese names whole (`王华军`), Western names as family and given
 * (`Nelson D. Schwartz` → Schwartz, Nelson D.; `Doe, Jane` kept in that order).
 */
export function splitByline(byline: string): Person[] {
  const names = byline
    .split(/\s*(?:[、，;；]|,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  // `Doe, Jane`: one inverted name, not two people.
  if (
    names.length === 2 &&
    !/\s/.test(names[0] ?? '') &&
    !/\s/.test(names[1] ?? '') &&
    byline.includes(', ') &&
    !HAN.test(byline)
  )
    return [{ family: names[0] as string, given: names[1] }];
  return names.map((name) => {
    if (HAN.test(name) || !/\s/.test(name)) return { family: name };
    const parts = name.split(/\s+/);
    const family = parts.pop() as string;
    return { family, given: parts.join(' ') };
  });
}

export function citedUrl(article: CitableArticle): string {
  return article.originalUrl || article.url;
}

export function citationFields(article: CitableArticle): CitationFields {
  const kind = citationKind(article);
  const policy = article.policy;
  const source = article.source.trim();
  const byline = article.byline?.trim() ?? '';
  const issuer = policy?.issuer?.trim() ?? '';
  const creators: Creator[] = issuer
    ? splitInstitutions(issuer).map((literal) => ({ literal }))
    : kind === 'reference' || !byline
      ? []
      : splitByline(byline);
  const issued =
    kind === 'reference'
      ? (article.revised ?? null)
      : (policy?.published ?? article.published ?? policy?.written ?? null);
  return {
    kind,
    title: article.title.trim(),
    creators,
    // The site is the container unless it is the issuer itself (国务院办公厅 on its own site).
    container: source && source !== issuer ? source : null,
    number: policy?.docNumber ?? null,
    issued,
    written: policy?.written ?? null,
    docType: policy?.docType ?? null,
    indexNumber: policy?.indexNumber ?? null,
    topic: policy?.topic ?? null,
    url: citedUrl(article),
    lang: article.lang,
  };
}

/** `2017-06-08` → [2017, 6, 8]. */
export function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y as number, m as number, d as number];
}

/** An ASCII id from the URL: host letters, the year, and a short hash (`govcn2017k3f9`). */
export function defaultId(fields: CitationFields): string {
  let host = 'item';
  try {
    host =
      new URL(fields.url).hostname
        .replace(/^www\./, '')
        .replace(/[^a-z0-9]/gi, '')
        .slice(0, 16) || 'item';
  } catch {
    // not a URL: a generic stem
  }
  let hash = 0;
  for (const ch of fields.url) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `${host}${fields.issued?.slice(0, 4) ?? ''}${hash.toString(36).slice(0, 5)}`;
}
