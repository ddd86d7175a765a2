// Fix planning for the safe-to-publish requirements: no-baked-credentials
// (remove the files and lock the passwords; or remove the users; or keep),
// security-updates (the pending security updates only, from the guest's
// repositories or local package files) and cloud-init-locale (generate the
// locale, or have cloud-init set C.UTF-8). Credential edits are commands run
// in the guest, so no preview ever shows a key, a token or a password hash.
#include "fixes/PlannerSupport.h"

#include "checks/BakedCredentials.h"
#include "checks/Catalogue.h"
#include "checks/CloudInitLocale.h"

namespace imageprep::planning {

namespace {

// /etc/shadow in the view with each named user's password locked ('!' first).
void lockInView(Planner &p, const QStringList &users)
{
    QString real;
    QString problem;
    const auto content = p.files.editableText(QStringLiteral("/etc/shadow"), &real, &problem);
    if (!content)
        return;
    QList<QByteArray> lines = content->split('\n');
    for (QByteArray &l : lines) {
        const QString name = QString::fromUtf8(l.left(l.indexOf(':')));
        if (users.contains(name) && l.indexOf(':') > 0)
            l.insert(l.indexOf(':') + 1, '!');
    }
    p.files.set(real, lines.join('\n'));
}

// /etc/passwd and /etc/shadow in the view without the named users' lines.
void dropUsersInView(Planner &p, const QStringList &users)
{
    for (const QString &path : {QStringLiteral("/etc/passwd"), QStringLiteral("/etc/shadow")}) {
        QString real;
        QString problem;
        const auto content = p.files.editableText(path, &real, &problem);
        if (!content)
            continue;
        QList<QByteArray> kept;
        for (const QByteArray &l : content->split('\n')) {
            if (!users.contains(QString::fromUtf8(l.left(l.indexOf(':')))))
                kept << l;
        }
        p.files.set(real, kept.join('\n'));
    }
}

} // namespace

void planBakedCredentials(Planner &p, Fix &fix, bool removeUsers)
{
    const QList<CredentialFinding> found = scanBakedCredentials(p.files);
    QStringList users;
    if (removeUsers) {
        for (const CredentialFinding &f : found) {
            const QString user = f.kind == CredentialKind::UserPassword ? f.user : f.owner;
            if (user != QLatin1String("root") && user != QLatin1String("0") && !users.contains(user))
                users << user;
        }
        for (const QString &u : std::as_const(users))
            fix.edits << makeRunInGuest({QStringLiteral("userdel"), QStringLiteral("-r"), u},
                                        PlanText::tr("Remove user %1 with its home directory").arg(u));
        dropUsersInView(p, users);
    }
    QStringList locks;
    for (const CredentialFinding &f : found) {
        if (f.kind == CredentialKind::UserPassword) {
            if (users.contains(f.user))
                continue;
            locks << f.user;
            fix.edits << makeRunInGuest({QStringLiteral("passwd"), QStringLiteral("-l"), f.user},
                                        PlanText::tr("Lock the password of %1 (passwd -l: '!' before the hash in /etc/shadow)").arg(f.user));
            continue;
        }
        p.files.set(f.path, std::nullopt);
        if (users.contains(f.owner))
            continue; // userdel -r removes the home with it
        //: %1 is a kind of credential ("private key"), %2 a guest path, %3 a fingerprint such as SHA256:...
        fix.edits << makeRunInGuest({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), f.path},
                                    PlanText::tr("Remove the %1 %2 (%3)").arg(credentialKindWord(f.kind), f.path, f.fingerprint));
    }
    lockInView(p, locks);
}

void planSecurityUpdates(Planner &p, Fix &fix, bool local)
{
    const SecurityUpdateScan &scan = p.facts.securityUpdates;
    QStringList names;
    for (const PendingUpdate &u : scan.updates)
        names << u.name;
    if (names.isEmpty())
        return;
    const QString manager = p.facts.packageManager;
    if (manager == QLatin1String("apt") || local) {
        // Installing an installed package upgrades it to the candidate: only
        // these packages (and what they need) move, not a full upgrade. The
        // caches are cleaned after the installs (planAfterInstalls).
        PackageInstall in;
        in.manager = manager;
        in.packages = names;
        if (local) {
            QStringList missing;
            in.localDir = p.options.localPackageDir;
            in.localFiles = p.localFilesFor(names, &missing);
            if (!missing.isEmpty()) {
                p.plan.errors << PlanText::tr("No package file for %1 in %2.").arg(missing.join(QStringLiteral(", ")), p.options.localPackageDir);
                return;
            }
        }
        fix.edits << makeInstallPackages(in);
    } else {
        const QString script = securityUpgradeScript(manager, names);
        if (script.isEmpty())
            return;
        fix.edits << makeRunInGuest({QStringLiteral("sh"), QStringLiteral("-c"), script},
                                    PlanText::tr("Apply the security updates only (%1), then clean the caches").arg(manager));
    }
    p.securityUpgraded << names;
}

