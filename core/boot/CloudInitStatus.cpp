#include "boot/CloudInitStatus.h"

#include "util/Process.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imageprep {

namespace {

class CloudInitStatusText {
    Q_DECLARE_TR_FUNCTIONS(CloudInitStatusText)
};

// "('locale', ProcessExecutionError(...))" in 22.x details, "Running module
// locale (<module ...>) failed" in logs and in 23.4+ errors lists.
void collectModules(const QString &line, QStringList *modules)
{
    static const QRegularExpression tuple(QStringLiteral("^[\\s\\[(\"]*'([A-Za-z0-9_-]+)',"));
    static const QRegularExpression running(QStringLiteral("Running module ([A-Za-z0-9_-]+) .*failed"));
    for (const QRegularExpression *re : {&tuple, &running}) {
        const auto m = re->match(line);
        if (m.hasMatch() && !modules->contains(m.captured(1)))
            *modules << m.captured(1);
    }
}

} // namespace

CloudInitStatus parseCloudInitStatus(const QString &output, int exitCode)
{
    CloudInitStatus s;
    QString section;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const bool topLevel = !raw.startsWith(QLatin1Char(' ')) && !raw.startsWith(QLatin1Char('\t')) && !raw.startsWith(QLatin1Char('-'))
            && line.contains(QLatin1Char(':')) && !line.startsWith(QLatin1Char('(')) && !line.startsWith(QLatin1Char('['));
        if (topLevel) {
            section = line.section(QLatin1Char(':'), 0, 0).trimmed();
            const QString value = line.section(QLatin1Char(':'), 1).trimmed();
            if (section == QLatin1String("status")) {
                s.statusLine = line;
                if (value == QLatin1String("done"))
                    s.state = CloudInitStatus::State::Done;
                else if (value == QLatin1String("error"))
                    s.state = CloudInitStatus::State::Error;
                else if (value == QLatin1String("running") || value == QLatin1String("not started"))
                    s.state = CloudInitStatus::State::Running;
                else if (value == QLatin1String("disabled"))
                    s.state = CloudInitStatus::State::Disabled;
            } else if (section == QLatin1String("extended_status") && value.startsWith(QLatin1String("degraded"))) {
                s.statusLine = line;
                s.state = CloudInitStatus::State::Degraded;
            } else if ((section == QLatin1String("errors") || section == QLatin1String("recoverable_errors"))
                       && !value.isEmpty() && value != QLatin1String("[]") && value != QLatin1String("{}")) {
                s.errors << line;
                collectModules(value, &s.failedModules);
            }
            continue;
        }
        const bool errorSection = section == QLatin1String("errors") || section == QLatin1String("recoverable_errors");
        const bool failedDetail = section == QLatin1String("detail") && s.state == CloudInitStatus::State::Error;
        if (errorSection || failedDetail) {
            s.errors << line;
            collectModules(line.startsWith(QLatin1Char('-')) ? line.mid(1).trimmed() : line, &s.failedModules);
        }
    }
    // 23.4+ lists warnings under recoverable_errors by level (WARNING:, ...).
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Running module")) && line.contains(QLatin1String("failed")))
            collectModules(line, &s.failedModules);
    }
    // 23.4+: exit 1 is an error, 2 a recoverable ("degraded") one.
    if (exitCode == 1 && s.state == CloudInitStatus::State::Unknown)
        s.state = CloudInitStatus::State::Error;
    if (exitCode == 2 && s.state == CloudInitStatus::State::Done)
        s.state = CloudInitStatus::State::Degraded;
    return s;
}

QStringList failedModulesOnConsole(const QString &serialLog)
{
    QStringList modules;
    for (const QString &line : serialLog.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Running module")) && line.contains(QLatin1String("failed")))
            collectModules(line, &modules);
    }
    return modules;
}

BootCheck cloudInitStatusCheck(const CloudInitStatus &status, const QString &serialLog, const QString &evidence)
{
    BootCheck c;
    c.id = BootCheckId::CloudInitStatus;
    c.evidence = evidence;
    QStringList modules = status.failedModules;
    for (const QString &m : failedModulesOnConsole(serialLog)) {
        if (!modules.contains(m))
            modules << m;
    }
    const QString named = modules.isEmpty() ? CloudInitStatusText::tr("no module named")
                                            : CloudInitStatusText::tr("failing module: %1").arg(modules.join(QStringLiteral(", ")));
    switch (status.state) {
    case CloudInitStatus::State::Done:
        c.status = BootCheckStatus::Pass;
        c.detail = CloudInitStatusText::tr("cloud-init finished without errors.");
        break;
    case CloudInitStatus::State::Error:
        c.status = BootCheckStatus::Fail;
        c.detail = CloudInitStatusText::tr("cloud-init ended with status error (%1).").arg(named);
        break;
    case CloudInitStatus::State::Degraded:
        c.status = BootCheckStatus::Fail;
        c.detail = CloudInitStatusText::tr("cloud-init finished degraded (%1).").arg(named);
        break;
    case CloudInitStatus::State::Disabled:
        c.status = BootCheckStatus::Fail;
        c.detail = CloudInitStatusText::tr("cloud-init is disabled in the guest.");
        break;
    case CloudInitStatus::State::Running:
        c.status = BootCheckStatus::Fail;
        c.detail = CloudInitStatusText::tr("cloud-init had not finished when the test asked.");
        break;
    case CloudInitStatus::State::Unknown:
        c.status = BootCheckStatus::Fail;
        c.detail = CloudInitStatusText::tr("cloud-init status could not be read.");
        break;
    }
    return c;
}

BootCheck readCloudInitStatus(const QString &ssh, const QStringList &sshLogin, const QString &serialLog,
                              const std::atomic<bool> &cancel)
{
    // --wait: the key can arrive before cloud-init's last stage has run.
    const QString command = QStringLiteral("if command -v cloud-init >/dev/null; then cloud-init status --long --wait; "
                                           "else echo imageprep-no-cloud-init; fi");
    const ProcessResult r = runProcess(ssh, sshLogin + QStringList{command}, 240 * 1000, &cancel);
    const QString out = QString::fromUtf8(r.out);

    if (out.contains(QLatin1String("imageprep-no-cloud-init"))) {
        BootCheck c;
        c.id = BootCheckId::CloudInitStatus;
        c.status = BootCheckStatus::NotApplicable;
        c.detail = CloudInitStatusText::tr("The guest has no cloud-init command.");
        return c;
    }
    const CloudInitStatus status = parseCloudInitStatus(out, r.timedOut ? -1 : r.exitCode);
    // --wait prints dots first: the status line is the evidence.
    const QString evidence = QStringLiteral("cloud-init status --long: ")
        + (status.statusLine.isEmpty() ? out.trimmed().section(QLatin1Char('\n'), -1) : status.statusLine);
    BootCheck c = cloudInitStatusCheck(status, serialLog, evidence);
    if (c.status == BootCheckStatus::Fail && !out.trimmed().isEmpty())
        c.detail += QLatin1Char(' ') + out.trimmed().split(QLatin1Char('\n')).mid(0, 12).join(QStringLiteral(" | "));
    else if (r.timedOut)
        c.detail += QLatin1Char(' ') + CloudInitStatusText::tr("(ssh timed out)");
    return c;
}

} // namespace imageprep
