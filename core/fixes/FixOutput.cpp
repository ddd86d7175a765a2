#include "fixes/FixOutput.h"

#include "util/Process.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

namespace imageprep {

namespace {
class OutputText {
    Q_DECLARE_TR_FUNCTIONS(OutputText)
};
} // namespace

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

    // A unique temporary name next to OUT, so the final rename stays on one filesystem.
    QString tmpPath;
    {
        QTemporaryFile reserve(out.absoluteFilePath() + QStringLiteral(".tmp-XXXXXX"));
        if (!reserve.open())
            return makeError(ErrorCode::Unreadable, OutputText::tr("Cannot write in %1.").arg(out.absolutePath()),
                             reserve.errorString());
        reserve.setAutoRemove(false);
        tmpPath = reserve.fileName();
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
    // QTemporaryFile made it owner-only; an image is an ordinary output file.
    QFile::setPermissions(tmpPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!QFile::rename(tmpPath, outPath))
        return fail(makeError(ErrorCode::Unreadable, OutputText::tr("Cannot rename the image to %1.").arg(outPath)));
    return success();
}

} // namespace imageprep
