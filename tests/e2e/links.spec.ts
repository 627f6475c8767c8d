import { test, expect } from '@playwright/test';
import { readBuiltSite } from '../../scripts/site-files.mjs';
import { checkLinks, type BuiltPage } from '../../src/lib/link-check';
import { DIST } from './built-site';

// scripts/build.mjs refuses to publish a build with a broken internal link or
// anchor (src/lib/link-check.ts). These tests hold the published dist/ to the
// same promise, and then follow every internal link over HTTP, as a reader would.

const { pages, others } = readBuiltSite(DIST) as { pages: BuiltPage[]; others: Set<string> };

test('every internal link and anchor in the built site leads to a page, file or heading that exists', () => {
  const links = pages.reduce((n, p) => n + p.links.length, 0);
  expect(pages.length).toBeGreaterThanOrEqual(10);
  expect(links).toBeGreaterThan(200);
  expect(checkLinks(pages, others)).toEqual([]);
});

test('the link checker finds a missing page and a missing anchor when they are added to a real page', () => {
  const guide = pages.find((p) => p.path.startsWith('/guides/') && p.path !== '/guides/')!;
  const broken = pages.map((p) => (p === guide ? { ...p, links: [...p.links, '/guides/no-such-guide/', '/glossary/#no-such-term'] } : p));
  const errors = checkLinks(broken, others);
  expect(errors.map((e) => [e.page, e.href])).toEqual([
    [guide.path, '/guides/no-such-guide/'],
    [guide.path, '/glossary/#no-such-term'],
  ]);
});

test('every internal link answers 200 from the server, and every anchor is on the page it names', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
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
    const response = await request.get(path);
    if (response.status() !== 200) {
      failures.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    if (!anchors.size) continue;
    const html = await response.text();
    for (const id of anchors) if (!html.includes(`id="${id}"`)) failures.push(`${path}#${id}: no element with that id`);
  }
  expect(failures).toEqual([]);
});
