#include "fixes/Edit.h"

#include "fixes/GuestEditor.h"
#include "fixes/TextDiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace imageprep {

namespace {

class EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

Error refused(const QString &path, const QString &why)
{
    return makeError(ErrorCode::GuestError, EditText::tr("%1 was not changed: %2").arg(path, why));
}

// The guest file as apply() finds it, checked against what the plan expected.
Status verifyUnchanged(const GuestEditor &editor, const QString &path, const std::optional<QByteArray> &before)
{
    const GuestStat st = editor.files().lstat(path);
    if (!before) {
        if (st.type != GuestStat::Type::Missing)
            return refused(path, EditText::tr("it was created since the plan was made."));
        return success();
    }
    if (st.type != GuestStat::Type::Regular)
        return refused(path, EditText::tr("it is no longer a regular file."));
    if (st.size > MaxEditableFileSize)
        return refused(path, EditText::tr("it is larger than %1 bytes.").arg(MaxEditableFileSize));
    const QByteArray now = editor.files().readBytes(path, MaxEditableFileSize + 1);
    if (now.contains('\0'))
        return refused(path, EditText::tr("it is a binary file."));
    if (sha256(now) != sha256(*before))
        return refused(path, EditText::tr("its content changed since the plan was made."));
    return success();
}

QString quoteArgv(const QStringList &argv)
{
    QStringList out;
    for (const QString &a : argv) {
        const bool plain = !a.isEmpty() && std::all_of(a.cbegin(), a.cend(), [](QChar c) {
            return c.isLetterOrNumber() || QStringLiteral("-_./=:,+@").contains(c);
        });
        out << (plain ? a : QLatin1Char('\'') + QString(a).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + QLatin1Char('\''));
    }
    return out.join(QLatin1Char(' '));
}

class FileEdit final : public Edit {
public:
    FileEdit(EditKind kind, QString path, std::optional<QByteArray> before, QByteArray after, QString summary, uint mode)
        : m_kind(kind), m_path(std::move(path)), m_before(std::move(before)), m_after(std::move(after)),
          m_summary(std::move(summary)), m_mode(mode)
    {
    }
    EditKind kind() const override { return m_kind; }
    QString summary() const override { return m_summary; }
    QString path() const override { return m_path; }
    QString diff() const override
    {
        QString d = unifiedDiff(m_before.value_or(QByteArray()), m_after,
                                m_before ? QStringLiteral("a") + m_path : QStringLiteral("/dev/null"),
                                QStringLiteral("b") + m_path);
        if (!m_before)
            d.prepend(EditText::tr("new file, mode %1").arg(m_mode, 4, 8, QLatin1Char('0')) + QLatin1Char('\n'));
        else if (m_after.isEmpty() && d.isEmpty())
            d = EditText::tr("%1 is already empty").arg(m_path) + QLatin1Char('\n');
        return d;
    }
    std::optional<QByteArray> expectedHash() const override
    {
        return m_before ? std::optional<QByteArray>(sha256(*m_before)) : std::nullopt;
    }
    Status apply(GuestEditor &editor) const override
    {
        if (m_after.size() > MaxEditableFileSize || m_after.contains('\0'))
            return refused(m_path, EditText::tr("the new content is binary or too large."));
        if (Status s = verifyUnchanged(editor, m_path, m_before); !s)
            return s;
        if (!m_before) {
            if (Status s = editor.makeDirs(parentOf(m_path)); !s)
                return s;
        }
        return editor.writeFile(m_path, m_after, m_mode);
    }

private:
    EditKind m_kind;
    QString m_path;
    std::optional<QByteArray> m_before;
    QByteArray m_after;
    QString m_summary;
    uint m_mode;
};

class RemoveFile final : public Edit {
public:
    RemoveFile(QString path, QByteArray before, QString summary, bool isLink, QString target)
        : m_path(std::move(path)), m_before(std::move(before)), m_summary(std::move(summary)), m_isLink(isLink),
          m_target(std::move(target))
    {
    }
    EditKind kind() const override { return EditKind::RemoveFile; }
    QString summary() const override { return m_summary; }
    QString path() const override { return m_path; }
    QString diff() const override
    {
        // A list, not the content: removed files include private host keys.
        if (m_isLink)
            return QStringLiteral("- %1 -> %2\n").arg(m_path, m_target);
        return QStringLiteral("--- a%1\n+++ /dev/null\n").arg(m_path)
            + EditText::tr("removed (%n byte(s), sha256 %1)", nullptr, int(m_before.size()))
                  .arg(QString::fromLatin1(sha256(m_before).left(16)))
            + QLatin1Char('\n');
    }
    std::optional<QByteArray> expectedHash() const override
    {
        return m_isLink ? std::nullopt : std::optional<QByteArray>(sha256(m_before));
    }
    Status apply(GuestEditor &editor) const override
    {
        if (m_isLink) {
            const GuestStat st = editor.files().lstat(m_path);
            if (st.type == GuestStat::Type::Missing)
                return success();
            if (st.type != GuestStat::Type::Symlink || editor.files().readlink(m_path) != m_target)
                return refused(m_path, EditText::tr("it changed since the plan was made."));
            return editor.removeFile(m_path);
        }
        if (Status s = verifyUnchanged(editor, m_path, m_before); !s)
            return s;
        return editor.removeFile(m_path);
    }

private:
    QString m_path;
    QByteArray m_before;
    QString m_summary;
    bool m_isLink;
    QString m_target;
};

class ServiceEdit final : public Edit {
public:
    ServiceEdit(EditKind kind, QString service, QList<ServiceLink> links, QList<QStringList> commands)
        : m_kind(kind), m_service(std::move(service)), m_links(std::move(links)), m_commands(std::move(commands))
    {
    }
    EditKind kind() const override { return m_kind; }
    QString summary() const override
    {
        return m_kind == EditKind::EnableService ? EditText::tr("Enable the service %1").arg(m_service)
                                                 : EditText::tr("Disable the service %1 (it stays installed)").arg(m_service);
    }
    QString path() const override { return m_links.isEmpty() ? QString() : m_links.first().link; }
    QString diff() const override
    {
        const QChar sign = m_kind == EditKind::EnableService ? QLatin1Char('+') : QLatin1Char('-');
        QString d = QStringLiteral("service %1: %2\n")
                        .arg(m_service, m_kind == EditKind::EnableService ? QStringLiteral("enable") : QStringLiteral("disable"));
        for (const ServiceLink &l : m_links)
            d += QStringLiteral("%1 %2 -> %3\n").arg(sign).arg(l.link, l.target);
        for (const QStringList &c : m_commands)
            d += QStringLiteral("$ %1\n").arg(quoteArgv(c));
        return d;
    }
    Status apply(GuestEditor &editor) const override
    {
        for (const ServiceLink &l : m_links) {
            const GuestStat st = editor.files().lstat(l.link);
            const bool linked = st.type == GuestStat::Type::Symlink && editor.files().readlink(l.link) == l.target;
            if (m_kind == EditKind::EnableService) {
                if (linked)
                    continue;
                if (st.type != GuestStat::Type::Missing)
                    return refused(l.link, EditText::tr("something else exists at that path."));
                if (Status s = editor.makeDirs(parentOf(l.link)); !s)
                    return s;
                if (Status s = editor.symlink(l.target, l.link); !s)
                    return s;
            } else {
                if (st.type == GuestStat::Type::Missing)
                    continue;
                if (st.type != GuestStat::Type::Symlink)
                    return refused(l.link, EditText::tr("it is not a service link."));
                if (Status s = editor.removeFile(l.link); !s)
                    return s;
            }
        }
        for (const QStringList &c : m_commands) {
            auto r = editor.run(c);
            if (!r)
                return r.error();
        }
        return success();
    }

private:
    EditKind m_kind;
    QString m_service;
    QList<ServiceLink> m_links;
    QList<QStringList> m_commands;
};

class InstallEdit final : public Edit {
public:
    explicit InstallEdit(PackageInstall install) : m_install(std::move(install)) {}
    EditKind kind() const override { return EditKind::InstallPackages; }
    QString summary() const override
    {
        if (!m_install.localDir.isEmpty())
            return EditText::tr("Install %1 from the local folder %2")
                .arg(m_install.packages.join(QStringLiteral(", ")), m_install.localDir);
        return EditText::tr("Install %1 from the guest's package repositories (%2)")
            .arg(m_install.packages.join(QStringLiteral(", ")), m_install.manager);
    }
    QString path() const override { return {}; }
    QString diff() const override
    {
        QString d;
        if (!m_install.localDir.isEmpty()) {
            d = EditText::tr("packages (%1, local files from %2):").arg(m_install.manager, m_install.localDir) + QLatin1Char('\n');
            for (const QString &f : m_install.localFiles)
                d += QStringLiteral("+ %1\n").arg(f);
        } else {
            d = EditText::tr("packages (%1, from the guest's repositories, appliance network on):").arg(m_install.manager)
                + QLatin1Char('\n');
            for (const QString &p : m_install.packages)
                d += QStringLiteral("+ %1\n").arg(p);
        }
        return d;
    }
    Status apply(GuestEditor &editor) const override
    {
        auto r = editor.installPackages(m_install);
        if (!r)
            return r.error();
        return success();
    }

private:
    PackageInstall m_install;
};

class ClearLogs final : public Edit {
public:
    ClearLogs(QString dir, QStringList files) : m_dir(std::move(dir)), m_files(std::move(files)) {}
    EditKind kind() const override { return EditKind::EmptyFile; }
    QString summary() const override { return EditText::tr("Empty the log files under %1").arg(m_dir); }
    QString path() const override { return m_dir; }
    QString diff() const override
    {
        QString d = EditText::tr("empty every non-empty file under %1 when applied (journal files removed); now:").arg(m_dir)
            + QLatin1Char('\n');
        for (const QString &f : m_files)
            d += QStringLiteral("~ %1\n").arg(f);
        return d;
    }
    Status apply(GuestEditor &editor) const override
    {
        // Collect first: editing while listing would invalidate the listing.
        QStringList targets;
        QStringList dirs{m_dir};
        for (int depth = 0; depth < 3 && !dirs.isEmpty(); ++depth) {
            QStringList next;
            for (const QString &dir : std::as_const(dirs)) {
                for (const QString &name : editor.files().list(dir)) {
                    const QString p = dir + QLatin1Char('/') + name;
                    const GuestStat st = editor.files().lstat(p);
                    if (st.type == GuestStat::Type::Directory)
                        next << p;
                    else if (st.type == GuestStat::Type::Regular && st.size > 0)
                        targets << p;
                }
            }
            dirs = next;
        }
        const QString journal = m_dir + QStringLiteral("/journal/");
        for (const QString &p : std::as_const(targets)) {
            const GuestStat st = editor.files().lstat(p);
            const Status s = p.startsWith(journal) ? editor.removeFile(p) : editor.writeFile(p, QByteArray(), st.mode);
            if (!s)
                return s;
        }
        return success();
    }

private:
    QString m_dir;
    QStringList m_files;
};

class RunEdit final : public Edit {
public:
    RunEdit(QStringList argv, QString summary) : m_argv(std::move(argv)), m_summary(std::move(summary)) {}
    EditKind kind() const override { return EditKind::RunInGuest; }
    QString summary() const override { return m_summary; }
    QString path() const override { return {}; }
    QString diff() const override { return QStringLiteral("$ %1\n").arg(quoteArgv(m_argv)); }
    Status apply(GuestEditor &editor) const override
    {
        auto r = editor.run(m_argv);
        if (!r)
            return r.error();
        return success();
    }

private:
    QStringList m_argv;
    QString m_summary;
};

} // namespace

