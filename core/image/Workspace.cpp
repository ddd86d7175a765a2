#include "image/Workspace.h"
#include "image/ImageText.h"

#include "util/Process.h"
#include "util/VerifiedWrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace imageprep {

namespace {

QString parentFor(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString env = qEnvironmentVariable("IMAGEPREP_WORKDIR");
    return env.isEmpty() ? QDir::tempPath() : env;
}

const QString OwnerFile = u".imageprep-owner"_s;
const QString KeepFile = u".imageprep-keep"_s;

QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
}

QString bootId()
{
    return QString::fromLatin1(readSmallFile(u"/proc/sys/kernel/random/boot_id"_s).trimmed());
}

// Field 22 of /proc/PID/stat: when the process started, in clock ticks since
// boot. With the boot id it names one process for good, even after its pid is reused.
QString processStart(qint64 pid)
{
    const QByteArray stat = readSmallFile(u"/proc/%1/stat"_s.arg(pid));
    const qsizetype close = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

bool ownerAlive(const QJsonObject &owner)
{
    const qint64 pid = owner.value(u"pid"_s).toInteger(-1);
    if (pid <= 0)
        return false;
    if (owner.value(u"boot_id"_s).toString() != bootId())
        return false; // the machine restarted since: no process of that boot runs
    const QString start = processStart(pid);
    return !start.isEmpty() && start == owner.value(u"start"_s).toString();
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

Workspace::Workspace(const QString &parentDir)
    : m_dir(QDir(parentFor(parentDir)).filePath(u"imageprep-XXXXXX"_s))
{
    if (!m_dir.isValid()) {
        m_error = makeError(ErrorCode::InvalidArgument,
                            ImageText::tr("Cannot create a work folder in %1. Make sure the folder exists and "
                            "is writable, or set IMAGEPREP_WORKDIR to another folder.")
                                .arg(QDir::toNativeSeparators(parentFor(parentDir))),
                            m_dir.errorString());
        return;
    }
    // Hidden, so a listing of the session's files does not show it.
    const qint64 pid = QCoreApplication::applicationPid();
    const QJsonObject owner{{u"pid"_s, pid}, {u"start"_s, processStart(pid)}, {u"boot_id"_s, bootId()},
                            {u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    // Whole or absent: without a record (a full disk) a sweep waits a day instead.
    (void)writeFileVerified(m_dir.filePath(OwnerFile), QJsonDocument(owner).toJson(QJsonDocument::Compact));
}

Workspace::~Workspace() = default;

bool Workspace::isValid() const
{
    return m_dir.isValid();
}

Error Workspace::error() const
{
    return m_error;
}

QString Workspace::path() const
{
    return m_dir.path();
}

QString Workspace::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

void Workspace::setKeep(bool keep)
{
    m_dir.setAutoRemove(!keep);
    if (!isValid())
        return;
    // The marker outlives the process: a sweep by a later session leaves the folder alone.
    if (keep) {
        (void)writeFileVerified(m_dir.filePath(KeepFile), "kept on request; remove the folder when done\n");
    } else {
        QFile::remove(m_dir.filePath(KeepFile));
    }
}

bool Workspace::keep() const
{
    return !m_dir.autoRemove();
}

qint64 Workspace::bytesAvailable() const
{
    if (!isValid())
        return -1;
    const QStorageInfo storage(m_dir.path());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

Status Workspace::ensureFreeSpace(qint64 bytes) const
{
    if (!isValid())
        return m_error;
    const qint64 available = bytesAvailable();
    if (available < 0 || available >= bytes)
        return success();
    const QLocale c = QLocale::c();
    return makeError(ErrorCode::NoSpace,
                     ImageText::tr("Not enough space in the work folder %1: %2 needed, %3 free. Free some "
                     "space there or set IMAGEPREP_WORKDIR to a folder on a larger disk.")
                         .arg(QDir::toNativeSeparators(path()), c.formattedDataSize(bytes),
                              c.formattedDataSize(available)));
}

Workspace::Sweep Workspace::removeAbandoned(const QString &parentDir)
{
    Sweep sweep;
    const QDir parent(parentFor(parentDir));
    static const QRegularExpression name(u"^imageprep-[A-Za-z0-9]{6}$"_s);
    const uint uid = ::getuid();
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &dir : parent.entryInfoList({u"imageprep-*"_s}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!name.match(dir.fileName()).hasMatch() || dir.isSymLink() || dir.ownerId() != uid)
            continue;
        const QString path = dir.absoluteFilePath();
        if (QFileInfo::exists(QDir(path).filePath(KeepFile)))
            continue;
        const QJsonDocument owner = QJsonDocument::fromJson(readSmallFile(QDir(path).filePath(OwnerFile)));
        if (owner.isObject()) {
            if (ownerAlive(owner.object()))
                continue;
        } else if (dir.lastModified().toUTC() > dayAgo) {
            // No owner record: a session that is creating it right now, or an
            // older version's. Only a day of silence makes it abandoned.
            continue;
        }
        const qint64 bytes = folderBytes(path);
        // removeRecursively() deletes symlinks inside, never what they point to.
        if (QDir(path).removeRecursively()) {
            sweep.removed << path;
            sweep.bytes += bytes;
        } else {
            sweep.failed << path;
        }
    }
    return sweep;
}

Result<QString> Workspace::createOverlay(const ImageInfo &base)
{
    if (!isValid())
        return m_error;
    if (base.format.isEmpty() || base.path.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("An overlay needs a probed base image (path and format)."));
    const QString qemuImg = findTool(u"qemu-img"_s);
    if (qemuImg.isEmpty())
        return makeError(ErrorCode::ToolMissing,
                         ImageText::tr("qemu-img was not found. Install the qemu-utils package and try again."));
    const QString overlay = filePath(u"overlay.qcow2"_s);
    const QString basePath = QFileInfo(base.path).absoluteFilePath();
    const ProcessResult r = runProcess(qemuImg,
        {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-u"_s, u"-F"_s, base.format, u"-b"_s, basePath,
         overlay, QString::number(base.virtualSize)});
    if (!r.ok()) {
        QFile::remove(overlay);
        const QString diag = r.diagnostics();
        // Say what failed: only a full or read-only work folder is the user's folder's fault.
        if (diag.contains(u"too large"_s, Qt::CaseInsensitive))
            return makeError(ErrorCode::InvalidArgument,
                             ImageText::tr("The image's virtual size (%1 bytes) is larger than a qcow2 overlay "
                             "can hold, so imageprep cannot open it. Check the image's header: a real disk "
                             "of this size is unlikely.").arg(base.virtualSize),
                             diag);
        const bool folderFault = diag.contains(u"No space"_s, Qt::CaseInsensitive)
                                 || diag.contains(u"Permission denied"_s, Qt::CaseInsensitive)
                                 || diag.contains(u"Read-only"_s, Qt::CaseInsensitive);
        if (folderFault)
            return makeError(ErrorCode::Internal,
                             ImageText::tr("Could not create the session overlay in %1. Check that the work "
                             "folder is writable and has free space.")
                                 .arg(QDir::toNativeSeparators(path())),
                             diag);
        return makeError(ErrorCode::Internal,
                         ImageText::tr("qemu-img could not create the session overlay in %1: %2")
                             .arg(QDir::toNativeSeparators(path()), diag),
                         diag);
    }
    return overlay;
}

} // namespace imageprep
