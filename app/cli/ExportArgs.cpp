#include "cli/ExportArgs.h"
#include "cli/Commands.h"

#include "glance/GlanceClient.h"
#include "session/Session.h"
#include "util/TextWidth.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imageprep::cli {

namespace {

QJsonObject resultJson(const ExportResult &r, const PropertySet &props)
{
    QJsonObject o{{QStringLiteral("image"), r.imagePath},
                  {QStringLiteral("bytes"), r.imageBytes},
                  {QStringLiteral("virtualSize"), r.virtualSize},
                  {QStringLiteral("sha256"), r.sha256},
                  {QStringLiteral("sha512"), r.sha512},
                  {QStringLiteral("md5"), r.md5},
                  {QStringLiteral("sums"), r.sumsPath},
                  {QStringLiteral("propertyFiles"), QJsonArray::fromStringList(r.propertyFiles)},
                  {QStringLiteral("timingsMs"), QJsonObject{{QStringLiteral("convert"), r.convertMs},
                                                            {QStringLiteral("hash"), r.hashMs},
                                                            {QStringLiteral("bundle"), r.bundleMs},
                                                            {QStringLiteral("upload"), r.uploadMs}}}};
    if (!r.bundlePath.isEmpty())
        o.insert(QStringLiteral("bundle"), r.bundlePath);
    if (!r.upload.imageId.isEmpty())
        o.insert(QStringLiteral("glance"), QJsonObject{{QStringLiteral("id"), r.upload.imageId},
                                                       {QStringLiteral("status"), r.upload.status},
                                                       {QStringLiteral("checksum"), r.upload.checksum},
                                                       {QStringLiteral("os_hash_value"), r.upload.hashValue},
                                                       {QStringLiteral("imported"), r.upload.imported},
                                                       {QStringLiteral("replaced"), QJsonArray::fromStringList(r.upload.replacedIds)}});
    QJsonObject p;
    for (const ImageProperty &prop : props.properties())
        p.insert(prop.key, QJsonObject{{QStringLiteral("value"), prop.value}, {QStringLiteral("reason"), prop.reason}});
    o.insert(QStringLiteral("properties"), p);
    return o;
}

} // namespace

