// lab: training labs. `lab make` plants chosen defects into a copy of a clean
// guest (through the same session, runner and write-out path as fix) and
// proves each one with the re-check; `lab grade` scores a trainee's image
// against the requirements an instructor expects to pass; `lab steps` prints
// how to check and fix requirements by hand, as the wizard's lab mode shows.
#include "cli/CliSession.h"
#include "cli/Commands.h"

#include "checks/Catalogue.h"
#include "checks/ManualSteps.h"
#include "fixes/FixOutput.h"
#include "lab/LabDefects.h"
#include "lab/SampleGuest.h"
#include "util/TextWidth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <variant>
#include <cstdio>

namespace imageprep::cli {

namespace {

// The status column keeps five terminal columns for the English words and
// widens for a wider word printed in it (UNKNOWN, a Chinese "不适用").
constexpr int StatusColumns = 5;

QString verdictWord(bool ok)
{
    //: Grade of one expected requirement; keep it short (one word), like the checklist's PASS/FAIL.
    return ok ? QCoreApplication::translate("LabCommand", "PASS") : QCoreApplication::translate("LabCommand", "FAIL");
}

QStringList splitIds(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!out.contains(part.trimmed()))
                out << part.trimmed();
        }
    }
    return out;
}

// The message for ids the catalogue does not know; empty when it knows them all.
QString unknownRequirementIds(const QStringList &ids)
{
    QStringList unknown;
    for (const QString &id : ids) {
        if (!Catalogue::instance().find(id))
            unknown << id;
    }
    return unknown.isEmpty() ? QString()
                             : QCoreApplication::translate("LabCommand", "unknown requirement id: %1").arg(unknown.join(QStringLiteral(", ")));
}

bool passes(const CheckResult &r)
{
    return r.status == CheckStatus::Pass || r.status == CheckStatus::NotApplicable;
}

void printLabUsage(QTextStream &s)
{
    s << QCoreApplication::translate("LabCommand", "Usage: imageprep-cli lab make|grade|steps [OPTIONS] ARGS\n\n"
            "Training labs: practice images with chosen defects, and grading of a trainee's fixed image.\n\n"
            "Commands:\n")
      << QStringLiteral("  make          ")
      << QCoreApplication::translate("LabCommand", "Build a practice image with the chosen defects (--list shows them).") << '\n'
      << QStringLiteral("  grade         ")
      << QCoreApplication::translate("LabCommand", "Grade an image: which expected requirements pass, which still fail, and a score.") << '\n'
      << QStringLiteral("  steps         ")
      << QCoreApplication::translate("LabCommand", "How to check and fix requirements by hand, with the libguestfs tools.") << '\n'
      << '\n'
      << QCoreApplication::translate("LabCommand", "Run 'imageprep-cli lab COMMAND --help' for the options of each.") << '\n';
    s.flush();
}

int listDefects(CliContext &ctx, bool json)
{
    if (json) {
        QJsonArray defects;
        for (const LabDefect &d : labDefects())
            defects.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("description"), d.translatedDescription()}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("defects"), defects}}).toJson(QJsonDocument::Indented);
    } else {
        qsizetype width = 0;
        for (const LabDefect &d : labDefects())
            width = std::max(width, d.id.size());
        for (const LabDefect &d : labDefects())
            ctx.out << d.id.leftJustified(width + 2) << d.translatedDescription() << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

// Writes the session overlay to out; with overwrite, an existing out is
// replaced only once the new image is complete.
Status writeLabImage(const QString &overlay, const QString &out, bool overwrite)
{
    const QFileInfo info(out);
    if (!overwrite || !info.exists())
        return writeFixedImage(overlay, out, QStringLiteral("qcow2"), &interruptFlag());
    const QString staged = info.absoluteDir().absoluteFilePath(QStringLiteral(".%1.lab-new").arg(info.fileName()));
    QFile::remove(staged);
    if (Status s = writeFixedImage(overlay, staged, QStringLiteral("qcow2"), &interruptFlag()); !s)
        return s;
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        QFile::remove(staged);
        return makeError(ErrorCode::Unreadable, QCoreApplication::translate("LabCommand", "Cannot replace %1.").arg(out));
    }
    return success();
}

