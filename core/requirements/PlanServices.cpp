// PlanContext: starting and stopping services at boot, per init system.
#include "requirements/PlanContext.h"

namespace imageprep {

QString PlanContext::unitPath(const QString &unit) const
{
    for (const QString &dir : {QStringLiteral("/etc/systemd/system"), QStringLiteral("/lib/systemd/system"),
                               QStringLiteral("/usr/lib/systemd/system")}) {
        const QString p = dir + QLatin1Char('/') + unit;
        if (files.lstat(p).type == GuestStat::Type::Regular)
            return p;
    }
    return {};
}

QString PlanContext::unitName(const QString &service)
{
    return service.contains(QLatin1Char('.')) ? service : service + QStringLiteral(".service");
}

// Links that systemctl enable would create, from the unit's [Install] section.
QList<ServiceLink> PlanContext::systemdEnableLinks(const QString &unit, const QString &path)
{
    QList<ServiceLink> links;
    QString section;
    bool sawInstall = false;
    QStringList aliases;
    for (const checks::Line &l : checks::readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (t.startsWith(QLatin1Char('['))) {
            section = t;
            continue;
        }
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        if (section != QLatin1String("[Install]") || eq < 0)
            continue;
        const QString key = t.left(eq).trimmed();
        const QStringList values = t.mid(eq + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (key == QLatin1String("WantedBy") || key == QLatin1String("RequiredBy")) {
            sawInstall = true;
            const QString suffix = key == QLatin1String("WantedBy") ? QStringLiteral(".wants") : QStringLiteral(".requires");
            for (const QString &v : values)
                links << ServiceLink{QStringLiteral("/etc/systemd/system/%1%2/%3").arg(v, suffix, unit), path};
        } else if (key == QLatin1String("Alias")) {
            aliases << values;
        }
    }
    if (!sawInstall)
        links << ServiceLink{QStringLiteral("/etc/systemd/system/multi-user.target.wants/%1").arg(unit), path};
    for (const QString &a : std::as_const(aliases))
        links << ServiceLink{QStringLiteral("/etc/systemd/system/") + a, path};
    return links;
}

void PlanContext::enableService(Fix &fix, const QString &service)
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
        if (!present)
            fix.edits << makeServiceEdit(EditKind::EnableService, service, {},
                                         {{QStringLiteral("rc-update"), QStringLiteral("add"), service, QStringLiteral("default")}});
        else
            fix.edits << makeServiceEdit(EditKind::EnableService, service, {{QStringLiteral("/etc/runlevels/default/") + service, script}});
        return;
    }
    if (!present) {
        fix.edits << makeServiceEdit(EditKind::EnableService, service, {}, {{QStringLiteral("update-rc.d"), service, QStringLiteral("defaults")}});
        return;
    }
    QList<ServiceLink> links;
    for (const QString &rl : {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")})
        links << ServiceLink{QStringLiteral("/etc/rc%1.d/S02%2").arg(rl, service), QStringLiteral("../init.d/") + service};
    fix.edits << makeServiceEdit(EditKind::EnableService, service, links);
}

bool PlanContext::enableUnitFile(Fix &fix, const QString &unit, const QString &unitFile)
{
    if (facts.init != InitSystem::Systemd)
        return fail(LabDefects::tr("the guest does not boot with systemd."));
    QStringList targets;
    for (const checks::Line &l : checks::readLines(files, unitFile)) {
        const QString t = l.text.trimmed();
        if (t.startsWith(QLatin1String("WantedBy=")))
            targets << t.mid(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (targets.isEmpty())
        targets << QStringLiteral("multi-user.target");
    QList<ServiceLink> links;
    for (const QString &t : std::as_const(targets)) {
        const QString link = QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(t, unit);
        if (files.lstat(link).type == GuestStat::Type::Missing)
            links << ServiceLink{link, unitFile};
    }
    if (!links.isEmpty())
        fix.edits << makeServiceEdit(EditKind::EnableService, unit, links);
    for (const ServiceLink &l : std::as_const(links))
        files.set(l.link, QByteArray()); // seen as present by later defects
    return true;
}

bool PlanContext::disableService(Fix &fix, const QString &service)
{
    QList<ServiceLink> links;
    const QString unit = unitName(service);
    const auto addLink = [&](const QString &link) {
        if (files.lstat(link).type == GuestStat::Type::Symlink)
            links << ServiceLink{link, files.readlink(link)};
    };
    const QString etc = QStringLiteral("/etc/systemd/system");
    for (const QString &d : files.list(etc)) {
        if (d.endsWith(QLatin1String(".wants")) || d.endsWith(QLatin1String(".requires")))
            addLink(etc + QLatin1Char('/') + d + QLatin1Char('/') + unit);
    }
    for (const QString &rl : {QStringLiteral("S"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}) {
        for (const QString &link : files.glob(QStringLiteral("/etc/rc%1.d").arg(rl), QStringLiteral("S[0-9][0-9]") + service))
            addLink(link);
    }
    for (const QString &rl : {QStringLiteral("sysinit"), QStringLiteral("boot"), QStringLiteral("default")})
        addLink(QStringLiteral("/etc/runlevels/%1/%2").arg(rl, service));
    if (links.isEmpty())
        return false;
    disabled << service << unit;
    fix.edits << makeServiceEdit(EditKind::DisableService, unit, links);
    for (const ServiceLink &l : std::as_const(links))
        files.set(l.link, std::nullopt);
    return true;
}

} // namespace imageprep
