import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT, CONTENT, readMdx, existingGuideName, citationProblems } from '../../support/content-files';
import { makeGuideSchema } from '../../../src/schemas/guide';
import { checkLinks, formatLinkError } from '../../../src/lib/link-check';

// Content mistakes as an editor might make them in content/guides/what-is-iop.mdx.
// Each must stop the build, or `npm test`, and say which file and which field.
const FILE = 'content/guides/what-is-iop.mdx';

describe('a real build with a content mistake', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'iop-build-errors-'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  // One full build (about 30 s): the others below check the same messages
  // with the functions the build runs, without building.
  it('fails on a broken frontmatter field, naming the file and the field, and leaves dist/ untouched', () => {
    const content = join(work, 'content');
    cpSync(CONTENT, content, { recursive: true });
    const file = join(content, 'guides/what-is-iop.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^description: .*$/m, `description: ${'too long '.repeat(30)}`));
    const published = join(work, 'dist');
    mkdirSync(published, { recursive: true });
    writeFileSync(join(published, 'index.html'), 'last good build');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), OUT_DIR: published, STAGING_DIR: join(work, 'staging') },
    });
    const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
    expect(run.status).toBe(1);
    expect(output).toContain('guides/what-is-iop.mdx');
    expect(output).toMatch(/description: Too big: expected string to have <=160 characters/);
    // Astro stopped in its staging folder; the last good build is still what is published.
    expect(readFileSync(join(published, 'index.html'), 'utf8')).toBe('last good build');
  }, 300_000);
});

describe('the same checks, without a build', () => {
  const guide = readMdx('guides').find((g) => g.file === FILE)!;
  const schemaIssues = (edit: (frontmatter: any) => void) => {
    const frontmatter = structuredClone(guide.frontmatter);
    edit(frontmatter);
    const r = makeGuideSchema(existingGuideName).safeParse(frontmatter);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('a source on a site that is not authoritative fails the schema, naming the field', () => {
    const found = schemaIssues((f) => (f.sources[0].url = 'https://www.zlibrary.cc/dl/tip47'));
    expect(found).toEqual([expect.stringMatching(/^sources\.0\.url: must be an https link on an authoritative domain/)]);
  });

  it('a related guide that does not exist fails the schema, naming the field', () => {
    const found = schemaIssues((f) => f.related.unshift('no-such-guide'));
    expect(found).toEqual(['related.0: there is no guide "no-such-guide": no file content/guides/no-such-guide.mdx']);
  });

  it('a citation of a source the guide does not list is caught', () => {
    const body = guide.body.replace(/<Cite id="[^"]+" \/>/, '<Cite id="made-up" />');
    expect(citationProblems({ ...guide, body }).unknown).toEqual(['made-up']);
  });

  it('a dead internal link fails the link check, naming the file and the link', () => {
    const errors = checkLinks([{ path: '/guides/what-is-iop/', ids: new Set(), links: ['/guides/no-such-guide/'] }]);
    expect(errors.map(formatLinkError)).toEqual([`${FILE}: link "/guides/no-such-guide/" on /guides/what-is-iop/ leads to no page`]);
  });
});
