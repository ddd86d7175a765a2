#include "util/Process.h"

#include <QProcess>
#include <QStandardPaths>

namespace imageprep {

QString ProcessResult::diagnostics() const
{
    const QByteArray text = err.trimmed().isEmpty() ? out.trimmed() : err.trimmed();
    return QString::fromLocal8Bit(text);
}

ProcessResult runProcess(const QString &program, const QStringList &args, int timeoutMs)
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
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace imageprep
