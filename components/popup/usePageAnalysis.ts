import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { AnalyzeResult } from '@/utils/messages/reply-schemas';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';

export type AnalysisState =
  { phase: 'loading' } | { phase: 'ready'; result: AnalyzeResult } | { phase: 'error'; message: string };

/**
 * The tab's analysis. `early` is the request main.tsx sent before the UI loaded (`reuse: true`, so a
 * popup reopened on the same page shows its card at once); when that answer was a reused one, the
 * page is analysed again and the fresh answer replaces it. `reload` re-runs the analysis.
 */
export function usePageAnalysis(
  tabId: number | null,
  early?: Promise<AnalyzeResult>,
): { state: AnalysisState; reload: () => void } {
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<AnalysisState>({ phase: 'loading' });
  const [round, setRound] = useState(0);
  // A layout effect: subscribe right after the first render, not a frame later (the card is waited on).
  useLayoutEffect(() => {
    if (tabId === null) {
      setState({ phase: 'error', message: 'no-tab' });
      return;
    }
    let live = true;
    const show = (result: AnalyzeResult): void => {
      if (live) setState({ phase: 'ready', result });
    };
    const fail = (e: unknown): void => {
      if (live) setState({ phase: 'error', message: errorMessage(e) });
    };
    const fresh = () => api.call({ type: 'page/analyze', tabId });
    const first = round === 0 && early ? early : fresh();
    first
      .then((result) => {
        show(result);
        if (result.status === 'article' && !result.fresh) return fresh().then(show);
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [api, tabId, round, early]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}
