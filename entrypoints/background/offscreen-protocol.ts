/** The one message the background sends its offscreen document (Chrome only). */
export interface OffscreenRequest {
  target: 'policy-clipper-offscreen';
  type: 'render-brief';
  job: unknown;
}

export function isOffscreenRequest(m: unknown): m is OffscreenRequest {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as OffscreenRequest).target === 'policy-clipper-offscreen' &&
    (m as OffscreenRequest).type === 'render-brief'
  );
}
