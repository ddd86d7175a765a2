// check: the OpenStack image requirements, as a table, JSON, JUnit or HTML.
#include "cli/CliSession.h"
#include "cli/Commands.h"

#include "checks/Reports.h"
#include "guest/GuestFiles.h"

#include <QJsonDocument>
#include "util/VerifiedWrite.h"

namespace imageprep::cli {

namespace {

QStringList splitIds(const QStringList &values)
{
    QStringList ids;
    for (const QString &v : values)
        ids << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : ids)
        id = id.trimmed();
    return ids;
}

bool writeFile(CliContext &ctx, const QString &path, const QByteArray &data)
{
    if (const Status w = writeFileVerified(path, data); !w) {
        ctx.fail(w.error().message, w.error().detail);
        return false;
    }
    return true;
}

} // namespace

int runCheck(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Check a disk image against the OpenStack image requirements. Exit code 0 when every "
        "required check passes, 1 when one fails, 2 on input errors. The image is never written."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), CliText::tr("Disk image, OVA/tar, or compressed image."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the results as JSON."));
    const QCommandLineOption junit(QStringLiteral("junit"), CliText::tr("Also write JUnit XML to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), CliText::tr("Also write an HTML report to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption only(QStringLiteral("only"), CliText::tr("Run only these check ids."), QStringLiteral("ID,..."));
    const QCommandLineOption skip(QStringLiteral("skip"), CliText::tr("Skip these check ids."), QStringLiteral("ID,..."));
    const QCommandLineOption network(QStringLiteral("network"),
                                     CliText::tr("Turn the appliance network on, so security-updates can ask the guest's own "
                                                 "repositories what is pending (without it that check is unknown)."));
    parser.addOptions({json, junit, html, only, skip, network});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(CliText::tr("check takes one IMAGE (see check --help)"));

    // Refuse unknown ids before the appliance starts.
    const QStringList onlyIds = splitIds(parser.values(only));
    const QStringList skipIds = splitIds(parser.values(skip));
    {
        const CheckRun dry = runChecklist(GuestFacts{}, MemoryGuestFiles{}, onlyIds, skipIds);
        if (!dry.unknownIds.isEmpty())
            return ctx.fail(CliText::tr("unknown check id: %1").arg(dry.unknownIds.join(QStringLiteral(", "))));
    }

    const QString image = parser.positionalArguments().first();
    CliSession cli(ctx);
    if (!cli.open(image, parser.isSet(network)))
        return cli.lastExitCode();
    const auto run = cli.check(onlyIds, skipIds);
    if (!run)
        return cli.lastExitCode();
    const GuestFacts &facts = cli.session().facts();

    if (parser.isSet(json))
        ctx.out << QJsonDocument(renderJson(*run, facts, image)).toJson(QJsonDocument::Indented);
    else
        ctx.out << renderText(*run, facts, image);
    ctx.out.flush();
    if (parser.isSet(junit) && !writeFile(ctx, parser.value(junit), renderJUnit(*run, facts, image)))
        return ExitInputError;
    if (parser.isSet(html) && !writeFile(ctx, parser.value(html), renderHtml(*run, facts, image).toUtf8()))
        return ExitInputError;
    return run->requiredPassed() ? ExitOk : ExitFailed;
}

} // namespace imageprep::cli
