// export: the fixed image with its Glance properties, sums, optional bundle
// and optional upload to Glance.
#include "cli/CliSession.h"
#include "cli/Commands.h"

#include "export/Exporter.h"
#include "glance/Properties.h"
#include "guest/GuestSession.h"
#include "util/TextWidth.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>

namespace imageprep::cli {

namespace {

// Spins the event loop until the session is idle; Ctrl-C cancels the export
// (the partial files are removed by the exporter itself).
void waitIdle(Session &session)
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

int runExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Export a disk image for OpenStack: the image (qcow2 or raw, written under a temporary name, "
        "verified, then renamed), its Glance properties as JSON, YAML and an 'openstack image create' "
        "script, SHA256SUMS and SHA512SUMS, optionally a bundle archive and an upload to Glance. "
        "The input image is never written."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), CliText::tr("Disk image, OVA/tar, or compressed image."));
    const QCommandLineOption outDir({QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("qcow2 (default) or raw."), QStringLiteral("FORMAT"), QStringLiteral("qcow2"));
    const QCommandLineOption compress(QStringLiteral("compress"), CliText::tr("Compress the qcow2 clusters (the default for --upload when the cloud takes qcow2)."));
    const QCommandLineOption noCompress(QStringLiteral("no-compress"), CliText::tr("Do not compress, also for --upload."));
    const QCommandLineOption bundle(QStringLiteral("bundle"), CliText::tr("Also write one archive: tar, tar.gz or tar.zst."), QStringLiteral("KIND"));
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("Glance image name; also names the files unless --base-name (default: the input's file name)."), QStringLiteral("NAME"));
    const QCommandLineOption baseName(QStringLiteral("base-name"), CliText::tr("Output file stem (default: --name, else the input's)."), QStringLiteral("STEM"));
    const QCommandLineOption property(QStringLiteral("property"), CliText::tr("Set or override a property (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption unset(QStringLiteral("unset"), CliText::tr("Remove a derived property (repeatable)."), QStringLiteral("KEY"));
    const QCommandLineOption minRam(QStringLiteral("min-ram"), CliText::tr("min_ram in MiB (default: per family)."), QStringLiteral("MIB"));
    const QCommandLineOption virtioScsi(QStringLiteral("virtio-scsi"), CliText::tr("With virtio drivers, use virtio-scsi (discard) instead of virtio-blk."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), CliText::tr("Replace existing output files."));
    const QCommandLineOption upload(QStringLiteral("upload"), CliText::tr("Upload to Glance after writing (credentials, endpoint and name are checked first)."));
    const QCommandLineOption replace(QStringLiteral("replace"), CliText::tr("Replace an image of the same name in the project once the new one is active."));
    const QCommandLineOption uploadMethod(QStringLiteral("upload-method"),
        CliText::tr("auto (default: direct upload, Glance's image import where that is forbidden), direct or import."), QStringLiteral("METHOD"), QStringLiteral("auto"));
    const QCommandLineOption osCloud(QStringLiteral("os-cloud"), CliText::tr("Cloud in clouds.yaml (default: $OS_CLOUD)."), QStringLiteral("NAME"));
    const QCommandLineOption imageUrl(QStringLiteral("os-image-url"), CliText::tr("Glance endpoint, instead of a cloud."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("os-token"), CliText::tr("Token for --os-image-url (default: $OS_TOKEN)."), QStringLiteral("TOKEN"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    const QCommandLineOption dryRun(QStringLiteral("properties-only"), CliText::tr("Print the derived properties and why; write nothing."));
    parser.addOptions({outDir, format, compress, noCompress, bundle, name, baseName, property, unset, minRam, virtioScsi, overwrite,
                       upload, replace, uploadMethod, osCloud, imageUrl, token, json, dryRun});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(CliText::tr("export takes one IMAGE (see export --help)"));
    if (!parser.isSet(outDir) && !parser.isSet(dryRun))
        return ctx.fail(CliText::tr("export needs -o DIR"));

    // Refuse bad options before the appliance starts.
    ExportOptions options;
    const auto fmt = parseExportImageFormat(parser.value(format));
    if (!fmt)
        return ctx.fail(CliText::tr("unknown --format %1 (qcow2 or raw)").arg(parser.value(format)));
    const auto bundleKind = parseBundleFormat(parser.value(bundle));
    if (!bundleKind)
        return ctx.fail(CliText::tr("unknown --bundle %1 (tar, tar.gz or tar.zst)").arg(parser.value(bundle)));
    if (parser.isSet(compress) && *fmt != ExportImageFormat::Qcow2)
        return ctx.fail(CliText::tr("--compress needs --format qcow2"));
    DeriveOptions derive;
    derive.diskFormat = toString(*fmt);
    derive.preferVirtioScsi = parser.isSet(virtioScsi);
    if (parser.isSet(minRam)) {
        bool ok = false;
        derive.minRamMiB = parser.value(minRam).toInt(&ok);
        if (!ok || derive.minRamMiB < 0)
            return ctx.fail(CliText::tr("--min-ram takes a number of MiB"));
    }
    {
        PropertySet probe;
        if (const Status s = probe.applyOverrides(parser.values(property), parser.values(unset)); !s)
            return ctx.fail(s.error().message);
    }
    options.outputDir = parser.value(outDir);
    options.format = *fmt;
    options.compress = parser.isSet(compress);
    options.bundle = *bundleKind;
    options.imageName = parser.value(name);
    options.baseName = parser.value(baseName);
    options.overwrite = parser.isSet(overwrite);
    options.upload = parser.isSet(upload);
    options.uploadOptions.cloudName = parser.value(osCloud);
    options.uploadOptions.endpoint = parser.value(imageUrl);
    options.uploadOptions.token = parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("OS_TOKEN");
    if (!options.upload && (parser.isSet(osCloud) || parser.isSet(imageUrl) || parser.isSet(replace) || parser.isSet(uploadMethod)))
        return ctx.fail(CliText::tr("--os-cloud, --os-image-url, --replace and --upload-method need --upload"));
    if (parser.isSet(compress) && parser.isSet(noCompress))
        return ctx.fail(CliText::tr("--compress and --no-compress exclude each other"));
    const QString method = parser.value(uploadMethod);
    if (method != QLatin1String("auto") && method != QLatin1String("direct") && method != QLatin1String("import"))
        return ctx.fail(CliText::tr("unknown --upload-method %1 (auto, direct or import)").arg(method));
    options.uploadOptions.method = method == QLatin1String("direct") ? UploadMethod::Direct
                                 : method == QLatin1String("import") ? UploadMethod::Import : UploadMethod::Auto;
    options.uploadOptions.replace = parser.isSet(replace);

    const QString image = parser.positionalArguments().first();
    // Fail early: the cloud, the token, the image endpoint and a free name
    // before the appliance starts.
    if (options.upload && !parser.isSet(dryRun)) {
        const QString glanceName = !options.imageName.isEmpty() ? options.imageName
                                 : !options.baseName.isEmpty() ? options.baseName : defaultBaseName(image);
        auto target = prepareUpload(options.uploadOptions, glanceName);
        if (!target)
            return ctx.fail(target.error().message, target.error().detail);
        if (ctx.logLevel != LogLevel::Quiet) {
            for (const QString &note : std::as_const(target->session.notes))
                ctx.err << note << '\n';
            ctx.err.flush();
        }
        // Nova converts qcow2 at boot anyway (force_raw_images): a compressed
        // qcow2 is the smallest upload that costs nothing at run time.
        if (!parser.isSet(format) && !parser.isSet(noCompress) && target->diskFormats.contains(QLatin1String("qcow2")))
            options.compress = true;
        options.uploadOptions.target = target.value();
    }
    CliSession cli(ctx);
    if (!cli.open(image))
        return cli.lastExitCode();
    const auto run = cli.check({}, {});
    if (!run)
        return cli.lastExitCode();
    Session &session = cli.session();
    const GuestFacts facts = session.facts();

    // virtio-rng needs a look at the kernel configs: one short trip to the worker.
    session.runOnGuest([facts](GuestSession &g) { return QVariant(kernelHasVirtioRng(facts, g.files())); },
                       [&derive](const QVariant &v) { derive.virtioRng = v.toBool(); });
    waitIdle(session);

    PropertySet props = deriveProperties(facts, *run, derive);
    if (const Status s = props.applyOverrides(parser.values(property), parser.values(unset)); !s)
        return ctx.fail(s.error().message);
    const QList<PropertyIssue> issues = validateProperties(props);
    for (const PropertyIssue &i : issues) {
        ctx.err << (i.level == PropertyIssue::Level::Error ? "error: " : "warning: ") << i.message << '\n';
    }
    ctx.err.flush();
    if (hasErrors(issues))
        return ctx.fail(CliText::tr("the properties are not valid for Glance (fix or --unset them)"));

    if (parser.isSet(dryRun)) {
        for (const ImageProperty &p : props.properties())
            ctx.out << p.key << '=' << p.value << "    # " << p.reason << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    options.properties = props;

    std::optional<ExportResult> result;
    std::optional<Error> error;
    QObject::connect(&session, &Session::exported, [&result](const ExportResult &r) { result = r; });
    QObject::connect(&session, &Session::failed, [&error](const Error &e) { error = e; });
    QString lastLine;
    QObject::connect(&session, &Session::progress, [&](qint64 done, qint64 total, const QString &what) {
        if (ctx.logLevel == LogLevel::Quiet || what.isEmpty())
            return;
        const QString line = total > 0 ? QStringLiteral("%1 %2%").arg(what).arg(done * 100 / total) : what;
        if (line != lastLine) { // one line per percent, not per callback
            ctx.err << '\r' << padRight(line, 40);
            ctx.err.flush();
            lastLine = line;
        }
    });
    session.exportImage(options);
    waitIdle(session);
    if (!lastLine.isEmpty()) {
        ctx.err << '\n';
        ctx.err.flush();
    }
    if (error || !result) {
        const Error e = error.value_or(makeError(ErrorCode::Internal, CliText::tr("the export ended without a result")));
        ctx.fail(e.message, e.detail, e.code == ErrorCode::Cancelled ? ExitFailed : ExitInputError);
        if (!e.detail.isEmpty() && ctx.logLevel != LogLevel::Verbose) {
            ctx.err << "  " << e.detail << '\n';
            ctx.err.flush();
        }
        return e.code == ErrorCode::Cancelled ? ExitFailed : ExitInputError;
    }

    if (parser.isSet(json)) {
        ctx.out << QJsonDocument(resultJson(*result, props)).toJson(QJsonDocument::Indented);
    } else {
        const auto line = [&ctx](const QString &label, const QString &value) {
            ctx.out << padRight(label, 12) << value << '\n';
        };
        //: %1 is a file path, %2 its size in bytes.
        const QString image = CliText::tr("%1 (%2 bytes)").arg(result->imagePath).arg(result->imageBytes);
        line(CliText::tr("image:"), image);
        line(QStringLiteral("sha256:"), result->sha256);
        for (const QString &f : result->propertyFiles)
            line(CliText::tr("properties:"), f);
        line(CliText::tr("sums:"), result->sumsPath);
        if (!result->bundlePath.isEmpty())
            line(CliText::tr("bundle:"), result->bundlePath);
        if (!result->upload.imageId.isEmpty())
            line(QStringLiteral("glance:"), CliText::tr("%1 (%2, checksum and os_hash_value match)")
                                                .arg(result->upload.imageId, result->upload.status));
        if (result->upload.imported)
            line(QString(), CliText::tr("uploaded through Glance's image import (glance-direct)"));
        for (const QString &old : std::as_const(result->upload.replacedIds))
            line(QString(), CliText::tr("replaced image %1").arg(old));
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace imageprep::cli
