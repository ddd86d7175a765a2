#include "fixes/FirstBoot.h"

#include <QCoreApplication>

namespace imageprep {

namespace {
class FirstBootText {
    Q_DECLARE_TR_FUNCTIONS(FirstBootText)
};

// The guide's rc.local logic: retry until the metadata service answers.
const char KeyScript[] = R"SH(#!/bin/sh
# Written by imageprep: the OpenStack image guide's first-boot logic without
# cloud-init. Fetches root's SSH key from the metadata service, with retries.
url=http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key
fetch() {
    if command -v curl >/dev/null 2>&1; then curl -sf "$url"; else wget -qO- "$url"; fi
}
[ -x /usr/bin/ssh-keygen ] && /usr/bin/ssh-keygen -A
if [ ! -d /root/.ssh ]; then
    mkdir -p /root/.ssh
    chmod 0700 /root/.ssh
fi
attempts=30
failed=0
while [ ! -s /root/.ssh/authorized_keys ]; do
    if key=$(fetch) && [ -n "$key" ]; then
        echo "$key" >> /root/.ssh/authorized_keys
        chmod 0600 /root/.ssh/authorized_keys
        command -v restorecon >/dev/null 2>&1 && restorecon -R /root/.ssh
        echo "Retrieved the public key from the instance metadata"
        break
    fi
    failed=$((failed + 1))
    if [ "$failed" -ge "$attempts" ]; then
        echo "Could not retrieve the public key from the instance metadata after $failed attempts"
        break
    fi
    sleep 5
done
)SH";

// The guide's steps for LVM roots: free space -> partition -> PV -> VG -> LV -> file system.
const char LvmScript[] = R"SH(#!/bin/sh
# Written by imageprep: grows an LVM root into the disk's free space once.
set -e
flag=/var/lib/imageprep-grown
[ -e "$flag" ] && exit 0
root=$(findmnt -no SOURCE /)
vg=$(lvs --noheadings -o vg_name "$root" | tr -d ' ')
pv=$(pvs --noheadings -o pv_name -S vg_name="$vg" | head -n1 | tr -d ' ')
disk=/dev/$(lsblk -no pkname "$pv" | head -n1)
# Free space at the end of the disk, in sectors.
free=$(parted -sm "$disk" unit s print free | grep ':free;' | tail -n1)
start=$(echo "$free" | cut -d: -f2 | tr -d s)
end=$(echo "$free" | cut -d: -f3 | tr -d s)
size=$(echo "$free" | cut -d: -f4 | tr -d s)
if [ -n "$size" ] && [ "$size" -gt 2048 ]; then
    before=$(lsblk -lno NAME "$disk" | wc -l)
    parted -s "$disk" unit s mkpart primary "$start" "$end"
    partprobe "$disk" || true
    udevadm settle || true
    part=/dev/$(lsblk -lno NAME "$disk" | tail -n1)
    [ "$(lsblk -lno NAME "$disk" | wc -l)" -gt "$before" ]
    pvcreate "$part"
    vgextend "$vg" "$part"
    lvextend -l +100%FREE "$root"
    case $(findmnt -no FSTYPE /) in
        xfs) xfs_growfs / ;;
        ext2|ext3|ext4) resize2fs "$root" ;;
    esac
fi
touch "$flag"
)SH";

const char Unit[] = R"SH([Unit]
Description=imageprep first boot: SSH key from the metadata service
Wants=network-online.target
After=network-online.target
Before=ssh.service sshd.service

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/imageprep-firstboot
RemainAfterExit=yes

[Install]
WantedBy=multi-user.target
)SH";

} // namespace

FirstBootFiles firstBootFiles(const GuestFacts &facts, const std::optional<QByteArray> &rcLocal)
{
    FirstBootFiles out;
    QByteArray script(KeyScript);
    if (facts.rootOnLvm()) {
        script.replace("[ -x /usr/bin/ssh-keygen ]", QByteArray(LvmGrowScriptPath.toUtf8() + " || true\n[ -x /usr/bin/ssh-keygen ]"));
        out.files << FirstBootFile{LvmGrowScriptPath, QByteArray(LvmScript), 0755, EditKind::FirstBootScript,
                                   FirstBootText::tr("First-boot script that grows the LVM root (%1)").arg(LvmGrowScriptPath)};
    }
    out.files << FirstBootFile{FirstBootScriptPath, script, 0755, EditKind::FirstBootScript,
                               FirstBootText::tr("First-boot script that fetches the SSH key (%1)").arg(FirstBootScriptPath)};
    const QString call = FirstBootScriptPath;
    switch (facts.init) {
    case InitSystem::OpenRC:
        out.files << FirstBootFile{QStringLiteral("/etc/local.d/imageprep-firstboot.start"),
                                   QByteArray("#!/bin/sh\n" + call.toUtf8() + "\n"), 0755, EditKind::FirstBootScript,
                                   FirstBootText::tr("Run the first-boot script from OpenRC's local service")};
        out.services << QStringLiteral("local");
        break;
    case InitSystem::SysV:
    case InitSystem::Upstart: {
        QByteArray rc = rcLocal.value_or(QByteArray("#!/bin/sh -e\nexit 0\n"));
        const qsizetype exit0 = rc.lastIndexOf("\nexit 0");
        const QByteArray line = call.toUtf8() + " || true\n";
        if (exit0 >= 0)
            rc.insert(exit0 + 1, line);
        else
            rc += line;
        out.files << FirstBootFile{QStringLiteral("/etc/rc.local"), rc, 0755, EditKind::FirstBootScript,
                                   FirstBootText::tr("Run the first-boot script from /etc/rc.local")};
        break;
    }
    default:
        out.files << FirstBootFile{QStringLiteral("/etc/systemd/system/imageprep-firstboot.service"), QByteArray(Unit), 0644,
                                   EditKind::FirstBootScript, FirstBootText::tr("systemd unit that runs the first-boot script")};
        out.services << QStringLiteral("imageprep-firstboot.service");
        break;
    }
    return out;
}

} // namespace imageprep
