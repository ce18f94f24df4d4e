/**
 * What makes an English clause with a trigger something other than a measure, and where a measure
 * ends: a participle or an adjective (`tariffs imposed by China have hurt…`, `50 established labels`),
 * an intransitive change (`borrowing expanded during recessions`), a forecast or an opinion (`the CBO
 * projects that…`, `they can hire more workers`), a quotation from someone who is not an official, a
 * condition (`If the U.S. imposes…`), and an attribution after the measure (`…, Reuters reported`).
 */

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
const PERFECT = new Set(['has', 'have', 'had']);
/** Adverbs skipped between an auxiliary and its verb (`was first signed`, `has gradually raised`). */
const ADVERBS = new Set([
  'also',
  'already',
  'first',
  'gradually',
  'quickly',
  'recently',
  'just',
  'now',
  'formally',
  'officially',
  'jointly',
  'finally',
  'then',
  'later',
  'previously',
  'unanimously',
  'initially',
  'originally',
  'subsequently',
  'eventually',
  'effectively',
  'once',
  'again',
  'further',
  'reportedly',
  'since',
  'not',
  'never',
  'largely',
  'partly',
  'partially',
  'fully',
  'temporarily',
  'permanently',
  'quietly',
  'swiftly',
  'narrowly',
]);
/** Before a past form: it is an adjective (`the newly established office`, `50 established labels`). */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'these',
  'those',
  'some',
  'many',
  'most',
  'several',
  'all',
  'no',
  'newly',
  'well',
  'few',
  'other',
  'such',
  'any',
  'each',
  'every',
]);
/** Before a past form: a preposition makes it an adjective (`arising from increased immigration`). */
const PREPOSITIONS = new Set(['from', 'of', 'with', 'by', 'to', 'in', 'on', 'for', 'at', 'into', 'as']);
/** Pronouns: a company's or a person's act (`they raised prices`), not a body's decision. */
const PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'i', 'you', 'this', 'that']);
/** Future or modal passive: a change decided for later (`will be reduced`, `is to be cut`). */
const DECIDED_PASSIVE = /\b(?:will|shall|would|must|to|is set to|are set to)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?$/i;

/** After an active past form: no object follows, so it is intransitive or a participle. */
const NO_OBJECT = new Set([
  'in',
  'on',
  'at',
  'by',
  'during',
  'from',
  'to',
  'for',
  'with',
  'under',
  'over',
  'since',
  'until',
  'after',
  'before',
  'through',
  'into',
  'last',
  'late',
  'earlier',
  'this',
  'ago',
  'as',
  'across',
  'against',
  'within',
  'without',
  'among',
  'amid',
  'around',
  'about',
  'so',
  'far',
  'sharply',
  'rapidly',
  'significantly',
  'steadily',
  'and',
  'or',
  'but',
  'when',
  'while',
  'because',
  'if',
  'than',
]);
/** Change verbs whose object is a statistic when a number follows (`increased 13%`). */
const CHANGE_VERBS = new Set([
  'increased',
  'reduced',
  'raised',
  'lowered',
  'cut',
  'hiked',
  'expanded',
  'extended',
  'doubled',
  'tripled',
]);
/** Verbs whose past form is also a noun (`a tax cut`). */
const NOUN_FORMS = new Set(['cut', 'ended']);
/** Nouns that make `cut` a noun after them (`spending cut`, `job cuts`). */
const COMPOUND_HEADS = new Set([
  'spending',
  'budget',
  'price',
  'pay',
  'wage',
  'job',
  'emission',
  'emissions',
  'interest',
  'power',
  'cost',
]);

/** A finite verb later in the clause: the past form before it was a participle in the subject. */
const LATER_FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b/;
/** A subject naming a policy instrument may change on its own (`the list of goods expanded to cover…`). */
const INSTRUMENTS =
  /\b(?:list|lists|tariffs?|tax(?:es)?|rates?|ban|bans|scheme|programmes?|programs?|subsid(?:y|ies)|quotas?|sanctions|restrictions|rules|coverage|limits?|caps?|duties|duty|levy|levies|fees?|controls|ceilings?|thresholds?|allowances?|credits?|requirements?|process|procedures?)\b/i;

