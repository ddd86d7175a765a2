#!/usr/bin/env bash
# Generates the practice guest (once) and runs the gui-stall benchmark on it,
# offscreen, in software emulation (as the tests do). Prints the longest GUI
# event-loop stall; the target is under 50 ms.
#   benchmarks/gui-stall.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
fixtures="$build/fixtures/gui"
export LIBGUESTFS_BACKEND_SETTINGS="${LIBGUESTFS_BACKEND_SETTINGS:-force_tcg}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cmake --build "$build" --target gui-stall >/dev/null
"$root/tests/fixtures/make-guests.sh" "$fixtures" debian-defects
exec "$build/tests/gui/gui-stall" "$fixtures/debian-defects.qcow2"
