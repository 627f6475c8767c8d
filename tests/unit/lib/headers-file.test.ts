import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFor, matchesPattern, parseCsp, parseHeadersFile } from '../../../src/lib/headers-file';

const file = readFileSync(resolve(import.meta.dirname, '../../../public/_headers'), 'utf8');

describe('parseHeadersFile', () => {
  it('reads URL patterns and the indented headers under each, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# site-wide\n/*\n  X-One: a\n  X-Two: b: c\n\n/_astro/*\n  Cache-Control: immutable\n');
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-One', 'a'], ['X-Two', 'b: c']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('names the line of a header that has no URL pattern above it', () => {
    expect(() => parseHeadersFile('  X-One: a\n')).toThrow(/line 1/);
  });

  it('names the line of a pattern that does not start with a slash', () => {
    expect(() => parseHeadersFile('# ok\nguides/*\n  X-One: a\n')).toThrow(/line 2: "guides\/\*"/);
  });

  it('names the line of an indented line that is not "Name: value"', () => {
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow(/line 2/);
  });
});

describe('matchesPattern and headersFor', () => {
  it('matches * across folders and :name within one segment', () => {
    expect(matchesPattern('/*', '/guides/what-is-iop/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/style.abc.css')).toBe(true);
    expect(matchesPattern('/_astro/*', '/guides/')).toBe(false);
    expect(matchesPattern('/guides/:slug/', '/guides/what-is-iop/')).toBe(true);
    expect(matchesPattern('/guides/:slug/', '/guides/a/b/')).toBe(false);
    expect(matchesPattern('/a.b', '/aXb')).toBe(false);
  });

  it('sends the headers of every rule that matches, the later value winning', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n/x/*\n  X-B: 2\n');
    expect(headersFor(rules, '/x/y')).toEqual({ 'x-a': '1', 'x-b': '2' });
    expect(headersFor(rules, '/z')).toEqual({ 'x-a': '1', 'x-b': '1' });
  });
});

describe('parseCsp', () => {
  it('splits a policy into directives and can drop per-build hashes', () => {
    const csp = parseCsp("default-src 'self'; script-src 'self' 'sha256-abc='  ;style-src 'self'");
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(parseCsp("script-src 'self' 'sha256-abc='", { withoutHashes: true }).get('script-src')).toEqual(["'self'"]);
  });
});

describe('public/_headers, sent with every page by static hosts', () => {
  const page = headersFor(parseHeadersFile(file), '/guides/what-is-iop/');

  it('sends a strict Content-Security-Policy: own-origin only, no inline or eval script, no plugins, no framing', () => {
    const csp = parseCsp(page['content-security-policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain('*');
    }
  });

  it('sends HSTS for at least a year, including subdomains', () => {
    const hsts = page['strict-transport-security'] ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
  });

  it('stops MIME sniffing and never sends a referrer', () => {
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['referrer-policy']).toBe('no-referrer');
  });

  it('turns off camera, microphone, location and payment, but leaves sharing and copying links alone', () => {
    const policy = page['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(policy).toContain(`${feature}=()`);
    // The share buttons use the Web Share API and the clipboard.
    expect(policy).not.toMatch(/web-share|clipboard-write/);
  });

  it('lets browsers keep hashed build assets for a year, but not pages', () => {
    expect(headersFor(parseHeadersFile(file), '/_astro/style.abc123.css')['cache-control']).toContain('immutable');
    expect(page['cache-control']).toBeUndefined();
  });
});
