import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_ELEMENT_OVERRIDES } from '../../../../src/lib/markdown/element-overrides';

const PAGE = resolve(import.meta.dirname, '../../../../src/pages/guides/[slug].astro');

describe('MDX elements a guide renders with its own components', () => {
  it('are all kept out of MDX optimize, or their components would be skipped', () => {
    const components = /<Content components=\{\{([^}]*)\}\}/.exec(readFileSync(PAGE, 'utf8'))?.[1];
    expect(components, 'the guide page passes components to <Content />').toBeDefined();
    // Lower-case keys are HTML elements (`table: ScrollTable`); capitalised ones are MDX components.
    const elements = [...components!.matchAll(/(?:^|,)\s*([a-z][a-z0-9]*)\s*:/g)].map((m) => m[1]);
    expect(elements.length).toBeGreaterThan(0);
    expect([...elements].sort()).toEqual([...MDX_ELEMENT_OVERRIDES].sort());
  });
});
