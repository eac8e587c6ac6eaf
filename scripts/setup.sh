#!/usr/bin/env bash
# Prepares a fresh clone: Node.js 22.12 or newer (installed into .cache/node when the machine's
# is older) and the exact dependencies from package-lock.json. With --tests it also makes sure
# that Debian's Chromium is present for the renderer tests, installing it when run as root.
set -euo pipefail

project_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$project_root"

with_tests=0
for argument in "$@"; do
  case "$argument" in
    --tests) with_tests=1 ;;
    *)
      echo "Unknown option: $argument. Usage: scripts/setup.sh [--tests]" >&2
      exit 2
      ;;
  esac
done

node_dir=$(scripts/ensure-node.sh)
export PATH="$node_dir:$PATH"
echo "Using Node.js $(node --version) from $node_dir"

npm ci --no-audit --no-fund

if [[ "$with_tests" -eq 1 ]]; then
  chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [[ ! -x "$chromium_path" ]]; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's chromium for the renderer tests"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "Chromium was not found at $chromium_path." >&2
      echo "Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
      exit 1
    fi
  fi
  echo "Using $("$chromium_path" --version 2>/dev/null)"
fi
