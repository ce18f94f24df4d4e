/** The in-memory IndexedDB the Node benches run the real store on. */

/** fake-indexeddb's factory, with its classes made global: idb checks `instanceof IDBRequest` and the like. */
export async function fakeFactory(): Promise<IDBFactory> {
  const fake = await import('fake-indexeddb');
  Object.assign(globalThis, {
    IDBCursor: fake.IDBCursor,
    IDBCursorWithValue: fake.IDBCursorWithValue,
    IDBDatabase: fake.IDBDatabase,
    IDBIndex: fake.IDBIndex,
    IDBKeyRange: fake.IDBKeyRange,
    IDBObjectStore: fake.IDBObjectStore,
    IDBOpenDBRequest: fake.IDBOpenDBRequest,
    IDBRequest: fake.IDBRequest,
    IDBTransaction: fake.IDBTransaction,
    IDBVersionChangeEvent: fake.IDBVersionChangeEvent,
  });
  return new fake.IDBFactory();
}
