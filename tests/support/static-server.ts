import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

/** A running static server: its origin (`http://127.0.0.1:PORT`) and a way to stop it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** How the server answers: plain (the default, for tests) or like a production host. */
export interface ServeOptions {
  /** Gzip text files when the browser accepts it (Pagefind's own files are gzip inside already and go as they are). */
  gzip?: boolean;
  /** `Cache-Control: max-age` in seconds; 0 (default) sends `no-cache`. */
  maxAge?: number;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

/**
 * Serves a built site like a static host would: `dir` mounted at `base`,
 * `x/` serves `x/index.html`, unknown paths get `404.html` with status 404.
 * Listens on 127.0.0.1 and a free port.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const send = (file: string, status = 200) => {
      const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      if (options.maxAge) headers['Cache-Control'] = `max-age=${options.maxAge}`;
      else if (options.gzip) headers['Cache-Control'] = 'no-cache';
      if (options.gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let body = gzipped.get(file);
        if (!body) gzipped.set(file, (body = gzipSync(fs.readFileSync(file), { level: 6 })));
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
        return res.end(body);
      }
      res.writeHead(status, headers);
      fs.createReadStream(file).pipe(res);
    };
    const notFound = () => send(path.join(root, '404.html'), 404);
    if (!pathname.startsWith(base)) return notFound();
    pathname = pathname.slice(base.length);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/') && pathname !== '') {
        res.writeHead(301, { Location: `${url.pathname}/` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) return notFound();
    send(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // A browser keeps connections alive; a stopped server must drop them at
    // once (the offline tests stop it mid-test), not wait for them to idle out.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