const ExportArgNames &exportArgNames()
{
    static const ExportArgNames names{
        QCommandLineOption(QStringLiteral("compress"), CliText::tr("Compress the qcow2 clusters (the default for --upload when the cloud takes qcow2).")),
        QCommandLineOption(QStringLiteral("no-compress"), CliText::tr("Do not compress, also for --upload.")),
        QCommandLineOption(QStringLiteral("bundle"), CliText::tr("Also write one archive: tar, tar.gz or tar.zst."), QStringLiteral("KIND")),
        QCommandLineOption(QStringLiteral("name"), CliText::tr("Glance image name; also names the files unless --base-name (default: the input's file name)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("base-name"), CliText::tr("Output file stem (default: --name, else the input's)."), QStringLiteral("STEM")),
        QCommandLineOption(QStringLiteral("property"), CliText::tr("Set or override a property (repeatable)."), QStringLiteral("KEY=VALUE")),
        QCommandLineOption(QStringLiteral("unset"), CliText::tr("Remove a derived property (repeatable)."), QStringLiteral("KEY")),
        QCommandLineOption(QStringLiteral("min-ram"), CliText::tr("min_ram in MiB (default: per family)."), QStringLiteral("MIB")),
        QCommandLineOption(QStringLiteral("virtio-scsi"), CliText::tr("With virtio drivers, use virtio-scsi (discard) instead of virtio-blk.")),
        QCommandLineOption(QStringLiteral("overwrite"), CliText::tr("Replace existing output files.")),
        QCommandLineOption(QStringLiteral("upload"), CliText::tr("Upload to Glance after writing (credentials, endpoint and name are checked first).")),
        QCommandLineOption(QStringLiteral("replace"), CliText::tr("Replace an image of the same name in the project once the new one is active.")),
        QCommandLineOption(QStringLiteral("upload-method"),
                           CliText::tr("auto (default: direct upload, Glance's image import where that is forbidden), direct or import."),
                           QStringLiteral("METHOD"), QStringLiteral("auto")),
        QCommandLineOption(QStringLiteral("os-cloud"), CliText::tr("Cloud in clouds.yaml (default: $OS_CLOUD)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("os-image-url"), CliText::tr("Glance endpoint, instead of a cloud."), QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("os-token"), CliText::tr("Token for --os-image-url (default: $OS_TOKEN)."), QStringLiteral("TOKEN")),
    };
    return names;
}

void addExportOptions(QCommandLineParser &parser)
{
    const ExportArgNames &o = exportArgNames();
    parser.addOptions({o.compress, o.noCompress, o.bundle, o.name, o.baseName, o.property, o.unset, o.minRam, o.virtioScsi,
                       o.overwrite, o.upload, o.replace, o.uploadMethod, o.osCloud, o.imageUrl, o.token});
}

QStringList exportOptionsSet(const QCommandLineParser &parser)
{
    const ExportArgNames &o = exportArgNames();
    QStringList set;
    for (const QCommandLineOption *opt : {&o.compress, &o.noCompress, &o.bundle, &o.name, &o.baseName, &o.property, &o.unset,
                                          &o.minRam, &o.virtioScsi, &o.overwrite, &o.upload, &o.replace, &o.uploadMethod,
                                          &o.osCloud, &o.imageUrl, &o.token}) {
        if (parser.isSet(*opt))
            set << QStringLiteral("--") + opt->names().constFirst();
    }
    return set;
}

std::optional<ExportRequest> exportRequestFrom(CliContext &ctx, const QCommandLineParser &parser, ExportImageFormat format,
                                               bool formatSet, const QString &outputDir, const QString &imagePath, bool prepare)
{
    const ExportArgNames &o = exportArgNames();
    const auto failed = [&ctx](const QString &message) -> std::optional<ExportRequest> {
        ctx.fail(message);
        return std::nullopt;
    };
    ExportRequest req;
    const auto bundleKind = parseBundleFormat(parser.value(o.bundle));
    if (!bundleKind)
        return failed(CliText::tr("unknown --bundle %1 (tar, tar.gz or tar.zst)").arg(parser.value(o.bundle)));
    if (parser.isSet(o.compress) && format != ExportImageFormat::Qcow2)
        return failed(CliText::tr("--compress needs --format qcow2"));
    req.choices.format = format;
    req.choices.preferVirtioScsi = parser.isSet(o.virtioScsi);
    if (parser.isSet(o.minRam)) {
        bool ok = false;
        req.choices.minRamMiB = parser.value(o.minRam).toInt(&ok);
        if (!ok || req.choices.minRamMiB < 0)
            return failed(CliText::tr("--min-ram takes a number of MiB"));
    }
    req.overrides = parser.values(o.property);
    req.unsets = parser.values(o.unset);
    {
        PropertySet probe;
        if (const Status s = probe.applyOverrides(req.overrides, req.unsets); !s)
            return failed(s.error().message);
    }
    ExportOptions &options = req.options;
    options.outputDir = outputDir;
    options.format = format;
    options.compress = parser.isSet(o.compress);
    options.bundle = *bundleKind;
    options.imageName = parser.value(o.name);
    options.baseName = parser.value(o.baseName);
    options.overwrite = parser.isSet(o.overwrite);
    options.upload = parser.isSet(o.upload);
    options.uploadOptions.cloudName = parser.value(o.osCloud);
    options.uploadOptions.endpoint = parser.value(o.imageUrl);
    options.uploadOptions.token = parser.isSet(o.token) ? parser.value(o.token) : qEnvironmentVariable("OS_TOKEN");
    if (!options.upload && (parser.isSet(o.osCloud) || parser.isSet(o.imageUrl) || parser.isSet(o.replace) || parser.isSet(o.uploadMethod)))
        return failed(CliText::tr("--os-cloud, --os-image-url, --replace and --upload-method need --upload"));
    if (parser.isSet(o.compress) && parser.isSet(o.noCompress))
        return failed(CliText::tr("--compress and --no-compress exclude each other"));
    const QString method = parser.value(o.uploadMethod);
    if (method != QLatin1String("auto") && method != QLatin1String("direct") && method != QLatin1String("import"))
        return failed(CliText::tr("unknown --upload-method %1 (auto, direct or import)").arg(method));
    options.uploadOptions.method = method == QLatin1String("direct") ? UploadMethod::Direct
                                 : method == QLatin1String("import") ? UploadMethod::Import : UploadMethod::Auto;
    options.uploadOptions.replace = parser.isSet(o.replace);

    if (!options.upload || !prepare)
        return req;
    // Fail early: the cloud, the token, the image endpoint and a free name
    // before the appliance starts.
    const QString glanceName = !options.imageName.isEmpty() ? options.imageName
                             : !options.baseName.isEmpty() ? options.baseName : defaultBaseName(imagePath);
    auto target = prepareUpload(options.uploadOptions, glanceName);
    if (!target) {
        ctx.fail(target.error().message, target.error().detail);
        return std::nullopt;
    }
    if (ctx.logLevel != LogLevel::Quiet) {
        for (const QString &note : std::as_const(target->session.notes))
            ctx.err << note << '\n';
        ctx.err.flush();
    }
    // Nova converts qcow2 at boot anyway (force_raw_images): a compressed
    // qcow2 is the smallest upload that costs nothing at run time.
    if (!formatSet && !parser.isSet(o.noCompress) && target->diskFormats.contains(QLatin1String("qcow2")))
        options.compress = true;
    options.uploadOptions.target = target.value();
    return req;
}

QString exportedImagePath(const ExportOptions &options, const QString &imagePath)
{
    const QString base = !options.baseName.isEmpty() ? options.baseName
                       : !options.imageName.isEmpty() ? fileStemForName(options.imageName) : defaultBaseName(imagePath);
    const QString ext = options.format == ExportImageFormat::Raw ? QStringLiteral(".raw") : QStringLiteral(".qcow2");
    return QDir(options.outputDir).filePath(base + ext);
}

std::optional<PropertySet> derivePropertiesFor(CliContext &ctx, const Session &session, const CheckRun &run, const ExportRequest &request)
{
    PropertySet props = exportProperties(session.facts(), run, request.choices);
    if (const Status s = props.applyOverrides(request.overrides, request.unsets); !s) {
        ctx.fail(s.error().message);
        return std::nullopt;
    }
    const QList<PropertyIssue> issues = validateProperties(props);
    for (const PropertyIssue &i : issues)
        ctx.err << (i.level == PropertyIssue::Level::Error ? "error: " : "warning: ") << i.message << '\n';
    ctx.err.flush();
    if (hasErrors(issues)) {
        ctx.fail(CliText::tr("the properties are not valid for Glance (fix or --unset them)"));
        return std::nullopt;
    }
    return props;
}

ExportProgressLine::ExportProgressLine(CliContext &ctx) : m_ctx(ctx) {}

ExportProgressLine::~ExportProgressLine()
{
    if (!m_last.isEmpty()) {
        m_ctx.err << '\n';
        m_ctx.err.flush();
    }
}

void ExportProgressLine::operator()(qint64 done, qint64 total, const QString &what)
{
    if (m_ctx.logLevel == LogLevel::Quiet || what.isEmpty())
        return;
    const QString line = total > 0 ? QStringLiteral("%1 %2%").arg(what).arg(done * 100 / total) : what;
    if (line != m_last) { // one line per percent, not per callback
        m_ctx.err << '\r' << padRight(line, 40);
        m_ctx.err.flush();
        m_last = line;
    }
}

int reportExportError(CliContext &ctx, const Error &e)
{
    const int code = e.code == ErrorCode::Cancelled ? ExitFailed : ExitInputError;
    ctx.fail(e.message, e.detail, code);
    if (!e.detail.isEmpty() && ctx.logLevel != LogLevel::Verbose) {
        ctx.err << "  " << e.detail << '\n';
        ctx.err.flush();
    }
    return code;
}

void printExportResult(CliContext &ctx, const ExportResult &result, const PropertySet &props, bool json)
{
    if (json) {
        ctx.out << QJsonDocument(resultJson(result, props)).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return;
    }
    const auto line = [&ctx](const QString &label, const QString &value) { ctx.out << padRight(label, 12) << value << '\n'; };
    //: %1 is a file path, %2 its size in bytes.
    const QString image = CliText::tr("%1 (%2 bytes)").arg(result.imagePath).arg(result.imageBytes);
    line(CliText::tr("image:"), image);
    line(QStringLiteral("sha256:"), result.sha256);
    for (const QString &f : result.propertyFiles)
        line(CliText::tr("properties:"), f);
    line(CliText::tr("sums:"), result.sumsPath);
    if (!result.bundlePath.isEmpty())
        line(CliText::tr("bundle:"), result.bundlePath);
    if (!result.upload.imageId.isEmpty())
        line(QStringLiteral("glance:"), CliText::tr("%1 (%2, checksum and os_hash_value match)").arg(result.upload.imageId, result.upload.status));
    if (result.upload.imported)
        line(QString(), CliText::tr("uploaded through Glance's image import (glance-direct)"));
    for (const QString &old : std::as_const(result.upload.replacedIds))
        line(QString(), CliText::tr("replaced image %1").arg(old));
    ctx.out.flush();
}

} // namespace imageprep::cli
