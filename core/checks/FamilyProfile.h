#pragma once
// FamilyProfile: what differs between distribution families (package names,
// service names, config paths, initramfs tool), as data. Checks read these
// tables instead of branching on distro names.

#include "guest/GuestFacts.h"

#include <QStringList>

namespace imageprep {

enum class InitramfsTool { Unknown, InitramfsTools, Dracut, Mkinitfs };

struct FamilyProfile {
    OsFamily family = OsFamily::Unknown;
    QStringList sshServerPackages;
    QStringList sshServices;          // any enabled one is enough (ssh.socket counts)
    QStringList growpartPackages;     // provide /usr/bin/growpart
    QStringList growrootPackages;     // initramfs-time root growers
    QStringList xfsGrowPackages;      // provide xfs_growfs
    QStringList qemuGuestAgentPackages;
    QStringList qemuGuestAgentServices;
    QStringList metadataAgentPackages; // cloud-init alternatives that fetch keys (tiny-cloud)
    QStringList networkScriptDirs;     // ifcfg-* locations
    QStringList dhcpLeaseDirs;
    InitramfsTool initramfs = InitramfsTool::Unknown;
};

// Services of cloud-init's boot stages. A guest runs cloud-init when one
// network stage unit and the final stage are enabled.
struct CloudInitServices {
    QStringList networkStage; // cloud-init, cloud-init-network (24.3+), cloud-init-main
    QStringList finalStage;   // cloud-final
    QStringList all;
};

// Firewall units and scripts that can filter traffic at boot, any family.
struct FirewallServices {
    QStringList firewalld, ufw, iptables, ip6tables, netfilterPersistent, nftables, susefirewall;
};

const FamilyProfile &profileFor(OsFamily family);
const CloudInitServices &cloudInitServices();
const FirewallServices &firewallServices();

} // namespace imageprep
