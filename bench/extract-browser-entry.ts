/** What the extraction bench bundles into the Chromium page (as the global `PcExtractBench`). */
export { probe, runBatch } from './extract-in-page';
