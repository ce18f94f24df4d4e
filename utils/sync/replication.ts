/**
 * How PouchDB replicates the team database, the same in the extension, the tests and the bench.
 * Batches of 500 documents: a first sync of 10,000 clips is 25 round trips and checkpoints a way
 * instead of 120 (PouchDB's default is 100). At most two batches are held at once, so no more documents
 * are in memory than with PouchDB's defaults (100 × 10): a batch of stored copies can be large.
 */
export const REPLICATION_BATCHES = { batch_size: 500, batches_limit: 2 } as const;
