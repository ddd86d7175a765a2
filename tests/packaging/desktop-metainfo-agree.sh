#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo describe the same application:
# launchable, icon, binaries and media types agree, and every media type is
# one shared-mime-info knows (as a type or an alias).
# Usage: desktop-metainfo-agree.sh DESKTOP METAINFO FREEDESKTOP_MIME_XML
set -uo pipefail
desktop=$1 metainfo=$2 mimexml=$3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
tags() { grep -oE "<$1>[^<]+</$1>" "$metainfo" | sed -E "s#</?$1>##g"; }

id=$(tags id)
[ "$(basename "$desktop")" = "$id.desktop" ] || fail "desktop file is not named $id.desktop"
[ "$(basename "$metainfo")" = "$id.metainfo.xml" ] || fail "metainfo is not named $id.metainfo.xml"
grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "launchable is not $id.desktop"
[ "$(key Icon)" = "$id" ] || fail "Icon=$(key Icon), not $id"
grep -qF "<icon type=\"stock\">$id</icon>" "$metainfo" || fail "metainfo icon is not $id"

exec_bin=$(key Exec | cut -d' ' -f1)
tags binary | grep -qxF "$exec_bin" || fail "Exec binary $exec_bin is not a provided binary"
tags binary | grep -qxF imageprep-cli || fail "imageprep-cli is not a provided binary"

desktop_types=$(key MimeType | tr ';' '\n' | sed '/^$/d' | sort)
meta_types=$(tags mediatype | sort)
[ -n "$desktop_types" ] || fail "no MimeType"
[ "$desktop_types" = "$meta_types" ] || fail "MimeType and <mediatype> differ: $(diff <(echo "$desktop_types") <(echo "$meta_types") | tr '\n' ' ')"
for t in $desktop_types; do
    grep -qE "<(mime-type|alias) type=\"$t\"" "$mimexml" || fail "shared-mime-info does not know $t"
done
for t in application/x-qemu-disk application/x-vmdk-disk application/x-vdi-disk application/x-vhd-disk application/x-vhdx-disk application/ovf; do
    grep -qxF "$t" <<<"$desktop_types" || fail "MimeType lacks $t"
done

[ $failures -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "PASS: $id"
