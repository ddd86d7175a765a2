// leftover-state: no shell history, DHCP leases, logs or other state of the
// machine the image was made on. Besides its own fix, it keeps the plan's
// package installs from leaving logs in an image that had none.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"
#include <QRegularExpression>

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planLeftovers(PlanContext &p, const CheckResult &r, Fix &fix)
{
    QStringList logs;
    for (const Evidence &e : r.evidence) {
        if (e.file.isEmpty())
            continue;
        if (e.file.startsWith(QLatin1String("/var/log/")))
            logs << e.file;
        else
            p.removeFile(fix, e.file, PlanText::tr("Remove %1").arg(e.file));
    }
    if (!logs.isEmpty() && p.options.includeWarnings) {
        fix.edits << makeClearLogs(QStringLiteral("/var/log"), logs);
        for (const QString &log : std::as_const(logs))
            p.files.set(log, QByteArray()); // emptied, as the edit leaves them
    }
}

void plantLeftovers(PlanContext &p, Fix &fix)
{
    p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/root/.bash_history"),
                "apt-get update\napt-get -y dist-upgrade\nmysql -u admin -pS3cret-build\nssh admin@10.20.0.5\n"
                "vi /etc/network/interfaces\npoweroff\n",
                0600, LabDefects::tr("Leave root's shell history"));
    p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/var/lib/dhcp/dhclient.eth0.leases"),
                "lease {\n  interface \"eth0\";\n  fixed-address 10.20.0.17;\n  option subnet-mask 255.255.255.0;\n"
                "  option routers 10.20.0.1;\n  renew 3 2024/05/15 10:02:11;\n}\n",
                0644, LabDefects::tr("Leave an old DHCP lease"));
}

class LeftoverState final : public BasicRequirement {
public:
    LeftoverState()
        : BasicRequirement({"leftover-state",
                            //: Title of the OpenStack image requirement "leftover-state": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No leftover history, leases or logs"),
                            //: Why OpenStack needs "leftover-state"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Shell history can hold passwords and host names of the machine the image came "
                                              "from; old DHCP leases make instances ask for the source machine's address; "
                                              "logs leak its past and mislead whoever debugs an instance."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        QList<Evidence> state, logs;
        const auto sized = [&](const QString &path) {
            return Evidence{path, 0, {}, CheckText::tr("%n byte(s)", nullptr, static_cast<int>(files.stat(path).size))};
        };
        const auto addIfNonEmpty = [&](QList<Evidence> &to, const QString &path) {
            if (files.isFile(path) && files.stat(path).size > 0)
                to << sized(path);
        };

        for (const QString &h : {QStringLiteral(".bash_history"), QStringLiteral(".ash_history"), QStringLiteral(".zsh_history"),
                                 QStringLiteral(".python_history"), QStringLiteral(".mysql_history")}) {
            addIfNonEmpty(state, QStringLiteral("/root/") + h);
            for (const QString &home : files.glob(QStringLiteral("/home"), QStringLiteral("*")))
                addIfNonEmpty(state, home + QLatin1Char('/') + h);
        }
        QStringList leaseDirs = profileFor(facts.family()).dhcpLeaseDirs;
        for (const QString &d : {QStringLiteral("/var/lib/dhcp"), QStringLiteral("/var/lib/dhclient"), QStringLiteral("/var/lib/NetworkManager")}) {
            if (!leaseDirs.contains(d))
                leaseDirs << d;
        }
        for (const QString &dir : std::as_const(leaseDirs)) {
            for (const QString &pattern : {QStringLiteral("*.leases"), QStringLiteral("*.lease"), QStringLiteral("dhclient*")}) {
                for (const QString &f : files.glob(dir, pattern)) {
                    if (!std::any_of(state.cbegin(), state.cend(), [&](const Evidence &e) { return e.file == f; }))
                        addIfNonEmpty(state, f);
                }
            }
        }

        // Logs: walk /var/log a few levels deep, bounded so a huge tree stays cheap.
        constexpr int MaxLogs = 200;
        QStringList dirs{QStringLiteral("/var/log")};
        for (int depth = 0; depth < 3 && !dirs.isEmpty() && logs.size() < MaxLogs; ++depth) {
            QStringList next;
            for (const QString &dir : std::as_const(dirs)) {
                // /var/log itself may be a link; a loop is noted by resolve().
                const auto real = files.resolve(dir);
                if (!real)
                    continue;
                for (const QString &name : files.list(*real)) {
                    const QString p = dir + QLatin1Char('/') + name;
                    const GuestStat st = files.lstat(*real + QLatin1Char('/') + name);
                    if (st.type == GuestStat::Type::Directory)
                        next << p;
                    else if (st.type == GuestStat::Type::Regular && st.size > 0 && logs.size() < MaxLogs)
                        logs << sized(p);
                }
            }
            dirs = next;
        }

        if (!state.isEmpty())
            return result(CheckStatus::Fail,
                          CheckText::tr("%n history or lease file(s) left in the image.", nullptr, static_cast<int>(state.size())),
                          state + logs);
        if (!logs.isEmpty())
            return result(CheckStatus::Warning,
                          CheckText::tr("%n non-empty log file(s) left in the image.", nullptr, static_cast<int>(logs.size())), logs);
        return result(CheckStatus::Pass, CheckText::tr("No shell history, DHCP leases or logs left."));
    }

    bool fixable() const override { return true; }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &r, Fix &fix) const override
    {
        planLeftovers(ctx, r, fix);
        return FixOutcome::planned();
    }

    // The installs log to /var/log (apt, dpkg, alternatives); an image that
    // had no logs must not get them.
    void finishPlan(PlanContext &ctx, const CheckResult *r) const override
    {
        Fix *last = ctx.lastInstallFix();
        if (last && r && r->status == CheckStatus::Pass)
            last->edits << makeClearLogs(QStringLiteral("/var/log"), {});
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  mountGuest(),
                  //: Lab mode, manual steps for "leftover-state". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Non-empty shell histories and DHCP leases:"),
                   {uR"~(find /tmp/guest/root /tmp/guest/home -maxdepth 2 -name '.*_history' -size +0)~"_s,
                    uR"~(find /tmp/guest/var/lib/dhcp /tmp/guest/var/lib/dhclient /tmp/guest/var/lib/NetworkManager /tmp/guest/var/lib/wicked /tmp/guest/var/lib/udhcpc \( -name '*.lease*' -o -name 'dhclient*' \) -size +0)~"_s}},
                  //: Lab mode, manual steps for "leftover-state". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Non-empty logs, three levels deep:"),
                   {u"find /tmp/guest/var/log -maxdepth 3 -type f -size +0"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "leftover-state": the names after --operations are virt-sysprep operations.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Remove histories and leases, and empty the logs:"),
                   {uR"~(virt-sysprep -a COPY --operations bash-history,dhcp-client-state,dhcp-server-state,tmp-files,customize --delete '/root/.*_history' --delete '/home/*/.*_history' --truncate-recursive /var/log)~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "leaves root's shell history and an old DHCP lease in the image");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantLeftovers(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(LeftoverState)

} // namespace imageprep::units
