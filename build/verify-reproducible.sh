#!/usr/bin/env bash
# Proves that the container build is reproducible: it builds the bundle stage of Dockerfile.build
# twice without cache and fails unless both exported trees, app.asar included, are
# byte-identical, with the same permissions and file times.
#
# Runs as root on Debian. It installs podman, debootstrap and runc when they are missing, sets
# the podman engine options this project needs in /etc/containers/containers.conf, and makes the
# Debian base image with debootstrap once (later runs reuse it).
#
# Env:
#   TRAYCAST_FULL_PACKAGE=1  also builds the release stage (electron-builder) twice and compares
#                            SHA256SUMS. Needs internet: Electron and electron-builder's tools
#                            are downloaded from GitHub.
#   TRAYCAST_CA_BUNDLE       CA bundle handed to the build as the secret "ca" (default: the
#                            system bundle /etc/ssl/certs/ca-certificates.crt when it exists)
#   TRAYCAST_BASE_IMAGE      base image (default localhost/traycast-base:bookworm, made here)
#   TRAYCAST_VERIFY_LOG      log file for the full build output
#                            (default /var/tmp/traycast-verify-reproducible.log)
#   SOURCE_DATE_EPOCH        overrides the last commit's time
#
# Prints a short summary whose last line is `reproducible-bundle: identical <sha256>`, the hash
# of the bundle tree archived with sorted names and numeric owners.
set -euo pipefail
# Command substitutions stop on errors too.
shopt -s inherit_errexit

project_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base_image=${TRAYCAST_BASE_IMAGE:-localhost/traycast-base:bookworm}
log_file=${TRAYCAST_VERIFY_LOG:-/var/tmp/traycast-verify-reproducible.log}
containers_conf=/etc/containers/containers.conf
current_step='starting'
log_started=0
script_start=$SECONDS

say() {
  echo "$*"
  echo "== $*" >>"$log_file"
}

on_exit() {
  local status=$?
  if ((status != 0)); then
    echo "FAILED during: $current_step (exit $status)." >&2
    if ((log_started)) && [[ -s $log_file ]]; then
      echo "Last lines of $log_file:" >&2
      tail -n 40 "$log_file" >&2
    fi
    if [[ -n ${work_dir:-} && -d $work_dir ]]; then
      echo "The exported trees are kept in $work_dir." >&2
    fi
    if [[ -n ${bundle_hash:-} ]]; then
      # The bundle proof had passed before the release stage failed.
      echo "reproducible-bundle: identical $bundle_hash"
      echo "reproducible-release: failed during $current_step" >&2
    else
      echo "reproducible-bundle: failed during $current_step" >&2
    fi
  fi
}
trap on_exit EXIT

# Runs a command with its output going to the log only.
logged() {
  "$@" >>"$log_file" 2>&1
}

require_root() {
  current_step='checking for root'
  if ((EUID != 0)); then
    echo "Run this as root: it installs packages, writes $containers_conf and runs podman." >&2
    exit 1
  fi
}

