#!/usr/bin/env bash
# `npm start`: install what is missing, build the site, and serve it locally.
source "$(dirname "$0")/env.sh"
ensure_deps
cd "$ROOT"
node scripts/build.mjs
PORT="${PORT:-4321}"
echo "› Serving the built site at http://localhost:${PORT}/ (Ctrl+C to stop)"
exec node_modules/.bin/astro preview --port "$PORT" --host
