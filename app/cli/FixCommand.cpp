// fix: plan, show, apply on the session overlay, re-check, and write the
// fixed image to OUT (temporary name, renamed when complete). The input image
// is never written; a failed or cancelled run leaves no OUT.
#include "cli/CliSession.h"
#include "cli/Commands.h"
#include "cli/ExportArgs.h"

#include "fixes/FixOutput.h"
#include "guest/GuestSession.h"
#include "guest/GuestTrim.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace imageprep::cli {

namespace {

// Bytes a file takes on disk (sparse files count only what is allocated).
qint64 allocatedBytes(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_blocks) * 512;
}

QString mib(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// Free blocks of every guest filesystem become zeros of the overlay, so the
// written image holds only used blocks.
void trimGuest(CliContext &ctx, Session &session)
{
    TrimResult trim;
    session.runOnGuest([&trim](GuestSession &guest) { trim = trimFreeSpace(guest); return QVariant(); }, [](const QVariant &) {});
    if (!waitForSession(ctx, session))
        return;
    for (const QString &s : std::as_const(trim.skipped))
        ctx.err << CliText::tr("Free space not trimmed: %1\n").arg(s);
    if (!trim.trimmed.isEmpty())
        ctx.err << CliText::tr("Free space trimmed: %1\n").arg(trim.trimmed.join(QStringLiteral(", ")));
    ctx.err.flush();
}

// --export: the exporter reads the written OUT (no second conversion from
// the overlay, no second appliance); its files are named after OUT.
int exportFixed(CliContext &ctx, const QString &out, const QString &fmt, ExportRequest &request, const PropertySet &props)
{
    request.options.properties = props;
    ctx.err << CliText::tr("Exporting %1 to %2…\n").arg(out, request.options.outputDir);
    ctx.err.flush();
    Result<ExportResult> result = makeError(ErrorCode::Internal, QString());
    {
        ExportProgressLine line(ctx);
        result = exportImage(ExportSource{out, fmt, out}, request.options, std::ref(line), &interruptFlag());
    }
    if (!result)
        return reportExportError(ctx, result.error());
    printExportResult(ctx, result.value(), props, false);
    return ExitOk;
}

// Refuses, before the appliance starts, an export that would overwrite OUT
// or files of an earlier export.
bool exportTargetFree(CliContext &ctx, const ExportRequest &request, const QString &out)
{
    const QString target = exportedImagePath(request.options, out);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(out).absoluteFilePath()) {
        ctx.fail(CliText::tr("--export would write %1 over OUT; choose another folder or --base-name").arg(target));
        return false;
    }
    const QString sums = QDir(request.options.outputDir).filePath(QStringLiteral("SHA256SUMS"));
    for (const QString &f : {target, sums}) {
        if (!request.options.overwrite && QFileInfo::exists(f)) {
            ctx.fail(CliText::tr("%1 exists; choose another folder or --overwrite").arg(f));
            return false;
        }
    }
    return true;
}

} // namespace

