/** What the anchor bench bundles into the Chromium page (as the global `PcAnchorBench`). */
export { runAnchorScenario } from './anchor-scenario';
