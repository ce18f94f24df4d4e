/**
 * BibTeX (biblatex field names where BibTeX has none), UTF-8 with CJK as is. An official document is a
 * `@techreport`: its issuer as corporate author and `institution`, its 发文字号 as `number`, its type as
 * `type` (Zotero imports that as a report with all three); news is an `@article` in its newspaper
 * (`journaltitle`, `entrysubtype = {newspaper}`), other pages `@online`. Both `date` and `year`/`month`
 * are written, so BibTeX and biblatex readers get the date.
 */
import { citationFields, dateParts, defaultId, type CitationFields, type Creator } from './fields';
import type { CitableArticle, CiteOptions } from './types';

const ENTRY: Record<CitationFields['kind'], string> = {
  official: 'techreport',
  news: 'article',
  reference: 'online',
  webpage: 'online',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** TeX specials escaped (braces too, so no value can close its field early), one line. */
function tex(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\{}%&$#_^~]/g, (c) => TEX_SPECIALS[c] ?? c)
    .trim();
}

/** A URL goes in verbatim (BibTeX's url field is not TeX): only braces would break it. */
function verbatim(s: string): string {
  return s.replace(/[{}\s]/g, (c) => encodeURIComponent(c));
}

function bibName(c: Creator): string {
  // A corporate name is braced whole, so it is never split into family and given names.
  if ('literal' in c) return `{${tex(c.literal)}}`;
  return c.given ? `${tex(c.family)}, ${tex(c.given)}` : `{${tex(c.family)}}`;
}

export function toBibtex(article: CitableArticle, options: CiteOptions): string {
  const f = citationFields(article);
  const fields: [string, string][] = [];
  if (f.creators.length) fields.push(['author', f.creators.map(bibName).join(' and ')]);
  // Braced whole: BibTeX styles must not change the title's case.
  fields.push(['title', `{${tex(f.title)}}`]);
  const institutions = f.creators
    .filter((c): c is { literal: string } => 'literal' in c)
    .map((c) => c.literal);
  if (f.kind === 'official' && institutions.length)
    fields.push(['institution', tex(institutions.join(', '))]);
  if (f.number) fields.push(['number', tex(f.number)]);
  if (f.docType) fields.push(['type', tex(f.docType)]);
  if (f.container)
    fields.push(
      f.kind === 'news'
        ? ['journaltitle', tex(f.container)]
        : [f.kind === 'official' ? 'publisher' : 'organization', tex(f.container)],
    );
  if (f.kind === 'news' && f.container)
    fields.push(['journal', tex(f.container)], ['entrysubtype', 'newspaper']);
  if (f.issued) {
    const [y, m] = dateParts(f.issued);
    fields.push(['date', f.issued], ['year', String(y)], ['month', MONTHS[m - 1] as string]);
  }
  const notes = [
    f.kind === 'official' && f.written && f.written !== f.issued ? `成文日期: ${f.written}` : null,
    f.indexNumber ? `索引号: ${f.indexNumber}` : null,
  ].filter((n): n is string => n !== null);
  if (notes.length) fields.push(['note', tex(notes.join('; '))]);
  if (f.topic) fields.push(['keywords', tex(f.topic)]);
  if (f.lang) fields.push(['langid', tex(f.lang)]);
  fields.push(['url', verbatim(f.url)], ['urldate', options.accessed]);
  const key = options.id ?? defaultId(f);
  const body = fields.map(([name, v]) => `  ${name} = {${v}}`).join(',\n');
  return `@${ENTRY[f.kind]}{${key},\n${body}\n}\n`;
}

export function renderBibtex(articles: readonly CitableArticle[], options: readonly CiteOptions[]): string {
  return articles.map((a, i) => toBibtex(a, options[i] as CiteOptions)).join('\n');
}
