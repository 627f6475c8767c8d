// Takes phone and desktop screenshots, light and dark, of the given paths
// from a running server, so people can look at what they build.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:4387 out-dir /path/ [/other/ ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium-options.mjs';

const [base, out, ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of paths) {
  for (const [name, viewport] of [['phone', { width: 375, height: 800 }], ['desktop', { width: 1280, height: 900 }]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(base + path);
      const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(file);
    }
  }
}
await browser.close();
