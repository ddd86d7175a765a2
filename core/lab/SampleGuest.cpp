#include "lab/SampleGuest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <unistd.h>

namespace imageprep {

namespace {

class SampleGuest {
    Q_DECLARE_TR_FUNCTIONS(SampleGuest)
};

} // namespace

QString makeGuestsScriptPath()
{
    const QString source = QStringLiteral(IMAGEPREP_MAKE_GUESTS_SOURCE);
    if (QFileInfo::exists(source))
        return source;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../" IMAGEPREP_DATA_SUBDIR "/make-guests.sh"));
    return QFileInfo::exists(installed) ? QDir::cleanPath(installed) : QString();
}

Result<QString> generateSampleGuest(const QString &outDir, const QString &name, const std::function<void(const QString &)> &log,
                                    const std::atomic_bool *cancel)
{
    const QString script = makeGuestsScriptPath();
    if (script.isEmpty())
        return makeError(ErrorCode::ToolMissing, SampleGuest::tr("The sample generator (make-guests.sh) is not installed."));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so cancel reaches guestfish and qemu under the script.
    process.setChildProcessModifier([] { ::setsid(); });
    QDir().mkpath(outDir);
    process.start(QStringLiteral("bash"), {script, outDir, name});
    if (!process.waitForStarted())
        return makeError(ErrorCode::ToolMissing, SampleGuest::tr("Could not start the sample generator: %1").arg(process.errorString()));
    QByteArray pending;
    QString tail; // the last lines, for the error detail
    const auto drain = [&] {
        pending += process.readAll();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromLocal8Bit(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            tail = (tail + line + QLatin1Char('\n')).right(4000);
            if (log)
                log(line);
        }
    };
    bool cancelled = false;
    while (!process.waitForFinished(200)) {
        drain();
        if (!cancelled && cancel && cancel->load()) {
            cancelled = true;
            ::kill(-pid_t(process.processId()), SIGTERM); // the group set up by setsid()
        }
    }
    drain();
    if (cancelled)
        return makeError(ErrorCode::Cancelled, SampleGuest::tr("Sample generation cancelled."));
    const QString image = QDir(outDir).absoluteFilePath(name + QStringLiteral(".qcow2"));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !QFileInfo::exists(image))
        return makeError(ErrorCode::GuestError, SampleGuest::tr("The sample generator failed (exit code %1).").arg(process.exitCode()),
                         tail.trimmed());
    return image;
}

} // namespace imageprep
