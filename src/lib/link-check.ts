/**
 * Finds internal links and anchors in the built site that lead nowhere.
 * Pure: it takes what each page links to and which ids it has, and returns
 * one readable error per broken link, naming the page's source file.
 */
export interface BuiltPage {
  /** URL path of the page, e.g. "/guides/what-is-iop/". */
  path: string;
  /** Element ids on the page (anchor targets). */
  ids: Set<string>;
  /** Every href on the page, as written. */
  links: string[];
}

export interface LinkError {
  page: string;
  source: string;
  href: string;
  reason: string;
}

/** Where a page's words come from, so an error points an editor at the right file. */
export function sourceFileFor(path: string): string {
  const guide = /^\/guides\/([^/]+)\/$/.exec(path);
  if (guide) return `content/guides/${guide[1]}.mdx`;
  if (path === '/glossary/') return 'content/glossary.yaml (src/pages/glossary.astro)';
  const page = /^\/([^/]+)\/$/.exec(path);
  if (page) return `content/pages/${page[1]}.mdx or src/pages/${page[1]}.astro`;
  return `src/pages${path === '/' ? '/index' : path.replace(/\/$/, '')}.astro`;
}

/** Non-page files the site serves (sitemap, icons, search index): a link to one is fine if it exists. */
export function checkLinks(pages: BuiltPage[], files: Set<string> = new Set(), origin = 'https://invalid.invalid'): LinkError[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const errors: LinkError[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (/^(mailto|tel|sms|javascript|data):/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, `${origin}${page.path}`);
      } catch {
        errors.push({ page: page.path, source: sourceFileFor(page.path), href, reason: 'is not a valid URL' });
        continue;
      }
      if (url.origin !== origin) continue; // external: not ours to check offline
      const targetPath = decodeURIComponent(url.pathname);
      const target = byPath.get(targetPath);
      if (!target) {
        if (files.has(targetPath)) continue;
        const hint = !targetPath.endsWith('/') && byPath.has(`${targetPath}/`) ? ` (did you mean ${targetPath}/?)` : '';
        errors.push({ page: page.path, source: sourceFileFor(page.path), href, reason: `leads to no page${hint}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) {
        errors.push({ page: page.path, source: sourceFileFor(page.path), href, reason: `points to #${fragment}, which is not on ${targetPath}` });
      }
    }
  }
  return errors;
}

export function formatLinkError(e: LinkError): string {
  return `${e.source}: link "${e.href}" on ${e.page} ${e.reason}`;
}
