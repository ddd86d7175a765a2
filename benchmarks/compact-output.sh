#!/usr/bin/env bash
# How compact is the image `fix` writes? Compares OUT's size on disk with
# what virt-sparsify makes of the same OUT (the reference for "only used
# blocks"), and prints the input's size for scale.
#
#   benchmarks/compact-output.sh [IMAGE [OUT]] [BUILD_DIR]
#
# IMAGE defaults to the plain Debian 12 image of tests/fixtures/make-debian12.sh
# in BUILD_DIR/fixtures (build it with `ctest -R make_debian12_plain`). When
# OUT exists it is measured as it is (for example the slow test's
# debian12-fixed-by-imageprep.qcow2); otherwise `imageprep-cli fix IMAGE -o
# OUT --yes` writes it first (needs the Debian mirror inside the appliance).
# Target (issue 13): OUT within 5 % of virt-sparsify's output.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
build="${3:-$here/build}"
image="${1:-$build/fixtures/debian12.qcow2}"
out="${2:-$build/fixtures/debian12-fixed-by-imageprep.qcow2}"
cli="$build/app/imageprep-cli"
export LIBGUESTFS_BACKEND_SETTINGS="${LIBGUESTFS_BACKEND_SETTINGS:-force_tcg}"

[ -f "$image" ] || { echo "no $image (ctest -R make_debian12_plain)" >&2; exit 2; }
command -v virt-sparsify >/dev/null || { echo "virt-sparsify is missing (guestfs-tools)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f "$out" ]; then
    [ -x "$cli" ] || { echo "build imageprep-cli first ($cli)" >&2; exit 2; }
    out="$work/out.qcow2"
    start=$SECONDS
    "$cli" fix "$image" -o "$out" --yes > "$work/fix.log" 2>&1 || { tail -n 30 "$work/fix.log" >&2; exit 1; }
    echo "fix: $((SECONDS - start)) s"
fi

mib() { echo "scale=1; $(du -B1 "$1" | cut -f1) / 1048576" | bc; }
start=$SECONDS
virt-sparsify --quiet --format qcow2 --convert qcow2 "$out" "$work/sparsified.qcow2"
echo "virt-sparsify: $((SECONDS - start)) s"
in_mib=$(mib "$image")
out_mib=$(mib "$out")
ref_mib=$(mib "$work/sparsified.qcow2")
ratio=$(echo "scale=3; $out_mib / $ref_mib" | bc)
echo "input IMAGE on disk:          $in_mib MiB"
echo "fix OUT on disk:              $out_mib MiB"
echo "virt-sparsify of OUT on disk: $ref_mib MiB"
echo "OUT / virt-sparsify:          $ratio (target <= 1.05)"
