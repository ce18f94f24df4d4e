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

export function kindLabel(t: Translator['t'], kind: string): string {
  const key = `kind_${kind}` as MessageKey;
  const label = t(key);
  return label === key ? kind : label;
}
