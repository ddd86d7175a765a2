// no-hardcoded-mac: the network configuration does not name a MAC address
// (every instance gets a new one).
#include "requirements/Unit.h"

#include "requirements/Support.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"
#include "guest/NetworkMacs.h"
#include "fixes/NetplanMac.h"
#include <QRegularExpression>

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planHardcodedMac(PlanContext &p, const CheckResult &r, Fix &fix)
{
    QStringList filesSeen;
    for (const Evidence &e : r.evidence) {
        if (!e.file.isEmpty() && !filesSeen.contains(e.file))
            filesSeen << e.file;
    }
    for (const QString &f : std::as_const(filesSeen)) {
        const QList<Evidence> ev = r.evidence;
        if (f.startsWith(QLatin1String("/etc/netplan/"))) {
            planNetplanMac(p, fix, f); // YAML: the match and set-name go, the file must parse before and after
            continue;
        }
        const auto stack = netmac::stackOfPath(f); // keyfiles, networkd, ifcfg: edited by their own syntax
        p.changeFile(fix, EditKind::EditLines, f, [&](const QByteArray &c) {
            return stack ? netmac::withoutMacMatches(*stack, f, QString::fromUtf8(c)).toUtf8() : p.withoutLines(c, ev, f);
        }, PlanText::tr("Remove the MAC address lines from %1").arg(f));
    }
}

void plantHardcodedMac(PlanContext &p, Fix &fix)
{
    const QString mac = randomMac();
    const QString interfaces = QStringLiteral("/etc/network/interfaces");
    static const QRegularExpression iface(QStringLiteral("^\\s*iface\\s+(\\S+)\\s+inet6?\\s"));
    if (p.files.isFile(interfaces)) {
        const bool changed = p.changeFile(fix, EditKind::EditLines, interfaces, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto m = iface.match(QString::fromUtf8(lines.at(i)));
                if (m.hasMatch() && m.captured(1) != QLatin1String("lo")) {
                    lines.insert(i + 1, QStringLiteral("    hwaddress ether %1").arg(mac).toUtf8());
                    break;
                }
            }
            return lines.join('\n');
        }, LabDefects::tr("Pin the first interface of %1 to a MAC address").arg(interfaces));
        if (changed || !p.failure().isEmpty())
            return;
    }
    if (p.facts.init != InitSystem::Systemd) {
        p.fail(LabDefects::tr("no interface in /etc/network/interfaces and the guest does not boot with systemd."));
        return;
    }
    const QString network = QStringLiteral("/etc/systemd/network/50-eth0.network");
    p.writeFile(fix, EditKind::WriteFile, network, QStringLiteral("[Match]\nMACAddress=%1\n\n[Network]\nDHCP=yes\n").arg(mac).toUtf8(), 0644,
                LabDefects::tr("Configure eth0 by its MAC address in %1").arg(network));
}

class NoHardcodedMac final : public BasicRequirement {
public:
    NoHardcodedMac()
        : BasicRequirement({"no-hardcoded-mac",
                            //: Title of the OpenStack image requirement "no-hardcoded-mac": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No MAC address in network configuration"),
                            //: Why OpenStack needs "no-hardcoded-mac"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "OpenStack gives every instance a new MAC address. A network configuration "
                                              "that names the source machine's MAC address (HWADDR in ifcfg files, "
                                              "macaddress in netplan, mac-address in NetworkManager, MACAddress in "
                                              "systemd-networkd, hwaddress in /etc/network/interfaces) does not match the "
                                              "new card, and the instance comes up without network."),
                            Severity::Required, "network"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        QList<Evidence> bad;

        // ifcfg (RHEL and SUSE), NetworkManager keyfiles, systemd-networkd: guest/NetworkMacs.
        for (const netmac::MacFile &f : netmac::macConfigFiles(files, profileFor(facts.family()).networkScriptDirs)) {
            for (const netmac::MacLine &l : netmac::macLines(f.stack, files.readText(f.path)))
                bad << lineEvidence(f.path, Line{l.line, l.text});
        }
        for (const QString &f : files.glob(QStringLiteral("/etc/netplan"), QStringLiteral("*.yaml")))
            bad << ruleLines(files, f, [](const QString &t) { return t.startsWith(QLatin1String("macaddress:")); });
        QStringList interfaces{QStringLiteral("/etc/network/interfaces")};
        interfaces << files.glob(QStringLiteral("/etc/network/interfaces.d"), QStringLiteral("*"));
        for (const QString &f : std::as_const(interfaces))
            bad << ruleLines(files, f, [](const QString &t) { return t.startsWith(QLatin1String("hwaddress")); });

        if (!bad.isEmpty())
            return result(CheckStatus::Fail,
                          CheckText::tr("%n network configuration line(s) pin a MAC address.", nullptr, static_cast<int>(bad.size())), bad);
        return result(CheckStatus::Pass, CheckText::tr("No network configuration names a MAC address."));
    }

