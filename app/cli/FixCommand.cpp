// fix: plan, show, apply on the session overlay, re-check, and write the
// fixed image to OUT (temporary name, renamed when complete). The input image
// is never written; a failed or cancelled run leaves no OUT.
#include "cli/CliSession.h"
#include "cli/Commands.h"

#include "fixes/FixOutput.h"
#include "guest/GuestSession.h"
#include "guest/GuestTrim.h"

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
    parser.addOptions({output, format, yes, offline, bootTest, sshUser});
    addPlanOptions(parser);
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
    if (!passed || !parser.isSet(bootTest))
        return passed ? ExitOk : ExitFailed;
    // The proof: OUT boots the way Nova would boot it.
    ctx.out.flush();
    const int booted = runBootTest(ctx, {QStringLiteral("boot-test"), QStringLiteral("--ssh-user"), parser.value(sshUser), out});
    return booted == ExitOk ? ExitOk : ExitFailed;
}

} // namespace imageprep::cli
