#!/usr/bin/env bash
# Prints the SHA-256 of a folder's contents archived with sorted names, numeric owner 0 and the
# files' own modes and times: equal hashes mean equal bytes, paths, permissions and file times.
# The folder's own entry is left out, so where the folder sits does not matter.
#
# Usage: build/container/tree-hash.sh DIR
set -euo pipefail
cd "$1"
find . -mindepth 1 -printf '%P\n' | LC_ALL=C sort |
  tar --no-recursion --format=gnu --owner=0 --group=0 --numeric-owner -T - -cf - |
  sha256sum | cut -d' ' -f1