    bool fixable() const override { return true; }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &r, Fix &fix) const override
    {
        planHardcodedMac(ctx, r, fix);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  mountGuest(),
                  //: Lab mode, manual steps for "no-hardcoded-mac": the configuration keys stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "MAC addresses in ifcfg files (HWADDR, MACADDR), netplan (macaddress), NetworkManager "
                                     "(mac-address), systemd-networkd ([Match] MACAddress) and /etc/network/interfaces (hwaddress):"),
                   {uR"~(grep -nE '^\s*(HWADDR|MACADDR|LLADDR)=.' /tmp/guest/etc/sysconfig/network-scripts/ifcfg-* /tmp/guest/etc/sysconfig/network/ifcfg-*)~"_s,
                    uR"~(grep -rnE '^\s*macaddress:' /tmp/guest/etc/netplan)~"_s,
                    uR"~(grep -rnE '^\s*mac-address=.' /tmp/guest/etc/NetworkManager/system-connections)~"_s,
                    uR"~(grep -rnE '^\s*(Permanent)?MACAddress=' /tmp/guest/etc/systemd/network)~"_s,
                    uR"~(grep -rnE '^\s*hwaddress' /tmp/guest/etc/network/interfaces /tmp/guest/etc/network/interfaces.d)~"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "no-hardcoded-mac". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "ifcfg files (RHEL, SUSE): virt-sysprep removes HWADDR; MACADDR and SUSE's LLADDR go with sed:"),
                   {uR"~(virt-sysprep -a COPY --operations net-hwaddr,customize --run-command "sed -i -E '/^\s*MACADDR=/d' /etc/sysconfig/network-scripts/ifcfg-*")~"_s,
                    uR"~(virt-customize -a COPY --run-command "sed -i -E '/^\s*LLADDR=/d' /etc/sysconfig/network/ifcfg-*")~"_s}},
                  //: Lab mode, manual steps for "no-hardcoded-mac": "match:" and "name:" are netplan keys.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "netplan, NetworkManager, /etc/network/interfaces: delete the lines (a netplan match: left "
                                     "empty needs a name: such as en* instead):"),
                   {uR"~(virt-customize -a COPY --run-command "sed -i -E '/^\s*macaddress:/d' /etc/netplan/*.yaml")~"_s,
                    uR"~(virt-customize -a COPY --run-command "sed -i -E '/^\s*mac-address=/d' /etc/NetworkManager/system-connections/*")~"_s,
                    uR"~(virt-customize -a COPY --edit '/etc/network/interfaces:$_ = "" if /^\s*hwaddress/')~"_s}},
                  //: Lab mode, manual steps for "no-hardcoded-mac": MACAddress= and Name= are systemd-networkd keys.
                  {QT_TRANSLATE_NOOP("ManualSteps", "systemd-networkd: match by name instead of MAC address (Name=en* in [Match]):"),
                   {uR"~(virt-customize -a COPY --run-command "sed -i -E 's/^\s*(Permanent)?MACAddress=.*/Name=en* eth*/' /etc/systemd/network/*.network /etc/systemd/network/*.link")~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "writes a MAC address into the network configuration (/etc/network/interfaces or systemd-networkd)");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantHardcodedMac(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(NoHardcodedMac)

} // namespace imageprep::units
