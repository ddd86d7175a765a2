#!/usr/bin/env bash
# Check + fix + write one image: imageprep (one session, one appliance
# launch) against the chain of separate libguestfs tools an operator would
# run, and against a hand-written single guestfish session.
#
#   benchmarks/fix-chain.sh [IMAGE] [BUILD_DIR]
#
# IMAGE defaults to the real 2 GiB Debian 12 image of
# tests/fixtures/make-debian12.sh (plain: ufw on, MAC-pinned udev rule,
# "quiet", no serial console), built into BUILD_DIR/fixtures when missing.
# The same edits everywhere, none needing the network (package installs
# depend on the mirror's speed, not on the tools): persistent-net rules
# emptied, MAC lines removed, ufw disabled, serial console + update-grub,
# machine-id emptied, SSH host keys, history and DHCP leases removed, fstab
# names to UUID. The input image is never written (each run works on its own
# overlay or output).
#
# fix --export is timed against the chain plus the sums an operator would
# compute before uploading.
#
# Targets (issue 4): imageprep <= 1/5 of the chain, <= 1.3 x the hand-written
# session. Timings on a shared 2-core machine under TCG are noisy: one run
# each, printed with the ratios.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
build="${2:-$here/build-fixes}"
image="$(realpath -m "${1:-$build/fixtures/debian12.qcow2}")" # absolute: overlays elsewhere name it as their backing file
cli="$build/app/imageprep-cli"
export LIBGUESTFS_BACKEND_SETTINGS="${LIBGUESTFS_BACKEND_SETTINGS:-force_tcg}"

[ -x "$cli" ] || { echo "build imageprep-cli first ($cli)" >&2; exit 2; }
if [ ! -f "$image" ]; then
    "$here/tests/fixtures/make-debian12.sh" "$image"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }

ids=no-persistent-net-rules,no-hardcoded-mac,firewall-disabled,serial-console,machine-id,ssh-host-keys,leftover-state,fstab-stable-names
files=(/etc/fstab /etc/default/grub /boot/grub/grub.cfg /etc/udev/rules.d/70-persistent-net.rules
       /etc/network/interfaces /etc/ufw/ufw.conf /etc/machine-id /etc/ssh/sshd_config)
overlay() { qemu-img create -q -f qcow2 -F qcow2 -b "$image" "$1"; }

echo "image: $image ($(qemu-img info --output=json "$image" | grep -m1 '"virtual-size"' | tr -dc 0-9) bytes virtual)"

# 1. imageprep: inspect, check, plan, apply, re-check and write in one session.
t=$(now)
"$cli" --quiet fix "$image" -o "$work/imageprep.qcow2" --only "$ids" --remove-quiet --yes --offline > "$work/imageprep.log" 2>&1 || true
t_imageprep=$(elapsed "$t")
grep -q 'Re-check: every fixed check passes.' "$work/imageprep.log" || { echo "imageprep fix did not finish cleanly:" >&2; tail -20 "$work/imageprep.log" >&2; }

# 1b. imageprep fix --export (issue 13): the same fix, then the Glance
# properties, SHA256SUMS and SHA512SUMS of the fixed image from the same
# session (one appliance launch in all).
t=$(now)
"$cli" --quiet fix "$image" -o "$work/imageprep-export.qcow2" --only "$ids" --remove-quiet --yes --offline \
    --export "$work/export" > "$work/imageprep-export.log" 2>&1 || true
t_export=$(elapsed "$t")
[ -f "$work/export/SHA256SUMS" ] || { echo "imageprep fix --export did not export:" >&2; tail -20 "$work/imageprep-export.log" >&2; }
rm -f "$work/imageprep-export.qcow2" "$work/export/"*.qcow2

