#pragma once
// GuestFiles: read-only view of a guest's file tree, as checks see it.
// Implementations provide the raw operations (lstat, readlink, list, pread);
// this class resolves paths itself so that a guest symlink is followed only
// inside the guest: a link that climbs above the root or loops is reported,
// never followed. Reads are bounded. A read that fails for another reason
// than a missing file (a loop, a file over the limit, a non-file) is noted
// in the attached failure log, so a check never passes on what it could not
// read (see Requirement::check).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep {

struct GuestStat {
    enum class Type { Missing, Regular, Directory, Symlink, Other };
    Type type = Type::Missing;
    qint64 size = 0;
    uint mode = 0; // permission bits
    uint uid = 0;
    uint gid = 0;
};

struct GuestRead {
    enum class Status { Ok, Missing, NotAFile, TooLarge, SymlinkLoop, SymlinkEscapes, Error };
    Status status = Status::Missing;
    QByteArray content;
    QString resolvedPath; // path after following guest symlinks
    QString message;      // for anything but Ok
    bool ok() const { return status == Status::Ok; }
};

struct GuestReadFailure {
    QString path;
    QString message;
    bool operator==(const GuestReadFailure &) const = default;
};

class GuestFiles {
public:
    static constexpr qint64 DefaultReadLimit = 4 * 1024 * 1024;

    virtual ~GuestFiles() = default;

    // Raw operations on absolute guest paths; no symlink following.
    virtual GuestStat lstat(const QString &path) const = 0;
    virtual QString readlink(const QString &path) const = 0;
    virtual QStringList list(const QString &dir) const = 0; // entry names, sorted
    virtual QByteArray readBytes(const QString &path, qint64 maxBytes) const = 0;

    // Resolves every symlink in path inside the guest root.
    // Returns the resolved path, or nullopt with status set on a loop/escape.
    std::optional<QString> resolve(const QString &path, GuestRead::Status *why = nullptr,
                                   QString *message = nullptr) const;

    // stat() after following guest symlinks; Missing when unresolvable.
    GuestStat stat(const QString &path) const;
    bool exists(const QString &path) const { return stat(path).type != GuestStat::Type::Missing; }
    // A folder or device where a file is asked for is noted as a failed read.
    bool isFile(const QString &path) const;
    bool isDir(const QString &path) const { return stat(path).type == GuestStat::Type::Directory; }

    // Bounded, symlink-safe read of a regular file.
    GuestRead read(const QString &path, qint64 maxBytes = DefaultReadLimit) const;
    // Convenience: content when readable, else empty.
    QString readText(const QString &path, qint64 maxBytes = DefaultReadLimit) const;

    // Entries of dir (after resolving dir) whose names match a wildcard such as "ifcfg-*".
    QStringList glob(const QString &dir, const QString &pattern) const;

    // While attached (non-null), failed resolves and reads are appended to log.
    void attachFailureLog(QList<GuestReadFailure> *log) const { m_failures = log; }

private:
    void noteFailure(const QString &path, const QString &message) const;
    mutable QList<GuestReadFailure> *m_failures = nullptr;
};

// A guest tree held in memory: unit tests and lab exercises build one.
class MemoryGuestFiles final : public GuestFiles {
public:
    void addFile(const QString &path, const QByteArray &content, uint mode = 0644);
    // A regular file of `size` bytes whose content cannot be read (an I/O error).
    void addUnreadableFile(const QString &path, qint64 size);
    void addDir(const QString &path, uint mode = 0755);
    void addSymlink(const QString &path, const QString &target);
    void remove(const QString &path);

    GuestStat lstat(const QString &path) const override;
    QString readlink(const QString &path) const override;
    QStringList list(const QString &dir) const override;
    QByteArray readBytes(const QString &path, qint64 maxBytes) const override;

private:
    struct Node {
        GuestStat::Type type = GuestStat::Type::Missing;
        QByteArray content; // file content or link target
        uint mode = 0;
        qint64 unreadableSize = 0; // addUnreadableFile: the size lstat reports
    };
    void ensureParents(const QString &path);
    QHash<QString, Node> m_nodes;
};

// Normalises "a//b/./c" to "/a/b/c" without touching "..".
QString cleanGuestPath(const QString &path);

} // namespace imageprep
