#include "SampleImage.h"

#include "lab/SampleGuest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

namespace imageprep::ui {

SampleImage::SampleImage(QObject *parent) : QObject(parent)
{
    m_outputDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/sample");
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so cancel reaches guestfish and qemu under the script.
    m_process.setChildProcessModifier([] { ::setsid(); });
    connect(&m_process, &QProcess::readyRead, this, &SampleImage::readOutput);
    connect(&m_process, &QProcess::finished, this, &SampleImage::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT finished(false, tr("Could not start the sample generator: %1").arg(m_process.errorString()));
    });
}

SampleImage::~SampleImage()
{
    if (isRunning()) {
        disconnect(&m_process, nullptr, this, nullptr);
        cancel();
        m_process.waitForFinished(10000);
    }
}

QString SampleImage::scriptPath()
{
    return makeGuestsScriptPath();
}

QString SampleImage::imagePath() const
{
    return QDir(m_outputDir).absoluteFilePath(QStringLiteral("debian-defects.qcow2"));
}

bool SampleImage::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void SampleImage::start()
{
    if (isRunning())
        return;
    const QString script = scriptPath();
    if (script.isEmpty()) {
        Q_EMIT finished(false, tr("The sample generator (make-guests.sh) is not installed."));
        return;
    }
    m_cancelled = false;
    m_pending.clear();
    QDir().mkpath(m_outputDir);
    m_process.start(QStringLiteral("bash"), {script, m_outputDir, QStringLiteral("debian-defects")});
}

void SampleImage::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    const qint64 pid = m_process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGTERM); // the group set up by setsid()
    else
        m_process.terminate();
}

void SampleImage::readOutput()
{
    m_pending += m_process.readAll();
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(m_pending.left(nl)).trimmed();
        m_pending.remove(0, nl + 1);
        if (!line.isEmpty())
            Q_EMIT outputLine(line);
    }
}

void SampleImage::processFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (m_cancelled) {
        Q_EMIT finished(false, tr("Sample generation cancelled."));
    } else if (status != QProcess::NormalExit || exitCode != 0 || !QFileInfo::exists(imagePath())) {
        Q_EMIT finished(false, tr("The sample generator failed (exit code %1).").arg(exitCode));
    } else {
        Q_EMIT finished(true, QString());
    }
}

} // namespace imageprep::ui
