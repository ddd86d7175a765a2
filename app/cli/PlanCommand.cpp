// plan: what fix would change, as a preview of unified diffs and lists.
// Also the option parsing and session wait that plan and fix share.
#include "cli/CliSession.h"
#include "cli/Commands.h"

#include "checks/Catalogue.h"
#include "fixes/FixRunner.h"

#include "cli/Interrupt.h"

#include <QEventLoop>

namespace imageprep::cli {

namespace {

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

} // namespace

const FixCliOptionNames &fixCliOptionNames()
{
    static const FixCliOptionNames names{
        QCommandLineOption(QStringLiteral("only"), CliText::tr("Fix only these check ids."), QStringLiteral("ID,...")),
        QCommandLineOption(QStringLiteral("alternative"),
                           CliText::tr("Choose an alternative: ssh-key-injection=cloud-init-repo|cloud-init-local|firstboot-script, "
                                          "ssh-server, acpi-shutdown, qemu-guest-agent=packages-repo|packages-local, "
                                          "serial-console=remove-quiet|keep-quiet, root-password=lock|keep (repeatable)."),
                           QStringLiteral("ID=NAME")),
        QCommandLineOption(QStringLiteral("local-packages"),
                           CliText::tr("Folder of .deb/.rpm/.apk files for the *-local alternatives (air-gapped hosts)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("keep-quiet"),
                           CliText::tr("Keep quiet, splash and rhgb on the kernel command line (serial-console=keep-quiet).")),
        // Removing them is the default now; the old flag is still accepted.
        QCommandLineOption(QStringLiteral("remove-quiet"), CliText::tr("Accepted for older scripts; removing quiet is the default.")),
        QCommandLineOption(QStringLiteral("keep-package-caches"),
                           CliText::tr("Keep the package manager's caches after installs (removed by default).")),
        QCommandLineOption(QStringLiteral("no-warnings"), CliText::tr("Fix failing checks only, not warnings.")),
    };
    return names;
}

void addPlanOptions(QCommandLineParser &parser)
{
    const FixCliOptionNames &o = fixCliOptionNames();
    parser.addOptions({o.only, o.alternative, o.localPackages, o.keepQuiet, o.removeQuiet, o.keepCaches, o.noWarnings});
}

std::optional<PlanOptions> planOptionsFrom(CliContext &ctx, const QCommandLineParser &parser)
{
    const FixCliOptionNames &o = fixCliOptionNames();
    PlanOptions options;
    options.only = splitList(parser.values(o.only));
    for (const QString &a : splitList(parser.values(o.alternative))) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            ctx.fail(CliText::tr("--alternative takes ID=NAME, not %1").arg(a));
            return std::nullopt;
        }
        options.alternatives.insert(a.left(eq), a.mid(eq + 1));
    }
    options.localPackageDir = parser.value(o.localPackages);
    options.keepQuiet = parser.isSet(o.keepQuiet);
    options.keepPackageCaches = parser.isSet(o.keepCaches);
    if (options.keepQuiet && parser.isSet(o.removeQuiet)) {
        ctx.fail(CliText::tr("--keep-quiet and --remove-quiet contradict each other"));
        return std::nullopt;
    }
    options.includeWarnings = !parser.isSet(o.noWarnings);
    // Refuse unknown ids before the appliance starts.
    QStringList unknown;
    for (const QString &id : options.only + options.alternatives.keys()) {
        if (!Catalogue::instance().find(id) && id != QLatin1String("cloud-init"))
            unknown << id;
    }
    if (!unknown.isEmpty()) {
        ctx.fail(CliText::tr("unknown check id: %1").arg(unknown.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return options;
}

void waitSessionIdle(Session &session)
{
    QEventLoop loop;
    QObject::connect(&session, &Session::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    cancelOnInterrupt(&loop, [&session] { session.cancel(); });
    if (session.isBusy())
        loop.exec();
}

bool waitForSession(CliContext &ctx, Session &session, std::optional<Error> *error)
{
    std::optional<Error> failure;
    {
        QObject listener; // the connection ends with it
        QObject::connect(&session, &Session::failed, &listener, [&failure](const Error &e) { failure = e; });
        waitSessionIdle(session);
    }
    if (failure) {
        ctx.fail(failure->message, failure->detail, failure->code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);
        if (!failure->detail.isEmpty() && ctx.logLevel != LogLevel::Verbose) {
            ctx.err << failure->detail << '\n';
            ctx.err.flush();
        }
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

std::optional<int> applyWithSession(CliContext &ctx, Session &session, const FixPlan &plan, FixReport *report,
                                    CheckRun *recheck)
{
    const auto c1 = QObject::connect(&session, &Session::applied, [report, recheck](const FixReport &r, const CheckRun &run) {
        *report = r;
        *recheck = run;
    });
    const auto c2 = QObject::connect(&session, &Session::applyProgress, [&ctx](int done, int total, const QString &what) {
        if (ctx.logLevel != LogLevel::Quiet && !what.isEmpty()) {
            ctx.err << QStringLiteral("[%1/%2] %3\n").arg(done + 1).arg(total).arg(what);
            ctx.err.flush();
        }
    });
    session.apply(plan);
    const bool ok = waitForSession(ctx, session);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (ok)
        return std::nullopt;
    ctx.out << session.lastFixReport().toText();
    ctx.out.flush();
    return session.lastFixReport().outcome == FixReport::Outcome::Cancelled ? ExitFailed : ExitInputError;
}

bool closeGuest(CliContext &ctx, Session &session)
{
    TrimResult trim;
    const auto c = QObject::connect(&session, &Session::guestClosed, [&trim](const TrimResult &t) { trim = t; });
    session.closeGuest();
    const bool ok = waitForSession(ctx, session);
    QObject::disconnect(c);
    // The session's log says the same in verbose mode.
    if (ctx.logLevel != LogLevel::Verbose) {
        for (const QString &s : std::as_const(trim.skipped))
            ctx.err << CliText::tr("Free space not trimmed: %1\n").arg(s);
        if (!trim.trimmed.isEmpty())
            ctx.err << CliText::tr("Free space trimmed: %1\n").arg(trim.trimmed.join(QStringLiteral(", ")));
        ctx.err.flush();
    }
    return ok;
}

std::optional<FixPlan> planWithSession(CliContext &ctx, Session &session, const PlanOptions &options)
{
    std::optional<FixPlan> plan;
    const auto c = QObject::connect(&session, &Session::planned, [&plan](const FixPlan &p) { plan = p; });
    session.plan(options);
    const bool ok = waitForSession(ctx, session);
    QObject::disconnect(c);
    if (!ok || !plan)
        return std::nullopt;
    if (!plan->unknownIds.isEmpty()) {
        ctx.fail(CliText::tr("unknown check id: %1").arg(plan->unknownIds.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return plan;
}

int runPlan(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Show the fixes imageprep would make, as unified diffs for files and lists for services, packages "
        "and commands. Nothing is written: the image is opened read-only through an overlay. Exit code 0, "
        "or 2 on input errors and invalid alternatives."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), CliText::tr("Disk image, OVA/tar, or compressed image."));
    addPlanOptions(parser);
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(CliText::tr("plan takes one IMAGE (see plan --help)"));
    const auto options = planOptionsFrom(ctx, parser);
    if (!options)
        return ExitInputError;

    CliSession cli(ctx);
    if (!cli.open(parser.positionalArguments().first()))
        return cli.lastExitCode();
    const auto plan = planWithSession(ctx, cli.session(), *options);
    if (!plan)
        return ExitInputError;
    ctx.out << plan->renderDiff();
    ctx.out.flush();
    return plan->invalidChoices.isEmpty() ? ExitOk : ExitInputError;
}

} // namespace imageprep::cli
