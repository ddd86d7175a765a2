#!/usr/bin/env bash
# Benchmark: opening and inspecting an image with imageprep, beside a bare
# guestfish session doing the same launch + inspection, and imageprep's peak
# memory on a 2 GiB and a 20 GiB sparse image. Prints figures; asserts nothing.
#
#   benchmarks/inspect.sh [BUILD_DIR]      (default: build)
#
# Targets (issue "Foundation"): imageprep open+inspect at most 1.2x the bare
# guestfish run; peak memory the same for 2 and 20 GiB (within 10 %).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
cli="$build/app/imageprep-cli"
[ -x "$cli" ] || { echo "build imageprep-cli first ($cli)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LIBGUESTFS_BACKEND_SETTINGS="${LIBGUESTFS_BACKEND_SETTINGS-force_tcg}"

"$root/tests/fixtures/make-guests.sh" "$work/fx" debian >/dev/null
# The same guest on 2 GiB and 20 GiB sparse disks.
qemu-img convert -O qcow2 "$work/fx/debian.qcow2" "$work/debian-2g.qcow2"
qemu-img resize -q "$work/debian-2g.qcow2" 2G
qemu-img convert -O qcow2 "$work/fx/debian.qcow2" "$work/debian-20g.qcow2"
qemu-img resize -q "$work/debian-20g.qcow2" 20G

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

runs=${RUNS:-3}
echo "imageprep inspect benchmark ($runs runs each, LIBGUESTFS_BACKEND_SETTINGS=$LIBGUESTFS_BACKEND_SETTINGS, $(nproc) cores)"
best_ip=999999; best_gf=999999
for i in $(seq "$runs"); do
    gf=$(secs guestfish --ro -a "$work/debian-2g.qcow2" run : inspect-os : inspect-get-distro /dev/sda1 : inspect-get-major-version /dev/sda1 : inspect-list-applications2 /dev/sda1)
    ip=$(secs "$cli" -q inspect --json "$work/debian-2g.qcow2")
    echo "  run $i: guestfish launch+inspect ${gf}s   imageprep open+inspect ${ip}s"
    best_gf=$(echo "if ($gf < $best_gf) $gf else $best_gf" | bc)
    best_ip=$(echo "if ($ip < $best_ip) $ip else $best_ip" | bc)
done
echo "best: guestfish ${best_gf}s, imageprep ${best_ip}s, ratio $(echo "scale=2; $best_ip / $best_gf" | bc) (target <= 1.2)"

"$cli" -q inspect --json "$work/debian-2g.qcow2" | python3 -c 'import json,sys; s=json.load(sys.stdin)["session"]; print("imageprep phases: open %d ms, appliance launch %d ms, inspection %d ms" % (s["openMs"], s["launchMs"], s["inspectMs"]))'

peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }
m2=$(peak "$cli" -q inspect "$work/debian-2g.qcow2")
m20=$(peak "$cli" -q inspect "$work/debian-20g.qcow2")
echo "peak RSS of imageprep-cli inspect: 2 GiB ${m2} KiB, 20 GiB ${m20} KiB, difference $(echo "scale=1; 100 * ($m20 - $m2) / $m2" | bc) % (target within 10 %)"
