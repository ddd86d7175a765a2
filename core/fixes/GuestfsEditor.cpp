#include "fixes/GuestfsEditor.h"

#include "fixes/Edit.h"
#include "guest/FileFacts.h"
#include "guest/GuestSession.h"
#include "guest/GuestfsUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <vector>

namespace imageprep {

namespace {
class EditorText {
    Q_DECLARE_TR_FUNCTIONS(EditorText)
};

QString shellQuote(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

constexpr const char *SelinuxAttr = "security.selinux";
const QString UploadDir = QStringLiteral("/var/tmp/imageprep-packages");
} // namespace

GuestfsEditor::GuestfsEditor(GuestSession &guest)
    : m_guest(guest)
{
    // The session mounts read-only until something edits; an editor does.
    // A failure here shows again as the first write's own error.
    (void)m_guest.makeWritable();
}

const GuestFiles &GuestfsEditor::files() const
{
    return m_guest.files();
}

bool GuestfsEditor::isCancelled() const
{
    return m_guest.isCancelled();
}

void GuestfsEditor::invalidate()
{
    m_guest.invalidateFiles();
}

Error GuestfsEditor::fail(const QString &what) const
{
    if (m_guest.isCancelled())
        return makeError(ErrorCode::Cancelled, EditorText::tr("Cancelled."));
    return makeError(ErrorCode::GuestError, what, m_guest.lastError());
}

Status GuestfsEditor::writeFile(const QString &path, const QByteArray &content, uint newMode)
{
    guestfs_h *g = m_guest.handle();
    const QByteArray p = gfs::path(path);
    // Owner, mode and SELinux label of the file being replaced.
    struct guestfs_statns *st = guestfs_lstatns(g, p.constData());
    const bool existed = st != nullptr;
    long long uid = 0, gid = 0, mode = newMode;
    if (st) {
        uid = st->st_uid;
        gid = st->st_gid;
        mode = st->st_mode & 07777;
        guestfs_free_statns(st);
    }
    QByteArray label;
    if (existed) {
        size_t size = 0;
        guestfs_push_error_handler(g, nullptr, nullptr); // no label is normal
        if (char *v = guestfs_lgetxattr(g, p.constData(), SelinuxAttr, &size)) {
            label = QByteArray(v, qsizetype(size));
            std::free(v);
        }
        guestfs_pop_error_handler(g);
    }
    invalidate();
    if (guestfs_write(g, p.constData(), content.constData(), size_t(content.size())) == -1)
        return fail(EditorText::tr("Could not write %1.").arg(path));
    if (guestfs_chown(g, int(uid), int(gid), p.constData()) == -1
        || guestfs_chmod(g, int(mode), p.constData()) == -1)
        return fail(EditorText::tr("Could not restore the owner and mode of %1.").arg(path));
    if (!label.isEmpty()
        && guestfs_lsetxattr(g, SelinuxAttr, label.constData(), int(label.size()), p.constData()) == -1)
        return fail(EditorText::tr("Could not restore the SELinux context of %1.").arg(path));
    return success();
}

Status GuestfsEditor::removeFile(const QString &path)
{
    invalidate();
    if (guestfs_rm(m_guest.handle(), gfs::path(path).constData()) == -1)
        return fail(EditorText::tr("Could not remove %1.").arg(path));
    return success();
}

Status GuestfsEditor::makeDirs(const QString &path)
{
    invalidate();
    if (guestfs_mkdir_p(m_guest.handle(), gfs::path(path).constData()) == -1)
        return fail(EditorText::tr("Could not create the folder %1.").arg(path));
    return success();
}

Status GuestfsEditor::symlink(const QString &target, const QString &link)
{
    invalidate();
    if (guestfs_ln_s(m_guest.handle(), gfs::path(target).constData(), gfs::path(link).constData()) == -1)
        return fail(EditorText::tr("Could not create the link %1.").arg(link));
    return success();
}

Result<QString> GuestfsEditor::run(const QStringList &argv)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.push_back(a.toUtf8());
    std::vector<char *> args;
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    invalidate();
    char *out = guestfs_command(m_guest.handle(), args.data());
    if (!out)
        return fail(EditorText::tr("The command %1 failed in the guest.").arg(argv.join(QLatin1Char(' '))));
    const QString text = gfs::takeString(out);
    if (log && !text.trimmed().isEmpty())
        log(text.trimmed());
    return text;
}

Result<QString> GuestfsEditor::shell(const QString &script)
{
    invalidate();
    char *out = guestfs_sh(m_guest.handle(), script.toUtf8().constData());
    if (!out)
        return fail(EditorText::tr("A command failed in the guest."));
    const QString text = gfs::takeString(out);
    if (log && !text.trimmed().isEmpty())
        log(text.trimmed());
    return text;
}

Result<QString> GuestfsEditor::installPackages(const PackageInstall &install)
{
    guestfs_h *g = m_guest.handle();
    QStringList targets;
    if (!install.localDir.isEmpty()) {
        if (guestfs_mkdir_p(g, gfs::path(UploadDir).constData()) == -1)
            return fail(EditorText::tr("Could not create %1 in the guest.").arg(UploadDir));
        for (const QString &name : install.localFiles) {
            const QString host = QDir(install.localDir).filePath(name);
            const QString guestPath = UploadDir + QLatin1Char('/') + QFileInfo(name).fileName();
            if (guestfs_upload(g, QFile::encodeName(host).constData(), gfs::path(guestPath).constData()) == -1)
                return fail(EditorText::tr("Could not copy %1 into the guest.").arg(host));
            targets << shellQuote(guestPath);
        }
    } else {
        for (const QString &p : install.packages)
            targets << shellQuote(p);
    }
    const QString list = targets.join(QLatin1Char(' '));
    const bool local = !install.localDir.isEmpty();
    QString script;
    // The guest's resolv.conf may point at a resolver that only exists when it
    // runs (systemd-resolved); use the appliance network's resolver meanwhile.
    const QString dnsWrap = QStringLiteral(
        "r=/etc/resolv.conf; saved=; if [ -e $r ] || [ -L $r ]; then saved=$(mktemp /tmp/resolv.XXXXXX); rm -f $saved; mv $r $saved; fi; "
        "echo 'nameserver 10.0.2.3' > $r; %1; rc=$?; rm -f $r; if [ -n \"$saved\" ]; then mv $saved $r; fi; exit $rc");
    const QString m = install.manager;
    if (m == QLatin1String("apt")) {
        script = local ? QStringLiteral("export DEBIAN_FRONTEND=noninteractive; dpkg -i %1 || apt-get -y -f --no-download install").arg(list)
                       : QStringLiteral("export DEBIAN_FRONTEND=noninteractive; apt-get -q update && apt-get -q -y install %1").arg(list);
    } else if (m == QLatin1String("dnf") || m == QLatin1String("yum")) {
        script = local ? QStringLiteral("%1 -y --disablerepo='*' install %2").arg(m, list)
                       : QStringLiteral("%1 -y install %2").arg(m, list);
    } else if (m == QLatin1String("zypper")) {
        script = QStringLiteral("zypper --non-interactive install %1").arg(list);
    } else if (m == QLatin1String("apk")) {
        script = local ? QStringLiteral("apk add --allow-untrusted %1").arg(list) : QStringLiteral("apk add %1").arg(list);
    } else {
        return makeError(ErrorCode::UnsupportedOs, EditorText::tr("imageprep cannot install packages with %1.").arg(m));
    }
    if (!local)
        script = dnsWrap.arg(QStringLiteral("( %1 ) 2>&1").arg(script));
    else
        script = QStringLiteral("( %1 ) 2>&1; rc=$?; rm -rf %2; exit $rc").arg(script, UploadDir);
    if (log)
        log(EditorText::tr("Installing packages in the guest: %1").arg(list));
    return shell(script);
}

} // namespace imageprep
