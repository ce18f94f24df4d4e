/** The clip store's public surface. */
export { openStore, type ClipStore, type OpenStoreOptions } from './store';
export { isStoreError, StoreError, QUOTA_MESSAGE } from './errors';
export { emphasisRanges } from './emphasis';
export { backupChecksum, canonicalJson } from './backup-format';
export { LIMITS } from './validation';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './query-plan';
export * from './types';
export type { SyncedBatch, SyncedResult } from './synced';