void planCloudInitLocale(Planner &p, const GuestFacts &facts, Fix &fix, bool generate)
{
    const auto target = cloudInitLocaleTarget(facts, p.files);
    if (!target)
        return;
    if (!generate) {
        p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/cloud/cloud.cfg.d/99-imageprep-locale.cfg"),
                    "# imageprep: a locale every glibc has, so cloud-init's locale module cannot fail\nlocale: C.UTF-8\n", 0644,
                    PlanText::tr("Have cloud-init set locale C.UTF-8 (instead of %1)").arg(target->locale));
        return;
    }
    // Uncomment the locale's line in /etc/locale.gen (or add it), then build it.
    const QString want = normalizeLocale(target->locale);
    const QString codeset = target->locale.contains(QLatin1Char('.')) ? target->locale.section(QLatin1Char('.'), 1).section(QLatin1Char('@'), 0, 0)
                                                                      : QStringLiteral("ISO-8859-1");
    const QString path = QStringLiteral("/etc/locale.gen");
    const auto transform = [&](const QByteArray &before) {
        QList<QByteArray> lines = before.split('\n');
        for (QByteArray &l : lines) {
            const QString t = QString::fromUtf8(l).trimmed();
            if (!t.startsWith(QLatin1Char('#')))
                continue;
            const QString entry = t.mid(1).trimmed();
            if (normalizeLocale(entry.section(QLatin1Char(' '), 0, 0)) == want && entry.contains(QLatin1Char(' '))) {
                l = entry.toUtf8();
                return lines.join('\n');
            }
        }
        QByteArray out = before;
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += '\n';
        return out + QStringLiteral("%1 %2\n").arg(target->locale, codeset.toUpper()).toUtf8();
    };
    if (p.files.exists(path))
        p.changeFile(fix, EditKind::EditLines, path, transform, PlanText::tr("Generate locale %1 (/etc/locale.gen)").arg(target->locale));
    else
        p.writeFile(fix, EditKind::WriteFile, path, transform({}), 0644, PlanText::tr("Generate locale %1 (/etc/locale.gen)").arg(target->locale));
    fix.edits << makeRunInGuest({QStringLiteral("locale-gen")}, PlanText::tr("Build the locales /etc/locale.gen lists (locale-gen)"));
}

bool canGenerateLocale(const Planner &p)
{
    return p.guestHas(QStringLiteral("locale-gen"));
}

} // namespace imageprep::planning

namespace imageprep::planning {

bool isPublishRequirement(const QString &id)
{
    return publishRequirements().contains(id);
}

QStringList publishRequirements()
{
    return {QStringLiteral("cloud-init-locale"), QStringLiteral("no-baked-credentials"), QStringLiteral("security-updates")};
}

bool planPublishFix(Planner &p, const CheckResult &r, Fix &fix, const ChooseAlternative &choose, const PackageChoice &packages)
{
    const QString &id = r.id;
    if (id == QLatin1String("security-updates")) {
        fix.alternative = packages(id);
        planSecurityUpdates(p, fix, fix.alternative.endsWith(QLatin1String("-local")));
        return true;
    }
    if (id == QLatin1String("cloud-init-locale")) {
        const bool canGenerate = canGenerateLocale(p);
        FixOption o{id,
                    {FixAlternative{QStringLiteral("generate"), PlanText::tr("Generate the locale in the guest (/etc/locale.gen and locale-gen)"),
                                    canGenerate ? QString() : PlanText::tr("locale-gen is not in the guest"), canGenerate},
                     FixAlternative{QStringLiteral("c-utf8"), PlanText::tr("Have cloud-init set C.UTF-8, which every guest has"), {}, true}},
                    canGenerate ? QStringLiteral("generate") : QStringLiteral("c-utf8"), {}};
        fix.alternative = choose(o, p.options.alternatives.value(id));
        planCloudInitLocale(p, p.facts, fix, fix.alternative == QLatin1String("generate"));
        return true;
    }
    FixOption o{id,
                {FixAlternative{QStringLiteral("remove"), PlanText::tr("Remove the keys and credential files, lock the passwords"), {}, true},
                 FixAlternative{QStringLiteral("remove-users"), PlanText::tr("Remove the users that own them (userdel -r); root's files are removed"), {}, true},
                 FixAlternative{QStringLiteral("keep"), PlanText::tr("Keep them as they are"), {}, true}},
                QStringLiteral("remove"), {}};
    fix.alternative = choose(o, p.options.alternatives.value(id));
    if (fix.alternative == QLatin1String("keep")) {
        p.plan.unfixed << Unfixed{id, PlanText::tr("the credentials are kept, as chosen")};
        return false;
    }
    planBakedCredentials(p, fix, fix.alternative == QLatin1String("remove-users"));
    return true;
}

} // namespace imageprep::planning

namespace imageprep::planning {

void planLocaleForPlannedCloudInit(Planner &p, const ChooseAlternative &choose)
{
    // cloud-init that this plan installs runs its locale module at first boot:
    // on the planning view it must find the locale it will set.
    const QString id = QStringLiteral("cloud-init-locale");
    if (!p.installed.contains(QStringLiteral("cloud-init")) || p.plan.fix(id) || (!p.options.only.isEmpty() && !p.options.only.contains(id)))
        return;
    GuestFacts planned = p.facts;
    planned.packages << PackageInfo{QStringLiteral("cloud-init"), QStringLiteral("planned")};
    const Requirement *req = Catalogue::instance().find(id);
    if (!req || req->check(planned, p.files).status != CheckStatus::Fail)
        return;
    // The guest's locale-gen is not there yet (Debian's cloud-init brings
    // the locales package with it): cloud-init is told to set C.UTF-8.
    FixOption o{id, {FixAlternative{QStringLiteral("c-utf8"), PlanText::tr("Have cloud-init set C.UTF-8, which every guest has"), {}, true}},
                QStringLiteral("c-utf8"), {}};
    Fix fix{id, choose(o, QStringLiteral("c-utf8")), req->title(), {}};
    planCloudInitLocale(p, planned, fix, false);
    if (!fix.edits.isEmpty())
        p.plan.fixes << fix;
}

} // namespace imageprep::planning
