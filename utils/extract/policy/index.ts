/**
 * `Article.policy`: an official document's record, from the best place that states each field. Chinese
 * pages: the header (table or label lines), then the meta tags the government-website guideline
 * (国办发〔2017〕47号) asks of every government site (`ArticleTitle`, `PubDate`, `ContentSource`,
 * `SiteName`, `SiteIDCode`, `ColumnName`), then the document's own text (number line, signature) and its
 * title (`国务院办公厅关于…的通知`). English pages: Highwire `citation_*` and Dublin Core meta.
 * A page is an official document only on evidence; a field nobody states stays null.
 */
import { parseDate } from '../dates';
import { cleanInline, hostOf } from '../text-normalise';
import type { PolicyMetadata } from '../types';
import { cleanDocNumber, findDocNumber } from './doc-number';
import { docTypeOfTitle, isDocumentTitle, issuerOfTitle } from './doc-types';
import { numberLine, signature, type Signature } from './document-text';
import type { HeaderValues } from './labels';
import { readEnglishPolicy } from './english';

export { docNumberKey, findDocNumber, isDocNumber } from './doc-number';
export { findHeaderTable, removeHeader } from './header';
export { readLabelledValues, type HeaderValues } from './labels';

export interface PolicyInputs {
  meta: ReadonlyMap<string, string>;
  url: string;
  title: string;
  /** What the page's header said (table, label lines), merged best first; null when it has none. */
  header: HeaderValues | null;
  /** The article text (number line, signature). */
  text: string;
  /** The article's publication date as extraction chose it. */
  published: string | null;
}

const HAN = /\p{Script=Han}/u;
/** Column names of the document sections of government sites (政策文件, 通知公告, 规范性文件…). */
const DOCUMENT_COLUMN = /文件|通知|公告|通告|政策|法规|规章|公文|信息公开/;

function isGovernmentSite(meta: ReadonlyMap<string, string>, url: string): boolean {
  const host = hostOf(url);
  const domain = meta.get('sitedomain') ?? '';
  return meta.has('siteidcode') || /(^|\.)gov\.cn$/i.test(host) || /(^|\.)gov\.cn$/i.test(domain);
}

/** A meta value that names an institution (`国务院办公厅`), not a website (`中国政府网`). */
function institution(value: string | null | undefined): string | null {
  const v = cleanInline(value ?? '');
  if (!v || v.length > 60 || /网$|网站|http|www\./i.test(v)) return null;
  return v;
}

function pickDate(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const date = parseDate(value);
    if (date) return date;
  }
  return null;
}

function hasAny(policy: PolicyMetadata): boolean {
  return Object.values(policy).some((v) => v !== null);
}

function readChinesePolicy(inputs: PolicyInputs): PolicyMetadata | null {
  const { meta, header, text, title } = inputs;
  const h = header ?? {};
  const number =
    (h.docNumber ? (findDocNumber(h.docNumber) ?? cleanDocNumber(h.docNumber)) : null) ?? numberLine(text);
  // The signature is read only when something asks for it (most pages are decided without it).
  let signedMemo: Signature | null | undefined;
  const signed = (): Signature | null =>
    signedMemo === undefined ? (signedMemo = signature(text)) : signedMemo;
  const gov = isGovernmentSite(meta, inputs.url);
  const column = meta.get('columnname') ?? '';
  const documentTitle = isDocumentTitle(title);
  const official =
    number !== null ||
    h.indexNumber !== undefined ||
    h.written !== undefined ||
    (h.issuer !== undefined && (h.docType !== undefined || h.topic !== undefined)) ||
    (documentTitle && (gov || signed() !== null)) ||
    (gov && DOCUMENT_COLUMN.test(column) && docTypeOfTitle(title) !== null && signed() !== null);
  if (!official) return null;
  const policy: PolicyMetadata = {
    issuer:
      institution(h.issuer) ??
      signed()?.issuer ??
      (documentTitle ? institution(issuerOfTitle(title)) : null) ??
      (gov ? institution(meta.get('contentsource')) : null),
    docNumber: number,
    indexNumber: h.indexNumber ? cleanInline(h.indexNumber) : null,
    written: pickDate(h.written) ?? signed()?.date ?? null,
    published: pickDate(h.published, gov ? meta.get('pubdate') : null) ?? inputs.published,
    docType: h.docType ? cleanInline(h.docType) : docTypeOfTitle(h.title ?? title),
    topic: h.topic ? cleanInline(h.topic) : null,
  };
  return hasAny(policy) ? policy : null;
}

/**
 * Whether a Chinese page may be an official document, from what is already at hand (the URL, the meta
 * tags, the title, the article's own header and first lines): only then are the page's header tables
 * and the labels around its headline read, so news pages do not pay for them.
 */
export function mayBeOfficial(
  meta: ReadonlyMap<string, string>,
  url: string,
  title: string,
  inContent: HeaderValues | null,
  text: string,
): boolean {
  return (
    inContent !== null ||
    isGovernmentSite(meta, url) ||
    docTypeOfTitle(title) !== null ||
    numberLine(text) !== null
  );
}

/** The page's official-document record, or null when it is not one. */
export function readPolicy(inputs: PolicyInputs): PolicyMetadata | null {
  if (HAN.test(inputs.title) || inputs.header) return readChinesePolicy(inputs);
  return readEnglishPolicy(inputs.meta, inputs.published);
}
