#include "lab/PublishDefects.h"

#include "checks/CloudInitLocale.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtEndian>

namespace imageprep::lab {

namespace {

class LabDefects {
    Q_DECLARE_TR_FUNCTIONS(LabDefects)
};

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
    const QByteArray blob = sshString("ssh-ed25519") + sshString(key);
    return "ssh-ed25519 " + blob.toBase64() + " builder@lab\n";
}

void write(PlannedFiles &files, Fix &fix, const QString &path, const QByteArray &content, uint mode, const QString &summary)
{
    QString real = path;
    QString problem;
    const auto before = files.editableText(path, &real, &problem);
    fix.edits << makeFileEdit(EditKind::WriteFile, real, before, content, summary, mode);
    files.set(real, content);
}

} // namespace

QString plantBakedCredentials(PlannedFiles &files, Fix &fix)
{
    write(files, fix, QStringLiteral("/root/.ssh/authorized_keys"), labPublicKey(), 0600,
          LabDefects::tr("Leave the builder's SSH key in root's authorized_keys"));
    write(files, fix, QStringLiteral("/root/.netrc"), "machine mirror.example.com login builder password training\n", 0600,
          LabDefects::tr("Leave a .netrc with a mirror password in /root"));
    return {};
}

QString plantCloudInitLocale(const GuestFacts &facts, PlannedFiles &files, Fix &fix)
{
    if (!facts.hasPackage(QStringLiteral("cloud-init")))
        return LabDefects::tr("needs cloud-init in the guest.");
    // A locale a minimal guest never has generated.
    const QString locale = QStringLiteral("fr_FR.UTF-8");
    if (localeAvailable(facts, files, locale).available)
        return LabDefects::tr("the guest already has locale %1.").arg(locale);
    write(files, fix, QStringLiteral("/etc/cloud/cloud.cfg.d/90_lab-locale.cfg"), "# the builder's own locale\nlocale: fr_FR.UTF-8\n", 0644,
          LabDefects::tr("Have cloud-init set locale %1, which the guest does not have").arg(locale));
    return {};
}

} // namespace imageprep::lab
