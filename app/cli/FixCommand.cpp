// fix: plan, show, apply on the session overlay, re-check, and write the
// fixed image to OUT (temporary name, renamed when complete). The input image
// is never written; a failed or cancelled run leaves no OUT.
#include "cli/CliSession.h"
#include "cli/Commands.h"
#include "cli/ExportArgs.h"

#include "fixes/FixOutput.h"

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

// What fix was asked to do, read and checked before any appliance starts.
struct FixArgs {
    QString image, out, fmt, sshUser;
    bool yes = false, network = true, bootTest = false;
    PlanOptions plan;
    std::optional<ExportRequest> exportRequest;
};

std::optional<FixArgs> parseFixArgs(CliContext &ctx, const QStringList &args, int *code)
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
    *code = ExitInputError;
    const auto failed = [&ctx](const QString &message) -> std::optional<FixArgs> {
        ctx.fail(message);
        return std::nullopt;
    };
    if (!ctx.parse(parser, args, code))
        return std::nullopt;
    *code = ExitInputError;
    if (parser.positionalArguments().size() != 1)
        return failed(CliText::tr("fix takes one IMAGE (see fix --help)"));
    if (!parser.isSet(output))
        return failed(CliText::tr("fix needs -o OUT"));
    FixArgs a;
    a.image = parser.positionalArguments().first();
    a.out = parser.value(output);
    a.fmt = parser.value(format);
    a.yes = parser.isSet(yes);
    a.network = !parser.isSet(offline);
    a.bootTest = parser.isSet(bootTest);
    a.sshUser = parser.value(sshUser);
    if (a.fmt != QLatin1String("qcow2") && a.fmt != QLatin1String("raw"))
        return failed(CliText::tr("--format is qcow2 or raw, not %1").arg(a.fmt));
    if (QFileInfo(a.out).exists() || QFileInfo(a.out).isSymLink())
        return failed(CliText::tr("%1 exists; choose a new output name").arg(a.out));
    if (QFileInfo(a.out).absoluteFilePath() == QFileInfo(a.image).absoluteFilePath())
        return failed(CliText::tr("OUT must differ from IMAGE: the input is never written"));
    const auto plan = planOptionsFrom(ctx, parser);
    if (!plan)
        return std::nullopt;
    a.plan = *plan;
    // The export options, and with --upload the cloud's credentials, are
    // checked before the appliance starts.
    if (parser.isSet(exportDir)) {
        a.exportRequest = exportRequestFrom(ctx, parser, *parseExportImageFormat(a.fmt), parser.isSet(format), parser.value(exportDir), a.out, true);
        if (!a.exportRequest || !exportTargetFree(ctx, *a.exportRequest, a.out))
            return std::nullopt;
    } else if (const QStringList set = exportOptionsSet(parser); !set.isEmpty()) {
        return failed(CliText::tr("%1 needs --export DIR").arg(set.join(QStringLiteral(", "))));
    }
    return a;
}

// Asks on the terminal unless --yes; nullopt when the plan may be applied.
std::optional<int> confirmPlan(CliContext &ctx, const FixArgs &a, const FixPlan &plan)
{
    if (plan.isEmpty() || a.yes)
        return std::nullopt;
    if (!isatty(STDIN_FILENO))
        return ctx.fail(CliText::tr("not a terminal: pass --yes to apply the plan above"));
    ctx.err << CliText::tr("Apply these %1 edits? [y/N] ").arg(plan.editCount());
    ctx.err.flush();
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y'))
        return ctx.fail(CliText::tr("nothing applied"), {}, ExitFailed);
    return std::nullopt;
}

// With --only, the verdict covers the selected checks; else every required one.
bool fixedImagePasses(const FixArgs &a, const FixReport &report, const CheckRun &recheck)
{
    bool selectedPass = true;
    for (const QString &id : a.plan.only) {
        const CheckResult *r = recheck.result(id);
        selectedPass = selectedPass && r && (r->status == CheckStatus::Pass || r->status == CheckStatus::NotApplicable);
    }
    return report.allFixed() && (a.plan.only.isEmpty() ? recheck.requiredPassed() : selectedPass);
}

// Closes the guest and writes OUT from the overlay; nullopt when written.
std::optional<int> writeOut(CliContext &ctx, Session &session, const FixArgs &a)
{
    // Free blocks of every written guest filesystem become zeros of the
    // overlay, so OUT holds only used blocks; the appliance shuts down.
    if (!closeGuest(ctx, session))
        return ExitInputError;
    if (interruptRequested())
        return ctx.fail(CliText::tr("Cancelled; no output was written."), {}, ExitFailed);
    ctx.err << CliText::tr("Writing %1…\n").arg(a.out);
    ctx.err.flush();
    const Status written = writeFixedImage(session.image().overlayPath, a.out, a.fmt, &interruptFlag());
    if (!written)
        return ctx.fail(written.error().message, written.error().detail,
                        written.error().code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);
    ctx.out << CliText::tr("Wrote %1\n").arg(a.out);
    ctx.out << CliText::tr("Size on disk: %1 %2, %3 %4\n")
                   .arg(QFileInfo(a.image).fileName(), mib(allocatedBytes(a.image)), QFileInfo(a.out).fileName(), mib(allocatedBytes(a.out)));
    return std::nullopt;
}

} // namespace

int runFix(CliContext &ctx, const QStringList &args)
{
    int code = ExitOk;
    auto parsed = parseFixArgs(ctx, args, &code);
    if (!parsed)
        return code;
    FixArgs &a = *parsed;

    CliSession cli(ctx);
    Session &session = cli.session();
    if (!cli.open(a.image, a.network))
        return cli.lastExitCode();
    const auto plan = planWithSession(ctx, session, a.plan);
    if (!plan)
        return ExitInputError;
    ctx.out << plan->renderDiff();
    ctx.out.flush();
    if (!plan->invalidChoices.isEmpty())
        return ExitInputError;
    if (const auto refused = confirmPlan(ctx, a, *plan))
        return *refused;

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
    // them and the re-check, as the wizard's export page derives them.
    std::optional<PropertySet> props;
    if (a.exportRequest) {
        props = derivePropertiesFor(ctx, session, recheck, *a.exportRequest);
        if (!props)
            return ExitInputError;
    }
    if (const auto failed = writeOut(ctx, session, a))
        return *failed;
    if (!fixedImagePasses(a, report, recheck)) {
        if (a.exportRequest)
            ctx.err << CliText::tr("Not exported: the fixed image does not pass its checks.\n");
        return ExitFailed;
    }
    if (a.bootTest) {
        // The proof: OUT boots the way Nova would boot it.
        ctx.out.flush();
        if (runBootTest(ctx, {QStringLiteral("boot-test"), QStringLiteral("--ssh-user"), a.sshUser, a.out}) != ExitOk) {
            if (a.exportRequest)
                ctx.err << CliText::tr("Not exported: the boot test failed.\n");
            return ExitFailed;
        }
    }
    return a.exportRequest ? exportFixed(ctx, a.out, a.fmt, *a.exportRequest, *props) : ExitOk;
}

} // namespace imageprep::cli
