#pragma once
// Internal to core/fixes: the planning state one planFixes() call shares
// between the per-requirement planning functions (Planner.cpp and the
// requirement-specific planners in their own files). Not a public API.
#include "fixes/FixPlan.h"

#include "checks/CheckSupport.h" // core-internal helpers: services, cmdlines, assignments
#include "fixes/PlannedFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace imageprep::planning {

using checks::findEnabledService;

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};

inline const QString SerialArgs = QStringLiteral("console=tty0 console=ttyS0,115200n8");

struct Planner {
    const GuestFacts &facts;
    PlannedFiles files;
    const PlanOptions &options;
    FixPlan &plan;

    // ---- file helpers ----

    // Current editable content of path (after guest symlinks), or nullopt with a reason.
    std::optional<QByteArray> editable(const QString &path, QString *resolved)
    {
        QString problem;
        auto content = files.editableText(path, resolved, &problem);
        if (!problem.isEmpty())
            plan.errors << problem;
        return content;
    }

    bool changeFile(Fix &fix, EditKind kind, const QString &path, const std::function<QByteArray(const QByteArray &)> &transform,
                    const QString &summary)
    {
        QString real;
        const auto before = editable(path, &real);
        if (!before)
            return false;
        const QByteArray after = transform(*before);
        if (after == *before)
            return false;
        fix.edits << makeFileEdit(kind, real, before, after, summary);
        files.set(real, after);
        return true;
    }

    // Creates (or replaces) a file; parents are created by apply.
    void writeFile(Fix &fix, EditKind kind, const QString &path, const QByteArray &content, uint mode, const QString &summary)
    {
        QString real = path;
        std::optional<QByteArray> before;
        if (files.lstat(path).type != GuestStat::Type::Missing || files.resolve(path).value_or(path) != path) {
            before = editable(path, &real);
            if (!before && files.lstat(real).type != GuestStat::Type::Missing)
                return; // unreadable, binary or oversized: reported by editable()
            if (before && *before == content)
                return;
        }
        fix.edits << makeFileEdit(kind, real, before, content, summary, mode);
        files.set(real, content);
    }

    void removeFile(Fix &fix, const QString &path, const QString &summary)
    {
        const GuestStat st = files.lstat(path);
        if (st.type == GuestStat::Type::Symlink) {
            fix.edits << makeRemoveLink(path, files.readlink(path), summary);
            files.set(path, std::nullopt);
            return;
        }
        QString real;
        const auto before = editable(path, &real);
        if (!before)
            return;
        fix.edits << makeRemoveFile(real, *before, summary);
        files.set(real, std::nullopt);
    }

    // Removes the given 1-based line numbers (verified against their text).
    QByteArray withoutLines(const QByteArray &content, const QList<Evidence> &lines, const QString &file)
    {
        QList<QByteArray> parts = content.split('\n');
        QSet<int> drop;
        for (const Evidence &e : lines) {
            if (e.file == file && e.line > 0 && e.line <= parts.size() && QString::fromUtf8(parts.at(e.line - 1)) == e.text)
                drop.insert(e.line - 1);
        }
        QList<QByteArray> kept;
        for (int i = 0; i < parts.size(); ++i) {
            if (!drop.contains(i))
                kept << parts.at(i);
        }
        return kept.join('\n');
    }

    // ---- services ----

    QString unitPath(const QString &unit) const
    {
        for (const QString &dir : {QStringLiteral("/etc/systemd/system"), QStringLiteral("/lib/systemd/system"),
                                   QStringLiteral("/usr/lib/systemd/system")}) {
            const QString p = dir + QLatin1Char('/') + unit;
            if (files.lstat(p).type == GuestStat::Type::Regular)
                return p;
        }
        return {};
    }

    static QString unitName(const QString &service)
    {
        return service.contains(QLatin1Char('.')) ? service : service + QStringLiteral(".service");
    }

