import { defineConfig, devices } from '@playwright/test';
import { DIST } from './tests/support/site';
import { chromiumLaunchOptions } from './scripts/chromium-options.mjs';

// Our own port, so tests never talk to whatever else uses 4321 on a shared
// machine. If it is busy, Playwright stops with "… is already used" rather
// than testing someone else's server.
const PORT = Number(process.env.TEST_PORT ?? 4387);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Two cores on CI machines: one worker each.
  workers: 2,
  reporter: [['list']],
  // Generous: a timeout only ends a test that is failing anyway, and a loaded
  // machine (another build beside the tests) runs several times slower.
  timeout: 120_000,
  use: {
    // The offline copy is saved by a service worker that downloads the whole
    // site after a first visit: offline.spec.ts tests it; elsewhere it would
    // only add that download to every test (about a fifth of the suite's time).
    serviceWorkers: 'block',
    baseURL: BASE_URL,
    trace: 'off',
    // Debian's Chromium when CHROMIUM_PATH names it (scripts/ensure-chromium.sh); the one set of flags.
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The same static server as `npm start` and the bench: gzip and the
    // _headers file, as a static host serves the site. Started with node
    // itself, not npx, so it stops with the tests; it exits with EADDRINUSE
    // if the port is taken, and Playwright refuses a port that already answers.
    command: `node scripts/static-server.mjs "${DIST}" ${PORT}`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
