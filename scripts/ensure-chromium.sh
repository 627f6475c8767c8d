# shellcheck shell=bash
# Sourced by scripts/test.sh and .ci/run. Finds a Chromium for Playwright and
# exports CHROMIUM_PATH, installing one when needed:
# - CHROMIUM_PATH already set: used as is;
# - Debian's chromium-headless-shell: the same Chromium build without the
#   browser's own windows and UI, as Playwright runs by default for headless
#   tests; on this project's 2-core machine the browser tests take about half
#   the time they take with the full browser (docs/decisions/015-test-browser.md);
# - installed with apt-get when we are root (CI machines and this project's dev boxes);
# - else Debian/Ubuntu's full /usr/bin/chromium;
# - otherwise Playwright's own managed browser (a developer laptop).
SHELL_PATH=/usr/bin/chromium-headless-shell
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  :
elif [ -x "$SHELL_PATH" ]; then
  export CHROMIUM_PATH="$SHELL_PATH"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "› Installing Chromium (headless shell) with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell) >&2
  export CHROMIUM_PATH="$SHELL_PATH"
elif [ -x /usr/bin/chromium ]; then
  export CHROMIUM_PATH=/usr/bin/chromium
else
  echo "› No system Chromium: using Playwright's browser (npx playwright install chromium-headless-shell)" >&2
  (cd "$ROOT" && npx playwright install chromium-headless-shell) >&2 || {
    echo "error: no Chromium found. Install one, or set CHROMIUM_PATH to its executable." >&2
    exit 1
  }
fi
