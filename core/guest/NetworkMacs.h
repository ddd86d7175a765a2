#pragma once
// MAC address matches in the network configuration of NetworkManager
// keyfiles, systemd-networkd .network/.link files and ifcfg files (RHEL's
// network-scripts and SUSE's wicked), and the line edits that remove them.
// Pure text functions: the checks find the lines, the fix plan edits them.
// netplan and /etc/network/interfaces are handled elsewhere.

#include "guest/GuestFiles.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep::netmac {

enum class MacStack { Ifcfg, NmKeyfile, NetworkdNetwork, NetworkdLink };

struct MacLine {
    int line = 0; // 1-based
    QString text; // the whole line as written
};

struct MacFile {
    QString path;
    MacStack stack;
};

// Which stack a configuration file belongs to, by its place and name.
std::optional<MacStack> stackOfPath(const QString &path);

// Every configuration file of the four stacks in the guest. ifcfgDirs are
// the family's ifcfg folders; both RHEL's and SUSE's are always added.
QList<MacFile> macConfigFiles(const GuestFiles &files, const QStringList &ifcfgDirs);

// Lines that pin a MAC address: ifcfg HWADDR=, MACADDR= (RHEL) and LLADDR=
// (SUSE) with a value; NM keyfile mac-address= with a value in any section;
// networkd MACAddress=/PermanentMACAddress= in [Match]. ifcfg UUID= is the
// NetworkManager connection id, not a hardware address: not reported.
QList<MacLine> macLines(MacStack stack, const QString &text);

// The file with its MAC matches gone and everything else kept. A networkd
// [Match] left with no other condition would match every interface (lo
// too), so it gets a name match for Ethernet cards instead (Name=en* eth*
// in .network, OriginalName=eth* in .link, the kernel's name before any
// rename). A RHEL ifcfg file without DEVICE= gets the name from its file
// name, which HWADDR used to bind it by.
QString withoutMacMatches(MacStack stack, const QString &path, const QString &text);

} // namespace imageprep::netmac
