// no-baked-credentials (required): an image in a public Glance is copied into
// every instance of every tenant, so it carries no SSH keys, credential files
// or user passwords. The scan is checks/BakedCredentials (pure, bounded,
// links followed only inside the guest); evidence names path, owner, kind
// and a fingerprint, never the secret. The fix removes the files and locks
// the passwords with commands run in the guest, so no preview shows a secret;
// remove-users deletes the users instead, keep leaves everything.
#include "requirements/Unit.h"

#include "checks/BakedCredentials.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

const QString Remove = QStringLiteral("remove");
const QString RemoveUsers = QStringLiteral("remove-users");
const QString Keep = QStringLiteral("keep");

// Never the secret: the kind (text, stable), where, whose, how many, and a fingerprint.
Evidence credentialEvidence(const CredentialFinding &f)
{
    if (f.kind == CredentialKind::UserPassword) {
        const QString note = f.count == 0 ? CheckText::tr("user %1 has an empty password: logs in without one").arg(f.user)
                                          : CheckText::tr("user %1 has a usable password (hash not shown)").arg(f.user);
        return Evidence{f.path, f.line, toString(f.kind), note};
    }
    return Evidence{f.path, 0, toString(f.kind),
                    CheckText::tr("%1, owner %2, %n entry(ies), %3", nullptr, f.count).arg(credentialKindWord(f.kind), f.owner, f.fingerprint)};
}

// /etc/shadow in the view with each named user's password locked ('!' first).
void lockInView(PlanContext &ctx, const QStringList &users)
{
    QString real;
    QString problem;
    const auto content = ctx.files.editableText(QStringLiteral("/etc/shadow"), &real, &problem);
    if (!content || users.isEmpty())
        return;
    QList<QByteArray> lines = content->split('\n');
    for (QByteArray &l : lines) {
        const qsizetype colon = l.indexOf(':');
        if (colon > 0 && users.contains(QString::fromUtf8(l.left(colon))))
            l.insert(colon + 1, '!');
    }
    ctx.files.set(real, lines.join('\n'));
}

// /etc/passwd and /etc/shadow in the view without the named users' lines.
void dropUsersInView(PlanContext &ctx, const QStringList &users)
{
    for (const QString &path : {QStringLiteral("/etc/passwd"), QStringLiteral("/etc/shadow")}) {
        QString real;
        QString problem;
        const auto content = ctx.files.editableText(path, &real, &problem);
        if (!content)
            continue;
        QList<QByteArray> kept;
        for (const QByteArray &l : content->split('\n')) {
            if (!users.contains(QString::fromUtf8(l.left(l.indexOf(':')))))
                kept << l;
        }
        ctx.files.set(real, kept.join('\n'));
    }
}

QByteArray sshString(const QByteArray &s)
{
    QByteArray len(4, '\0');
    qToBigEndian<quint32>(quint32(s.size()), len.data());
    return len + s;
}

