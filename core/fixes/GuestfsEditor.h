#pragma once
// GuestfsEditor: GuestEditor over the session's libguestfs handle (guest
// mounted at /). Used only on the worker thread that owns the GuestSession.
// Keeps owner, mode and the security.selinux attribute of replaced files,
// invalidates the GuestfsFiles caches after every change, and sends command
// and package output to the session log. Internal to core.

#include "fixes/GuestEditor.h"
#include "guest/GuestFacts.h"

namespace imageprep {

class GuestSession;

class GuestfsEditor final : public GuestEditor {
public:
    // Remounts the guest read-write (GuestSession::makeWritable): it is for editing.
    explicit GuestfsEditor(GuestSession &guest);

    const GuestFiles &files() const override;
    Status writeFile(const QString &path, const QByteArray &content, uint newMode) override;
    Status removeFile(const QString &path) override;
    Status makeDirs(const QString &path) override;
    Status symlink(const QString &target, const QString &link) override;
    Result<QString> run(const QStringList &argv) override;
    Result<QString> installPackages(const PackageInstall &install) override;
    bool isCancelled() const override;

private:
    Error fail(const QString &what) const;
    Result<QString> shell(const QString &script);
    void invalidate();

    GuestSession &m_guest;
};

} // namespace imageprep
