/** What the browser extraction benches (Chromium, Firefox) bundle into each page, as the global `PcExtractBench`. */
export { check, probe, runBatch, timeBatch } from './extract-in-page';