install_tools() {
  current_step='installing podman, debootstrap and runc'
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v runc >/dev/null || missing+=(runc)
  if ((${#missing[@]})); then
    say "installing ${missing[*]} with apt-get"
    logged apt-get update
    DEBIAN_FRONTEND=noninteractive logged apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

# Sets KEY = VALUE inside [SECTION] of a TOML file, leaving every other line as it is: it
# replaces the key's line (and the further lines of a multi-line array) when the section has
# the key, adds it at the end of the section when the section lacks it, and appends the section
# when the file lacks that.
set_toml_key() {
  local file=$1 section=$2 key=$3 value=$4
  local updated
  updated=$(mktemp)
  awk -v section="[$section]" -v key="$key" -v line="$key = $value" '
    function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
    /^[ \t]*\[/ {
      if (in_section && !done) { print line; done = 1 }
      in_section = (trim($0) == section)
      if (in_section) seen = 1
      print
      next
    }
    skipping { if ($0 ~ /\]/) skipping = 0; next }
    in_section && !done && $0 ~ "^[ \t]*" key "[ \t]*=" {
      print line
      done = 1
      # An array value may go on over several lines: drop them up to its closing bracket.
      value_start = substr($0, index($0, "=") + 1)
      if (value_start ~ /^[ \t]*\[/ && value_start !~ /\]/) skipping = 1
      next
    }
    { print }
    END {
      if (in_section && !done) { print line; done = 1 }
      if (!seen) { print ""; print section; print line }
    }
  ' "$file" >"$updated"
  if ! cmp -s "$file" "$updated"; then
    say "setting $key in [$section] of $file"
    cat "$updated" >"$file"
  fi
  rm -f "$updated"
}

configure_podman() {
  current_step="writing $containers_conf"
  mkdir -p "$(dirname "$containers_conf")"
  touch "$containers_conf"
  set_toml_key "$containers_conf" containers default_ulimits \
    '["nofile=20000:20000", "nproc=32768:32768"]'
  set_toml_key "$containers_conf" engine runtime '"runc"'
}

tree_hash() {
  bash "$project_root/build/container/tree-hash.sh" "$1"
}

# Builds one target of Dockerfile.build without cache and exports its files to a folder, then
# removes the image the build left. --layers=false keeps podman from storing a layer per step.
# Sets build_seconds to the time it took.
build_and_export() {
  local target=$1 dest=$2
  local started=$SECONDS
  local image_id_file="$work_dir/$target.iid"
  local args=(
    build --no-cache --layers=false
    --file "$project_root/Dockerfile.build"
    --target "$target"
    --build-arg "BASE_IMAGE=$base_image"
    --build-arg "SOURCE_DATE_EPOCH=$source_date_epoch"
    --iidfile "$image_id_file"
    --output "type=local,dest=$dest"
  )
  if [[ -n $ca_bundle ]]; then
    args+=(--secret "id=ca,src=$ca_bundle")
  fi
  logged podman "${args[@]}" "$project_root"
  logged podman rmi "$(cat "$image_id_file")" || echo "could not remove image $(cat "$image_id_file")" >>"$log_file"
  build_seconds=$((SECONDS - started))
}

compare_trees() {
  local first=$1 second=$2
  if ! diff -r --no-dereference "$first" "$second" >>"$log_file" 2>&1; then
    echo "The two builds differ in content (diff -r output is in $log_file)." >&2
    return 1
  fi
  if ! diff <(cd "$first" && find . -mindepth 1 -printf '%P %M %T@ %s\n' | LC_ALL=C sort) \
    <(cd "$second" && find . -mindepth 1 -printf '%P %M %T@ %s\n' | LC_ALL=C sort) >>"$log_file"; then
    echo "The two builds differ in permissions or file times (listed in $log_file)." >&2
    return 1
  fi
}

verify_bundle() {
  local first_hash second_hash
  for run in 1 2; do
    current_step="building the bundle stage, run $run of 2"
    say "$current_step"
    build_and_export bundle-files "$work_dir/bundle-$run"
    say "  bundle build $run: ${build_seconds}s"
  done

  current_step='comparing the two bundle trees'
  first_hash=$(tree_hash "$work_dir/bundle-1")
  second_hash=$(tree_hash "$work_dir/bundle-2")
  say "  bundle tree 1: $first_hash"
  say "  bundle tree 2: $second_hash"
  say "  app.asar 1:    $(sha256sum <"$work_dir/bundle-1/app.asar" | cut -d' ' -f1)"
  say "  app.asar 2:    $(sha256sum <"$work_dir/bundle-2/app.asar" | cut -d' ' -f1)"
  say "  app.asar size: $(stat -c %s "$work_dir/bundle-1/app.asar") bytes"
  compare_trees "$work_dir/bundle-1" "$work_dir/bundle-2"
  if [[ $first_hash != "$second_hash" ]]; then
    echo 'The two bundle trees archive to different hashes.' >&2
    return 1
  fi
  bundle_hash=$first_hash
}

verify_release() {
  for run in 1 2; do
    current_step="building the release stage (electron-builder), run $run of 2"
    say "$current_step"
    build_and_export release "$work_dir/release-$run"
    say "  release build $run: ${build_seconds}s"
  done

  current_step='comparing the two release SHA256SUMS'
  say "  SHA256SUMS 1: $(sha256sum <"$work_dir/release-1/SHA256SUMS" | cut -d' ' -f1)"
  say "  SHA256SUMS 2: $(sha256sum <"$work_dir/release-2/SHA256SUMS" | cut -d' ' -f1)"
  if ! diff "$work_dir/release-1/SHA256SUMS" "$work_dir/release-2/SHA256SUMS" >>"$log_file"; then
    echo "The two release builds made different installers (diff of SHA256SUMS in $log_file)." >&2
    return 1
  fi
  say "reproducible-release: identical $(sha256sum <"$work_dir/release-1/SHA256SUMS" | cut -d' ' -f1)"
}

require_root
: >"$log_file"
log_started=1
say "log: $log_file"
install_tools
configure_podman

current_step="making the base image $base_image"
if [[ -z ${TRAYCAST_BASE_IMAGE:-} ]]; then
  if podman image exists "$base_image"; then
    say "base image $base_image: reused"
  else
    base_started=$SECONDS
    logged bash "$project_root/build/container/base-image.sh" "$base_image"
    say "base image $base_image: made with debootstrap in $((SECONDS - base_started))s"
  fi
elif ! podman image exists "$base_image"; then
  echo "The base image $base_image given in TRAYCAST_BASE_IMAGE is not in podman's storage." >&2
  exit 1
fi

current_step='reading the last commit time'
source_date_epoch=${SOURCE_DATE_EPOCH:-$(git -C "$project_root" log -1 --format=%ct)}
say "SOURCE_DATE_EPOCH=$source_date_epoch"

ca_bundle=${TRAYCAST_CA_BUNDLE:-}
if [[ -z $ca_bundle && -f /etc/ssl/certs/ca-certificates.crt ]]; then
  ca_bundle=/etc/ssl/certs/ca-certificates.crt
fi

work_dir=$(mktemp -d /var/tmp/traycast-verify.XXXXXX)
bundle_hash=''
build_seconds=0
verify_bundle
if [[ ${TRAYCAST_FULL_PACKAGE:-} == 1 ]]; then
  verify_release
fi
rm -rf "$work_dir"

say "total: $((SECONDS - script_start))s"
echo "reproducible-bundle: identical $bundle_hash"
