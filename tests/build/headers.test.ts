import { test, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { DIST, allPages } from '../support/site';

// The site as a static host serves it: the response headers come from the
// build's own _headers file (public/_headers), and Pagefind's index files are
// sent so a browser unzips them. The browser tests use this same server, so
// every page there also runs under the header CSP.

let origin = '';
let close: () => Promise<unknown> = async () => {};
beforeAll(async () => {
  ({ url: origin, close } = await startStaticServer(DIST));
});
afterAll(() => close());

const REQUIRED = {
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'strict-transport-security': /max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(\)/,
};

test('the build publishes the _headers file', async () => {
  const response = await fetch(`${origin}/_headers`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('Content-Security-Policy:');
});

test('every page is served with the security headers', async () => {
  const missing: string[] = [];
  for (const path of allPages()) {
    const response = await fetch(origin + path);
    await response.arrayBuffer();
    for (const [name, pattern] of Object.entries(REQUIRED)) {
      if (!pattern.test(response.headers.get(name) ?? '')) missing.push(`${path}: ${name} = ${response.headers.get(name)}`);
    }
  }
  expect(missing).toEqual([]);
});

test("Pagefind's gzip files are sent as gzip, so the browser unzips them; other files arrive as they are", async () => {
  const dir = join(DIST, 'pagefind');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(5);
  for (const f of files) {
    const path = `/pagefind/${join(f.parentPath, f.name).slice(dir.length + 1).split('\\').join('/')}`;
    const onDisk = readFileSync(join(f.parentPath, f.name));
    // fetch unzips a gzip response, as a browser does.
    const response = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status, path).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    if (onDisk.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))) {
      // Sent as gzip and unzipped on arrival: Pagefind's "already unzipped" marker leads the body.
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(body.subarray(0, 12).toString(), path).toBe('pagefind_dcd');
    } else {
      expect(body.equals(onDisk), path).toBe(true);
    }
  }
});
