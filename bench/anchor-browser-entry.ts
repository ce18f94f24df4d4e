/** What the anchor bench bundles into the Chromium page (as the global `PcAnchorBench`). */
import { type PreparedScenario, type ScenarioOptions, prepareAnchorScenario } from './anchor-scenario';

let prepared: PreparedScenario | null = null;

/** Phase 1 (kept in the page between the bench's calls, so that it can read CPU time around phase 2). */
export async function prepare(options: ScenarioOptions): Promise<void> {
  prepared = await prepareAnchorScenario(document, options);
}

export async function anchor(): Promise<void> {
  if (prepared === null) throw new Error('prepare first');
  await prepared.anchor();
}

export function figures(cpuMs: number | null): ReturnType<PreparedScenario['figures']> {
  if (prepared === null) throw new Error('prepare first');
  return prepared.figures(cpuMs);
}
