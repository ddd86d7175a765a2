#!/usr/bin/env bash
# Installs every Debian 12 package imageprep needs to build, run and test.
# Idempotent: packages already present are skipped quickly.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools linguist-qt6 qt6-translations-l10n libgl-dev libqt6svg6
    libarchive-dev libblkid-dev libyaml-cpp-dev libssl-dev
    # guest access: libguestfs and the kernel its appliance boots
    libguestfs-dev libguestfs-tools linux-image-amd64
    qemu-utils qemu-system-x86
    # fix plans: unified diffs (header-only)
    libdtl-dev
    # test fixtures and GUI tests
    libarchive-tools zstd xz-utils bzip2 debootstrap genisoimage fdisk e2fsprogs
    # RPM databases for the RHEL/SUSE fixtures, and reading a guest's when
    # Debian's libguestfs cannot (core/guest/RpmDatabase.h)
    rpm
    # tst_rpmndb takes real rpm headers out of a sqlite rpmdb
    sqlite3
    # the installer-style fixture's EFI system partition (mkfs.fat)
    dosfstools
    # the XFS-on-LVM fixture guest: mkfs.xfs inside the libguestfs appliance
    libguestfs-xfs
    # boot test: SSH into the booted guest, UEFI firmware for EFI images
    openssh-client ovmf
    xvfb xauth imagemagick fonts-dejavu-core fonts-wqy-microhei
    # Glance integration tests: a private glance-api (scripts/glance-test-server.sh)
    glance-api
    # ... and a private Keystone for it (scripts/keystone-test-server.sh) under uwsgi
    keystone uwsgi-core uwsgi-plugin-python3
    # cache-report tests: Nova's own image cache manager as the oracle (tst_cachenova)
    python3-nova
    # sanitizer and fuzz build (the "asan" preset): clang with libFuzzer and its runtimes
    clang-14 libclang-rt-14-dev
    # benchmarks
    time bc
    # packaging: icons rendered at build time, the .deb and its checks
    librsvg2-bin dpkg-dev desktop-file-utils appstream groff-base man-db lintian
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "imageprep setup: installing ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