// The clean Debian practice guest lab make starts from without --base,
// generated into dir; its path, or the exit code (error printed).
std::variant<QString, int> generateBase(CliContext &ctx, const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return ctx.fail(QCoreApplication::translate("LabCommand", "cannot create a temporary folder: %1").arg(dir.errorString()));
    if (ctx.logLevel != LogLevel::Quiet) {
        ctx.err << QCoreApplication::translate("LabCommand", "Generating a clean Debian practice guest…") << '\n';
        ctx.err.flush();
    }
    const auto made = generateSampleGuest(dir.path(), QStringLiteral("debian"), [&ctx](const QString &line) {
        if (ctx.logLevel == LogLevel::Verbose) {
            ctx.err << QStringLiteral("  ") << line << '\n';
            ctx.err.flush();
        }
    }, &interruptFlag());
    if (!made)
        return ctx.fail(made.error().message, made.error().detail,
                        made.error().code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);
    return made.value();
}

// Plants ids on the open session's guest and checks that each shows: the
// plan and the re-check, or the exit code (error printed).
std::variant<std::pair<FixPlan, CheckRun>, int> plantDefects(CliContext &ctx, CliSession &cli, const QStringList &ids)
{
    Session &session = cli.session();
    // A defect shows only where its requirement passed before.
    const auto before = cli.check({}, {});
    if (!before)
        return cli.lastExitCode();
    QStringList notClean;
    for (const QString &id : ids) {
        const CheckResult *r = before->result(id);
        if (!r || r->status != CheckStatus::Pass)
            notClean << QStringLiteral("%1 (%2)").arg(id, r ? statusWord(r->status) : QCoreApplication::translate("LabCommand", "not checked"));
    }
    if (!notClean.isEmpty())
        return ctx.fail(QCoreApplication::translate("LabCommand", "the base image does not pass %1, so the defect cannot be planted there; start from a clean guest")
                            .arg(notClean.join(QStringLiteral(", "))));

    std::optional<DefectPlan> planned;
    const auto c = QObject::connect(&session, &Session::defectsPlanned, [&planned](const DefectPlan &p) { planned = p; });
    session.planDefects(ids);
    const bool done = waitForSession(ctx, session);
    QObject::disconnect(c);
    if (!done || !planned)
        return int(ExitInputError);
    if (!planned->ok()) {
        for (const QString &e : std::as_const(planned->errors))
            ctx.err << QCoreApplication::translate("LabCommand", "cannot plant %1").arg(e) << '\n';
        ctx.err.flush();
        return ctx.fail(QCoreApplication::translate("LabCommand", "%n defect(s) cannot be planted on this guest", nullptr, int(planned->errors.size())));
    }
    FixPlan plan = planned->plan;
    if (ctx.logLevel == LogLevel::Verbose) {
        ctx.out << plan.renderDiff();
        ctx.out.flush();
    }

    FixReport report;
    CheckRun recheck;
    if (const auto failed = applyWithSession(ctx, session, plan, &report, &recheck))
        return *failed;

    const QStringList hidden = defectsNotShown(ids, recheck);
    if (!hidden.isEmpty())
        return ctx.fail(QCoreApplication::translate("LabCommand", "after planting, the checklist does not show %1; no image was written")
                            .arg(hidden.join(QStringLiteral(", "))));

    return std::make_pair(plan, recheck);
}

// What lab make planted, and the checklist of OUT.
void printLabResult(CliContext &ctx, const FixPlan &plan, const CheckRun &recheck, const QStringList &ids, const QString &out)
{
    ctx.out << QCoreApplication::translate("LabCommand", "Planted %n defect(s):", nullptr, int(plan.fixes.size())) << '\n';
    qsizetype idWidth = 0;
    for (const Fix &fix : plan.fixes)
        idWidth = std::max(idWidth, fix.requirementId.size());
    for (const Fix &fix : plan.fixes) {
        ctx.out << QStringLiteral("  %1  %2\n").arg(fix.requirementId.leftJustified(idWidth), fix.title);
        for (const EditPtr &e : fix.edits)
            ctx.out << QStringLiteral("      %1\n").arg(e->summary());
    }
    ctx.out << '\n' << QCoreApplication::translate("LabCommand", "Checklist of %1:").arg(out) << '\n';
    qsizetype width = 0;
    QStringList words;
    for (const CheckResult &r : std::as_const(recheck.results)) {
        if (!passes(r)) {
            width = std::max(width, r.id.size());
            words << statusWord(r.status);
        }
    }
    const int statusWidth = columnWidth(words, StatusColumns);
    for (const CheckResult &r : std::as_const(recheck.results)) {
        if (passes(r))
            continue;
        ctx.out << QStringLiteral("  %1 %2  %3  %4\n")
                       .arg(statusSymbol(r.status), padRight(statusWord(r.status), statusWidth), r.id.leftJustified(width),
                            ids.contains(r.id) ? r.summary : QCoreApplication::translate("LabCommand", "(also affected) %1").arg(r.summary));
    }
    ctx.out << QCoreApplication::translate("LabCommand", "%1 pass, %2 fail, %3 warning, %4 not applicable, %5 unknown")
                   .arg(recheck.count(CheckStatus::Pass))
                   .arg(recheck.count(CheckStatus::Fail))
                   .arg(recheck.count(CheckStatus::Warning))
                   .arg(recheck.count(CheckStatus::NotApplicable))
                   .arg(recheck.count(CheckStatus::Unknown))
            << '\n'
            << QCoreApplication::translate("LabCommand", "Wrote %1").arg(out) << '\n';
    ctx.out.flush();
}

