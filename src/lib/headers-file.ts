/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages share for
 * the response headers of a static site:
 *
 *     # comment
 *     /path/or/pattern/*
 *       Header-Name: value
 *
 * A line that starts without indentation is a URL pattern; the indented
 * `Name: value` lines under it are its headers. `*` matches any characters
 * (including "/"), `:name` one path segment. When several rules match a
 * path, their headers are all sent; a later rule's value for the same name
 * wins here (hosts differ: Cloudflare joins them with ", ").
 *
 * Pure: used by the unit tests, the local server that serves dist/ like a
 * static host (scripts/static-server.mjs) and the browser tests.
 */
export interface HeaderRule {
  /** The URL pattern as written, e.g. "/*" or "/_astro/*". */
  pattern: string;
  /** Headers in file order: [name, value]. */
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !/^https?:\/\//.test(line)) {
        throw new Error(`_headers line ${i + 1}: "${line}" should be a URL pattern starting with "/"`);
      }
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a URL pattern, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Does a URL path match a `_headers` pattern? */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a static host would send for `path` (names lower-cased). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  }
  return out;
}

/**
 * A Content-Security-Policy as directive → sources, for comparing policies.
 * `'sha256-…'` hashes are dropped when `withoutHashes` is set: they differ
 * per build and cannot live in a static header file.
 */
export function parseCsp(policy: string, { withoutHashes = false } = {}): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    out.set(name.toLowerCase(), withoutHashes ? values.filter((v) => !/^'sha(256|384|512)-/.test(v)) : values);
  }
  return out;
}
