// cache-report: what a compute node's image cache keeps and what nova's image
// cache manager removes, under the node's nova.conf, at a given time.
#include "cli/Commands.h"

#include "cache/CacheReport.h"
#include "util/VerifiedWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace imageprep::cli {

namespace {

// Epoch seconds (fractions allowed) or ISO 8601; an ISO time keeps its
// offset so the report prints it as given.
QDateTime parseAt(const QString &text)
{
    bool isNumber = false;
    const double seconds = text.trimmed().toDouble(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000.0)), Qt::UTC);
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

// Writes the HTML file and prints text or JSON; the exit status says
// whether there is something to act on.
int printReport(CliContext &ctx, const CacheReport &report, const QString &htmlPath, bool json)
{
    if (!htmlPath.isEmpty()) {
        if (const Status w = writeFileVerified(htmlPath, cacheReportToHtml(report).toUtf8()); !w)
            return ctx.fail(w.error().message, w.error().detail);
    }
    if (json)
        ctx.out << QString::fromUtf8(QJsonDocument(cacheReportToJson(report)).toJson(QJsonDocument::Indented));
    else
        ctx.out << cacheReportToText(report);
    ctx.out.flush();
    return report.needsAction() ? ExitFailed : ExitOk;
}

} // namespace

int runCacheReport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Report what the image cache of a compute node ($instances_path/_base) holds, which instance "
        "disks use each file, and what nova's image cache manager will do with it. Reads only.\n\n"
        "\"In use\" follows Nova's own rules on an instance list: --instances-json, else the libvirt domain XML "
        "(--libvirt-xml-dir), else a guess from every instance folder's disk chains (the report says which).\n\n"
        "Exit status: 0 nothing to act on, 1 files would be removed or the next run would fail, 2 input error."));
    parser.addPositionalArgument(QStringLiteral("INSTANCES_DIR"),
                                 CliText::tr("nova's instances_path, e.g. /var/lib/nova/instances."));
    const QCommandLineOption novaConf(QStringLiteral("nova-conf"),
                                      CliText::tr("Read the cache options from this nova.conf (default: nova's defaults)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
                                CliText::tr("Report time: epoch seconds or ISO 8601 with an offset (default: now)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption imageIds(QStringLiteral("image-id"),
                                      CliText::tr("Glance image ids to name base files by (comma-separated, repeatable)."),
                                      QStringLiteral("ID,..."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the report as JSON."));
    const QCommandLineOption html(QStringLiteral("html"), CliText::tr("Also write the report as HTML to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption xmlDir(QStringLiteral("libvirt-xml-dir"),
                                    CliText::tr("Read the instance list from the libvirt domain XML in DIR "
                                                "(default: /etc/libvirt/qemu when it holds a Nova instance; "
                                                "an empty DIR turns it off)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption instancesJson(QStringLiteral("instances-json"),
                                           CliText::tr("Read the instance list from FILE, the output of "
                                                       "'openstack server list --host HOST --long -f json'."),
                                           QStringLiteral("FILE"));
    parser.addOptions({novaConf, at, imageIds, json, html, xmlDir, instancesJson});

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
            return ctx.fail(CliText::tr("--at '%1' is neither epoch seconds nor an ISO 8601 time (e.g. 2024-05-01T12:00:00+02:00)")
                                .arg(parser.value(at)));
    }
    for (const QString &value : parser.values(imageIds)) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.imageIds << id.trimmed();
    }
    const QString xml = parser.isSet(xmlDir) ? parser.value(xmlDir) : defaultLibvirtXmlDir();
    auto instances = loadInstanceView(parser.value(instancesJson), xml, parser.isSet(xmlDir));
    if (!instances)
        return ctx.fail(instances.error().message, instances.error().detail);
    request.instances = instances.value();
    const QString htmlPath = parser.value(html);
    if (!htmlPath.isEmpty() && isInside(htmlPath, instancesDir))
        return ctx.fail(CliText::tr("refusing to write %1 inside the instances folder").arg(htmlPath));

    return printReport(ctx, buildCacheReport(request), htmlPath, parser.isSet(json));
}

} // namespace imageprep::cli
