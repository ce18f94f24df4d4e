/**
 * English measure rules: a modal or intention phrase followed by a policy verb (`will allocate`,
 * `plans to launch`), or a policy verb in the past or present tense (`approved`, `requires`).
 */
import type { MeasureType } from './types';
import { literalTable } from './literal-table';

const all = <T>(value: T, words: readonly string[]): (readonly [string, T])[] =>
  words.map((w) => [w, value] as const);

/** What makes an English clause a measure: a modal phrase (checked for a policy verb after it) or a tensed policy verb. */
export interface EnTrigger {
  modal: boolean;
  /** Strength of the commitment, for ranking. */
  weight: number;
}

const modal = (weight: number, words: readonly string[]): (readonly [string, EnTrigger])[] =>
  all({ modal: true, weight }, words);
const tensed = (weight: number, words: readonly string[]): (readonly [string, EnTrigger])[] =>
  all({ modal: false, weight }, words);

/** Modal and intention phrases, and policy verbs in the past or present tense (one table: one scan). */
// prettier-ignore
export const EN_TRIGGERS = literalTable<EnTrigger>(
  [
    ...modal(0.6, ['will', 'shall', 'must', 'is to', 'are to', 'is required to', 'are required to', 'has decided to', 'have decided to', 'decided to', 'agreed to', 'has agreed to', 'have agreed to']),
    ...modal(0.55, ['plans to', 'plan to', 'planned to', 'aims to', 'aim to', 'aimed to', 'intends to', 'intend to', 'is set to', 'are set to', 'pledged to', 'has pledged to', 'have pledged to', 'vowed to', 'committed to', 'is committed to', 'proposed to', 'proposes to', 'propose to', 'seeks to', 'seek to']),
    // Not `should`, `wants to`, `hopes to`, `is expected to`: advice, wishes and forecasts decide nothing.
    ...modal(0.45, ['would', 'is going to', 'are going to', 'can', 'may']),
    // Past tense narrates as often as it decides: weighed lower than the present (`requires`).
    ...tensed(0.4, [
      'allocated', 'approved', 'banned', 'prohibited', 'launched', 'introduced', 'established', 'imposed',
      'unveiled', 'signed', 'enacted', 'adopted', 'earmarked', 'mandated', 'extended', 'expanded', 'passed',
      'granted', 'awarded', 'lifted', 'suspended', 'tightened', 'abolished', 'scrapped', 'levied', 'raised',
      'lowered', 'hiked', 'reduced', 'increased', 'instituted', 'implemented', 'issued', 'cracked down', 'cut',
      'halved', 'doubled', 'capped', 'exempted', 'simplified', 'streamlined', 'relaxed', 'eased', 'ended',
    ]),
    ...tensed(0.5, [
      'requires', 'bans', 'prohibits', 'allocates', 'provides', 'mandates', 'establishes', 'introduces', 'imposes',
      'exempts', 'caps', 'limits', 'grants', 'allows', 'permits', 'obliges', 'obligates', 'forbids', 'subsidises',
      'subsidizes', 'levies',
    ]),
  ],
  { wholeWord: true, caseInsensitive: true },
);

/** Adverbs allowed between the modal and the verb (`will also provide`, `shall gradually phase out`). */
// prettier-ignore
export const EN_ADVERBS = literalTable<true>(
  all(true, ['also', 'further', 'gradually', 'then', 'soon', 'now', 'jointly', 'immediately', 'initially', 'first', 'still', 'eventually', 'likely', 'be able to', 'need to', 'have to', 'continue to', 'start to', 'begin to']),
  { wholeWord: true, caseInsensitive: true },
);

