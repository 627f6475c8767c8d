// The offline precache: the list the build gave the service worker (same
// function, same folder), summed file by file and by kind of file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getManifest } from 'workbox-build';
import { precacheOptions } from '../src/lib/offline/precache.ts';
import { add, sizes, zero } from './bytes.mjs';

// Pagefind's index files are compressed already, so their gzip size is about their raw size.
const group = (url) =>
  url.endsWith('.html') ? 'pages' : url.startsWith('/pagefind/') ? 'search index' : /\.(?:css|js)$/.test(url) ? 'CSS and JS' : 'other files';

export async function measurePrecache(dist) {
  const precache = { files: 0, ...zero(), groups: {} };
  for (const { url } of (await getManifest(precacheOptions(dist))).manifestEntries) {
    const size = sizes(readFileSync(resolve(dist, `.${url}`)));
    const g = (precache.groups[group(url)] ??= { files: 0, ...zero() });
    for (const total of [precache, g]) Object.assign(total, add(total, size), { files: total.files + 1 });
  }
  return precache;
}
