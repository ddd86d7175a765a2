#!/usr/bin/env bash
# Set up, build with warnings as errors, and run every test; then, for the
# whole suite (no arguments), the unit tests and fuzz targets again under the
# sanitizers (scripts/test-asan.sh, at the lowest priority beside the suite;
# IMAGEPREP_SANITIZERS=0 skips that stage).
# Extra arguments go to ctest, e.g. "-L unit" for the fast tests only.
# Tests run two at a time (IMAGEPREP_TEST_JOBS): most of them wait on one
# single-threaded emulated appliance, so a second core otherwise idles.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" ci
cd "$root"
status=0
# The sanitizer stage runs beside the suite at the lowest CPU priority: most
# suite tests wait on one emulated appliance, a download or a boot, and the
# stage's build and unit tests use the cycles they leave (at the end, while
# the longest test runs alone, a whole core). Its output follows the suite's.
asan_pid=
asan_log="$root/build/sanitizer-stage.log"
if [ $# -eq 0 ] && [ "${IMAGEPREP_SANITIZERS:-1}" != 0 ]; then
    nice -n 19 "$root/scripts/test-asan.sh" > "$asan_log" 2>&1 &
    asan_pid=$!
fi
ctest --preset ci --parallel "${IMAGEPREP_TEST_JOBS:-2}" "$@" || status=$?
if [ -n "$asan_pid" ]; then
    echo "== sanitizer stage (scripts/test-asan.sh) =="
    asan_status=0
    wait "$asan_pid" || asan_status=$?
    cat "$asan_log"
    [ "$asan_status" -eq 0 ] || status=$asan_status
fi
exit $status
