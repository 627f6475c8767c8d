/**
 * The site's Content Security Policy. BaseLayout.astro writes it into every
 * page as a <meta>; public/_headers sends the same directives as a header,
 * plus frame-ancestors, which works only there (tests/build/csp.test.ts checks
 * that they agree).
 *
 * No hashes: no page has an inline script or a <style> element (tests/build/csp.test.ts
 * checks that too), so 'self' allows every script the site runs. Astro's
 * built-in `security.csp` listed nine hashes of its own runtime snippets that
 * no page uses: about 0.5 KB gzip of every page, for nothing.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-src', ["'none'"]],
  // Pagefind runs its search in WebAssembly.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
];

/** The policy as a header or <meta> value: "name source source; name source". */
export function cspValue(directives: typeof CSP_DIRECTIVES = CSP_DIRECTIVES): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
