#include "checks/FamilyProfile.h"

#include <QHash>

namespace imageprep {

namespace {

QStringList sl(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *s : items)
        out << QString::fromUtf16(s);
    return out;
}

FamilyProfile debian()
{
    FamilyProfile p;
    p.family = OsFamily::Debian;
    p.sshServerPackages = sl({u"openssh-server"});
    p.sshServices = sl({u"ssh", u"ssh.socket", u"sshd"});
    p.growpartPackages = sl({u"cloud-guest-utils", u"cloud-utils"});
    p.growrootPackages = sl({u"cloud-initramfs-growroot"});
    p.xfsGrowPackages = sl({u"xfsprogs"});
    p.qemuGuestAgentPackages = sl({u"qemu-guest-agent"});
    p.qemuGuestAgentServices = sl({u"qemu-guest-agent"});
    p.dhcpLeaseDirs = sl({u"/var/lib/dhcp", u"/var/lib/NetworkManager"});
    p.initramfs = InitramfsTool::InitramfsTools;
    return p;
}

FamilyProfile redhat()
{
    FamilyProfile p;
    p.family = OsFamily::RedHat;
    p.sshServerPackages = sl({u"openssh-server"});
    p.sshServices = sl({u"sshd", u"sshd.socket"});
    p.growpartPackages = sl({u"cloud-utils-growpart"});
    p.growrootPackages = sl({u"dracut-modules-growroot"});
    p.xfsGrowPackages = sl({u"xfsprogs"});
    p.qemuGuestAgentPackages = sl({u"qemu-guest-agent"});
    p.qemuGuestAgentServices = sl({u"qemu-guest-agent"});
    p.networkScriptDirs = sl({u"/etc/sysconfig/network-scripts"});
    p.dhcpLeaseDirs = sl({u"/var/lib/dhclient", u"/var/lib/NetworkManager"});
    p.initramfs = InitramfsTool::Dracut;
    return p;
}

FamilyProfile suse()
{
    FamilyProfile p;
    p.family = OsFamily::Suse;
    p.sshServerPackages = sl({u"openssh-server", u"openssh"});
    p.sshServices = sl({u"sshd", u"sshd.socket"});
    p.growpartPackages = sl({u"growpart", u"cloud-utils-growpart"});
    p.growrootPackages = sl({u"growpart-rootgrow"});
    p.xfsGrowPackages = sl({u"xfsprogs"});
    p.qemuGuestAgentPackages = sl({u"qemu-guest-agent"});
    p.qemuGuestAgentServices = sl({u"qemu-guest-agent"});
    p.networkScriptDirs = sl({u"/etc/sysconfig/network"});
    p.dhcpLeaseDirs = sl({u"/var/lib/dhcp", u"/var/lib/wicked", u"/var/lib/NetworkManager"});
    p.initramfs = InitramfsTool::Dracut;
    return p;
}

FamilyProfile alpine()
{
    FamilyProfile p;
    p.family = OsFamily::Alpine;
    p.sshServerPackages = sl({u"openssh-server", u"openssh", u"dropbear"});
    p.sshServices = sl({u"sshd", u"dropbear"});
    p.growpartPackages = sl({u"cloud-utils-growpart", u"growpart"});
    p.xfsGrowPackages = sl({u"xfsprogs-extra", u"xfsprogs"});
    p.qemuGuestAgentPackages = sl({u"qemu-guest-agent"});
    p.qemuGuestAgentServices = sl({u"qemu-guest-agent"});
    p.metadataAgentPackages = sl({u"tiny-cloud", u"tiny-cloud-openstack"});
    p.dhcpLeaseDirs = sl({u"/var/lib/dhcp", u"/var/lib/udhcpc"});
    p.initramfs = InitramfsTool::Mkinitfs;
    return p;
}

// Unknown and other families: accept every common name, decide nothing by
// initramfs tool (checks then report a warning with what they saw).
FamilyProfile generic()
{
    FamilyProfile p;
    p.family = OsFamily::Other;
    p.sshServerPackages = sl({u"openssh-server", u"openssh", u"dropbear"});
    p.sshServices = sl({u"ssh", u"sshd", u"ssh.socket", u"sshd.socket", u"dropbear"});
    p.growpartPackages = sl({u"cloud-guest-utils", u"cloud-utils-growpart", u"growpart", u"cloud-utils"});
    p.growrootPackages = sl({u"cloud-initramfs-growroot", u"dracut-modules-growroot", u"growpart-rootgrow"});
    p.xfsGrowPackages = sl({u"xfsprogs"});
    p.qemuGuestAgentPackages = sl({u"qemu-guest-agent"});
    p.qemuGuestAgentServices = sl({u"qemu-guest-agent", u"qemu-ga"});
    p.networkScriptDirs = sl({u"/etc/sysconfig/network-scripts", u"/etc/sysconfig/network"});
    p.dhcpLeaseDirs = sl({u"/var/lib/dhcp", u"/var/lib/dhclient", u"/var/lib/NetworkManager"});
    return p;
}

} // namespace

const FamilyProfile &profileFor(OsFamily family)
{
    static const QHash<OsFamily, FamilyProfile> profiles{
        {OsFamily::Debian, debian()},
        {OsFamily::RedHat, redhat()},
        {OsFamily::Suse, suse()},
        {OsFamily::Alpine, alpine()},
    };
    static const FamilyProfile fallback = generic();
    const auto it = profiles.constFind(family);
    return it != profiles.cend() ? *it : fallback;
}

const CloudInitServices &cloudInitServices()
{
    static const CloudInitServices s{
        sl({u"cloud-init", u"cloud-init-network", u"cloud-init-main"}),
        sl({u"cloud-final"}),
        sl({u"cloud-init-local", u"cloud-init", u"cloud-init-network", u"cloud-init-main",
            u"cloud-config", u"cloud-final"}),
    };
    return s;
}

const FirewallServices &firewallServices()
{
    static const FirewallServices s{
        sl({u"firewalld"}),
        sl({u"ufw"}),
        sl({u"iptables"}),
        sl({u"ip6tables"}),
        sl({u"netfilter-persistent"}),
        sl({u"nftables"}),
        sl({u"SuSEfirewall2", u"SuSEfirewall2_init", u"SuSEfirewall2_setup"}),
    };
    return s;
}

} // namespace imageprep
