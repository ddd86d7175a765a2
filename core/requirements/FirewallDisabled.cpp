// firewall-disabled: no guest firewall starts at boot; OpenStack filters
// traffic with security groups, and a guest firewall silently drops what
// they allow.
#include "requirements/Unit.h"

#include "requirements/Support.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planFirewall(PlanContext &p, Fix &fix)
{
    const FirewallServices &fw = firewallServices();
    for (const QStringList *names : {&fw.firewalld, &fw.ufw, &fw.iptables, &fw.ip6tables, &fw.netfilterPersistent, &fw.nftables,
                                     &fw.susefirewall}) {
        for (const QString &n : *names) {
            if (checks::findEnabledService(p.facts, p.files, {n}).enabled)
                p.disableService(fix, n);
        }
    }
    const QString ufw = QStringLiteral("/etc/ufw/ufw.conf");
    if (p.files.isFile(ufw)) {
        p.changeFile(fix, EditKind::EditLines, ufw, [](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                if (checks::shellAssignment(QString::fromUtf8(l), QStringLiteral("ENABLED")))
                    l = "ENABLED=no";
            }
            return lines.join('\n');
        }, PlanText::tr("Set ENABLED=no in %1").arg(ufw));
    }
}

void plantFirewall(PlanContext &p, Fix &fix)
{
    const QString ufwConf = QStringLiteral("/etc/ufw/ufw.conf");
    const QString ufwUnit = p.unitPath(QStringLiteral("ufw.service"));
    if (p.facts.hasPackage(QStringLiteral("ufw")) && p.files.isFile(ufwConf) && !ufwUnit.isEmpty()) {
        const bool changed = p.changeFile(fix, EditKind::EditLines, ufwConf, [](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            bool set = false;
            for (QByteArray &l : lines) {
                if (checks::shellAssignment(QString::fromUtf8(l), QStringLiteral("ENABLED"))) {
                    l = "ENABLED=yes";
                    set = true;
                }
            }
            if (!set) {
                if (!lines.isEmpty() && lines.last().isEmpty())
                    lines.removeLast();
                lines << "ENABLED=yes" << QByteArray();
            }
            return lines.join('\n');
        }, LabDefects::tr("Set ENABLED=yes in %1").arg(ufwConf));
        if (changed || p.failure().isEmpty())
            p.enableUnitFile(fix, QStringLiteral("ufw.service"), ufwUnit);
        return;
    }
    const QString nftUnit = p.unitPath(QStringLiteral("nftables.service"));
    if (!nftUnit.isEmpty()) {
        p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/nftables.conf"),
                    "#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n"
                    "\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n"
                    "\t\tct state established,related accept\n\t\tiif lo accept\n\t\ttcp dport 22 accept\n\t}\n}\n",
                    0755, LabDefects::tr("Write an nftables ruleset that drops incoming traffic"));
        p.enableUnitFile(fix, QStringLiteral("nftables.service"), nftUnit);
        return;
    }
    // No firewall package: the kind of hand-made iptables unit admins leave behind.
    if (p.facts.init != InitSystem::Systemd) {
        p.fail(LabDefects::tr("no ufw or nftables in the guest and it does not boot with systemd."));
        return;
    }
    const QString rules = QStringLiteral("/etc/iptables/iptables.rules");
    const QString unit = QStringLiteral("/etc/systemd/system/iptables.service");
    p.writeFile(fix, EditKind::WriteFile, rules,
                "*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -i lo -j ACCEPT\n"
                "-A INPUT -p tcp --dport 22 -s 192.168.10.0/24 -j ACCEPT\nCOMMIT\n",
                0644, LabDefects::tr("Write iptables rules that drop incoming traffic to %1").arg(rules));
    p.writeFile(fix, EditKind::WriteFile, unit,
                "[Unit]\nDescription=Packet filtering rules\nBefore=network-pre.target\nWants=network-pre.target\n\n"
                "[Service]\nType=oneshot\nExecStart=/usr/sbin/iptables-restore /etc/iptables/iptables.rules\nRemainAfterExit=yes\n\n"
                "[Install]\nWantedBy=multi-user.target\n",
                0644, LabDefects::tr("Add a unit that loads them at boot: %1").arg(unit));
    if (p.failure().isEmpty())
        p.enableUnitFile(fix, QStringLiteral("iptables.service"), unit);
}

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

    bool fixable() const override { return true; }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        planFirewall(ctx, fix);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "firewall-disabled": unit names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Firewall units that start at boot (firewalld, ufw, iptables, ip6tables, netfilter-persistent, "
                                     "nftables, SuSEfirewall2):"),
                   {uR"~(virt-ls -a IMAGE /etc/systemd/system/multi-user.target.wants | grep -E '^(firewalld|ufw|iptables|ip6tables|netfilter-persistent|nftables|SuSEfirewall2.*)\.service$')~"_s}},
                  //: Lab mode, manual steps for "firewall-disabled": ENABLED=yes is the ufw setting.
                  {QT_TRANSLATE_NOOP("ManualSteps", "ufw filters when ufw.conf says ENABLED=yes:"),
                   {u"virt-cat -a IMAGE /etc/ufw/ufw.conf | grep '^ENABLED='"_s}},
                  //: Lab mode, manual steps for "firewall-disabled": "-A" and drop/reject are rule syntax.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Saved rules: iptables rules are lines starting with -A; an nftables ruleset filters when it drops or rejects:"),
                   {uR"~(guestfish --ro -a IMAGE -i -- -cat /etc/sysconfig/iptables : -cat /etc/iptables/rules.v4 : -cat /etc/iptables/rules.v6 : -cat /etc/nftables.conf | grep -nE '^-A |\b(drop|reject)\b')~"_s}},
              },
              {
                  //: Lab mode, manual steps for "firewall-disabled": OpenStack security groups filter instead.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Stop them from starting at boot (security groups filter instead); units a guest lacks only print a warning:"),
                   {uR"~(virt-customize -a COPY --run-command 'systemctl disable firewalld.service ufw.service iptables.service ip6tables.service netfilter-persistent.service nftables.service || true')~"_s}},
                  //: Lab mode, manual steps for "firewall-disabled": ENABLED=no is the ufw setting.
                  {QT_TRANSLATE_NOOP("ManualSteps", "ufw: also switch it off in its own configuration:"),
                   {u"virt-customize -a COPY --edit '/etc/ufw/ufw.conf:s/^ENABLED=yes/ENABLED=no/'"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "enables a guest firewall at boot (ufw, nftables or a hand-made iptables unit) that drops traffic");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantFirewall(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(FirewallDisabled)

} // namespace imageprep::units
