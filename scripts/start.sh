#!/usr/bin/env bash
# `npm start`: install what is missing, build the site, and serve it locally.
source "$(dirname "$0")/env.sh"
ensure_deps
cd "$ROOT"
node scripts/build.mjs
PORT="${PORT:-4321}"
# The same static server the tests and the bench use (gzip, _headers).
exec node scripts/static-server.mjs dist "$PORT"
