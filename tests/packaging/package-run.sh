#!/usr/bin/env bash
# Extracts the .deb into a scratch root and runs the programs from there:
# the version, and the help in Simplified Chinese from the embedded translations.
# Usage: package-run.sh DEB_DIR VERSION
set -euo pipefail
dir=$1 version=$2
deb=$dir/imageprep_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { echo "FAIL: $deb is missing"; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
cli=$root/usr/bin/imageprep-cli
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# The locale must not pick the language; --lang does.
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen

out=$("$cli" --version) || fail "imageprep-cli --version exited with $?"
[ "$out" = "imageprep-cli $version" ] || fail "imageprep-cli --version printed '$out', not 'imageprep-cli $version'"
echo "$out"
out=$("$root/usr/bin/imageprep" --version) || fail "imageprep --version exited with $?"
[ "$out" = "imageprep $version" ] || fail "imageprep --version printed '$out', not 'imageprep $version'"

# Translations travel inside the programs: the package holds no .qm files.
find "$root" -name '*.qm' | grep . && fail ".qm files in the package; translations should be embedded"

en=$("$cli" --help) || fail "imageprep-cli --help exited with $?"
zh=$("$cli" --lang zh_CN --help) || fail "imageprep-cli --lang zh_CN --help exited with $?"
echo "--- imageprep-cli --lang zh_CN --help"
echo "$zh"
echo "---"
grep -q 'Usage: imageprep-cli' <<<"$en" || fail "the English help has no usage line"
grep -qP '[\x{4E00}-\x{9FFF}]' <<<"$en" && fail "the help under the C locale is not English"
usage=$(head -n 1 <<<"$zh")
grep -qP '[\x{4E00}-\x{9FFF}]' <<<"$usage" || fail "the usage line of --lang zh_CN --help has no Chinese: '$usage'"

[ $failures -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "PASS"