    // Links that systemctl enable would create, from the unit's [Install] section.
    QList<ServiceLink> systemdEnableLinks(const QString &unit, const QString &path)
    {
        QList<ServiceLink> links;
        QString section;
        QStringList wanted{QStringLiteral("multi-user.target")};
        bool sawInstall = false;
        QStringList aliases;
        for (const checks::Line &l : checks::readLines(files, path)) {
            const QString t = l.text.trimmed();
            if (t.startsWith(QLatin1Char('['))) {
                section = t;
                continue;
            }
            if (section != QLatin1String("[Install]"))
                continue;
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (eq < 0)
                continue;
            const QString key = t.left(eq).trimmed();
            const QStringList values = t.mid(eq + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (key == QLatin1String("WantedBy") || key == QLatin1String("RequiredBy")) {
                if (!sawInstall)
                    wanted.clear();
                sawInstall = true;
                const QString suffix = key == QLatin1String("WantedBy") ? QStringLiteral(".wants") : QStringLiteral(".requires");
                for (const QString &v : values)
                    links << ServiceLink{QStringLiteral("/etc/systemd/system/%1%2/%3").arg(v, suffix, unit), path};
            } else if (key == QLatin1String("Alias")) {
                aliases << values;
            }
        }
        if (!sawInstall) {
            for (const QString &w : std::as_const(wanted))
                links << ServiceLink{QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(w, unit), path};
        }
        for (const QString &a : std::as_const(aliases))
            links << ServiceLink{QStringLiteral("/etc/systemd/system/") + a, path};
        return links;
    }

    // Enables service; when its unit/script is not in the guest yet (it comes
    // with a package of this plan) the init system's own tool does it after.
    void enableService(Fix &fix, const QString &service)
    {
        enabled << service;
        const InitSystem init = facts.init;
        if (init == InitSystem::Systemd || init == InitSystem::Unknown) {
            const QString unit = unitName(service);
            const QString path = unitPath(unit);
            if (path.isEmpty()) {
                fix.edits << makeServiceEdit(EditKind::EnableService, unit, {}, {{QStringLiteral("systemctl"), QStringLiteral("enable"), unit}});
                return;
            }
            QList<ServiceLink> links;
            for (const ServiceLink &l : systemdEnableLinks(unit, path)) {
                if (files.lstat(l.link).type == GuestStat::Type::Missing)
                    links << l;
            }
            if (!links.isEmpty())
                fix.edits << makeServiceEdit(EditKind::EnableService, unit, links);
            return;
        }
        const QString script = QStringLiteral("/etc/init.d/") + service;
        const bool present = files.exists(script);
        if (init == InitSystem::OpenRC) {
            if (!present) {
                fix.edits << makeServiceEdit(EditKind::EnableService, service, {},
                                             {{QStringLiteral("rc-update"), QStringLiteral("add"), service, QStringLiteral("default")}});
                return;
            }
            fix.edits << makeServiceEdit(EditKind::EnableService, service,
                                         {{QStringLiteral("/etc/runlevels/default/") + service, script}});
            return;
        }
        if (!present) {
            fix.edits << makeServiceEdit(EditKind::EnableService, service, {},
                                         {{QStringLiteral("update-rc.d"), service, QStringLiteral("defaults")}});
            return;
        }
        QList<ServiceLink> links;
        for (const QString &rl : {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")})
            links << ServiceLink{QStringLiteral("/etc/rc%1.d/S02%2").arg(rl, service), QStringLiteral("../init.d/") + service};
        fix.edits << makeServiceEdit(EditKind::EnableService, service, links);
    }

    // Removes every start link of service (systemd wants/requires, SysV S-links, OpenRC runlevels).
    void disableService(Fix &fix, const QString &service)
    {
        QList<ServiceLink> links;
        const QString unit = unitName(service);
        const QString etc = QStringLiteral("/etc/systemd/system");
        for (const QString &d : files.list(etc)) {
            if (!d.endsWith(QLatin1String(".wants")) && !d.endsWith(QLatin1String(".requires")))
                continue;
            const QString link = etc + QLatin1Char('/') + d + QLatin1Char('/') + unit;
            if (files.lstat(link).type == GuestStat::Type::Symlink)
                links << ServiceLink{link, files.readlink(link)};
        }
        for (const QString &rl : {QStringLiteral("S"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}) {
            const QString dir = QStringLiteral("/etc/rc%1.d").arg(rl);
            for (const QString &link : files.glob(dir, QStringLiteral("S[0-9][0-9]") + service)) {
                if (files.lstat(link).type == GuestStat::Type::Symlink)
                    links << ServiceLink{link, files.readlink(link)};
            }
        }
        for (const QString &rl : {QStringLiteral("sysinit"), QStringLiteral("boot"), QStringLiteral("default")}) {
            const QString link = QStringLiteral("/etc/runlevels/%1/%2").arg(rl, service);
            if (files.lstat(link).type == GuestStat::Type::Symlink)
                links << ServiceLink{link, files.readlink(link)};
        }
        if (links.isEmpty())
            return;
        disabled << service << unit;
        fix.edits << makeServiceEdit(EditKind::DisableService, unit, links);
        for (const ServiceLink &l : std::as_const(links))
            files.set(l.link, std::nullopt);
    }

    // ---- packages ----

    // Local package files for names (by file name prefix "name_" / "name-<digit>").
    QStringList localFilesFor(const QStringList &names, QStringList *missing)
    {
        QDir dir(options.localPackageDir);
        const QStringList all = dir.entryList({QStringLiteral("*.deb"), QStringLiteral("*.rpm"), QStringLiteral("*.apk")}, QDir::Files, QDir::Name);
        QStringList out;
        for (const QString &n : names) {
            const QRegularExpression re(QStringLiteral("^%1[_-][0-9]").arg(QRegularExpression::escape(n)));
            QString found;
            for (const QString &f : all) {
                if (re.match(f).hasMatch()) {
                    found = f;
                    break;
                }
            }
            if (found.isEmpty())
                *missing << n;
            else
                out << found;
        }
        return out;
    }

    bool install(Fix &fix, const QStringList &names, bool local)
    {
        QStringList wanted;
        for (const QString &n : names) {
            if (!facts.hasPackage(n) && !wanted.contains(n) && !installed.contains(n))
                wanted << n;
        }
        if (wanted.isEmpty())
            return true;
        PackageInstall in;
        in.manager = facts.packageManager.isEmpty() ? defaultManager() : facts.packageManager;
        in.packages = wanted;
        if (local) {
            QStringList missing;
            in.localDir = options.localPackageDir;
            in.localFiles = localFilesFor(wanted, &missing);
            if (!missing.isEmpty()) {
                plan.errors << PlanText::tr("No package file for %1 in %2.").arg(missing.join(QStringLiteral(", ")), options.localPackageDir);
                return false;
            }
        }
        fix.edits << makeInstallPackages(in);
        installed << wanted;
        return true;
    }

    QString defaultManager() const
    {
        switch (facts.family()) {
        case OsFamily::Debian: return QStringLiteral("apt");
        case OsFamily::RedHat: return QStringLiteral("dnf");
        case OsFamily::Suse: return QStringLiteral("zypper");
        case OsFamily::Alpine: return QStringLiteral("apk");
        default: return QString();
        }
    }

    bool guestHas(const QString &tool) const
    {
        for (const QString &dir : {QStringLiteral("/usr/sbin/"), QStringLiteral("/usr/bin/"), QStringLiteral("/sbin/"), QStringLiteral("/bin/")}) {
            if (files.isFile(dir + tool))
                return true;
        }
        return false;
    }

    QStringList installed; // packages already planned
    QStringList enabled;   // services planned to start at boot
    QStringList disabled;  // services planned not to start at boot
    QStringList startedByPackages; // services a planned package enables itself when installed
    QStringList securityUpgraded;  // packages the plan brings to their security version
};

// Requirement planners in files of their own (PlanServices.cpp).
void planAcpiShutdown(Planner &p, Fix &fix, bool local);
void planGuestAgent(Planner &p, Fix &fix, bool local);
void planRootPassword(Planner &p, Fix &fix);
void planDatasourceList(Planner &p, Fix &fix);
void planGrowSettings(Planner &p, Fix &fix);
// The safe-to-publish requirements (PublishPlans.cpp): security-updates,
// no-baked-credentials, cloud-init-locale. planPublishFix() offers their
// alternatives through choose/packages and plans the chosen one; false when
// the chosen alternative leaves the requirement alone (recorded as unfixed).
using ChooseAlternative = std::function<QString(FixOption &, QString)>;
using PackageChoice = std::function<QString(const QString &)>;
QStringList publishRequirements();
bool isPublishRequirement(const QString &id);
bool planPublishFix(Planner &p, const CheckResult &r, Fix &fix, const ChooseAlternative &choose, const PackageChoice &packages);
// After the per-check planning: cloud-init this plan installs gets a locale it can set.
void planLocaleForPlannedCloudInit(Planner &p, const ChooseAlternative &choose);

// After the installs: machine IDs that package scripts created and the logs
// the installs wrote go when the image had none, and the package manager's
// caches go (unless kept).
void planAfterInstalls(Planner &p, bool machineIdWasClean, bool logsWereClean);

// The plan's proof (PlanProof.cpp): the checks run again on the planning
// view, with the planned packages installed and services enabled; every
// planned requirement that would still not pass is listed in plan.unproven.
void provePlan(Planner &p, const CheckRun &run);

// True when the plan should fix r (fail, or warning with includeWarnings).
bool wants(const CheckResult &r, const PlanOptions &o);

} // namespace imageprep::planning
