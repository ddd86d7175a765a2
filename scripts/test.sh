#!/usr/bin/env bash
# Set up, build with warnings as errors, and run every test; then, for the
# whole suite (no arguments), the unit tests and fuzz targets again under the
# sanitizers (scripts/test-asan.sh; IMAGEPREP_SANITIZERS=0 skips that stage).
# Extra arguments go to ctest, e.g. "-L unit" for the fast tests only.
# Tests run two at a time (IMAGEPREP_TEST_JOBS): most of them wait on one
# single-threaded emulated appliance, so a second core otherwise idles.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" ci
cd "$root"
status=0
ctest --preset ci --parallel "${IMAGEPREP_TEST_JOBS:-2}" "$@" || status=$?
if [ $# -eq 0 ] && [ "${IMAGEPREP_SANITIZERS:-1}" != 0 ]; then
    "$root/scripts/test-asan.sh" || status=$?
fi
exit $status
