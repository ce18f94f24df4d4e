/** Fixture pages for real-browser tests and benches, served from 127.0.0.1 (no network anywhere). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | Buffer;
  type?: string;
  status?: number;
  /** More response headers (e.g. `content-disposition`). */
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serve `body` at `path` (replacing what was there): lets a test change a page between visits. */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

/** Serves `routes` (path → page; the query string is ignored) on a free port of 127.0.0.1. */
export async function serve(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(route.status ?? 200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...route.headers,
      })
      .end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    set: (path, route) => void table.set(path, route),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
