/**
 * A tiny static server on 127.0.0.1 (random port) for the fixture pages in `tests/e2e/pages/`. Node's `http` only:
 * the test pages must load without the internet.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/** The fixture pages' folder. */
export const PAGES_DIR = path.join(import.meta.dirname, '..', 'pages');

/** Content types by file extension; the PDF must be served as application/pdf to open in the PDF viewer. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running fixture server. */
export interface PageServer {
  /** The server's origin, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** The absolute URL of a fixture file, e.g. `url('article.html')`. */
  url(file: string): string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts the fixture server on a free port. */
export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const type = CONTENT_TYPES[path.extname(name)];
    if (!type) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(path.join(PAGES_DIR, name)).then(
      (body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
