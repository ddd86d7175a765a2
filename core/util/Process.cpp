#include "util/Process.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace imageprep {

QString ProcessResult::diagnostics() const
{
    const QByteArray text = err.trimmed().isEmpty() ? out.trimmed() : err.trimmed();
    return QString::fromLocal8Bit(text);
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs, const std::atomic_bool *cancel,
                         const ProcessOutputFn &onOutput)
{
    ProcessResult r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted()) {
        r.err = p.errorString().toLocal8Bit();
        return r;
    }
    r.started = true;
    const QDeadlineTimer deadline = timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    const auto pollMs = [&deadline] {
        return deadline.isForever() ? 100 : int(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())));
    };
    while (!p.waitForFinished(pollMs())) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (onOutput) {
            if (const QByteArray chunk = p.readAllStandardOutput(); !chunk.isEmpty())
                onOutput(chunk);
        }
        r.cancelled = cancel && cancel->load();
        r.timedOut = !r.cancelled && deadline.hasExpired();
        if (r.cancelled || r.timedOut) {
            p.kill();
            p.waitForFinished();
            break;
        }
    }
    r.out = p.readAllStandardOutput();
    if (onOutput) {
        if (!r.out.isEmpty())
            onOutput(r.out);
        r.out.clear();
    }
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace imageprep
