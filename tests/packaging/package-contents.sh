#!/usr/bin/env bash
# The .deb's control fields and files: both programs, the desktop entry, the
# metainfo, the icon in every hicolor size, the man page.
# Usage: package-contents.sh DEB_DIR VERSION APP_ID
set -euo pipefail
dir=$1 version=$2 id=$3
arch=$(dpkg --print-architecture)
deb=$dir/imageprep_${version}_${arch}.deb
[ -f "$deb" ] || { echo "FAIL: $deb is missing"; ls -l "$dir"; exit 1; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = imageprep ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = admin ] || fail "Section is '$(field Section)'"
[[ "$(field Maintainer)" =~ ^.+\ \<[^@\ ]+@[^\ ]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'name <address>'"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# By hand: the tools imageprep runs; by dpkg-shlibdeps: the libraries it links.
for d in libguestfs-tools qemu-utils libqt6core6 libqt6widgets6 libguestfs0 libc6; do
    [[ ",$depends," =~ [,\ ]$d[\ ,] ]] || fail "Depends lacks $d"
done
[[ "$(field Recommends)" == *linux-image-amd64* ]] || fail "Recommends lacks linux-image-amd64"

contents=$(dpkg-deb --contents "$deb")
expect=(
    ./usr/bin/imageprep
    ./usr/bin/imageprep-cli
    ./usr/share/applications/$id.desktop
    ./usr/share/metainfo/$id.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/$id.svg
    ./usr/share/man/man1/imageprep-cli.1.gz
    ./usr/share/man/man1/imageprep.1.gz
    ./usr/share/doc/imageprep/copyright
    ./usr/share/doc/imageprep/changelog.gz
    ./usr/share/lintian/overrides/imageprep
)
sizes=(16 22 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
    expect+=("./usr/share/icons/hicolor/${s}x${s}/apps/$id.png")
done
for path in "${expect[@]}"; do
    grep -qE "^-[rwx-]{9} root/root +[0-9]+ [0-9-]+ [0-9:]+ ${path//./\\.}\$" <<<"$contents" \
        || fail "$path is not in the package as a root-owned file"
done
for prog in imageprep imageprep-cli; do
    grep -qE "^-rwxr-xr-x root/root .* \./usr/bin/$prog\$" <<<"$contents" || fail "/usr/bin/$prog is not mode 755"
done
grep -qE ' \./usr/local/' <<<"$contents" && fail "files under /usr/local"

# The files themselves: sources unchanged, PNGs of the right size.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
src=$(cd "$(dirname "$0")/../.." && pwd)
cmp "$root/usr/share/applications/$id.desktop" "$src/packaging/$id.desktop" || fail "desktop file differs from the source"
cmp "$root/usr/share/metainfo/$id.metainfo.xml" "$src/packaging/$id.metainfo.xml" || fail "metainfo differs from the source"
cmp "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" "$src/resources/icons/imageprep.svg" || fail "SVG icon differs from the source"
gzip -dc "$root/usr/share/man/man1/imageprep-cli.1.gz" | cmp - "$src/packaging/imageprep-cli.1" || fail "man page differs from the source"
gzip -dc "$root/usr/share/man/man1/imageprep.1.gz" | cmp - "$src/packaging/imageprep.1" || fail "imageprep man page differs from the source"
# The newest changelog entry is this version.
top=$(gzip -dc "$root/usr/share/doc/imageprep/changelog.gz" | sed -n '1s/^imageprep (\([^)]*\)).*/\1/p')
[ "$top" = "$version" ] || fail "the changelog's newest entry is '$top', not $version (add an entry to packaging/changelog)"
cmp "$root/usr/share/doc/imageprep/copyright" "$src/LICENSE" || fail "copyright differs from LICENSE"
# The licence AppStream declares is the one the package carries.
license=$(sed -n 's#.*<project_license>\(.*\)</project_license>.*#\1#p' "$src/packaging/$id.metainfo.xml")
[ "$license" = MIT ] && head -n 1 "$src/LICENSE" | grep -qx "MIT License" || fail "metainfo declares '$license' but LICENSE is not that licence"
be32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'; }
for s in "${sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${s}x${s}/apps/$id.png
    [ -f "$png" ] || continue
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { fail "$png is not a PNG"; continue; }
    w=$(be32 "$png" 16) h=$(be32 "$png" 20)
    [ "$w" = "$s" ] && [ "$h" = "$s" ] || fail "${s}x${s} icon is ${w}x${h}"
done

# Debian's own package checker at its default level: no error or warning
# (the one override in packaging/lintian-overrides says why). Infos are
# printed, not failed (hardening build flags are not set by the CMake build).
if command -v lintian >/dev/null; then
    tags=$(lintian "$deb" 2>&1 | grep -v '^running with root privileges' || true)
    echo "lintian: ${tags:-clean}"
    [ -z "$tags" ] || fail "lintian reports: $tags"
    lintian --display-level "=info" "$deb" 2>/dev/null | sed 's/^/lintian (info, not failed): /' || true
else
    fail "lintian is missing (scripts/setup.sh installs it)"
fi

[ $failures -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "PASS: $deb ($(grep -c . <<<"$contents") entries)"
