#include "fixes/FixOutput.h"

#include "util/Process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace imageprep {

namespace {
class OutputText {
    Q_DECLARE_TR_FUNCTIONS(OutputText)
};
// The write's own lock on its temporary file: held until the file is renamed
// or removed, released by the kernel when the process dies, however it dies.
struct TempLock {
    int fd = -1;
    ~TempLock()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QStringList removeAbandonedOutputs(const QString &outPath)
{
    const QFileInfo out(outPath);
    const QRegularExpression name(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(out.fileName()) + QStringLiteral("\\.tmp-[A-Za-z0-9]{6}")));
    QStringList removed;
    const QDir dir = out.absoluteDir();
    for (const QFileInfo &f : dir.entryInfoList({out.fileName() + QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden)) {
        if (!name.match(f.fileName()).hasMatch() || f.isSymLink())
            continue;
        const int fd = ::open(QFile::encodeName(f.absoluteFilePath()).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue;
        // A running write holds the lock; only an unheld file is abandoned.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && QFile::remove(f.absoluteFilePath()))
            removed << f.absoluteFilePath();
        ::close(fd);
    }
    return removed;
}

Status writeFixedImage(const QString &overlayPath, const QString &outPath, const QString &format,
                       const std::atomic_bool *cancel)
{
    if (format != QLatin1String("qcow2") && format != QLatin1String("raw"))
        return makeError(ErrorCode::InvalidArgument, OutputText::tr("Unknown output format %1 (qcow2 or raw).").arg(format));
    const QFileInfo out(outPath);
    if (out.exists() || out.isSymLink())
        return makeError(ErrorCode::InvalidArgument, OutputText::tr("%1 exists; choose a new output name.").arg(outPath));
    const QString qemuImg = findTool(QStringLiteral("qemu-img"));
    if (qemuImg.isEmpty())
        return makeError(ErrorCode::ToolMissing, OutputText::tr("qemu-img is not installed."));

    removeAbandonedOutputs(outPath);
    // A unique temporary name next to OUT, so the final rename stays on one filesystem.
    QString tmpPath;
    TempLock lock;
    {
        QTemporaryFile reserve(out.absoluteFilePath() + QStringLiteral(".tmp-XXXXXX"));
        if (!reserve.open())
            return makeError(ErrorCode::Unreadable, OutputText::tr("Cannot write in %1.").arg(out.absolutePath()),
                             reserve.errorString());
        reserve.setAutoRemove(false);
        tmpPath = reserve.fileName();
        lock.fd = ::fcntl(int(reserve.handle()), F_DUPFD_CLOEXEC, 0); // not inherited by qemu-img
        if (lock.fd < 0 || ::flock(lock.fd, LOCK_EX | LOCK_NB) != 0) {
            QFile::remove(tmpPath);
            return makeError(ErrorCode::Unreadable, OutputText::tr("Cannot write in %1.").arg(out.absolutePath()));
        }
    }
    const auto fail = [&tmpPath](Error e) {
        QFile::remove(tmpPath);
        return e;
    };

    QProcess convert;
    convert.start(qemuImg, {QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-O"), format,
                            overlayPath, tmpPath});
    if (!convert.waitForStarted())
        return fail(makeError(ErrorCode::ToolMissing, OutputText::tr("qemu-img could not be started.")));
    while (!convert.waitForFinished(100)) {
        if (cancel && cancel->load()) {
            convert.kill();
            convert.waitForFinished();
            return fail(makeError(ErrorCode::Cancelled, OutputText::tr("Cancelled; no output was written.")));
        }
    }
    if (convert.exitStatus() != QProcess::NormalExit || convert.exitCode() != 0)
        return fail(makeError(ErrorCode::GuestError, OutputText::tr("qemu-img convert failed."),
                              QString::fromLocal8Bit(convert.readAllStandardError()).trimmed()));
    if (format == QLatin1String("qcow2")) {
        const ProcessResult check = runProcess(qemuImg, {QStringLiteral("check"), QStringLiteral("-q"), tmpPath});
        if (!check.ok())
            return fail(makeError(ErrorCode::Corrupt, OutputText::tr("The converted image did not pass qemu-img check."),
                                  check.diagnostics()));
    }
    if (cancel && cancel->load())
        return fail(makeError(ErrorCode::Cancelled, OutputText::tr("Cancelled; no output was written.")));
    // Nothing is renamed into place before it is on the disk.
    if (::fsync(lock.fd) != 0) {
        const int err = errno;
        return fail(makeError(err == ENOSPC ? ErrorCode::NoSpace : ErrorCode::Unreadable,
                              OutputText::tr("Flushing %1 to disk failed.").arg(outPath), QString::fromLocal8Bit(std::strerror(err))));
    }
    // QTemporaryFile made it owner-only; an image is an ordinary output file.
    QFile::setPermissions(tmpPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!QFile::rename(tmpPath, outPath))
        return fail(makeError(ErrorCode::Unreadable, OutputText::tr("Cannot rename the image to %1.").arg(outPath)));
    return success();
}

} // namespace imageprep