int runLabMake(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LabCommand",
        "Build a practice image: plant the chosen defects into a copy of a clean guest (BASE, or a generated "
        "Debian practice guest when --base is not given), check that each one now fails, and write OUT as qcow2. "
        "The base image is never written. Exit code 0 when every defect was planted and shows, 2 on input errors "
        "(unknown defect, one that cannot be planted on this guest, or one the re-check does not show)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("LabCommand", "The practice image to write (qcow2)."));
    const QCommandLineOption defects(QStringLiteral("defects"), QCoreApplication::translate("LabCommand", "Defects to plant, named by the requirement they break."),
                                     QStringLiteral("ID,..."));
    const QCommandLineOption base(QStringLiteral("base"), QCoreApplication::translate("LabCommand", "Clean guest image to start from (default: a generated Debian guest)."),
                                  QStringLiteral("IMAGE"));
    const QCommandLineOption list(QStringLiteral("list"), QCoreApplication::translate("LabCommand", "List the available defects and exit."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("LabCommand", "With --list: print the defects as JSON."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QCoreApplication::translate("LabCommand", "Replace OUT when it exists."));
    parser.addOptions({defects, base, list, json, overwrite});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.isSet(list))
        return listDefects(ctx, parser.isSet(json));

    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("LabCommand", "lab make takes one OUT (see lab make --help)"));
    const QStringList ids = splitIds(parser.values(defects));
    if (ids.isEmpty())
        return ctx.fail(QCoreApplication::translate("LabCommand", "lab make needs --defects ID,... (see lab make --list)"));
    QStringList unknown;
    for (const QString &id : ids) {
        if (!findLabDefect(id))
            unknown << id;
    }
    if (!unknown.isEmpty())
        return ctx.fail(QCoreApplication::translate("LabCommand", "no defect named %1; available: %2")
                            .arg(unknown.join(QStringLiteral(", ")), labDefectIds().join(QStringLiteral(", "))));
    const QString out = parser.positionalArguments().first();
    if ((QFileInfo(out).exists() || QFileInfo(out).isSymLink()) && !parser.isSet(overwrite))
        return ctx.fail(QCoreApplication::translate("LabCommand", "%1 exists; choose a new output name or pass --overwrite").arg(out));
    if (QFileInfo(out).exists() && !QFileInfo(out).isFile())
        return ctx.fail(QCoreApplication::translate("LabCommand", "%1 is not a regular file").arg(out));
    QString image = parser.value(base);
    if (parser.isSet(base) && QFileInfo(out).absoluteFilePath() == QFileInfo(image).absoluteFilePath())
        return ctx.fail(QCoreApplication::translate("LabCommand", "OUT must differ from the base image: the base is never written"));

    QTemporaryDir generated; // the generated base lives (and goes) with this command
    if (!parser.isSet(base)) {
        const auto made = generateBase(ctx, generated);
        if (const int *failed = std::get_if<int>(&made))
            return *failed;
        image = std::get<QString>(made);
    }

    CliSession cli(ctx);
    Session &session = cli.session();
    if (!cli.open(image))
        return cli.lastExitCode();
    const auto planted = plantDefects(ctx, cli, ids);
    if (const int *failed = std::get_if<int>(&planted))
        return *failed;
    const auto &[plan, recheck] = std::get<std::pair<FixPlan, CheckRun>>(planted);

    // The overlay is consistent only once the appliance has shut down.
    if (!closeGuest(ctx, session))
        return ExitInputError;
    if (interruptRequested())
        return ctx.fail(QCoreApplication::translate("LabCommand", "Cancelled; no output was written."), {}, ExitFailed);
    ctx.err << QCoreApplication::translate("LabCommand", "Writing %1…").arg(out) << '\n';
    ctx.err.flush();
    const Status written = writeLabImage(session.image().overlayPath, out, parser.isSet(overwrite));
    if (!written)
        return ctx.fail(written.error().message, written.error().detail,
                        written.error().code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);

    printLabResult(ctx, plan, recheck, ids, out);
    return ExitOk;
}

