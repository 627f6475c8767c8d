# shellcheck shell=bash
# Sourced by scripts/test.sh and .ci/run. Finds a Chromium for Playwright and
# exports CHROMIUM_PATH, installing one when needed:
# - CHROMIUM_PATH already set: used as is;
# - Debian/Ubuntu's /usr/bin/chromium (installed with apt-get when we are root
#   and it is missing: CI machines and this project's dev boxes);
# - otherwise Playwright's own managed browser (a developer laptop).
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  :
elif [ -x /usr/bin/chromium ]; then
  export CHROMIUM_PATH=/usr/bin/chromium
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "› Installing Chromium with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  export CHROMIUM_PATH=/usr/bin/chromium
else
  echo "› No system Chromium: using Playwright's browser (npx playwright install chromium)" >&2
  (cd "$ROOT" && npx playwright install chromium) >&2 || {
    echo "error: no Chromium found. Install one, or set CHROMIUM_PATH to its executable." >&2
    exit 1
  }
fi
