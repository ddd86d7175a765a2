#pragma once
// SampleImage: generates the practice guest ("debian-defects": a small Debian
// image with the problems the checklist knows) with core's
// generateSampleGuest (tests/fixtures/make-guests.sh) as a Job, so the GUI
// never waits on it. One appliance launch, about a minute. Cancel stops the
// script's whole process group.

#include "util/Job.h"

#include <QObject>

namespace imageprep::ui {

class SampleImage final : public QObject {
    Q_OBJECT
public:
    explicit SampleImage(QObject *parent = nullptr);
    ~SampleImage() override; // stops a running generation

    // The generator script: the source tree's copy in a build-tree run,
    // share/imageprep/make-guests.sh next to an installed binary. Empty when neither exists.
    static QString scriptPath();
    // Where the sample is written (the user's cache folder, unless set).
    QString outputDir() const { return m_outputDir; }
    void setOutputDir(const QString &dir) { m_outputDir = dir; }
    QString imagePath() const; // outputDir()/debian-defects.qcow2

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void outputLine(const QString &line);
    // ok: imagePath() exists; otherwise message says why (cancelled, script error).
    void finished(bool ok, const QString &message);

private:
    Job<QString> m_job;
    QString m_outputDir;
    bool m_running = false;
};

} // namespace imageprep::ui