// lab grade's score as JSON.
void printGradeJson(CliContext &ctx, const QString &image, const CheckRun &run, const QStringList &expected, int passed)
{
    const int total = static_cast<int>(expected.size());
    const int percent = static_cast<int>(std::lround(100.0 * passed / total));
    QJsonArray requirements;
    for (const CheckResult &r : run.results) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("status"), toString(r.status)},
                      {QStringLiteral("expected"), expected.contains(r.id)},
                      {QStringLiteral("passed"), passes(r)},
                      {QStringLiteral("summary"), r.summary}};
        requirements.append(o);
    }
    const QJsonObject doc{{QStringLiteral("image"), image},
                          {QStringLiteral("score"), QJsonObject{{QStringLiteral("passed"), passed},
                                                                {QStringLiteral("expected"), total},
                                                                {QStringLiteral("percent"), percent}}},
                          {QStringLiteral("requirements"), requirements}};
    ctx.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

// lab grade's score as text: the expected requirements, then the others.
void printGradeText(CliContext &ctx, const QString &image, const CheckRun &run, const QStringList &expected, int passed)
{
    const int total = static_cast<int>(expected.size());
    const int percent = static_cast<int>(std::lround(100.0 * passed / total));
    ctx.out << QCoreApplication::translate("LabCommand", "Image: %1").arg(image) << "\n\n" << QCoreApplication::translate("LabCommand", "Expected requirements:") << '\n';
    QStringList words{verdictWord(true), verdictWord(false)};
    for (const CheckResult &r : run.results)
        words << statusWord(r.status);
    const int statusWidth = columnWidth(words, StatusColumns);
    for (const QString &id : std::as_const(expected)) {
        const CheckResult *r = run.result(id);
        const bool ok = r && passes(*r);
        ctx.out << QStringLiteral("  %1 %2  %3\n")
                       .arg(statusSymbol(ok ? CheckStatus::Pass : CheckStatus::Fail), padRight(verdictWord(ok), statusWidth), id);
        if (r)
            ctx.out << QStringLiteral("        %1\n").arg(r->summary);
    }
    QStringList others;
    for (const CheckResult &r : run.results) {
        if (!expected.contains(r.id))
            others << QStringLiteral("  %1 %2  %3\n").arg(statusSymbol(r.status), padRight(statusWord(r.status), statusWidth), r.id);
    }
    if (!others.isEmpty())
        ctx.out << '\n' << QCoreApplication::translate("LabCommand", "Other requirements (not graded):") << '\n' << others.join(QString());
    ctx.out << '\n'
            //: %1 requirements passed out of %2 expected; %3 is the percentage.
            << QCoreApplication::translate("LabCommand", "Score: %1 of %2 expected requirements pass (%3 %)").arg(passed).arg(total).arg(percent) << '\n';
}

int runLabGrade(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LabCommand",
        "Grade a trainee's image: runs the checklist (read-only) and reports which expected requirements pass, "
        "which still fail, and a score. Exit code 0 when every expected requirement passes, 1 when not, "
        "2 on input errors."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QCoreApplication::translate("LabCommand", "The image to grade."));
    const QCommandLineOption expect(QStringLiteral("expect"),
                                    QCoreApplication::translate("LabCommand", "Requirement ids that must pass (default: every required requirement)."),
                                    QStringLiteral("ID,..."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("LabCommand", "Print the grade as JSON."));
    parser.addOptions({expect, json});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QCoreApplication::translate("LabCommand", "lab grade takes one IMAGE (see lab grade --help)"));

    const Catalogue &catalogue = Catalogue::instance();
    QStringList expected = splitIds(parser.values(expect));
    if (parser.isSet(expect) && expected.isEmpty())
        return ctx.fail(QCoreApplication::translate("LabCommand", "--expect needs at least one requirement id"));
    if (const QString unknown = unknownRequirementIds(expected); !unknown.isEmpty())
        return ctx.fail(unknown);
    if (expected.isEmpty()) {
        for (const Requirement *r : catalogue.all()) {
            if (r->severity() == Severity::Required)
                expected << r->id();
        }
    }

    const QString image = parser.positionalArguments().first();
    CliSession cli(ctx);
    const auto run = cli.openAndCheck(image);
    if (!run)
        return cli.lastExitCode();

    int passed = 0;
    for (const QString &id : std::as_const(expected)) {
        const CheckResult *r = run->result(id);
        if (r && passes(*r))
            ++passed;
    }
    if (parser.isSet(json))
        printGradeJson(ctx, image, *run, expected, passed);
    else
        printGradeText(ctx, image, *run, expected, passed);
    ctx.out.flush();
    return passed == int(expected.size()) ? ExitOk : ExitFailed;
}

