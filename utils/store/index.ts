/** The clip store's public surface. */
export { openStore, type ClipStore, type OpenStoreOptions } from './store';
export { isStoreError, StoreError, QUOTA_MESSAGE } from './errors';
export { backupChecksum, canonicalJson } from './backup-format';
export { LIMITS } from './validation';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './query-plan';
export * from './types';
export { type DocumentFacets, type FacetCount } from './document-filter';
export type { SyncedBatch, SyncedResult } from './synced';
