import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

// Real builds of the real content with one mistake each, as an editor might
// make it. Each must fail, say which file and which field, and leave the
// previously published site untouched.
const ROOT = resolve(import.meta.dirname, '../..');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iop-build-errors-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function buildWithBrokenContent(name: string, edit: (guide: string) => string) {
  const content = join(work, name, 'content');
  cpSync(resolve(ROOT, 'content'), content, { recursive: true });
  const file = join(content, 'guides/what-is-iop.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const published = join(work, name, 'dist');
  mkdirSync(published, { recursive: true });
  writeFileSync(join(published, 'index.html'), 'last good build');
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, name, 'cache'), OUT_DIR: published, STAGING_DIR: join(work, name, 'staging') },
  });
  return {
    status: run.status,
    output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`),
    publishedIntact: readFileSync(join(published, 'index.html'), 'utf8') === 'last good build',
    stagingLeft: existsSync(join(work, name, 'staging')),
  };
}

describe('a build with a content mistake', () => {
  it('fails on a broken frontmatter field, naming the file and the field', () => {
    const r = buildWithBrokenContent('frontmatter', (s) => s.replace(/^description: .*$/m, `description: ${'too long '.repeat(30)}`));
    expect(r.status).toBe(1);
    expect(r.output).toContain('guides/what-is-iop.mdx');
    expect(r.output).toMatch(/description: Too big: expected string to have <=160 characters/);
    expect(r.publishedIntact).toBe(true);
    expect(r.stagingLeft).toBe(false);
  }, 120_000);

  it('fails on a source on a non-authoritative site, naming the field', () => {
    const r = buildWithBrokenContent('mirror', (s) => s.replace(/url: https:\/\/[^\s]+/, 'url: https://www.zlibrary.cc/dl/tip47'));
    expect(r.status).toBe(1);
    expect(r.output).toContain('guides/what-is-iop.mdx');
    expect(r.output).toMatch(/sources\.0\.url: must be an https link on an authoritative domain/);
    expect(r.publishedIntact).toBe(true);
  }, 120_000);

  it('fails on a citation of a source the guide does not list, naming the file', () => {
    const r = buildWithBrokenContent('cite', (s) => s.replace(/<Cite id="[^"]+" \/>/, '<Cite id="made-up" />'));
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/content\/guides\/what-is-iop\.mdx: <Cite id="made-up" \/> but "sources" has no entry with id "made-up"/);
    expect(r.publishedIntact).toBe(true);
  }, 120_000);

  it('fails on a dead internal link, naming the file and the link', () => {
    const r = buildWithBrokenContent('link', (s) => `${s}\n\nSee [a missing page](/guides/no-such-guide/).\n`);
    expect(r.status).toBe(1);
    expect(r.output).toContain('content/guides/what-is-iop.mdx: link "/guides/no-such-guide/" on /guides/what-is-iop/ leads to no page');
    expect(r.publishedIntact).toBe(true);
  }, 120_000);
});