# 2. The chain of separate tools, one appliance launch each.
t=$(now)
overlay "$work/chain-overlay.qcow2"
virt-inspector -a "$image" > /dev/null
for f in "${files[@]}"; do virt-cat -a "$image" "$f" > /dev/null 2>&1 || true; done
virt-customize -q -a "$work/chain-overlay.qcow2" \
    --truncate /etc/udev/rules.d/70-persistent-net.rules \
    --edit '/etc/network/interfaces:$_ = "" if /^\s*hwaddress/' \
    --edit '/etc/ufw/ufw.conf:s/^ENABLED=.*/ENABLED=no/' \
    --run-command 'systemctl disable ufw.service' \
    --edit '/etc/default/grub:s/^GRUB_CMDLINE_LINUX_DEFAULT=.*/GRUB_CMDLINE_LINUX_DEFAULT=""/' \
    --edit '/etc/default/grub:s/^GRUB_CMDLINE_LINUX=.*/GRUB_CMDLINE_LINUX="console=tty0 console=ttyS0,115200n8"/' \
    --run-command 'update-grub' \
    --run-command 'root=$(findmnt -no SOURCE /); uuid=$(blkid -s UUID -o value "$root"); sed -i "s|^$root |UUID=$uuid |" /etc/fstab'
virt-sysprep -q -a "$work/chain-overlay.qcow2" \
    --operations machine-id,ssh-hostkeys,bash-history,dhcp-client-state
qemu-img convert -O qcow2 "$work/chain-overlay.qcow2" "$work/chain.qcow2"
t_chain=$(elapsed "$t")
# What export adds to the chain: the sums (the properties are written by hand).
t=$(now)
(cd "$work" && sha256sum chain.qcow2 > chain.SHA256SUMS && sha512sum chain.qcow2 > chain.SHA512SUMS)
t_sums=$(elapsed "$t")

# 3. What an expert writes by hand: one guestfish session, then convert.
t=$(now)
overlay "$work/hand-overlay.qcow2"
{
    echo "run"
    echo "inspect-os"
    echo "mount /dev/sda1 /"
    echo "inspect-list-applications2 /dev/sda1"
    for f in "${files[@]}"; do echo "-cat $f"; done
    cat <<'GF'
truncate /etc/udev/rules.d/70-persistent-net.rules
sh "sed -i '/^[[:space:]]*hwaddress/d' /etc/network/interfaces"
sh "sed -i 's/^ENABLED=.*/ENABLED=no/' /etc/ufw/ufw.conf"
-rm /etc/systemd/system/multi-user.target.wants/ufw.service
sh "sed -i -e 's/^GRUB_CMDLINE_LINUX_DEFAULT=.*/GRUB_CMDLINE_LINUX_DEFAULT=\"\"/' -e 's/^GRUB_CMDLINE_LINUX=.*/GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8\"/' /etc/default/grub"
sh "update-grub"
sh "sed -i \"s|^/dev/sda1 |UUID=$(blkid -s UUID -o value /dev/sda1) |\" /etc/fstab"
truncate /etc/machine-id
glob rm-f /etc/ssh/ssh_host_*
-rm-f /root/.bash_history
glob rm-f /var/lib/dhcp/*.leases
umount-all
GF
} > "$work/hand.gf"
guestfish --rw -a "$work/hand-overlay.qcow2" -f "$work/hand.gf" > /dev/null 2>&1 || true
qemu-img convert -O qcow2 "$work/hand-overlay.qcow2" "$work/hand.qcow2"
t_hand=$(elapsed "$t")

printf '%-46s %8.1f s\n' "imageprep (check, fix, write; one session)" "$t_imageprep"
printf '%-46s %8.1f s\n' "tool chain (inspector, cat, customize, sysprep)" "$t_chain"
printf '%-46s %8.1f s\n' "hand-written guestfish session" "$t_hand"
printf '%-46s %8.1f s\n' "imageprep fix --export (one session)" "$t_export"
printf '%-46s %8.1f s\n' "tool chain + sha256sum + sha512sum" "$(echo "$t_chain + $t_sums" | bc -l)"
printf 'imageprep / chain = %.2f (target <= 0.20)\n' "$(echo "$t_imageprep / $t_chain" | bc -l)"
printf 'imageprep / hand  = %.2f (target <= 1.30)\n' "$(echo "$t_imageprep / $t_hand" | bc -l)"
printf 'fix --export / (chain + sums) = %.2f (target <= 0.20, issue 13)\n' "$(echo "$t_export / ($t_chain + $t_sums)" | bc -l)"
