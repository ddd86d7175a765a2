#!/usr/bin/env bash
# Set up, build and start the wizard. With no IMAGE, a small practice guest
# is generated first (one libguestfs appliance launch, about a minute).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" default

image="${1:-}"
if [ -z "$image" ]; then
    image="$root/build/sample/sample-debian.qcow2"
    if [ ! -f "$image" ]; then
        "$root/tests/fixtures/make-guests.sh" "$root/build/sample" debian >/dev/null
        mv "$root/build/sample/debian.qcow2" "$image"
    fi
fi
exec "$root/build/app/imageprep" "$image"
