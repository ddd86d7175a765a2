#pragma once
// Edit: one typed change to a guest, built by the planner and immutable once
// built. Building an edit changes nothing; diff() is free of side effects and
// shows exactly what apply() writes. File edits carry the SHA-256 of the
// content they were planned against, and apply() refuses when the guest file
// changed since (or when it is binary or oversized).

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace imageprep {

class GuestEditor;

enum class EditKind {
    WriteFile,       // create or replace a file
    EmptyFile,       // truncate to zero bytes (kept, not deleted)
    RemoveFile,      // delete a file (or a symlink)
    EditLines,       // remove or change lines of a text file
    EnableService,   // create service links (or run the init system's enable tool)
    DisableService,  // remove service links; the package stays installed
    InstallPackages, // guest package manager: from its repositories or a local folder
    FirstBootScript, // a script (and its unit) that runs at first boot
    SelinuxRelabel,  // /.autorelabel: relabel on next boot
    RunInGuest,      // a command run inside the guest (update-grub, ...)
};

// Stable machine name: "write-file", "install-packages", ...
QString toString(EditKind kind);

// Files larger than this, or containing a NUL byte, are never edited.
constexpr qint64 MaxEditableFileSize = 1024 * 1024;

class Edit {
public:
    virtual ~Edit() = default;

    virtual EditKind kind() const = 0;
    virtual QString summary() const = 0; // translated at call time
    virtual QString path() const = 0;    // guest path (resolved); empty when none
    // Unified diff for file edits; a pseudo-diff or list for everything else.
    virtual QString diff() const = 0;
    // SHA-256 (hex) of the content apply() expects to find; nullopt when the
    // edit does not depend on a file's content (services, packages, commands).
    virtual std::optional<QByteArray> expectedHash() const { return std::nullopt; }
    // Performs the change; modifies the guest.
    virtual Status apply(GuestEditor &editor) const = 0;
};

using EditPtr = std::shared_ptr<const Edit>;

// ---- Builders. All are pure: they only record what to do. ----

// File content edits. `before` is the current content (nullopt: the file does
// not exist yet), `after` the content apply() writes. `mode` is used only for
// a new file; an existing file keeps its owner, mode and SELinux context.
// kind is one of WriteFile, EmptyFile, EditLines, FirstBootScript, SelinuxRelabel.
EditPtr makeFileEdit(EditKind kind, const QString &path, const std::optional<QByteArray> &before,
                     const QByteArray &after, const QString &summary, uint mode = 0644);
EditPtr makeRemoveFile(const QString &path, const QByteArray &before, const QString &summary);
// A symlink removed (service links, generator masks); target is shown in the diff.
EditPtr makeRemoveLink(const QString &path, const QString &target, const QString &summary);

// One symlink to create (link -> target) or remove, for service edits.
struct ServiceLink {
    QString link;
    QString target;
};
// Service enable/disable as explicit link changes the preview lists.
// `commands` (argv lists run inside the guest after the links) are used when
// the unit arrives with a package of the same plan and its links are unknown.
EditPtr makeServiceEdit(EditKind kind, const QString &service, const QList<ServiceLink> &links,
                        const QList<QStringList> &commands = {});

struct PackageInstall {
    QString manager;          // apt, dnf, yum, zypper, apk
    QStringList packages;     // names (repository install)
    QString localDir;         // non-empty: install these files instead
    QStringList localFiles;   // file names inside localDir (.deb/.rpm/.apk)
};
EditPtr makeInstallPackages(const PackageInstall &install);

// Log files are state, not configuration: this edit is a rule applied when it
// runs (installs earlier in the plan append to logs), so its preview states
// the rule and lists the files found at plan time. Every non-empty regular
// file under dir (3 levels, symlinks not followed) is emptied, except that
// binary journal files under dir/journal are removed.
EditPtr makeClearLogs(const QString &dir, const QStringList &filesAtPlanTime);

// A command (argv) run inside the guest, with a summary for the preview.
EditPtr makeRunInGuest(const QStringList &argv, const QString &summary);

} // namespace imageprep
