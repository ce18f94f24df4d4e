import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AnalyzeResult } from '../../utils/messages/responses';
import { ApiError, useApi } from '../api';

export type AnalysisState =
  | { phase: 'loading' }
  | { phase: 'ready'; result: AnalyzeResult }
  | { phase: 'error'; message: string };

/** Ask the background to analyse the tab once the popup opens; `reload` re-runs it. */
export function usePageAnalysis(tabId: number | null): { state: AnalysisState; reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<AnalysisState>({ phase: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (tabId === null) {
      setState({ phase: 'error', message: 'no-tab' });
      return;
    }
    let live = true;
    api
      .call({ type: 'page/analyze', tabId })
      .then((result) => live && setState({ phase: 'ready', result }))
      .catch((e: unknown) => live && setState({ phase: 'error', message: e instanceof ApiError ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [api, tabId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}
