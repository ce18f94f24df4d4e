import type { IDBPTransaction } from 'idb';
import type { ClipperDatabase, ClipperDB, ClipperStoreName } from './db-schema';
import { isStoreError, toStoreError } from './errors';

export type StoreTx<Names extends ClipperStoreName[], Mode extends IDBTransactionMode> = IDBPTransaction<
  ClipperDB,
  Names,
  Mode
>;

/**
 * Runs `body` in one transaction and resolves only once it has committed: all-or-nothing. If `body`
 * throws, or any request fails, or the commit itself fails (browsers report a full disk there), the
 * transaction is aborted and the caller gets a StoreError; nothing the body wrote is kept.
 * `body` must only await requests of `tx`: awaiting anything else lets the transaction auto-commit.
 */
export async function transact<Names extends ClipperStoreName[], Mode extends IDBTransactionMode, R>(
  db: ClipperDatabase,
  names: Names,
  mode: Mode,
  body: (tx: StoreTx<Names, Mode>) => Promise<R>,
): Promise<R> {
  let tx: StoreTx<Names, Mode>;
  try {
    tx = db.transaction(names, mode);
  } catch (e) {
    throw toStoreError(e);
  }
  const done = tx.done;
  // Observed below; this keeps an early failure of `body` from also reporting an unhandled rejection.
  done.catch(() => undefined);
  try {
    const result = await body(tx);
    await done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already aborted or finished
    }
    // When the transaction aborted on its own (a full disk at commit), its error is the real reason:
    // what reached us is only a consequence (an AbortError, or a request refused by the dead transaction).
    throw toStoreError(isStoreError(e) ? e : (transactionError(tx) ?? e));
  }
}

function transactionError(tx: { readonly error: DOMException | null }): DOMException | null {
  try {
    return tx.error;
  } catch {
    return null;
  }
}
