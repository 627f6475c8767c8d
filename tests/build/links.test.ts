import { test, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { idsAndLinks, readBuiltSite } from '../../src/integrations/built-site';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { checkLinks } from '../../src/lib/link-check';
import { DIST } from '../support/site';

// The build refuses to publish a broken internal link or anchor
// (src/lib/link-check.ts). These tests prove the checker sees real pages, and
// then follow every internal link over HTTP, from the same static server the
// site is tested and previewed with, as a reader's browser would.

const { pages, others } = readBuiltSite(DIST);

let origin = '';
let close: () => Promise<unknown> = async () => {};
beforeAll(async () => {
  ({ url: origin, close } = await startStaticServer(DIST));
});
afterAll(() => close());

test('the build reads the same ids and links from every page as a full HTML parser does', () => {
  for (const page of pages) {
    // <noscript> and <pre> hold real links (a reader without JavaScript follows them), so parse them as markup.
    const doc = parse(readFileSync(page.file, 'utf8'), { blockTextElements: { script: true, style: true } });
    const full = {
      ids: new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)),
      links: doc.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
    };
    expect(idsAndLinks(readFileSync(page.file, 'utf8')), page.path).toEqual(full);
  }
  // And what a scan could get wrong: a quoted ">", entities, comments, scripts, single quotes.
  expect(idsAndLinks(`<!-- <a href="/in-a-comment/"> --><script>const a = '<a id="in-a-script">';</script>
    <a aria-label="a > b" href="/x/?a=1&amp;b=2" id='q'>x</a><LINK HREF=/y/><svg><linearGradient id="g"/></svg>`)).toEqual({
    ids: new Set(['q', 'g']),
    links: ['/x/?a=1&b=2', '/y/'],
  });
});

test('the link checker finds a missing page and a missing anchor when they are added to a real page', () => {
  expect(pages.length).toBeGreaterThanOrEqual(10);
  expect(checkLinks(pages, others)).toEqual([]);
  const guide = pages.find((p) => p.path.startsWith('/guides/') && p.path !== '/guides/')!;
  const broken = pages.map((p) => (p === guide ? { ...p, links: [...p.links, '/guides/no-such-guide/', '/glossary/#no-such-term'] } : p));
  expect(checkLinks(broken, others).map((e) => [e.page, e.href])).toEqual([
    [guide.path, '/guides/no-such-guide/'],
    [guide.path, '/glossary/#no-such-term'],
  ]);
});

test('every internal link answers 200 from the server, and every anchor is on the page it names', async () => {
  const targets = new Map<string, Set<string>>(); // path -> anchors linked to
  for (const page of pages) {
    for (const href of page.links) {
      if (/^(mailto|tel|sms):/i.test(href)) continue;
      const url = new URL(href, `${origin}${page.path}`);
      if (url.origin !== origin) continue;
      const anchors = targets.get(url.pathname) ?? new Set<string>();
      if (url.hash) anchors.add(decodeURIComponent(url.hash.slice(1)));
      targets.set(url.pathname, anchors);
    }
  }
  expect(targets.size).toBeGreaterThan(15);
  const failures: string[] = [];
  for (const [path, anchors] of targets) {
    const response = await fetch(origin + path);
    const html = await response.text();
    if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
    else for (const id of anchors) if (!html.includes(`id="${id}"`)) failures.push(`${path}#${id}: no element with that id`);
  }
  expect(failures).toEqual([]);
});
