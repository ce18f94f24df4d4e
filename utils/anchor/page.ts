import type { Selector } from './types';

/** The PDF page a clip's selectors name (1-based), or null when they name none (a web page's clip). */
export function pageOfSelectors(selectors: readonly Selector[]): number | null {
  const s = selectors.find((x) => x.type === 'PageSelector');
  return s?.type === 'PageSelector' ? s.index + 1 : null;
}
