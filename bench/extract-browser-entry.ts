/** What the extraction bench bundles into the Chromium page (as the global `PcExtractBench`). */
export { check, probe, runBatch } from './extract-in-page';
