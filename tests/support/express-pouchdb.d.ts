declare module 'express-pouchdb' {
  import type { RequestHandler } from 'express';
  function expressPouchDB(
    pouch: PouchDB.Static,
    options?: {
      mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
      inMemoryConfig?: boolean;
      logPath?: string;
    },
  ): RequestHandler;
  export default expressPouchDB;
}