/** Base forms after a modal. */
// prettier-ignore
export const EN_POLICY_VERBS = literalTable<true>(
  all(true, [
    'allocate', 'provide', 'invest', 'fund', 'spend', 'subsidise', 'subsidize', 'grant', 'award', 'offer', 'require',
    'mandate', 'ban', 'prohibit', 'restrict', 'limit', 'cap', 'regulate', 'impose', 'levy', 'tax', 'exempt', 'cut',
    'reduce', 'lower', 'raise', 'increase', 'expand', 'extend', 'double', 'triple', 'launch', 'introduce',
    'establish', 'create', 'set up', 'build', 'deploy', 'install', 'pilot', 'trial', 'support', 'promote',
    'encourage', 'accelerate', 'strengthen', 'reform', 'phase out', 'adopt', 'implement', 'enforce', 'publish',
    'issue', 'release', 'approve', 'sign', 'end', 'eliminate', 'achieve', 'reach', 'procure', 'train', 'hire',
    'recruit', 'streamline', 'simplify', 'open', 'allow', 'permit', 'designate', 'set', 'boost', 'tighten', 'ease',
    'relax', 'lift', 'suspend', 'review', 'report', 'disclose', 'submit', 'deliver', 'claim', 'apply', 'pay',
    'earmark', 'finance', 'guarantee', 'lend', 'tariff', 'phase in', 'roll out', 'scrap', 'abolish', 'replace',
    'upgrade', 'modernise', 'modernize', 'develop', 'cover', 'offset', 'compensate',
  ]),
  { wholeWord: true, caseInsensitive: true },
);

/** Openers stripped from the front of a measure. */
// prettier-ignore
export const EN_OPENERS = literalTable<true>(
  all(true, ['and', 'but', 'so', 'also', 'separately', 'meanwhile', 'however', 'in addition', 'additionally', 'moreover', 'furthermore', 'further', 'finally', 'first', 'second', 'third', 'then']),
  { wholeWord: true, caseInsensitive: true },
);

/** A clause opening with these describes something else (`which the cabinet approved`): no measure. */
// prettier-ignore
export const EN_RELATIVES = literalTable<true>(
  all(true, ['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'if', 'unless', 'whether']),
  { wholeWord: true, caseInsensitive: true },
);

/** Comma clauses that end a measure rather than continue it (`…, officials said`, `…, and the agency…`). */
// prettier-ignore
export const EN_CLAUSE_BREAKS = literalTable<true>(
  all(true, ['and', 'but', 'while', 'whereas', 'which', 'although', 'though', 'as', 'according to', 'officials said', 'he said', 'she said', 'they said', 'it said', 'said', 'says', 'the minister said', 'analysts said']),
  { wholeWord: true, caseInsensitive: true },
);

// prettier-ignore
export const EN_TYPE_KEYWORDS: readonly (readonly [MeasureType, readonly string[]])[] = [
  ['funding', ['fund', 'funding', 'grant', 'subsid', 'allocat', 'invest', 'budget', 'spend', 'earmark']],
  ['tax-finance', ['tax', 'credit', 'loan', 'financ', 'bond', 'tariff', 'levy', 'levies', 'interest rate', 'insurance', 'lending', 'guarantee']],
  ['pilot', ['pilot', 'trial', 'demonstration', 'test bed', 'testbed', 'sandbox']],
  ['talent', ['talent', 'workforce', 'training', 'skills', 'workers', 'education', 'researchers', 'visa', 'hire', 'recruit']],
  ['regulation', ['require', 'mandate', 'ban', 'prohibit', 'regulat', 'rule', 'standard', 'comply', 'complian', 'licen', 'permit', 'restrict', 'disclos', 'report', 'guidance']],
  ['target', ['target', 'goal', 'percent', '%', 'by 20', 'reach', 'cut emissions', 'net zero', 'net-zero', 'share of']],
  ['institution', ['establish', 'agency', 'office', 'authority', 'commission', 'council', 'centre', 'center', 'institute', 'reform', 'set up']],
];

/** Bodies whose name in the clause makes a measure more certainly official. */
export const EN_GOVERNMENT_WORDS =
  /\b(?:government|ministry|minister|department|commission|council|treasury|state|congress|parliament|agency|authority|administration|regulator|EU|European Union|Beijing|Washington|Brussels|cabinet|federal)\b/i;
