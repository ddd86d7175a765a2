#!/usr/bin/env bash
# Set up, build with warnings as errors, and run every test.
# Extra arguments go to ctest, e.g. "-L unit" for the fast tests only.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" ci
cd "$root"
ctest --preset ci "$@"
