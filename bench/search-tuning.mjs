// `npm run bench -- --search-tuning`: what each search tuning
// (src/components/search/pagefind-tuning.ts, and the WebAssembly preload in
// search-boot.ts) gains today. A cold first search, timed from opening
// search to the first result, with every tuning on, then with each one off
// in turn; the variants take turns query by query, so a change in the
// machine's speed falls on all of them alike. A tuning whose gain stays
// within the noise is a candidate for removal (see pagefind-tuning.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, timeSearchInPage, withSiteInChromium } from './search.mjs';

const golden = JSON.parse(readFileSync(resolve(import.meta.dirname, '../tests/fixtures/search-golden.json'), 'utf8'));

/** Turned off through `window.iopSearchTuningOff`, read by pagefind-tuning.ts. */
const IN_TUNING_MODULE = ['warm-segmenter', 'result-cache'];
export const VARIANTS = ['all on', ...IN_TUNING_MODULE, 'wasm-preload'];

/** Runs before the page's scripts: drops search-boot.ts's <link rel=preload> for Pagefind's WebAssembly. */
function dropWasmPreload() {
  const append = Element.prototype.append;
  Element.prototype.append = function (...nodes) {
    return append.apply(this, nodes.filter((n) => !(n instanceof HTMLLinkElement && n.rel === 'preload' && n.href.endsWith('.pagefind'))));
  };
}

/**
 * How the page is run. `phone`: Lighthouse's mobile figures (4x slower CPU,
 * 150 ms round trips, 1.6 Mbit/s down), where a tuning that saves a round
 * trip or a pause on the main thread should show most.
 */
const PROFILES = {
  desktop: null,
  phone: { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
};

export function measureSearchTuning(dist, { queries = golden.queries.slice(0, 10).map((g) => g.q), rounds = 2, page: start = '/guides/what-is-iop/', profile = 'desktop' } = {}) {
  const slow = PROFILES[profile];
  return withSiteInChromium(dist, async (origin, browser) => {
    const times = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        for (const variant of VARIANTS) {
          // Service worker blocked: a cold search, every time (see measureSearch).
          const context = await browser.newContext({ serviceWorkers: 'block' });
          if (variant === 'wasm-preload') await context.addInitScript(dropWasmPreload);
          else if (variant !== 'all on') await context.addInitScript((off) => (window.iopSearchTuningOff = [off]), variant);
          const page = await context.newPage();
          if (slow) {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow.cpu });
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: slow.latency, downloadThroughput: slow.down, uploadThroughput: slow.up });
          }
          await page.goto(`${origin}${start}`, { waitUntil: 'networkidle' });
          times[variant].push((await page.evaluate(timeSearchInPage, q)).fromOpen);
          await context.close();
        }
      }
    }
    const base = median(times['all on']);
    return {
      profile,
      samples: rounds * queries.length,
      variants: VARIANTS.map((variant) => ({ variant, medianMs: median(times[variant]), gainMs: median(times[variant]) - base })),
    };
  });
}
