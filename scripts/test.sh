#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest.
#   1. type check (astro check) and unit tests (Vitest, no build), side by side
#   2. build (with its own checks)  3. build tests (Vitest over dist/, no browser)
#   4. browser tests (Playwright + axe in Chromium)
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
# The type check runs on one core while the unit tests use both: side by
# side they take about 20 s less than one after the other. Its report is
# printed when the unit tests are done.
step "Type check and unit tests, side by side"
check_log="$(mktemp)"
node_modules/.bin/astro check >"$check_log" 2>&1 &
check_pid=$!
units=0
node_modules/.bin/vitest run --project unit || units=$?
checked=0
wait "$check_pid" || checked=$?
printf '\n\033[1m▶ Type check (astro check) report\033[0m\n'
cat "$check_log"
rm -f "$check_log"
[ "$checked" = 0 ] || { echo "Type check failed." >&2; exit "$checked"; }
[ "$units" = 0 ] || { echo "Unit tests failed." >&2; exit "$units"; }
step "Build"
node scripts/build.mjs
step "Build tests (the built files, no browser)"
node_modules/.bin/vitest run --project build
step "Browser tests (Chromium: ${CHROMIUM_PATH:-Playwright default})"
node_modules/.bin/playwright test "$@"