int runLabSteps(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LabCommand",
        "How to check and fix requirements by hand: the guestfish, virt-cat, virt-inspector, virt-customize and "
        "virt-sysprep commands that read and change what imageprep's checks and fixes do. Fix commands work on a "
        "copy of the image, never on the original. Nothing is opened or run."));
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("LabCommand", "Requirement ids (default: every requirement)."),
                                 QStringLiteral("[ID...]"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   QCoreApplication::translate("LabCommand", "Fill in this image's path (and its copy's) in the commands."),
                                   QStringLiteral("IMAGE"));
    const QCommandLineOption checkOnly(QStringLiteral("check"), QCoreApplication::translate("LabCommand", "Only the steps that check."));
    const QCommandLineOption fixOnly(QStringLiteral("fix"), QCoreApplication::translate("LabCommand", "Only the steps that fix."));
    parser.addOptions({image, checkOnly, fixOnly});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;

    const Catalogue &catalogue = Catalogue::instance();
    QStringList ids = splitIds(parser.positionalArguments());
    if (const QString unknown = unknownRequirementIds(ids); !unknown.isEmpty())
        return ctx.fail(unknown);
    if (ids.isEmpty()) {
        for (const Requirement *r : catalogue.all())
            ids << r->id();
    }
    const bool showCheck = !parser.isSet(fixOnly) || parser.isSet(checkOnly);
    const bool showFix = !parser.isSet(checkOnly) || parser.isSet(fixOnly);
    const QString path = parser.isSet(image) ? QFileInfo(parser.value(image)).absoluteFilePath() : QString();

    // A shell script a trainee can read or paste from: prose as # comments.
    bool first = true;
    for (const QString &id : std::as_const(ids)) {
        const ManualSteps steps = manualSteps(id);
        if (steps.isEmpty())
            continue;
        if (!first)
            ctx.out << '\n';
        first = false;
        ctx.out << QStringLiteral("# ==== %1: %2 ====\n").arg(id, catalogue.find(id)->title());
        if (showCheck && !steps.check.isEmpty())
            //: lab steps: heading (a shell comment) above the commands that check one requirement by hand.
            ctx.out << QStringLiteral("# -- %1\n").arg(QCoreApplication::translate("LabCommand", "Check by hand"))
                    << withImagePath(steps.check, path).trimmed() << '\n';
        if (showFix && !steps.fix.isEmpty())
            //: lab steps: heading (a shell comment) above the commands that fix one requirement by hand.
            ctx.out << QStringLiteral("\n# -- %1\n").arg(QCoreApplication::translate("LabCommand", "Fix by hand"))
                    << withImagePath(steps.fix, path).trimmed() << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace

int runLab(CliContext &ctx, const QStringList &args)
{
    // args[0] is "lab"; the sub-subcommand parses the rest as its own command line.
    const QString sub = args.value(1);
    if (sub == QLatin1String("make"))
        return runLabMake(ctx, args.mid(1));
    if (sub == QLatin1String("grade"))
        return runLabGrade(ctx, args.mid(1));
    if (sub == QLatin1String("steps"))
        return runLabSteps(ctx, args.mid(1));
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printLabUsage(ctx.out);
        return ExitOk;
    }
    printLabUsage(ctx.err);
    return sub.isEmpty() ? ExitInputError : ctx.fail(QCoreApplication::translate("LabCommand", "unknown lab command '%1' (make, grade or steps)").arg(sub));
}

} // namespace imageprep::cli
