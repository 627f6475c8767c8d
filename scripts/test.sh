#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest.
#   1. type check (astro check)    2. unit tests (Vitest, no build)
#   3. build (with its own checks) 4. build tests (Vitest over dist/, no browser)
#   5. browser tests (Playwright + axe in Chromium)
source "$(dirname "$0")/env.sh"
ensure_deps
source "$ROOT/scripts/ensure-chromium.sh"
cd "$ROOT"
# Each step says how long the one before it took, so a slow tier shows.
started=$SECONDS
step() {
  [ -n "${current:-}" ] && printf '\033[2m  (%s: %d s)\033[0m\n' "$current" $((SECONDS - started))
  current="$1"; started=$SECONDS
  printf '\n\033[1m▶ %s\033[0m\n' "$1"
}
trap '[ -n "${current:-}" ] && printf "\033[2m  (%s: %d s; total %d s)\033[0m\n" "$current" $((SECONDS - started)) $SECONDS' EXIT
step "Type check"
node_modules/.bin/astro check
step "Unit tests"
node_modules/.bin/vitest run --project unit
step "Build"
node_modules/.bin/astro build
step "Build tests (the built files, no browser)"
node_modules/.bin/vitest run --project build
step "Browser tests (Chromium: ${CHROMIUM_PATH:-Playwright default})"
node_modules/.bin/playwright test "$@"
