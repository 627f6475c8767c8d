// What each built page costs a reader, read from the files in dist/: per page
// the HTML, screen and print CSS and JS (raw, gzip, brotli); what the first
// render waits for; and two bundles loaded apart from the page, the quiz
// island and Listen.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse } from 'node-html-parser';
import { urlPathOf, walk } from '../src/integrations/built-site.ts';
import { add, sizes, zero } from './bytes.mjs';

export const isGuide = (page) => page.path.startsWith('/guides/') && page.path !== '/guides/';

/** Figures for every page of the site in `dist`: { pages, renderPath, quizIsland, listenBundle }. */
export async function measurePages(dist) {
  await init;
  const site = builtSite(dist);
  const rows = walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file);
      const doc = parse(html.toString());
      const page = pageBytes(site, urlPathOf(dist, file), html, doc);
      return { page, render: renderPath(site, page, doc, html.toString()) };
    })
    .sort((a, b) => a.page.path.localeCompare(b.page.path));
  return { pages: rows.map((r) => r.page), renderPath: rows.map((r) => r.render), quizIsland: quizIsland(site), listenBundle: listenBundle(site) };
}

/** The files of a built site, each read and sized once. */
function builtSite(dist) {
  const assets = new Map();
  const file = (path) => resolve(dist, `.${path.split('?')[0]}`);
  return {
    dist,
    text: (path) => readFileSync(file(path), 'utf8'),
    asset(href) {
      if (!assets.has(href)) assets.set(href, sizes(readFileSync(file(href))));
      return assets.get(href);
    },
    htmlOf: (path) => parse(readFileSync(file(path.endsWith('/') ? `${path}index.html` : path), 'utf8')),
  };
}

function pageBytes(site, path, html, doc) {
  // Stylesheets for the screen, each once (a page may link one twice);
  // print-only sheets are counted apart: the browser fetches them at low
  // priority and never waits for them to show the page.
  const sheets = [...new Set(doc.querySelectorAll('link[rel="stylesheet"]').map((el) => `${el.getAttribute('media') ?? ''} ${el.getAttribute('href')}`))].map((key) => {
    const [media, href] = key.split(' ');
    return { print: media === 'print', href };
  });
  const css = sheets.filter((sheet) => !sheet.print).map((sheet) => sheet.href);
  const printCss = sheets.filter((sheet) => sheet.print).map((sheet) => sheet.href);
  // Scripts that load with the page (module scripts and their static imports
  // are what Astro emits; dynamic imports load later, on interaction).
  const js = doc.querySelectorAll('script[src]').map((el) => el.getAttribute('src'));
  const inlineJs = doc.querySelectorAll('script:not([src])').filter((el) => el.getAttribute('type') !== 'application/ld+json');
  let jsBytes = js.reduce((sum, href) => add(sum, site.asset(href)), zero());
  for (const el of inlineJs) jsBytes = add(jsBytes, sizes(Buffer.from(el.text)));
  return {
    path,
    html: sizes(html),
    css: css.reduce((sum, href) => add(sum, site.asset(href)), zero()),
    printCss: printCss.reduce((sum, href) => add(sum, site.asset(href)), zero()),
    js: jsBytes,
    requests: 1 + css.length + printCss.length + js.length,
  };
}

/** A module script and everything it imports statically (fetched before it runs), as /_astro/… paths. */
function moduleGraph(site, src, seen = new Set()) {
  const path = src.split('?')[0];
  if (seen.has(path) || !path.startsWith('/')) return seen;
  seen.add(path);
  // d === -1: a static import or re-export; import("…") loads later, on interaction.
  for (const { n, d } of parseModule(site.text(path))[0]) {
    if (d === -1 && n) moduleGraph(site, new URL(n, `https://x${path}`).pathname, seen);
  }
  return seen;
}

/**
 * What a first render waits for: the HTML and every stylesheet (render-
 * blocking wherever it is linked) and classic scripts without async/defer.
 * Module scripts are deferred and do not block it; with their static imports
 * they are the page's JS at load (the "JS before interaction" budget).
 */
function renderPath(site, page, doc, html) {
  const css = doc
    .querySelectorAll('link[rel="stylesheet"]')
    .filter((l) => !/^(print|not all)$/.test(l.getAttribute('media') ?? ''))
    .map((l) => l.getAttribute('href'));
  const blockingJs = doc
    .querySelectorAll('script[src]')
    .filter((s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'))
    .map((s) => s.getAttribute('src'));
  const modules = new Set();
  for (const s of doc.querySelectorAll('script[type="module"][src]')) moduleGraph(site, s.getAttribute('src'), modules);
  const before = [...css, ...blockingJs].reduce((sum, href) => add(sum, site.asset(href)), page.html);
  const jsAtLoad = [...modules].reduce((sum, href) => add(sum, site.asset(href)), zero());
  return {
    path: page.path,
    requestsToRender: 1 + css.length + blockingJs.length,
    bytesBeforeRender: before,
    firstScreen: firstScreen(site, html, css),
    jsAtLoad,
    jsFilesAtLoad: modules.size,
  };
}

/**
 * What a guide's first screen needs: its stylesheets and its HTML from the
 * start through the "In short" box (on a 375 px phone that box already runs
 * below the fold, so this errs large). HTML streams: the browser paints these
 * bytes while the rest of the page is still arriving, so this is the part the
 * 14 KB first round trip must hold. Null for pages without the box.
 */
function firstScreen(site, html, css) {
  const start = html.indexOf('<section class="in-short"');
  if (start < 0) return null;
  const end = html.indexOf('</section>', start) + '</section>'.length;
  return css.reduce((sum, href) => add(sum, site.asset(href)), sizes(Buffer.from(html.slice(0, end))));
}

/** The quiz's own code and styles: what /quiz/ loads that a guide page does not. */
function quizIsland(site) {
  if (!existsSync(resolve(site.dist, 'quiz/index.html'))) return null;
  const files = (path) => {
    const doc = site.htmlOf(path);
    const out = new Set(doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')));
    for (const s of doc.querySelectorAll('script[src]')) moduleGraph(site, s.getAttribute('src'), out);
    return out;
  };
  const guide = walk(resolve(site.dist, 'guides')).find((f) => f.endsWith('/index.html') && !f.endsWith('guides/index.html'));
  const shared = guide ? files(`/guides/${guide.split('/').at(-2)}/`) : new Set();
  const own = [...files('/quiz/')].filter((f) => !shared.has(f));
  const total = (ext) => own.filter((f) => f.endsWith(ext)).reduce((sum, f) => add(sum, site.asset(f)), zero());
  return { files: own, js: total('.js'), css: total('.css'), gzip: total('.js').gzip + total('.css').gzip };
}

/** "Listen to this page": its lazily loaded files in _astro/ (names starting "listen"), none of them part of the JS at load. */
function listenBundle(site) {
  const files = walk(resolve(site.dist, '_astro'))
    .map((f) => f.split('/').at(-1))
    .filter((name) => name.startsWith('listen') && /\.(js|css)$/.test(name))
    .sort()
    .map((name) => ({ name, ...site.asset(`/_astro/${name}`) }));
  if (!files.length) return null;
  const total = (ext) => files.filter((f) => f.name.endsWith(ext)).reduce((sum, f) => add(sum, f), zero());
  return { files, js: total('.js'), css: total('.css') };
}
