#!/usr/bin/env bash
# Measures the container build of the bundle stage and writes the numbers into the "Container
# build" section of docs/benchmarks.md, replacing only that section.
#
# Measured:
#   - cold: build/verify-reproducible.sh, two builds with --no-cache and their comparison
#   - warm, nothing changed: a build with podman's layer cache filled by the build before it
#   - warm, bundle step re-run: the layer cache contains the toolchain and npm ci, and a different
#     SOURCE_DATE_EPOCH makes the bundle step run again, as a source change would
#   - app.asar size (target: under 2 MB)
#
# Runs as root, like build/verify-reproducible.sh. Env: TRAYCAST_CA_BUNDLE as there.
# Build output goes to /var/tmp/traycast-bench-container.log.
set -euo pipefail
# Command substitutions stop on errors too.
shopt -s inherit_errexit

project_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base_image=localhost/traycast-base:bookworm
log_file=/var/tmp/traycast-bench-container.log
benchmarks_doc="$project_root/docs/benchmarks.md"
work_dir=$(mktemp -d /var/tmp/traycast-bench.XXXXXX)
trap 'rm -rf "$work_dir"' EXIT
: >"$log_file"

ca_bundle=${TRAYCAST_CA_BUNDLE:-}
if [[ -z $ca_bundle && -f /etc/ssl/certs/ca-certificates.crt ]]; then
  ca_bundle=/etc/ssl/certs/ca-certificates.crt
fi
source_date_epoch=$(git -C "$project_root" log -1 --format=%ct)
# Other builds may share the machine, so the load average at the start goes with the numbers.
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

# Builds the bundle with podman's layer cache, exports it and prints the seconds it took.
cached_build() {
  local epoch=$1 dest=$2
  local started=$SECONDS
  local args=(
    build --layers
    --file "$project_root/Dockerfile.build"
    --target bundle-files
    --build-arg "BASE_IMAGE=$base_image"
    --build-arg "SOURCE_DATE_EPOCH=$epoch"
    --output "type=local,dest=$dest"
  )
  if [[ -n $ca_bundle ]]; then
    args+=(--secret "id=ca,src=$ca_bundle")
  fi
  podman "${args[@]}" "$project_root" >>"$log_file" 2>&1
  echo $((SECONDS - started))
}

tree_hash() {
  bash "$project_root/build/container/tree-hash.sh" "$1"
}

echo "cold: running build/verify-reproducible.sh"
verify_output=$(TRAYCAST_VERIFY_LOG="$work_dir/verify.log" bash "$project_root/build/verify-reproducible.sh")
cat "$work_dir/verify.log" >>"$log_file"
cold_first=$(sed -n 's/^  bundle build 1: \([0-9]*\)s$/\1/p' <<<"$verify_output")
cold_second=$(sed -n 's/^  bundle build 2: \([0-9]*\)s$/\1/p' <<<"$verify_output")
asar_bytes=$(sed -n 's/^  app.asar size: \([0-9]*\) bytes$/\1/p' <<<"$verify_output")
verify_total=$(sed -n 's/^total: \([0-9]*\)s$/\1/p' <<<"$verify_output")
cold_result=$(tail -n 1 <<<"$verify_output")
cold_hash=${cold_result##* }

echo "warm: filling the layer cache"
fill_seconds=$(cached_build "$source_date_epoch" "$work_dir/fill")
echo "warm: nothing changed"
warm_seconds=$(cached_build "$source_date_epoch" "$work_dir/warm")
echo "warm: bundle step re-run"
rerun_seconds=$(cached_build "$((source_date_epoch + 1))" "$work_dir/rerun")

warm_identical=no
[[ $(tree_hash "$work_dir/warm") == "$cold_hash" ]] && warm_identical=yes
fill_identical=no
[[ $(tree_hash "$work_dir/fill") == "$cold_hash" ]] && fill_identical=yes
rerun_same_content=no
diff -r "$work_dir/rerun" "$work_dir/warm" >/dev/null && rerun_same_content=yes

asar_kib=$(awk -v bytes="$asar_bytes" 'BEGIN { printf "%.1f", bytes / 1024 }')
section=$(
  cat <<EOF
## Container build

Measured by \`bench/container-build.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB of
memory, podman $(podman version --format '{{.Client.Version}}'), base image made with debootstrap, load average
$load_at_start at the start (a higher load means other work shared the machine). Every cold time includes the
downloads from the Debian mirror and the npm registry, so it varies with the network and load.

| what | value |
| --- | --- |
| app.asar size (target: under 2 MB) | $asar_bytes bytes ($asar_kib KiB) |
| bundle stage, cold (\`--no-cache\`), build 1 | ${cold_first} s |
| bundle stage, cold (\`--no-cache\`), build 2 | ${cold_second} s |
| cold builds 1 and 2 identical (tree and app.asar) | $([[ $cold_result == 'reproducible-bundle: identical '* ]] && echo yes || echo no) |
| \`build/verify-reproducible.sh\`, whole run with the base image cached | ${verify_total} s |
| bundle stage with layer cache, cache state left by earlier runs | ${fill_seconds} s |
| that build identical to the cold builds | $fill_identical |
| bundle stage, warm, nothing changed (every layer cached) | ${warm_seconds} s |
| that build identical to the cold builds | $warm_identical |
| bundle stage, warm, bundle step re-run on cached npm ci | ${rerun_seconds} s |
| that build's file contents equal to the cold builds (file times differ by design) | $rerun_same_content |

Bundle tree hash (sorted tar of the exported tree): \`$cold_hash\`.
EOF
)

# Replace the section from its heading up to the next level-2 heading, or append it.
mkdir -p "$(dirname "$benchmarks_doc")"
[[ -f $benchmarks_doc ]] || printf '# Benchmarks\n' >"$benchmarks_doc"
section_file="$work_dir/section.md"
printf '%s\n' "$section" >"$section_file"
awk -v section_file="$section_file" '
  function print_section() { while ((getline line < section_file) > 0) print line; printed = 1 }
  /^## Container build[ \t]*$/ { if (!printed) { print_section() } skipping = 1; next }
  skipping && /^## / { skipping = 0; print ""; }
  skipping { next }
  { print }
  END { if (!printed) { print ""; print_section() } }
' "$benchmarks_doc" >"$work_dir/benchmarks.md"
cp "$work_dir/benchmarks.md" "$benchmarks_doc"
# Biome formats Markdown too (it aligns tables), and the lint step of the tests checks that.
node_dir=$("$project_root/scripts/ensure-node.sh")
(cd "$project_root" && PATH="$node_dir:$PATH" npx biome format --write "$benchmarks_doc" >/dev/null 2>&1)

printf '%s\n' "$section"
