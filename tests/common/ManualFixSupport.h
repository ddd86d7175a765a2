#pragma once
// Running lab mode's "fix by hand" text the way a trainee would: the command
// lines of the Debian variant, one after the other, in bash.

#include "TestSupport.h"

#include "checks/ManualSteps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace imageprep::test {

// The command lines of a fix text for a Debian guest: without the variants
// for other families (headed "# RHEL..." or "# Alpine..." inside a section),
// without sections whose heading starts with one of `skipSections` (steps
// that do not apply to this guest; a family heading inside such a section
// does not bring it back), and without the copy step (a test makes one copy
// for all fixes).
inline QStringList debianFixCommands(const QString &fixText, const QStringList &skipSections = {})
{
    QStringList out;
    bool sectionSkipped = false;
    bool otherFamily = false;
    for (const QString &line : fixText.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(QLatin1Char('#'))) {
            const bool debian = t.startsWith(QLatin1String("# Debian"));
            const bool other = t.startsWith(QLatin1String("# RHEL")) || t.startsWith(QLatin1String("# Alpine"));
            if (debian || other) {
                otherFamily = other;
                continue;
            }
            otherFamily = false;
            sectionSkipped = false;
            for (const QString &s : skipSections)
                sectionSkipped = sectionSkipped || t.startsWith(s);
            continue;
        }
        if (!sectionSkipped && !otherFamily && !t.startsWith(QLatin1String("cp --sparse")))
            out << t;
    }
    return out;
}

// Runs one command line in bash; empty when it succeeded, else what it printed.
// 25 minutes: virt-customize --install of cloud-init from the mirror in the
// emulated appliance took over 15 on this 2-core machine under heavy load.
inline QString runShellLine(const QString &command, int timeoutMs = 25 * 60 * 1000)
{
    QProcess sh;
    sh.setProcessChannelMode(QProcess::MergedChannels);
    sh.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    if (!sh.waitForFinished(timeoutMs)) {
        sh.kill();
        sh.waitForFinished();
        return QStringLiteral("did not finish: ") + command;
    }
    if (sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0)
        return {};
    return command + QLatin1Char('\n') + QString::fromLocal8Bit(sh.readAll());
}

// Runs the Debian fix commands that lab mode shows for requirement `id` on
// `image` (sections headed by one of `skipSections` left out), one after
// the other; empty when all of them succeeded, else which one failed and
// what it printed. The time they took goes to the test log.
inline QString runDebianFix(const QString &id, const QString &image, const QStringList &skipSections = {})
{
    QElapsedTimer timer;
    timer.start();
    const QStringList commands = debianFixCommands(withImagePath(manualSteps(id).fix, image), skipSections);
    if (commands.isEmpty())
        return id + QStringLiteral(": no commands to run");
    for (const QString &c : commands) {
        const QString failed = runShellLine(c);
        if (!failed.isEmpty())
            return id + QStringLiteral(": ") + failed;
    }
    qInfo("%s: %lld commands in %lld s", qPrintable(id), qint64(commands.size()), timer.elapsed() / 1000);
    return {};
}

enum class CheckNetwork { Off, On };

// id -> status ("pass", "fail", ...) of `imageprep-cli check --json` on
// path: of the requirements in `ids`, or of every one when `ids` is empty
// (one appliance launch either way, so a test asks once for all it needs);
// with CheckNetwork::On, security-updates asks the guest's repositories.
// The command's exit code goes to *exitCode when given.
inline QHash<QString, QString> checkStatuses(const QString &path, const QStringList &ids = {},
                                             CheckNetwork network = CheckNetwork::Off, int *exitCode = nullptr)
{
    QStringList args{QStringLiteral("-q"), QStringLiteral("check"), path, QStringLiteral("--json")};
    if (!ids.isEmpty())
        args << QStringLiteral("--only") << ids.join(QLatin1Char(','));
    if (network == CheckNetwork::On)
        args << QStringLiteral("--network");
    const CliRun r = runCli(args);
    if (exitCode)
        *exitCode = r.exitCode;
    QHash<QString, QString> out;
    const QJsonArray results = QJsonDocument::fromJson(r.out).object().value(QLatin1String("checks")).toArray();
    for (const QJsonValue &v : results)
        out.insert(v[QLatin1String("id")].toString(), v[QLatin1String("status")].toString());
    return out;
}

} // namespace imageprep::test
