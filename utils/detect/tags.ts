/**
 * Tags a finding gets when the user turns it into a clip: its kind, then kind/type —
 * `['figure', 'figure/money']`, `['measure', 'measure/funding']`, `['document', 'document/media']`.
 * Lower case, `/` as the only separator, so the library can group by prefix; the user may edit them.
 */
import type { Finding } from './types';

export function suggestedTags(finding: Pick<Finding, 'kind' | 'type'>): string[] {
  return [finding.kind, `${finding.kind}/${finding.type}`];
}
