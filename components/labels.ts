import type { MessageKey, Translator } from './i18n';

/**
 * Words for detection types and clip kinds (`money` → "Money" / "金额"). Message names allow only
 * `[A-Za-z0-9_]`, so `tax-finance` is looked up as `type_tax_finance`; unknown types show as they are.
 */
export function typeLabel(t: Translator['t'], type: string | null): string {
  if (!type) return '';
  const key = `type_${type.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
  const label = t(key);
  return label === key ? type : label;
}

/**
 * The start of a quote, on one line, at most `max` characters (never splitting a surrogate pair): it
 * tells one clip's controls from another's when read aloud.
 */
export function quoteExcerpt(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

export function kindLabel(t: Translator['t'], kind: string): string {
  const key = `kind_${kind}` as MessageKey;
  const label = t(key);
  return label === key ? kind : label;
}
