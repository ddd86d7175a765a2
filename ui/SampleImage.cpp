#include "SampleImage.h"

#include "lab/SampleGuest.h"

#include <QDir>
#include <QStandardPaths>

namespace imageprep::ui {

namespace {
const QString SampleName = QStringLiteral("debian-defects");
}

SampleImage::SampleImage(QObject *parent) : QObject(parent)
{
    m_outputDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/sample");
}

SampleImage::~SampleImage()
{
    // The work emits through this object: it must be done before we go.
    m_job.cancel();
    m_job.waitForFinished();
}

QString SampleImage::scriptPath()
{
    return makeGuestsScriptPath();
}

QString SampleImage::imagePath() const
{
    return QDir(m_outputDir).absoluteFilePath(SampleName + QStringLiteral(".qcow2"));
}

void SampleImage::start()
{
    if (m_running)
        return;
    m_running = true;
    // outputLine is emitted on the worker; Qt queues it to the receivers.
    m_job = Job<QString>::start([this, dir = m_outputDir](const JobControl &control) {
        return generateSampleGuest(dir, SampleName, [this](const QString &line) { Q_EMIT outputLine(line); },
                                   &control.cancelFlag());
    });
    m_job.onFinished(this, [this](const Result<QString> &result) {
        m_running = false;
        Q_EMIT finished(result.ok(), result.ok() ? QString() : result.error().message);
    });
}

void SampleImage::cancel()
{
    m_job.cancel();
}

} // namespace imageprep::ui
