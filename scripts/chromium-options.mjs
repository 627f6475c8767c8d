// The one set of Chromium options for everything here that starts a browser
// (the benchmark, Lighthouse, the browser tests): Debian's Chromium when
// CHROMIUM_PATH names it (scripts/ensure-chromium.sh), else Playwright's own.
// No sandbox (containers run as root), no GPU, and none of Chromium's own
// background traffic, which would skew timings and byte counts.

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Options for Playwright's `chromium.launch()`. */
export function chromiumLaunchOptions() {
  return { ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}), args: [...CHROMIUM_ARGS] };
}
