/**
 * A real CouchDB-protocol server for tests and the bench: express-pouchdb over PouchDB's memory
 * adapter, in this process, on 127.0.0.1 (nothing downloaded, nothing on disk). Replicas are PouchDB
 * memory databases that replicate with it over HTTP, as the extension does with a team's CouchDB.
 */
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /**
   * A team database with its members (each a `_users` user with that password), created by the
   * server's admin, as a team would on their CouchDB. Returns the database URL.
   */
  createTeam(db: string, members: Record<string, string>): Promise<string>;
}

const ADMIN = { name: 'admin', password: 'admin-secret' };

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
  // The whole CouchDB surface (sessions, _users, _security); config in memory, its log outside the repo.
  app.use(
    '/',
    expressPouchDB(memoryPouch(), {
      inMemoryConfig: true,
      logPath: join(tmpdir(), `express-pouchdb-${process.pid}.log`),
    }),
  );
  let server: Server | null = null;
  let adminSet = false;
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
    async createTeam(db, members) {
      const origin = `http://127.0.0.1:${port}`;
      const admin = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(origin + path, {
          method,
          headers: { 'content-type': 'application/json', authorization: admin },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!res.ok && res.status !== 412 && res.status !== 409)
          throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      };
      if (!adminSet) {
        // The first admin is set without credentials (the server is in "admin party" until then).
        await fetch(`${origin}/_config/admins/${ADMIN.name}`, {
          method: 'PUT',
          body: JSON.stringify(ADMIN.password),
        });
        adminSet = true;
      }
      await call('PUT', `/${db}`);
      for (const [name, password] of Object.entries(members))
        await call('PUT', `/_users/org.couchdb.user:${name}`, {
          _id: `org.couchdb.user:${name}`,
          name,
          password,
          roles: [],
          type: 'user',
        });
      await call('PUT', `/${db}/_security`, {
        admins: { names: [], roles: [] },
        members: { names: Object.keys(members), roles: [] },
      });
      return `${origin}/${db}`;
    },
  };
}
