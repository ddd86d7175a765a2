// cache-report: what a compute node's image cache keeps and what nova's image
// cache manager removes, under the node's nova.conf, at a given time.
#include "cli/Commands.h"

#include "cache/CacheReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include "util/VerifiedWrite.h"

namespace imageprep::cli {

namespace {

QDateTime parseAt(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

bool isInside(const QString &path, const QString &folder)
{
    const QString f = QFileInfo(folder).canonicalFilePath();
    QString dir = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    if (f.isEmpty() || dir.isEmpty())
        return false;
    return dir == f || dir.startsWith(f + QLatin1Char('/'));
}

} // namespace

int runCacheReport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Report what the image cache of a compute node ($instances_path/_base) holds, which instance "
        "disks use each file, and what nova's image cache manager will do with it. Reads only."));
    parser.addPositionalArgument(QStringLiteral("INSTANCES_DIR"),
                                 CliText::tr("nova's instances_path, e.g. /var/lib/nova/instances."));
    const QCommandLineOption novaConf(QStringLiteral("nova-conf"),
                                      CliText::tr("Read the cache options from this nova.conf (default: nova's defaults)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
                                CliText::tr("Report time, ISO 8601 (default: now; local time without an offset)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption imageIds(QStringLiteral("image-id"),
                                      CliText::tr("Glance image ids to name base files by (comma-separated, repeatable)."),
                                      QStringLiteral("ID,..."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the report as JSON."));
    const QCommandLineOption html(QStringLiteral("html"), CliText::tr("Also write the report as HTML to FILE."),
                                  QStringLiteral("FILE"));
    parser.addOptions({novaConf, at, imageIds, json, html});

    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;

    // parse() takes args[0] ("cache-report") as the program name
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.fail(CliText::tr("cache-report needs exactly one INSTANCES_DIR (see --help)"));
    const QString instancesDir = positional.first();
    if (!QFileInfo(instancesDir).isDir())
        return ctx.fail(CliText::tr("%1 is not a folder").arg(instancesDir));

    CacheReportRequest request;
    request.instancesDir = instancesDir;
    if (parser.isSet(novaConf)) {
        auto settings = readNovaConf(parser.value(novaConf));
        if (!settings)
            return ctx.fail(settings.error().message, settings.error().detail);
        request.settings = settings.value();
    }
    if (parser.isSet(at)) {
        request.at = parseAt(parser.value(at));
        if (!request.at.isValid())
            return ctx.fail(CliText::tr("--at '%1' is not an ISO 8601 time (e.g. 2024-05-01T12:00:00Z)")
                                .arg(parser.value(at)));
    }
    for (const QString &value : parser.values(imageIds)) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.imageIds << id.trimmed();
    }
    const QString htmlPath = parser.value(html);
    if (!htmlPath.isEmpty() && isInside(htmlPath, instancesDir))
        return ctx.fail(CliText::tr("refusing to write %1 inside the instances folder").arg(htmlPath));

    const CacheReport report = buildCacheReport(request);

    if (!htmlPath.isEmpty()) {
        if (const Status w = writeFileVerified(htmlPath, cacheReportToHtml(report).toUtf8()); !w)
            return ctx.fail(w.error().message, w.error().detail);
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(cacheReportToJson(report)).toJson(QJsonDocument::Indented));
    else
        ctx.out << cacheReportToText(report);
    ctx.out.flush();
    return ExitOk;
}

} // namespace imageprep::cli
