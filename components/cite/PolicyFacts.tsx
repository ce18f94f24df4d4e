import type { PolicyMetadata } from '@/utils/extract/types';
import { formatIsoDate, useI18n, type MessageKey } from '../i18n';

interface Props {
  policy: PolicyMetadata;
  /** Inline (library headings) or as a short list of labelled facts (the popup's card). */
  inline?: boolean;
}

type Fact = { key: keyof PolicyMetadata; label: MessageKey; date?: boolean };

/** The facts a researcher records of an official document, in the order they are cited. */
const FACTS: readonly Fact[] = [
  { key: 'issuer', label: 'policyIssuer' },
  { key: 'docNumber', label: 'policyNumber' },
  { key: 'written', label: 'policyWritten', date: true },
  { key: 'published', label: 'policyPublished', date: true },
  { key: 'docType', label: 'policyDocType' },
];

/**
 * An official document's issuer (发文机关), number (发文字号), written and published dates and type:
 * only those the page stated (nothing is shown for a missing one). Page text, rendered as text.
 */
export function PolicyFacts({ policy, inline = false }: Props) {
  const { t, locale } = useI18n();
  // Inline, beside the article's own date: the published date would say it twice.
  const facts = inline ? FACTS.filter((fact) => fact.key !== 'published') : FACTS;
  const shown = facts.flatMap((fact) => {
    const value = policy[fact.key]?.trim();
    return value ? [{ ...fact, value }] : [];
  });
  if (shown.length === 0) return null;
  const valueOf = (fact: Fact & { value: string }) =>
    fact.date ? (
      <time dateTime={fact.value}>{formatIsoDate(fact.value, locale)}</time>
    ) : (
      <span>{fact.value}</span>
    );
  if (inline) {
    return (
      <span class="policy-facts inline" data-testid="policy-facts">
        {shown.map((fact) => (
          <span key={fact.key} title={t(fact.label)}>
            <span aria-hidden="true"> · </span>
            {fact.date && <span class="visually-hidden">{t(fact.label)} </span>}
            <span data-testid={`policy-${fact.key}`}>{valueOf(fact)}</span>
          </span>
        ))}
      </span>
    );
  }
  return (
    <dl class="policy-facts" aria-label={t('policyFacts')} data-testid="policy-facts">
      {shown.map((fact) => (
        <div key={fact.key} class="policy-fact">
          <dt>{t(fact.label)}</dt>
          <dd data-testid={`policy-${fact.key}`}>{valueOf(fact)}</dd>
        </div>
      ))}
    </dl>
  );
}