// A well-formed ed25519 public key line whose key nobody holds: a new one per lab image.
QByteArray labPublicKey()
{
    QByteArray key(32, '\0');
    for (char &c : key)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return "ssh-ed25519 " + (sshString("ssh-ed25519") + sshString(key)).toBase64() + " builder@lab\n";
}

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

    bool fixable() const override { return true; }

    std::optional<FixOption> fixOption(const PlanContext &) const override
    {
        return FixOption{id(),
                         {FixAlternative{Remove, PlanText::tr("Remove the keys and credential files, lock the passwords"), {}, true},
                          FixAlternative{RemoveUsers, PlanText::tr("Remove the users that own them (userdel -r); root's files are removed"), {}, true},
                          FixAlternative{Keep, PlanText::tr("Keep them as they are"), {}, true}},
                         Remove, {}};
    }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        if (fix.alternative == Keep)
            return FixOutcome::unfixed(PlanText::tr("the credentials are kept, as chosen"));
        const QList<CredentialFinding> found = scanBakedCredentials(ctx.files);
        const QStringList users = fix.alternative == RemoveUsers ? removeUsers(ctx, found, fix) : QStringList();
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
            if (users.contains(f.owner)) {
                ctx.files.set(f.path, std::nullopt); // userdel -r removes the home with it
                continue;
            }
            //: %1 is a kind of credential ("private key"), %2 a guest path, %3 a fingerprint such as SHA256:...
            const QString summary = PlanText::tr("Remove the %1 %2 (%3)").arg(credentialKindWord(f.kind), f.path, f.fingerprint);
            // The removal's preview names size and hash, never the content.
            QString real;
            QString problem;
            if (const auto content = ctx.files.editableText(f.path, &real, &problem))
                fix.edits << makeRemoveFile(real, *content, summary);
            else // binary (a DER key): removed in the guest
                fix.edits << makeRunInGuest({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), f.path}, summary);
            ctx.files.set(f.path, std::nullopt);
        }
        lockInView(ctx, locks);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        return steps::render(
            {
                steps::mountGuest(),
                //: Lab mode, manual steps for "no-baked-credentials": lists the files by name and owner, never their content.
                {QT_TRANSLATE_NOOP("ManualSteps",
                                   "SSH keys, known hosts, .netrc and cloud or registry credentials in /root and the home "
                                   "folders (names and owners only):"),
                 {uR"~(find /tmp/guest/root /tmp/guest/home \( -name 'authorized_keys*' -o -name known_hosts -o \( -name 'id_*' ! -name '*.pub' \) -o -name .netrc -o -path '*/.aws/credentials' -o -path '*/.docker/config.json' -o -name clouds.yaml -o -name secure.yaml \) -ls)~"_s}},
                //: Lab mode, manual steps for "no-baked-credentials". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "Files that are private keys, whatever their name:"),
                 {uR"~(grep -rlE -- '-----BEGIN ([A-Z0-9]+ )?PRIVATE KEY-----' /tmp/guest/root /tmp/guest/home)~"_s}},
                //: Lab mode, manual steps for "no-baked-credentials": a fingerprint identifies a key without showing it.
                {QT_TRANSLATE_NOOP("ManualSteps", "Fingerprints of authorized keys (never the keys themselves):"),
                 {u"ssh-keygen -lf /tmp/guest/root/.ssh/authorized_keys"_s}},
                //: Lab mode, manual steps for "no-baked-credentials": prints user names only, never the hashes.
                {QT_TRANSLATE_NOOP("ManualSteps", "Login users other than root with a usable password (names only):"),
                 {uR"~(awk -F: 'NR==FNR { if ($3 != 0 && $7 !~ /(nologin|false)$/) login[$1]=1; next } ($1 in login) && $2 !~ /^[!*]/ { print $1 }' /tmp/guest/etc/passwd /tmp/guest/etc/shadow)~"_s}},
                steps::unmountGuest(),
            },
            {
                //: Lab mode, manual steps for "no-baked-credentials": ssh-userdir is a virt-sysprep operation.
                {QT_TRANSLATE_NOOP("ManualSteps", "Remove every user's .ssh folder (keys, known hosts):"),
                 {u"virt-sysprep -a COPY --operations ssh-userdir"_s}},
                //: Lab mode, manual steps for "no-baked-credentials". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "Remove the credential files and any private key found above:"),
                 {uR"~(virt-customize -a COPY --run-command 'rm -f /root/.netrc /home/*/.netrc /root/.aws/credentials /home/*/.aws/credentials /root/.docker/config.json /home/*/.docker/config.json')~"_s}},
                //: Lab mode, manual steps for "no-baked-credentials": USER stands for each name the check printed.
                {QT_TRANSLATE_NOOP("ManualSteps", "Lock each password found above (USER is the name), or remove the user:"),
                 {u"virt-customize -a COPY --run-command 'passwd -l USER'"_s, u"virt-customize -a COPY --run-command 'userdel -r USER'"_s}},
            });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "leaves the builder's SSH key in root's authorized_keys and a .netrc with a password");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override
    {
        ctx.writeFile(fix, EditKind::WriteFile, QStringLiteral("/root/.ssh/authorized_keys"), labPublicKey(), 0600,
                      LabDefects::tr("Leave the builder's SSH key in root's authorized_keys"));
        ctx.writeFile(fix, EditKind::WriteFile, QStringLiteral("/root/.netrc"), "machine mirror.example.com login builder password training\n",
                      0600, LabDefects::tr("Leave a .netrc with a mirror password in /root"));
    }

private:
    // userdel -r for every non-root user that has a password or owns a finding.
    static QStringList removeUsers(PlanContext &ctx, const QList<CredentialFinding> &found, Fix &fix)
    {
        QStringList users;
        for (const CredentialFinding &f : found) {
            const QString user = f.kind == CredentialKind::UserPassword ? f.user : f.owner;
            if (user != QLatin1String("root") && user != QLatin1String("0") && !users.contains(user))
                users << user;
        }
        for (const QString &u : std::as_const(users))
            fix.edits << makeRunInGuest({QStringLiteral("userdel"), QStringLiteral("-r"), u}, PlanText::tr("Remove user %1 with its home directory").arg(u));
        dropUsersInView(ctx, users);
        return users;
    }
};

} // namespace

IMAGEPREP_UNIT(NoBakedCredentials)

} // namespace imageprep::units
