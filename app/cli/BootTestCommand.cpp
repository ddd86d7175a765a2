// boot-test: boots a throw-away overlay of a fixed image the way Nova would
// and prints the boot checklist with the console evidence for each item.
#include "cli/Commands.h"

#include "boot/BootTest.h"
#include "util/TextWidth.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imageprep::cli {

namespace {

QJsonObject reportJson(const BootTestReport &r)
{
    QJsonArray checks;
    for (const BootCheck &c : r.checks) {
        checks.append(QJsonObject{
            {QStringLiteral("id"), bootCheckKey(c.id)},
            {QStringLiteral("title"), bootCheckTitle(c.id)},
            {QStringLiteral("status"), bootCheckStatusText(c.status)},
            {QStringLiteral("evidence"), c.evidence},
            {QStringLiteral("line"), c.line},
            {QStringLiteral("detail"), c.detail},
        });
    }
    return QJsonObject{
        {QStringLiteral("passed"), r.passed},
        {QStringLiteral("verdict"), r.verdict},
        {QStringLiteral("timed_out"), r.timedOut},
        {QStringLiteral("kvm"), r.usedKvm},
        {QStringLiteral("firmware"), r.firmware},
        {QStringLiteral("elapsed_seconds"), double(r.elapsedMs) / 1000.0},
        {QStringLiteral("checks"), checks},
    };
}

// Progress and passed checks on stderr unless quiet; the console when asked.
BootTestCallbacks consoleCallbacks(CliContext &ctx, bool quiet, bool showConsole)
{
    BootTestCallbacks cb;
    cb.progress = [&ctx, quiet](const QString &s) {
        if (!quiet) {
            ctx.err << s << '\n';
            ctx.err.flush();
        }
    };
    cb.serialLine = [&ctx, showConsole](const QString &s) {
        if (showConsole) {
            ctx.err << "console| " << s << '\n';
            ctx.err.flush();
        }
    };
    cb.checkChanged = [&ctx, quiet](const BootCheck &c) {
        if (!quiet && c.status == BootCheckStatus::Pass) {
            ctx.err << "  [" << bootCheckStatusText(c.status) << "] " << bootCheckTitle(c.id) << '\n';
            ctx.err.flush();
        }
    };
    return cb;
}

// The checklist as text: one line a check, its evidence and detail below it.
void printReport(CliContext &ctx, const BootTestReport &r, const QString &imagePath)
{
    ctx.out << CliText::tr("Boot test of %1 (%2, %3, %4 s)")
                   .arg(QFileInfo(imagePath).fileName(), r.firmware,
                        r.usedKvm ? QStringLiteral("KVM") : QStringLiteral("TCG"),
                        QString::number(double(r.elapsedMs) / 1000.0, 'f', 0))
            << '\n';
    QStringList statuses;
    for (const BootCheck &c : r.checks)
        statuses << bootCheckStatusText(c.status);
    // Five columns for the English words, wider when a word needs it.
    const int statusColumns = columnWidth(statuses, 5);
    for (const BootCheck &c : r.checks) {
        ctx.out << QStringLiteral("  %1  %2\n").arg(padRight(bootCheckStatusText(c.status), statusColumns), bootCheckTitle(c.id));
        if (!c.evidence.isEmpty())
            ctx.out << "         "
                    << (c.line > 0 ? CliText::tr("evidence (console line %1): %2").arg(c.line).arg(c.evidence)
                                   : CliText::tr("evidence: %1").arg(c.evidence))
                    << '\n';
        if (!c.detail.isEmpty())
            ctx.out << "         " << c.detail << '\n';
    }
    ctx.out << r.verdict << '\n';
}

} // namespace

int runBootTest(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Boot a throw-away overlay of IMAGE in qemu-system-x86_64 the way Nova would (virtio disk and "
        "network, a ConfigDrive with a fresh SSH key, a larger disk) and check the serial console: kernel "
        "log, login prompt, cloud-init with ConfigDrive, grown root filesystem, SSH login with the key, "
        "ACPI power-off. IMAGE is never written."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), CliText::tr("The (fixed) disk image to boot."));
    const QCommandLineOption grow(QStringLiteral("grow"), CliText::tr("Grow the disk by GIB, as a larger flavor would (default 1; 0 skips the check)."),
                                  QStringLiteral("GIB"), QStringLiteral("1"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), CliText::tr("Kill the guest after S seconds (default 900)."),
                                     QStringLiteral("S"), QStringLiteral("900"));
    const QCommandLineOption firmware(QStringLiteral("firmware"), CliText::tr("auto (from the partition table), bios or uefi."),
                                      QStringLiteral("FW"), QStringLiteral("auto"));
    const QCommandLineOption accel(QStringLiteral("accel"), CliText::tr("auto (KVM when it works, else TCG), kvm or tcg."),
                                   QStringLiteral("ACCEL"), QStringLiteral("auto"));
    const QCommandLineOption user(QStringLiteral("ssh-user"), CliText::tr("The image's cloud-init default user (default debian)."),
                                  QStringLiteral("NAME"), QStringLiteral("debian"));
    const QCommandLineOption serialLog(QStringLiteral("serial-log"), CliText::tr("Also save the serial console log to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption console(QStringLiteral("console"), CliText::tr("Print the serial console as it comes."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    parser.addOptions({grow, timeout, firmware, accel, user, serialLog, console, json});

    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.fail(CliText::tr("boot-test needs exactly one IMAGE (see --help)"));

    BootTestOptions o;
    o.imagePath = QFileInfo(positional.first()).absoluteFilePath();
    bool ok = false;
    o.growGiB = parser.value(grow).toInt(&ok);
    if (!ok || o.growGiB < 0 || o.growGiB > 1024)
        return ctx.fail(CliText::tr("--grow wants a number of GiB from 0 to 1024"));
    o.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || o.timeoutSeconds < 10)
        return ctx.fail(CliText::tr("--timeout wants a number of seconds, at least 10"));
    const QString fw = parser.value(firmware);
    if (fw == QLatin1String("bios"))
        o.firmware = BootFirmware::Bios;
    else if (fw == QLatin1String("uefi"))
        o.firmware = BootFirmware::Uefi;
    else if (fw != QLatin1String("auto"))
        return ctx.fail(CliText::tr("--firmware is auto, bios or uefi"));
    const QString ac = parser.value(accel);
    if (ac == QLatin1String("kvm"))
        o.accel = BootAccel::Kvm;
    else if (ac == QLatin1String("tcg"))
        o.accel = BootAccel::Tcg;
    else if (ac != QLatin1String("auto"))
        return ctx.fail(CliText::tr("--accel is auto, kvm or tcg"));
    o.sshUser = parser.value(user);
    o.serialLogCopy = parser.value(serialLog);

    const bool quiet = ctx.logLevel == LogLevel::Quiet;
    const bool showConsole = parser.isSet(console) || ctx.logLevel == LogLevel::Verbose;
    const BootTestCallbacks cb = consoleCallbacks(ctx, quiet, showConsole);

    const Result<BootTestReport> result = imageprep::runBootTest(o, cb, interruptFlag());
    if (!result)
        return ctx.fail(result.error().message, result.error().detail,
                        result.error().code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);

    const BootTestReport &r = result.value();
    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(reportJson(r)).toJson(QJsonDocument::Indented));
    } else {
        printReport(ctx, r, o.imagePath);
    }
    ctx.out.flush();
    return r.passed ? ExitOk : ExitFailed;
}

} // namespace imageprep::cli
