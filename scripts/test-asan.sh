#!/usr/bin/env bash
# The sanitizer stage of the test suite: builds core, the CLI, the unit tests
# and the libFuzzer targets with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer (preset "asan", folder build-asan), then runs the
# "unit" label under them: the unit tests and a bounded run of every fuzz
# target (IMAGEPREP_FUZZ_SECONDS each, default 20). Prints the build time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
start=$(date +%s)
cmake --preset asan -DIMAGEPREP_FUZZ_SECONDS="${IMAGEPREP_FUZZ_SECONDS:-20}" >/dev/null
# Only what the unit label runs: its test executables (named as their tests;
# tests that run a script have no target) and the CLI.
mapfile -t tests < <(ctest --test-dir build-asan -L unit -N | sed -n 's/^ *Test *#[0-9]*: *//p')
mapfile -t known < <(cmake --build build-asan --target help | sed -n 's/^\([A-Za-z0-9_.-]*\): .*/\1/p')
# A lookup table, not "printf | grep -q" per test: under pipefail, grep -q
# exiting at its first match can kill printf with SIGPIPE, fail the pipeline
# and silently drop a test's target (its test then reports "Not Run").
declare -A isTarget=()
for k in "${known[@]}"; do isTarget[$k]=1; done
targets=()
for t in "${tests[@]}"; do
    [ -n "${isTarget[$t]:-}" ] && targets+=("$t")
done
cmake --build build-asan --parallel "$(nproc)" --target imageprep-cli "${targets[@]}"
echo "sanitizer stage: build took $(( $(date +%s) - start )) s; ctest reports the test time"
exec ctest --preset asan --parallel "$(nproc)"
