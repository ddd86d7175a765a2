#pragma once
// GuestEditor: the write side of a guest, as edits use it. Paths are absolute
// guest paths already resolved inside the guest (the planner resolves guest
// symlinks through GuestFiles, never on the host). Writing an existing file
// keeps its owner, mode and SELinux context. Every method modifies the guest
// except files() and isCancelled().
// Implementations: GuestfsEditor (libguestfs handle, worker thread only) and
// MemoryGuestEditor (over MemoryGuestFiles, for unit tests).

#include "guest/GuestFiles.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace imageprep {

struct PackageInstall;

class GuestEditor {
public:
    virtual ~GuestEditor() = default;

    // Current view of the guest (reflects writes made through this editor).
    virtual const GuestFiles &files() const = 0;

    // Creates or replaces a regular file; parents must exist (see makeDirs).
    // newMode applies only when the file does not exist yet.
    virtual Status writeFile(const QString &path, const QByteArray &content, uint newMode) = 0;
    virtual Status removeFile(const QString &path) = 0; // file or symlink
    virtual Status makeDirs(const QString &path) = 0;   // mkdir -p, mode 0755
    virtual Status symlink(const QString &target, const QString &link) = 0;
    // Runs argv inside the guest (chroot); output goes to the log.
    virtual Result<QString> run(const QStringList &argv) = 0;
    virtual Result<QString> installPackages(const PackageInstall &install) = 0;

    virtual bool isCancelled() const { return false; }

    // Package and command output, for the session log.
    std::function<void(const QString &)> log;
};

// In-memory editor for unit tests: writes go to the MemoryGuestFiles tree;
// run() and installPackages() record what they were asked to do and succeed
// (or fail when failCommands is set), since a memory tree runs nothing.
class MemoryGuestEditor final : public GuestEditor {
public:
    explicit MemoryGuestEditor(MemoryGuestFiles &files) : m_files(files) {}

    const GuestFiles &files() const override { return m_files; }
    Status writeFile(const QString &path, const QByteArray &content, uint newMode) override;
    Status removeFile(const QString &path) override;
    Status makeDirs(const QString &path) override;
    Status symlink(const QString &target, const QString &link) override;
    Result<QString> run(const QStringList &argv) override;
    Result<QString> installPackages(const PackageInstall &install) override;

    QList<QStringList> commands;    // every run() argv, in order
    QStringList installed;          // package names or local files installed
    bool failCommands = false;
    // Tests simulate what a package manager or systemctl would change.
    std::function<void(const PackageInstall &)> onInstall;
    std::function<void(const QStringList &)> onRun;

private:
    MemoryGuestFiles &m_files;
};

} // namespace imageprep