function wordBefore(text: string, floor: number, pos: number): { word: string; start: number } | null {
  let end = pos;
  while (end > floor && text[end - 1] === ' ') end--;
  let start = end;
  while (start > floor && /[A-Za-z'’-]/.test(text[start - 1] ?? '')) start--;
  if (start === end) return /\d/.test(text[end - 1] ?? '') ? { word: '0', start: end - 1 } : null;
  return { word: text.slice(start, end).toLowerCase(), start };
}

function wordAfter(text: string, pos: number): string {
  const m = /^ ([A-Za-z0-9$€£%'’-]+)/.exec(text.slice(pos, pos + 40));
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Is the past or present form at `[tStart, tEnd)` a verb of its clause stating a decision? Passive
 * (`was introduced`) and transitive (`introduced legislation`) uses are; adjectives, participles and
 * intransitive uses are not, except a policy instrument changing (`the list … expanded in 2019 to…`).
 */
export function tensedVerbStates(
  text: string,
  start: number,
  tStart: number,
  tEnd: number,
  clauseEnd: number,
): boolean {
  let prev = wordBefore(text, start, tStart);
  while (prev !== null && ADVERBS.has(prev.word)) prev = wordBefore(text, start, prev.start);
  if (prev === null) return false;
  const verb = text.slice(tStart, tEnd).toLowerCase();
  const subject = text.slice(start, tStart);
  if (AUXILIARIES.has(prev.word)) {
    // `Tariffs … were increased`, `will be reduced`; not `the export market was reduced when…`.
    return !CHANGE_VERBS.has(verb) || headIsInstrument(subject) || DECIDED_PASSIVE.test(subject);
  }
  // `50 established labels`, `from increased immigration`: a past form after these is an adjective
  // (a present form is not: `Executive Order 14110 requires…`).
  const pastForm = verb.endsWith('ed') || NOUN_FORMS.has(verb);
  if (pastForm && (DETERMINERS.has(prev.word) || PREPOSITIONS.has(prev.word) || prev.word === '0'))
    return false;
  // `the tax cut`, `a rate hike`: a noun after the noun it modifies.
  if (NOUN_FORMS.has(verb) && (INSTRUMENTS.test(prev.word) || COMPOUND_HEADS.has(prev.word))) return false;
  if (PRONOUNS.has(prev.word)) return false;
  const next = wordAfter(text, tEnd);
  if (next === '') return false;
  if (CHANGE_VERBS.has(verb) && /^[0-9$€£]/.test(next)) return false;
  if (!NO_OBJECT.has(next)) return true;
  if (next === 'by' || (prev !== null && PERFECT.has(prev.word))) return false;
  const rest = text.slice(tEnd, clauseEnd);
  const relative = /\b(?:that|which|who)\b/.exec(rest);
  if (LATER_FINITE.test(relative ? rest.slice(0, relative.index) : rest)) return false;
  return headIsInstrument(subject);
}

/** The subject's head, before its first preposition, names a policy instrument (`the list of goods`). */
function headIsInstrument(subject: string): boolean {
  const head = /^(.*?)(?:\s(?:of|on|for|in|to|from|with|against)\s|$)/.exec(subject)?.[1] ?? subject;
  return INSTRUMENTS.test(head);
}

/** Modals that state a possibility, not a decision, unless a government or a document is the actor. */
export const WEAK_MODALS = new Set(['would', 'can', 'may', 'could']);

const RULE_BODIES =
  /\b(?:government|ministry|minister|department|commission|council|treasury|congress|parliament|agency|authority|administration|regulator|cabinet|federal|state)\b/i;
const RULE_DOCUMENTS =
  /\b(?:EU|Act|Bill|Law|Order|Directive|Regulation|Plan|Code|law|bill|rules?|regulations?|legislation|plan|policy|scheme|treaty|agreement|measure|proposal)\b/;

/** In a sentence before a weak modal: a body or a document that makes `would`/`can` a rule. */
export const RULE_MAKERS = { test: (s: string): boolean => RULE_BODIES.test(s) || RULE_DOCUMENTS.test(s) };

/** Before the trigger: a forecast, a view or a hedge, not a decision. */
export const EN_HEDGES =
  /\b(?:adamant|insists?|insisted|urges?|urged|calls? for|called for|demands?|demanded|wants?|wanted|when|until|because|although|whereas|unless|role|purpose|function|concluded|found|finds|shows|showed|reveals|revealed|likely|unlikely|probably|possibly|projects?|projected|projections?|estimates?|estimated|forecasts?|forecasted|predicts?|predicted|expects?|expected|warns?|warned|argues?|argued|believes?|believed|thinks?|thought|claims?|claimed|fears?|feared|suggests?|suggested|could|might|theoretically|the thinking)\b/i;

/** A publication of numbers is no policy action (`is set to release its latest economic forecast`). */
export const EN_PUBLICATIONS =
  /\b(?:release|publish|issue|present|unveil)s?\s+(?:its|their|the|a|an|new|latest|updated|\s)*(?:economic |quarterly |annual |monthly |growth )*(?:forecasts?|outlook|projections?|data|figures|statistics|results|earnings)\b/i;

/** A measure does not start with these: a subordinate clause, or a verb without its subject. */
export const EN_BAD_STARTS =
  /^(?:until|as|because|since|although|though|while|when|whenever|if|unless|after|before|whereas|once|is|are|was|were|has|have|had|be|being|been|doubling|increasing|incorporating|including)\b/i;

/** A sentence opening a condition: what it says will happen is not decided. */
export const EN_CONDITIONS = /^(?:["“‘]?)(?:if|unless|should|were)\b/i;

/** A comma clause that only attributes what precedes (`Reuters reported`, `officials said on Tuesday`). */
export const EN_ATTRIBUTION =
  /^(?:according to\b|(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,5}|the \w+|officials?|analysts?|experts?|he|she|they|it|we) (?:said|says|reported|reports|told|added|noted|wrote|announced|stated|confirmed)\b)/;

/** Roles whose quoted words announce policy. */
export const EN_OFFICIAL_SPEAKERS =
  /\b(?:minister|secretary|spokes(?:man|woman|person)|officials?|premier|president|governor|commissioner|chancellor|mayor|ministry|department|agency)\b/i;

/** Is `pos` inside a quotation opened earlier in its paragraph (`“…` or an odd number of `"`)? */
export function insideEnQuote(text: string, floor: number, pos: number): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = floor; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d && curly > 0) curly--;
    else if (c === 0x22) straight++;
  }
  return curly > 0 || straight % 2 === 1;
}
