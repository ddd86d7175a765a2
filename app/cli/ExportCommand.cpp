// export: the fixed image with its Glance properties, sums, optional bundle
// and optional upload to Glance.
#include "cli/CliSession.h"
#include "cli/Commands.h"

#include "export/Exporter.h"
#include "glance/Properties.h"
#include "guest/GuestSession.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace imageprep::cli {

namespace {

std::atomic_bool exportInterrupted{false};

extern "C" void onExportInterrupt(int)
{
    exportInterrupted.store(true);
}

// Spins the event loop until the session is idle; Ctrl-C cancels the export
// (the partial files are removed by the exporter itself).
void waitIdle(Session &session)
{
    QEventLoop loop;
    QObject::connect(&session, &Session::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&session] {
        if (exportInterrupted.exchange(false))
            session.cancel();
    });
    poll.start(100);
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
                                                       {QStringLiteral("os_hash_value"), r.upload.hashValue}});
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
    parser.setApplicationDescription(QStringLiteral(
        "Export a disk image for OpenStack: the image (qcow2 or raw, written under a temporary name, "
        "verified, then renamed), its Glance properties as JSON, YAML and an 'openstack image create' "
        "script, SHA256SUMS and SHA512SUMS, optionally a bundle archive and an upload to Glance. "
        "The input image is never written."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("Disk image, OVA/tar, or compressed image."));
    const QCommandLineOption outDir({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("qcow2 (default) or raw."), QStringLiteral("FORMAT"), QStringLiteral("qcow2"));
    const QCommandLineOption compress(QStringLiteral("compress"), QStringLiteral("Compress the qcow2 clusters."));
    const QCommandLineOption bundle(QStringLiteral("bundle"), QStringLiteral("Also write one archive: tar, tar.gz or tar.zst."), QStringLiteral("KIND"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Glance image name (default: the file name)."), QStringLiteral("NAME"));
    const QCommandLineOption baseName(QStringLiteral("base-name"), QStringLiteral("Output file stem (default: the input's)."), QStringLiteral("STEM"));
    const QCommandLineOption property(QStringLiteral("property"), QStringLiteral("Set or override a property (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption unset(QStringLiteral("unset"), QStringLiteral("Remove a derived property (repeatable)."), QStringLiteral("KEY"));
    const QCommandLineOption minRam(QStringLiteral("min-ram"), QStringLiteral("min_ram in MiB (default: per family)."), QStringLiteral("MIB"));
    const QCommandLineOption virtioScsi(QStringLiteral("virtio-scsi"), QStringLiteral("With virtio drivers, use virtio-scsi (discard) instead of virtio-blk."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QStringLiteral("Replace existing output files."));
    const QCommandLineOption upload(QStringLiteral("upload"), QStringLiteral("Upload to Glance after writing."));
    const QCommandLineOption osCloud(QStringLiteral("os-cloud"), QStringLiteral("Cloud in clouds.yaml (default: $OS_CLOUD)."), QStringLiteral("NAME"));
    const QCommandLineOption imageUrl(QStringLiteral("os-image-url"), QStringLiteral("Glance endpoint, instead of a cloud."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("os-token"), QStringLiteral("Token for --os-image-url (default: $OS_TOKEN)."), QStringLiteral("TOKEN"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    const QCommandLineOption dryRun(QStringLiteral("properties-only"), QStringLiteral("Print the derived properties and why; write nothing."));
    parser.addOptions({outDir, format, compress, bundle, name, baseName, property, unset, minRam, virtioScsi, overwrite,
                       upload, osCloud, imageUrl, token, json, dryRun});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("export takes one IMAGE (see export --help)"));
    if (!parser.isSet(outDir) && !parser.isSet(dryRun))
        return ctx.fail(QStringLiteral("export needs -o DIR"));

    // Refuse bad options before the appliance starts.
    ExportOptions options;
    const auto fmt = parseExportImageFormat(parser.value(format));
    if (!fmt)
        return ctx.fail(QStringLiteral("unknown --format %1 (qcow2 or raw)").arg(parser.value(format)));
    const auto bundleKind = parseBundleFormat(parser.value(bundle));
    if (!bundleKind)
        return ctx.fail(QStringLiteral("unknown --bundle %1 (tar, tar.gz or tar.zst)").arg(parser.value(bundle)));
    if (parser.isSet(compress) && *fmt != ExportImageFormat::Qcow2)
        return ctx.fail(QStringLiteral("--compress needs --format qcow2"));
    DeriveOptions derive;
    derive.diskFormat = toString(*fmt);
    derive.preferVirtioScsi = parser.isSet(virtioScsi);
    if (parser.isSet(minRam)) {
        bool ok = false;
        derive.minRamMiB = parser.value(minRam).toInt(&ok);
        if (!ok || derive.minRamMiB < 0)
            return ctx.fail(QStringLiteral("--min-ram takes a number of MiB"));
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
    if (!options.upload && (parser.isSet(osCloud) || parser.isSet(imageUrl)))
        return ctx.fail(QStringLiteral("--os-cloud and --os-image-url need --upload"));

    const QString image = parser.positionalArguments().first();
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
        return ctx.fail(QStringLiteral("the properties are not valid for Glance (fix or --unset them)"));

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
            ctx.err << '\r' << line.leftJustified(40);
            ctx.err.flush();
            lastLine = line;
        }
    });
    std::signal(SIGINT, onExportInterrupt);
    std::signal(SIGTERM, onExportInterrupt);
    session.exportImage(options);
    waitIdle(session);
    if (!lastLine.isEmpty()) {
        ctx.err << '\n';
        ctx.err.flush();
    }
    if (error || !result) {
        const Error e = error.value_or(makeError(ErrorCode::Internal, QStringLiteral("the export ended without a result")));
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
        ctx.out << "image:      " << result->imagePath << " (" << result->imageBytes << " bytes)\n"
                << "sha256:     " << result->sha256 << '\n';
        for (const QString &f : result->propertyFiles)
            ctx.out << "properties: " << f << '\n';
        ctx.out << "sums:       " << result->sumsPath << '\n';
        if (!result->bundlePath.isEmpty())
            ctx.out << "bundle:     " << result->bundlePath << '\n';
        if (!result->upload.imageId.isEmpty())
            ctx.out << "glance:     " << result->upload.imageId << " (" << result->upload.status
                    << ", checksum and os_hash_value match)\n";
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace imageprep::cli