QString toString(EditKind kind)
{
    switch (kind) {
    case EditKind::WriteFile: return QStringLiteral("write-file");
    case EditKind::EmptyFile: return QStringLiteral("empty-file");
    case EditKind::RemoveFile: return QStringLiteral("remove-file");
    case EditKind::EditLines: return QStringLiteral("edit-lines");
    case EditKind::EnableService: return QStringLiteral("enable-service");
    case EditKind::DisableService: return QStringLiteral("disable-service");
    case EditKind::InstallPackages: return QStringLiteral("install-packages");
    case EditKind::FirstBootScript: return QStringLiteral("first-boot-script");
    case EditKind::SelinuxRelabel: return QStringLiteral("selinux-relabel");
    case EditKind::RunInGuest: return QStringLiteral("run-in-guest");
    }
    return {};
}

EditPtr makeFileEdit(EditKind kind, const QString &path, const std::optional<QByteArray> &before,
                     const QByteArray &after, const QString &summary, uint mode)
{
    return std::make_shared<FileEdit>(kind, path, before, after, summary, mode);
}

EditPtr makeRemoveFile(const QString &path, const QByteArray &before, const QString &summary)
{
    return std::make_shared<RemoveFile>(path, before, summary, false, QString());
}

EditPtr makeRemoveLink(const QString &path, const QString &target, const QString &summary)
{
    return std::make_shared<RemoveFile>(path, QByteArray(), summary, true, target);
}

EditPtr makeServiceEdit(EditKind kind, const QString &service, const QList<ServiceLink> &links,
                        const QList<QStringList> &commands)
{
    return std::make_shared<ServiceEdit>(kind, service, links, commands);
}

EditPtr makeInstallPackages(const PackageInstall &install)
{
    return std::make_shared<InstallEdit>(install);
}

EditPtr makeClearLogs(const QString &dir, const QStringList &filesAtPlanTime)
{
    return std::make_shared<ClearLogs>(dir, filesAtPlanTime);
}

EditPtr makeRunInGuest(const QStringList &argv, const QString &summary)
{
    return std::make_shared<RunEdit>(argv, summary);
}

} // namespace imageprep
