#include "image/Workspace.h"

#include "util/Process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace imageprep {

namespace {
struct ImageText {
    Q_DECLARE_TR_FUNCTIONS(Image)
};
} // namespace

namespace {

QString parentFor(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString env = qEnvironmentVariable("IMAGEPREP_WORKDIR");
    return env.isEmpty() ? QDir::tempPath() : env;
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
    }
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
        return makeError(ErrorCode::Internal,
                         ImageText::tr("Could not create the session overlay in %1. Check that the work "
                         "folder is writable and has free space.")
                             .arg(QDir::toNativeSeparators(path())),
                         r.diagnostics());
    }
    return overlay;
}

} // namespace imageprep
