#include "guest/NetworkStack.h"

#include <algorithm>

namespace imageprep {

namespace {

struct Stack {
    QLatin1String name;
    QList<QLatin1String> packages;
    QList<QLatin1String> services;
    QList<QLatin1String> programs;   // any one of them installed
    QList<QLatin1String> configDirs; // a non-empty one holds its configuration
};

bool anyNonEmptyDir(const GuestFiles &files, const QList<QLatin1String> &dirs)
{
    return std::any_of(dirs.cbegin(), dirs.cend(), [&](QLatin1String d) {
        const QString dir(d);
        return files.isDir(dir) && !files.list(dir).isEmpty();
    });
}

} // namespace

QStringList detectNetworkStacks(const GuestFiles &files, const GuestFacts &facts)
{
    using L = QLatin1String;
    // Programs: a tree without a package database (or a stripped one) still
    // shows what is installed.
    static const QList<Stack> stacks = {
        {L("ifupdown"), {L("ifupdown"), L("ifupdown2"), L("ifupdown-ng")}, {L("networking")},
         {L("/sbin/ifup"), L("/usr/sbin/ifup")}, {L("/etc/network/interfaces.d")}},
        {L("netplan"), {L("netplan.io"), L("netplan")}, {}, {L("/usr/sbin/netplan"), L("/usr/bin/netplan")},
         {L("/etc/netplan")}},
        {L("NetworkManager"), {L("network-manager"), L("NetworkManager")}, {L("NetworkManager")},
         {L("/usr/sbin/NetworkManager")}, {L("/etc/NetworkManager/system-connections")}},
        {L("systemd-networkd"), {}, {L("systemd-networkd")}, {}, {}},
        {L("wicked"), {L("wicked")}, {L("wicked"), L("wickedd")}, {L("/usr/sbin/wicked")}, {}},
        {L("network-scripts"), {L("network-scripts"), L("initscripts")}, {L("network")},
         {L("/etc/sysconfig/network-scripts/ifup-eth")}, {}},
    };
    QStringList out;
    for (const Stack &s : stacks) {
        const bool package = std::any_of(s.packages.cbegin(), s.packages.cend(),
                                         [&](QLatin1String p) { return facts.hasPackage(QString(p)); });
        const bool service = std::any_of(s.services.cbegin(), s.services.cend(),
                                         [&](QLatin1String u) { return facts.isServiceEnabled(QString(u)); });
        const bool program = std::any_of(s.programs.cbegin(), s.programs.cend(),
                                         [&](QLatin1String p) { return files.exists(QString(p)); });
        const bool configured = s.configDirs.isEmpty() || anyNonEmptyDir(files, s.configDirs);
        bool used = package || service || (program && configured);
        // initscripts ships network-scripts only up to RHEL 8: ask for its files too.
        if (s.name == QLatin1String("network-scripts"))
            used = (package || service) && program;
        if (used)
            out << QString(s.name);
    }
    // /etc/network/interfaces with an iface stanza is ifupdown's even without its package list.
    if (!out.contains(QLatin1String("ifupdown"))
        && files.readText(QStringLiteral("/etc/network/interfaces"), 256 * 1024).contains(QLatin1String("iface ")))
        out.prepend(QStringLiteral("ifupdown"));
    return out;
}

} // namespace imageprep
