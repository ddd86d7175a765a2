// Networking: no-persistent-net-rules, no-hardcoded-mac, firewall-disabled.
#include "checks/CheckSupport.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"
#include "guest/NetworkMacs.h"

#include <QRegularExpression>

#include <functional>

namespace imageprep::checks {

namespace {

bool isComment(const QString &t)
{
    return t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';'));
}

// Rule lines (not comments) of one file, as evidence, at most limit.
QList<Evidence> ruleLines(const GuestFiles &files, const QString &path, const std::function<bool(const QString &)> &pred,
                          int limit = 20)
{
    QList<Evidence> out;
    for (const Line &l : readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (isComment(t) || !pred(t))
            continue;
        out << lineEvidence(path, l);
        if (out.size() >= limit)
            break;
    }
    return out;
}

class NoPersistentNetRules final : public BasicRequirement {
public:
    NoPersistentNetRules()
        : BasicRequirement({"no-persistent-net-rules",
                            //: Title of the OpenStack image requirement "no-persistent-net-rules": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No persistent network interface rules"),
                            //: Why OpenStack needs "no-persistent-net-rules"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Older udev records the MAC address of each network card in "
                                              "70-persistent-net.rules. Every instance gets a new MAC address, so the card "
                                              "is renamed (eth1 instead of eth0), the network configuration no longer matches "
                                              "and the instance boots without network. The rules file must be empty and the "
                                              "generator that writes it must be gone."),
                            Severity::Required, "network"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const auto any = [](const QString &) { return true; };
        QList<Evidence> bad = ruleLines(files, QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules"), any);

        // An empty file or a /dev/null link of the same name in /etc masks the generator.
        const QString mask = QStringLiteral("/etc/udev/rules.d/75-persistent-net-generator.rules");
        const GuestStat maskStat = files.lstat(mask);
        const bool masked = isDevNullLink(files, mask)
            || (maskStat.type == GuestStat::Type::Regular && isEffectivelyEmpty(files, mask));
        QList<Evidence> ev;
        if (masked) {
            ev << Evidence{mask, 0, {}, CheckText::tr("masks the persistent-net generator")};
        } else {
            QStringList seen; // /lib is often a link to /usr/lib
            for (const QString &gen : {QStringLiteral("/lib/udev/rules.d/75-persistent-net-generator.rules"),
                                       QStringLiteral("/usr/lib/udev/rules.d/75-persistent-net-generator.rules")}) {
                const auto real = files.resolve(gen);
                if (!real || seen.contains(*real))
                    continue;
                seen << *real;
                const QList<Evidence> lines = ruleLines(files, gen, any, 1);
                if (!lines.isEmpty())
                    bad << Evidence{lines.first().file, lines.first().line, lines.first().text,
                                    CheckText::tr("the generator writes 70-persistent-net.rules on every boot")};
            }
        }
        if (!bad.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("udev pins network interface names to MAC addresses."), bad);
        return result(CheckStatus::Pass, CheckText::tr("No persistent network rules and no generator."), ev);
    }
};

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
};

class FirewallDisabled final : public BasicRequirement {
public:
    FirewallDisabled()
        : BasicRequirement({"firewall-disabled",
                            //: Title of the OpenStack image requirement "firewall-disabled": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No guest firewall starts at boot"),
                            //: Why OpenStack needs "firewall-disabled"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "OpenStack filters traffic with security groups. A firewall inside the image "
                                              "duplicates them, blocks traffic the operator allowed and makes network "
                                              "problems hard to diagnose when nobody can reach the instance to look."),
                            Severity::Required, "network"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const FirewallServices &fw = firewallServices();
        QList<Evidence> failing, warning;
        const auto enabled = [&](const QStringList &names) { return findEnabledService(facts, files, names); };
        const auto hasRules = [&](const QStringList &paths, const std::function<bool(const QString &)> &pred) {
            QList<Evidence> out;
            for (const QString &p : paths)
                out << ruleLines(files, p, pred, 5);
            return out;
        };
        const auto iptablesRule = [](const QString &t) { return t.startsWith(QLatin1String("-A ")); };

        if (const ServiceState s = enabled(fw.firewalld); s.enabled)
            failing << s.evidence;

        {
            const QString conf = QStringLiteral("/etc/ufw/ufw.conf");
            QString value;
            const auto line = lastAssignment(files, conf, QStringLiteral("ENABLED"), &value);
            const ServiceState s = enabled(fw.ufw);
            if (line && value == QLatin1String("yes")) {
                failing << lineEvidence(conf, *line);
            } else if (s.enabled) {
                QList<Evidence> e{s.evidence};
                if (line)
                    e << lineEvidence(conf, *line, CheckText::tr("ufw starts but leaves traffic alone"));
                warning << e;
            }
        }

        const struct {
            const QStringList &services;
            QStringList rules;
        } saved[] = {
            {fw.iptables, {QStringLiteral("/etc/sysconfig/iptables"), QStringLiteral("/var/lib/iptables/rules-save"),
                           QStringLiteral("/etc/iptables/iptables.rules")}},
            {fw.ip6tables, {QStringLiteral("/etc/sysconfig/ip6tables"), QStringLiteral("/var/lib/ip6tables/rules-save"),
                            QStringLiteral("/etc/iptables/ip6tables.rules")}},
            {fw.netfilterPersistent, {QStringLiteral("/etc/iptables/rules.v4"), QStringLiteral("/etc/iptables/rules.v6")}},
        };
        for (const auto &entry : saved) {
            const ServiceState s = enabled(entry.services);
            if (!s.enabled)
                continue;
            const QList<Evidence> rules = hasRules(entry.rules, iptablesRule);
            if (!rules.isEmpty())
                failing << s.evidence << rules;
            else
                warning << Evidence{s.evidence.file, s.evidence.line, s.evidence.text,
                                    CheckText::tr("%1 starts at boot with no saved rules").arg(s.name)};
        }

        if (const ServiceState s = enabled(fw.nftables); s.enabled) {
            // Debian ships an accept-everything ruleset; only drop/reject filters.
            static const QRegularExpression filters(QStringLiteral("\\b(drop|reject)\\b"));
            const QList<Evidence> rules = hasRules({QStringLiteral("/etc/nftables.conf"), QStringLiteral("/etc/sysconfig/nftables.conf"),
                                                    QStringLiteral("/etc/nftables.nft")},
                                                   [](const QString &t) { return filters.match(t).hasMatch(); });
            if (!rules.isEmpty())
                failing << s.evidence << rules;
            else
                warning << Evidence{s.evidence.file, s.evidence.line, s.evidence.text,
                                    CheckText::tr("nftables starts at boot; its ruleset drops nothing")};
        }

        if (const ServiceState s = enabled(fw.susefirewall); s.enabled)
            failing << s.evidence;

        if (!failing.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("A firewall filters traffic at boot; security groups should do that."),
                          failing + warning);
        if (!warning.isEmpty())
            return result(CheckStatus::Warning, CheckText::tr("A firewall service starts at boot but filters nothing."), warning);
        return result(CheckStatus::Pass, CheckText::tr("No firewall starts at boot."));
    }
};

} // namespace

void addNetworkChecks(RequirementList &out)
{
    out.push_back(std::make_unique<NoPersistentNetRules>());
    out.push_back(std::make_unique<NoHardcodedMac>());
    out.push_back(std::make_unique<FirewallDisabled>());
}

} // namespace imageprep::checks
