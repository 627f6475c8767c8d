// Serves a built site the way a static host does: index.html for a folder,
// 404.html for a miss, gzip when the browser accepts it, and the response
// headers from the site's own _headers file (public/_headers).
// `astro preview` does neither compression nor _headers, so the benchmark
// (Lighthouse, bytes on the wire) and the deploy-header tests use this.
//   node scripts/static-server.mjs [dir=dist] [port=4321]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile, headersFor } from '../src/lib/headers-file.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
// Pagefind's index files (.pf_*) are gzipped already, like images and fonts.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg)/;

function fileFor(root, pathname) {
  const full = resolve(root, `.${pathname}`);
  if (full !== root && !full.startsWith(root + sep)) return null; // no "../" out of the site
  try {
    const stat = statSync(full);
    if (stat.isFile()) return { file: full };
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      statSync(join(full, 'index.html'));
      return { file: join(full, 'index.html') };
    }
  } catch {
    // fall through: not found
  }
  return null;
}

/**
 * Starts a server for `dir`; port 0 picks a free one. Resolves to
 * { url, close, serve(dir) }: `serve` switches to another built folder, as a
 * host does when a new build is published (tests/e2e/offline.spec.ts).
 */
export function startStaticServer(dir, { port = 0, host = '127.0.0.1' } = {}) {
  let root;
  let rules;
  const serve = (next) => {
    root = resolve(next);
    try {
      rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      rules = [];
    }
  };
  serve(dir);
  const gzipCache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const found = fileFor(root, pathname);
    if (found?.redirect) {
      res.writeHead(301, { location: found.redirect + url.search });
      res.end();
      return;
    }
    const status = found ? 200 : 404;
    const file = found?.file ?? join(root, '404.html');
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { ...headersFor(rules, pathname), 'content-type': type, vary: 'Accept-Encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body, { level: 9 }));
      body = gzipCache.get(file);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}`,
        serve,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // browsers keep connections open
          }),
      });
    });
  });
}

if (import.meta.main) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await startStaticServer(dir, { port: Number(port) });
  console.log(`Serving ${resolve(dir)} at ${url}/ (gzip, _headers). Ctrl+C to stop.`);
}
