/**
 * The PouchDB surface this project uses, declared here: `@types/pouchdb` pulls in `lib="dom"` typings
 * that break Node's Buffer types elsewhere in the project. Documents are validated where they are read.
 */
declare namespace PouchDB {
  type Seq = number | string;
  interface ReplicationInfo {
    docs_read?: number;
    docs_written?: number;
    pending?: number;
    last_seq?: Seq;
  }
  interface SyncChange {
    direction: 'push' | 'pull';
    change: ReplicationInfo;
  }
  interface Emitter<T> extends Promise<T> {
    on(event: 'change', listener: (info: SyncChange & ReplicationInfo) => void): this;
    on(event: 'paused', listener: (error?: unknown) => void): this;
    on(event: 'active' | 'complete', listener: (info?: unknown) => void): this;
    on(event: 'error' | 'denied', listener: (error: unknown) => void): this;
    cancel(): void;
  }
  interface ReplicateOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    back_off_function?: (delay: number) => number;
  }
  type ReplicaDb = import('./replica-db').ReplicaDb;
  interface Database extends ReplicaDb {
    readonly name: string;
    sync(remote: string | Database, options?: ReplicateOptions): Emitter<unknown>;
    replicate: {
      to(remote: string | Database, options?: ReplicateOptions): Emitter<ReplicationInfo>;
      from(remote: string | Database, options?: ReplicateOptions): Emitter<ReplicationInfo>;
    };
    put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
    destroy(): Promise<void>;
    close(): Promise<void>;
  }
  interface Options {
    adapter?: string;
    prefix?: string;
    auto_compaction?: boolean;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }
  interface Static {
    new (name: string, options?: Options): Database;
    plugin(plugin: unknown): Static;
    defaults(options: Options): Static;
  }
}

declare module 'pouchdb' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-browser' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
