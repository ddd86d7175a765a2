#pragma once
// A per-session scratch folder: extracted disks and the qcow2 overlay that
// receives every write of the session. Removed by the destructor unless
// setKeep(true); a crashed session leaves it behind but never touches the
// original image, and the next session sweeps it away (removeAbandoned).
//
// Each folder holds a hidden owner record (".imageprep-owner": process id,
// the process's start time and the boot id), so a sweep can tell a folder
// whose session still runs from one whose process is gone. A kept folder
// also holds ".imageprep-keep" and is never swept.

#include "image/ImageInfo.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace imageprep {

class Workspace {
public:
    // Creates `imageprep-XXXXXX` (mode 0700) under parentDir, or
    // $IMAGEPREP_WORKDIR, or QDir::tempPath(). Check isValid() afterwards.
    explicit Workspace(const QString &parentDir = {});
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    bool isValid() const;
    Error error() const; // why the folder could not be created

    QString path() const;
    QString filePath(const QString &name) const;

    void setKeep(bool keep);
    bool keep() const;

    // Free bytes on the file system that holds the workspace, -1 if unknown.
    qint64 bytesAvailable() const;
    // NoSpace (with both numbers in the message) when fewer than `bytes` are free.
    Status ensureFreeSpace(qint64 bytes) const;

    // `qemu-img create -f qcow2 -u -F <format> -b <absolute base> overlay.qcow2`:
    // every later write lands in the overlay, the base is never opened for
    // writing (with -u qemu-img does not even open it). Returns the overlay path.
    Result<QString> createOverlay(const ImageInfo &base);

    struct Sweep {
        QStringList removed; // folders removed
        qint64 bytes = 0;    // bytes they held
        QStringList failed;  // folders that could not be removed (left as they were)
    };
    // Removes the `imageprep-XXXXXX` folders under parentDir (default as for
    // the constructor) that sessions left behind: the owner process is gone
    // (not running, or the pid now belongs to another process, or another
    // boot), or, for a folder without an owner record (older versions), it is
    // untouched for a day. Never a kept folder, a symlink, a folder of another
    // user, or a running session's folder; never follows links inside.
    static Sweep removeAbandoned(const QString &parentDir = {});

private:
    QTemporaryDir m_dir;
    Error m_error;
};

} // namespace imageprep
