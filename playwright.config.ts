import { defineConfig, devices } from '@playwright/test';

// Our own port, so tests never talk to whatever else uses 4321 on a shared
// machine. If it is busy, Playwright stops with "… is already used" rather
// than testing someone else's server.
const PORT = Number(process.env.TEST_PORT ?? 4387);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Two cores on CI machines: one worker each.
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    launchOptions: {
      // Debian's Chromium (see scripts/ensure-chromium.sh); unset on a laptop
      // with Playwright's own browsers.
      ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The binary itself, not npx, so the server stops with the tests.
    // --ignore-lock: a developer may have `npm start` serving this checkout too.
    command: `node_modules/.bin/astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
