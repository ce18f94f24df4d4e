/**
 * A real CouchDB-protocol server for tests and the bench: express-pouchdb over PouchDB's memory
 * adapter, in this process, on 127.0.0.1 (nothing downloaded, nothing on disk). Replicas are PouchDB
 * memory databases that replicate with it over HTTP, as the extension does with a team's CouchDB.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';

PouchDB.plugin(memoryAdapter);

let serial = 0;

/** PouchDB with the memory adapter, each database name unique to this process. */
export function memoryPouch(): PouchDB.Static {
  return PouchDB.defaults({ adapter: 'memory', prefix: `m${++serial}-` });
}

/**
 * A database on a server, over HTTP. (A name given to a `memoryPouch()` database's `sync` would open a
 * memory database of that name instead: always pass one of these.)
 */
export function remoteDb(url: string, auth?: { username: string; password: string }): PouchDB.Database {
  return new PouchDB(url, auth ? { auth } : {});
}

export interface CouchServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Bytes the server has received (requests: headers and bodies), for the bench. */
  bytesIn(): number;
  /** Stops answering (as a server that went down); `start` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startCouchServer(): Promise<CouchServer> {
  const app = express();
  let bytes = 0;
  // Bytes read from each connection (headers and bodies), counted when a response is done: reading the
  // request stream here would starve the server's own body parser.
  const seen = new WeakMap<object, number>();
  app.use((req, res, next) => {
    res.on('finish', () => {
      const socket = req.socket;
      const total = socket.bytesRead;
      bytes += total - (seen.get(socket) ?? 0);
      seen.set(socket, total);
    });
    next();
  });
  app.use('/', expressPouchDB(memoryPouch(), { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = app.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    bytesIn: () => bytes,
    stop: () =>
      new Promise<void>((resolve) => {
        const s = server;
        server = null;
        if (!s) return resolve();
        s.closeAllConnections();
        s.close(() => resolve());
      }),
    start: listen,
  };
}
