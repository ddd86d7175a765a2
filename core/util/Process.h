#pragma once
// Runs an external tool (qemu-img, ...) to completion and captures its
// output. Blocking: call it from a worker thread, never from the GUI thread.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace imageprep {

struct ProcessResult {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && !timedOut && exitCode == 0; }
    // stderr (or stdout) trimmed, for error details
    QString diagnostics() const;
};

ProcessResult runProcess(const QString &program, const QStringList &args,
                         int timeoutMs = 10 * 60 * 1000);

// Absolute path of a tool on PATH, or an empty string.
QString findTool(const QString &name);

} // namespace imageprep
