#!/usr/bin/env bash
# Makes the Debian bookworm base image for Dockerfile.build with debootstrap and `podman import`
# (or `docker import`), once per machine: when the image already exists it is reused. Run as root.
#
# Usage: build/container/base-image.sh [IMAGE]   (default: localhost/traycast-base:bookworm)
# Env:   TRAYCAST_DEBIAN_MIRROR overrides the mirror; by default it is the first Debian URI in
#        this machine's apt sources, so debootstrap fetches from the mirror apt already uses.
#        CONTAINER_ENGINE is podman (default) or docker.
set -euo pipefail

image=${1:-localhost/traycast-base:bookworm}
engine=${CONTAINER_ENGINE:-podman}

if "$engine" image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image exists, reusing it"
  exit 0
fi

# Prints the first http(s) URI ending in /debian from the apt sources (deb822 or one-line form).
apt_debian_mirror() {
  local files=()
  [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
  compgen -G '/etc/apt/sources.list.d/*' >/dev/null && files+=(/etc/apt/sources.list.d/*)
  ((${#files[@]})) || return 0
  grep -hoE 'https?://[^ ]+/debian/?( |$)' "${files[@]}" 2>/dev/null |
    grep -v '^#' | head -n 1 | tr -d ' ' || true
}

mirror=${TRAYCAST_DEBIAN_MIRROR:-$(apt_debian_mirror)}
mirror=${mirror:-http://deb.debian.org/debian}

rootfs=$(mktemp -d /var/tmp/traycast-rootfs.XXXXXX)
trap 'rm -rf "$rootfs"' EXIT

echo "debootstrap bookworm (minbase) from $mirror into $rootfs"
debootstrap --variant=minbase bookworm "$rootfs" "$mirror"

# Leave no apt lists or caches behind: every stage runs apt-get update itself.
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb

tar --numeric-owner -C "$rootfs" -c . |
  "$engine" import --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
echo "imported base image $image"
