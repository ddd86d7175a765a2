// Safe to publish: an image in a public Glance is copied into every instance
// of every tenant, so it must carry no pending security fixes and no
// credentials. (cloud-init-locale, the third of the set, is in LocaleCheck.cpp.)
#include "checks/PublishChecks.h"

#include "checks/BakedCredentials.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QMap>

namespace imageprep::checks {

namespace {

class SecurityUpdates final : public BasicRequirement {
public:
    SecurityUpdates()
        : BasicRequirement({"security-updates",
                            //: Title of the OpenStack image requirement "security-updates": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No security updates pending from the guest's repositories"),
                            //: Why OpenStack needs "security-updates"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Every instance starts with the packages the image carries: a security fix its "
                                              "own repositories already offer is missing in all of them until each tenant "
                                              "upgrades. imageprep asks the guest's package manager (apt's -security suites, "
                                              "dnf or yum updateinfo, zypper security patches) with the appliance network on."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &) const override
    {
        const SecurityUpdateScan &scan = facts.securityUpdates;
        if (scan.state != SecurityUpdateScan::State::Done)
            return result(CheckStatus::Unknown, CheckText::tr("Pending security updates could not be listed: %1.").arg(scan.reason),
                          {noteEvidence(scan.reason)});
        if (scan.noSecuritySource)
            return result(CheckStatus::Warning, CheckText::tr("The guest's package sources have no security repository: "
                                                              "instances will not get security fixes."),
                          {noteEvidence(scan.reason)});
        if (scan.updates.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("No security updates are pending (%1 asked in %2 s).")
                                                 .arg(scan.manager)
                                                 .arg(scan.elapsedMs / 1000));
        QList<Evidence> ev;
        for (const PendingUpdate &u : scan.updates) {
            const QString text = QStringLiteral("%1 %2 -> %3").arg(u.name, u.installed.isEmpty() ? QStringLiteral("?") : u.installed, u.available);
            ev << Evidence{{}, 0, text, u.origin};
        }
        return result(CheckStatus::Fail,
                      CheckText::tr("%n package(s) have security updates pending in the guest's repositories.", nullptr,
                                    int(scan.updates.size())),
                      ev);
    }
};

class NoBakedCredentials final : public BasicRequirement {
public:
    NoBakedCredentials()
        : BasicRequirement({"no-baked-credentials",
                            //: Title of the OpenStack image requirement "no-baked-credentials": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No credentials baked into the image"),
                            //: Why OpenStack needs "no-baked-credentials"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Whatever the image carries, every instance carries: an authorized SSH key lets its "
                                              "owner into all of them, a private key, .netrc, cloud or registry credentials "
                                              "leak to every tenant, and a user's password is the same everywhere. Keys "
                                              "belong in the instance's metadata, which cloud-init installs at first boot."),
                            Severity::Required, "access"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const QList<CredentialFinding> found = scanBakedCredentials(files);
        if (found.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("No SSH keys, credential files or user passwords found in the image."));
        QList<Evidence> ev;
        for (const CredentialFinding &f : found)
            ev << credentialEvidence(f);
        return result(CheckStatus::Fail, CheckText::tr("%n credential(s) baked into the image.", nullptr, int(found.size())), ev);
    }

    // Never the secret: the kind (text), where, whose, how many, and a fingerprint.
    static Evidence credentialEvidence(const CredentialFinding &f)
    {
        if (f.kind == CredentialKind::UserPassword) {
            const QString note = f.count == 0 ? CheckText::tr("user %1 has an empty password: logs in without one").arg(f.user)
                                              : CheckText::tr("user %1 has a usable password (hash not shown)").arg(f.user);
            return Evidence{f.path, f.line, toString(f.kind), note};
        }
        return Evidence{f.path, 0, toString(f.kind),
                        CheckText::tr("%1, owner %2, %n entry(ies), %3", nullptr, f.count).arg(credentialKindWord(f.kind), f.owner, f.fingerprint)};
    }
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

void addPublishChecks(RequirementList &out)
{
    out.push_back(std::make_unique<NoBakedCredentials>());
    out.push_back(std::make_unique<SecurityUpdates>());
}

QString publishSummaryHtml(const CheckRun &run)
{
    const CheckResult *updates = run.result(QStringLiteral("security-updates"));
    const CheckResult *creds = run.result(QStringLiteral("no-baked-credentials"));
    const CheckResult *locale = run.result(QStringLiteral("cloud-init-locale"));
    if (!updates && !creds && !locale)
        return {};
    QStringList rows;
    const auto row = [&rows](const CheckResult *r, const QString &what, const QString &count) {
        rows << QStringLiteral("<tr><td class=\"%1\">%2 %3</td><td>%4</td><td>%5</td></tr>")
                    .arg(toString(r->status), esc(statusSymbol(r->status)), esc(statusWord(r->status)), esc(what), esc(count));
    };
    if (updates) {
        const QString count = updates->status == CheckStatus::Fail
            ? CheckText::tr("%n package(s) with security updates pending", nullptr, int(updates->evidence.size()))
            : updates->summary;
        row(updates, CheckText::tr("Security updates"), count);
    }
    if (creds) {
        QString count = creds->summary;
        if (creds->status == CheckStatus::Fail) {
            QMap<QString, int> byKind;
            for (const Evidence &e : creds->evidence)
                ++byKind[e.text];
            QStringList parts;
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
            count = parts.join(QStringLiteral(", "));
        }
        row(creds, CheckText::tr("Baked credentials"), count);
    }
    if (locale)
        row(locale, CheckText::tr("cloud-init locale"), locale->summary);
    return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table>\n<tr><th>%3</th><th>%4</th><th>%5</th></tr>\n%6\n</table>\n")
        .arg(esc(CheckText::tr("Safe to publish")),
             esc(CheckText::tr("For release notes: counts and kinds only; no key, password or token is shown.")),
             esc(CheckText::tr("Status")), esc(CheckText::tr("Item")), esc(CheckText::tr("Found")), rows.join(QLatin1Char('\n')));
}

} // namespace imageprep::checks
