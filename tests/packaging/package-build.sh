#!/usr/bin/env bash
# CTest fixture: builds what the .deb holds, then the .deb itself with cpack.
# Usage: package-build.sh CMAKE CPACK BINARY_DIR OUT_DIR
set -euo pipefail
cmake=$1 cpack=$2 bin=$3 out=$4

"$cmake" --build "$bin" -j 2 --target imageprep imageprep-cli imageprep_desktop_files
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$bin/CPackConfig.cmake" -B "$out"
debs=("$out"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one .deb in $out, found: ${debs[*]}"; exit 1; }
echo "built ${debs[0]} ($(stat -c %s "${debs[0]}") bytes)"
