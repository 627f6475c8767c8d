import { test, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { headersFor, parseCsp, parseHeadersFile } from '../../src/lib/headers-file';
import { builtHtmlFiles } from '../support/site';

// The Content-Security-Policy of every built page, read from the HTML (no
// browser): strict for scripts, and nothing on the page that only a looser
// policy would allow. tests/e2e/page-contract.spec.ts checks in the browser
// that no page reports a violation, served with the _headers policy too.

const headerCsp = parseCsp(
  headersFor(parseHeadersFile(readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8')), '/')['content-security-policy'] ?? '',
);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

for (const { file, path } of builtHtmlFiles()) {
  test(`${path} has a strict CSP that allows only what the page needs`, () => {
    const html = readFileSync(file, 'utf8');
    const doc = parse(html);
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
    expect(metas).toHaveLength(1);
    const meta = metas[0]!;

    // A <meta> policy covers only what comes after it in the document.
    // JSON-LD is a data block, never run, so it may come before the policy.
    const firstResource = html.search(/<script(?![^>]*application\/ld\+json)|<link[^>]+rel="stylesheet"|<style/);
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(firstResource === -1 ? Infinity : firstResource);
    expect(meta.parentNode?.tagName).toBe('HEAD');

    const csp = parseCsp(meta.getAttribute('content') ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    const scriptSrc = csp.get('script-src') ?? [];
    for (const source of scriptSrc) expect(source, 'script-src').toMatch(/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/]+=*')$/);
    for (const [name, sources] of csp) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => s === '*' || /^(https?:|\*\.)/.test(s)), `${name}: no other origins`).toEqual([]);
    }

    // Nothing that needs 'unsafe-inline': no event-handler attributes, no javascript: links, no style attributes.
    const handlers = doc.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)).map((a) => `<${el.tagName.toLowerCase()} ${a}>`));
    expect(handlers).toEqual([]);
    expect(doc.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]').map((el) => el.tagName)).toEqual([]);

    // Every inline script that runs is hashed in the policy. JSON data blocks (type="application/ld+json") do not run.
    const inline = doc.querySelectorAll('script:not([src])').filter((s) => !/json/i.test(s.getAttribute('type') ?? ''));
    for (const script of inline) expect(scriptSrc).toContain(sha256(script.rawText));
    const styleSrc = csp.get('style-src') ?? [];
    for (const style of doc.querySelectorAll('style')) expect(styleSrc).toContain(sha256(style.rawText));
  });
}

test('the _headers policy has the same directives as the pages\' own policy, without the per-build hashes', () => {
  const { file } = builtHtmlFiles().find((f) => f.path === '/')!;
  const meta = parse(readFileSync(file, 'utf8')).querySelector('meta[http-equiv="content-security-policy" i]')!;
  const pagePolicy = parseCsp(meta.getAttribute('content') ?? '', { withoutHashes: true });
  const fromHeader = new Map(headerCsp);
  // frame-ancestors is ignored in a <meta> policy; only the header can forbid framing.
  expect(fromHeader.get('frame-ancestors')).toEqual(["'none'"]);
  fromHeader.delete('frame-ancestors');
  expect(Object.fromEntries(fromHeader)).toEqual(Object.fromEntries(pagePolicy));
});

test('no page needs a hash: no inline script runs and no <style> element is used, so the _headers policy allows every page in full', () => {
  const needsHash = builtHtmlFiles().flatMap(({ file, path }) => {
    const doc = parse(readFileSync(file, 'utf8'));
    const scripts = doc.querySelectorAll('script:not([src])').filter((s) => !/json/i.test(s.getAttribute('type') ?? ''));
    return [...scripts.map(() => `${path}: inline <script>`), ...doc.querySelectorAll('style').map(() => `${path}: <style>`)];
  });
  expect(needsHash).toEqual([]);
});
