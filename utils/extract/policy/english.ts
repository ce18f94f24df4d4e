/**
 * Official documents in English declare themselves in meta tags: Highwire Press `citation_*` (report
 * institution and number, publisher, dates) and Dublin Core `DC.*` / `dcterms.*` (creator, identifier,
 * type, subject, issued). A page counts as an official document when it gives a document number, a
 * report institution, or a type that names an official kind of document; a news page's `DC.publisher`
 * alone does not make it one.
 */
import { parseDate } from '../dates';
import { firstMeta } from '../head-metadata';
import type { PolicyMetadata } from '../types';

const ISSUER_KEYS = [
  'citation_technical_report_institution',
  'citation_author_institution',
  'dcterms.creator',
  'dc.creator',
  'citation_publisher',
  'dcterms.publisher',
  'dc.publisher',
];
const NUMBER_KEYS = [
  'citation_technical_report_number',
  'citation_report_number',
  'dcterms.identifier',
  'dc.identifier',
];
const WRITTEN_KEYS = ['dcterms.created', 'dc.date.created', 'citation_date'];
const PUBLISHED_KEYS = [
  'citation_publication_date',
  'citation_online_date',
  'dcterms.issued',
  'dc.date.issued',
  'dcterms.date',
  'dc.date',
];
const TYPE_KEYS = ['dcterms.type', 'dc.type'];
const TOPIC_KEYS = ['dcterms.subject', 'dc.subject', 'citation_keywords'];

/** DCMI Type Vocabulary terms and web genres: they say what a file is, not what document it is. */
const GENERIC_TYPES =
  /^(text|image|stillimage|movingimage|sound|dataset|collection|interactiveresource|service|software|physicalobject|event|article|webpage|web page|website|html|document|page)$/i;
const OFFICIAL_TYPES =
  /\b(act|bill|law|legislation|statute|statutory instrument|regulation|rule|order|executive order|directive|decision|decree|notice|circular|guidance|guideline|policy|report|proclamation|resolution|white paper|consultation|memorandum|determination|ordinance|code)s?\b/i;

/** An identifier that is a document number, not a URL, DOI, ISBN or ISSN. */
function documentNumber(value: string | null): string | null {
  if (!value || value.length > 80 || !/\d/.test(value)) return null;
  if (/^(https?:|www\.|doi:|10\.\d{4,}\/|urn:|isbn|issn)/i.test(value)) return null;
  return value;
}

export function readEnglishPolicy(
  meta: ReadonlyMap<string, string>,
  published: string | null,
): PolicyMetadata | null {
  const docNumber = documentNumber(firstMeta(meta, NUMBER_KEYS, (v) => documentNumber(v) !== null));
  const declaredType = firstMeta(meta, TYPE_KEYS, (v) => !GENERIC_TYPES.test(v.trim()));
  const institution = meta.get('citation_technical_report_institution') ?? null;
  const official =
    docNumber !== null ||
    institution !== null ||
    (declaredType !== null && OFFICIAL_TYPES.test(declaredType));
  if (!official) return null;
  const issuer = firstMeta(meta, ISSUER_KEYS);
  if (!issuer && !docNumber) return null;
  return {
    issuer,
    docNumber,
    indexNumber: null,
    written: parseDate(firstMeta(meta, WRITTEN_KEYS, (v) => parseDate(v) !== null)),
    published: parseDate(firstMeta(meta, PUBLISHED_KEYS, (v) => parseDate(v) !== null)) ?? published,
    docType: declaredType,
    topic: firstMeta(meta, TOPIC_KEYS),
  };
}