int runFix(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Fix the image for OpenStack: shows the plan (see plan), applies it on a copy-on-write overlay, "
        "checks again and writes the fixed image to OUT. Exit code 0 when every applied fix turned its "
        "check to pass and every required check passes, 1 when not (or cancelled), 2 on input errors."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), CliText::tr("Disk image, OVA/tar, or compressed image."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Write the fixed image to OUT."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("Output format: qcow2 (default) or raw."),
                                    QStringLiteral("FORMAT"), QStringLiteral("qcow2"));
    const QCommandLineOption yes(QStringLiteral("yes"), CliText::tr("Apply without asking."));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     CliText::tr("No appliance network (repository installs then fail; use --local-packages)."));
    const QCommandLineOption bootTest(QStringLiteral("boot-test"),
                                      CliText::tr("Boot OUT with boot-test before reporting success (exit 1 when it fails)."));
    const QCommandLineOption sshUser(QStringLiteral("ssh-user"), CliText::tr("With --boot-test: the image's cloud-init default user (default debian)."),
                                     QStringLiteral("NAME"), QStringLiteral("debian"));
    const QCommandLineOption exportDir(QStringLiteral("export"),
        CliText::tr("Also export OUT to DIR from the same session: Glance properties of the fixed image, SHA256SUMS and "
                    "SHA512SUMS, and with the export options a bundle and an upload (see export --help)."), QStringLiteral("DIR"));
    parser.addOptions({output, format, yes, offline, bootTest, sshUser, exportDir});
    addPlanOptions(parser);
    addExportOptions(parser);
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(CliText::tr("fix takes one IMAGE (see fix --help)"));
    if (!parser.isSet(output))
        return ctx.fail(CliText::tr("fix needs -o OUT"));
    const QString image = parser.positionalArguments().first();
    const QString out = parser.value(output);
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("qcow2") && fmt != QLatin1String("raw"))
        return ctx.fail(CliText::tr("--format is qcow2 or raw, not %1").arg(fmt));
    if (QFileInfo(out).exists() || QFileInfo(out).isSymLink())
        return ctx.fail(CliText::tr("%1 exists; choose a new output name").arg(out));
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(image).absoluteFilePath())
        return ctx.fail(CliText::tr("OUT must differ from IMAGE: the input is never written"));
    const auto options = planOptionsFrom(ctx, parser);
    if (!options)
        return ExitInputError;
    // The export options, and with --upload the cloud's credentials, are
    // checked before the appliance starts.
    std::optional<ExportRequest> exportRequest;
    if (parser.isSet(exportDir)) {
        exportRequest = exportRequestFrom(ctx, parser, *parseExportImageFormat(fmt), parser.isSet(format), parser.value(exportDir), out, true);
        if (!exportRequest || !exportTargetFree(ctx, *exportRequest, out))
            return ExitInputError;
    } else if (const QStringList set = exportOptionsSet(parser); !set.isEmpty()) {
        return ctx.fail(CliText::tr("%1 needs --export DIR").arg(set.join(QStringLiteral(", "))));
    }

    CliSession cli(ctx);
    Session &session = cli.session();
    if (!cli.open(image, !parser.isSet(offline)))
        return cli.lastExitCode();
    const auto plan = planWithSession(ctx, session, *options);
    if (!plan)
        return ExitInputError;
    ctx.out << plan->renderDiff();
    ctx.out.flush();
    if (!plan->invalidChoices.isEmpty())
        return ExitInputError;

    if (!plan->isEmpty() && !parser.isSet(yes)) {
        if (!isatty(STDIN_FILENO))
            return ctx.fail(CliText::tr("not a terminal: pass --yes to apply the plan above"));
        ctx.err << CliText::tr("Apply these %1 edits? [y/N] ").arg(plan->editCount());
        ctx.err.flush();
        char answer[16] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
            return ctx.fail(CliText::tr("nothing applied"), {}, ExitFailed);
    }

    FixReport report;
    CheckRun recheck;
    if (!plan->isEmpty()) {
        if (const auto failed = applyWithSession(ctx, session, *plan, &report, &recheck))
            return *failed;
        ctx.out << report.toText();
        ctx.out.flush();
    } else {
        const auto run = cli.check({}, {});
        if (!run)
            return cli.lastExitCode();
        recheck = *run;
        report.rechecked = true;
    }

    // The properties describe the fixed image: the facts as the edits left
    // them and the re-check, read while the appliance still runs.
    std::optional<PropertySet> props;
    if (exportRequest) {
        props = derivePropertiesFor(ctx, session, recheck, *exportRequest);
        if (!props)
            return ExitInputError;
    }
    trimGuest(ctx, session);
    // The overlay is consistent only once the appliance has shut down.
    if (!shutdownGuest(ctx, session))
        return ExitInputError;
    if (interruptRequested())
        return ctx.fail(CliText::tr("Cancelled; no output was written."), {}, ExitFailed);
    ctx.err << CliText::tr("Writing %1…\n").arg(out);
    ctx.err.flush();
    const Status written = writeFixedImage(session.image().overlayPath, out, fmt, &interruptFlag());
    if (!written)
        return ctx.fail(written.error().message, written.error().detail,
                        written.error().code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);
    ctx.out << CliText::tr("Wrote %1\n").arg(out);
    ctx.out << CliText::tr("Size on disk: %1 %2, %3 %4\n")
                   .arg(QFileInfo(image).fileName(), mib(allocatedBytes(image)), QFileInfo(out).fileName(), mib(allocatedBytes(out)));
    // With --only, the verdict covers the selected checks; else every required one.
    bool selectedPass = true;
    for (const QString &id : options->only) {
        const CheckResult *r = recheck.result(id);
        selectedPass = selectedPass && r && (r->status == CheckStatus::Pass || r->status == CheckStatus::NotApplicable);
    }
    const bool passed = report.allFixed() && (options->only.isEmpty() ? recheck.requiredPassed() : selectedPass);
    if (!passed) {
        if (exportRequest)
            ctx.err << CliText::tr("Not exported: the fixed image does not pass its checks.\n");
        return ExitFailed;
    }
    if (parser.isSet(bootTest)) {
        // The proof: OUT boots the way Nova would boot it.
        ctx.out.flush();
        if (runBootTest(ctx, {QStringLiteral("boot-test"), QStringLiteral("--ssh-user"), parser.value(sshUser), out}) != ExitOk) {
            if (exportRequest)
                ctx.err << CliText::tr("Not exported: the boot test failed.\n");
            return ExitFailed;
        }
    }
    return exportRequest ? exportFixed(ctx, out, fmt, *exportRequest, *props) : ExitOk;
}

} // namespace imageprep::cli
