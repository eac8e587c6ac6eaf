#!/usr/bin/env bash
# Runs electron-builder on dist/bundle/app for the given targets and collects the installers and
# their SHA256SUMS in dist/release. Runs inside the container's package stage, after the
# bundle stage has made dist/bundle.
#
# Usage: build/container/package.sh TARGETS   (comma-separated: linux, win, mac or all)
# Env:   SOURCE_DATE_EPOCH (required) becomes the time of every packaged file
set -euo pipefail

targets=${1:-linux}
: "${SOURCE_DATE_EPOCH:?SOURCE_DATE_EPOCH must be set to the last commit time in seconds}"
export SOURCE_DATE_EPOCH

builder_args=()
IFS=',' read -ra requested <<<"$targets"
for target in "${requested[@]}"; do
  case "$target" in
    linux) builder_args+=(--linux AppImage deb rpm) ;;
    win) builder_args+=(--win nsis) ;;
    # Only the x64 zip: fusing the arm64 macOS binary voids its signature, which only macOS
    # can restore (see build/fuses.ts).
    mac) builder_args+=(--mac zip --x64) ;;
    all) builder_args+=(--linux AppImage deb rpm --win nsis --mac zip --x64) ;;
    *)
      echo "Unknown target \"$target\": use linux, win, mac or all, separated by commas." >&2
      exit 2
      ;;
  esac
done

test -f dist/bundle/app.asar || {
  echo 'dist/bundle is missing: run build/bundle-app.ts first.' >&2
  exit 1
}

rm -rf release dist/release
npx electron-builder --config build/electron-builder.config.ts --publish never "${builder_args[@]}"

# electron-builder packs the same folder as build/bundle-app.ts, so the app.asar it made must be
# byte-identical to the reproducible one from the bundle stage.
while IFS= read -r -d '' packed_asar; do
  if ! cmp -s "$packed_asar" dist/bundle/app.asar; then
    echo "$packed_asar differs from dist/bundle/app.asar" >&2
    exit 1
  fi
done < <(find release -name app.asar -print0)

# The afterAllArtifactBuild hook (build/pack-hooks.ts) wrote release/SHA256SUMS listing the
# installers, so exactly those files are collected.
if [[ ! -s release/SHA256SUMS ]]; then
  echo 'electron-builder made no installer files (release/SHA256SUMS is missing or empty).' >&2
  exit 1
fi
mkdir -p dist/release
cp release/SHA256SUMS dist/release/
while IFS= read -r line; do
  cp "release/${line#*  }" dist/release/
done <release/SHA256SUMS

cd dist/release
sha256sum --check --quiet SHA256SUMS
chmod 644 ./*
touch --no-dereference --date="@${SOURCE_DATE_EPOCH}" ./* .
cat SHA256SUMS
