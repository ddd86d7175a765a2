#pragma once
// Runs an external tool (qemu-img, ...) to completion and captures its
// output. Blocking: call it from a worker thread, never from the GUI thread.
// Every child has a deadline and is killed when it passes or when `cancel`
// turns true (checked every 100 ms), so a tool stuck on a FIFO or a hung
// device never hangs the caller.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace imageprep {

struct ProcessResult {
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && !timedOut && !cancelled && exitCode == 0; }
    // stderr (or stdout) trimmed, for error details
    QString diagnostics() const;
};

// Receives stdout as the tool writes it, for tools that report progress
// there; ProcessResult::out then stays empty.
using ProcessOutputFn = std::function<void(const QByteArray &chunk)>;

// A negative timeoutMs sets no deadline (for work whose length follows the
// data, such as converting an image; `cancel` still stops it).
ProcessResult runProcess(const QString &program, const QStringList &args,
                         int timeoutMs = 10 * 60 * 1000, const std::atomic_bool *cancel = nullptr,
                         const ProcessOutputFn &onOutput = {});

// Absolute path of a tool on PATH, or an empty string.
QString findTool(const QString &name);

} // namespace imageprep
