// export: the fixed image with its Glance properties, sums, optional bundle
// and optional upload to Glance.
#include "cli/CliSession.h"
#include "cli/Commands.h"
#include "cli/ExportArgs.h"

namespace imageprep::cli {

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
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    const QCommandLineOption dryRun(QStringLiteral("properties-only"), CliText::tr("Print the derived properties and why; write nothing."));
    parser.addOptions({outDir, format, json, dryRun});
    addExportOptions(parser);
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(CliText::tr("export takes one IMAGE (see export --help)"));
    if (!parser.isSet(outDir) && !parser.isSet(dryRun))
        return ctx.fail(CliText::tr("export needs -o DIR"));

    // Refuse bad options (and, with --upload, bad credentials) before the appliance starts.
    const auto fmt = parseExportImageFormat(parser.value(format));
    if (!fmt)
        return ctx.fail(CliText::tr("unknown --format %1 (qcow2 or raw)").arg(parser.value(format)));
    const QString image = parser.positionalArguments().first();
    auto request = exportRequestFrom(ctx, parser, *fmt, parser.isSet(format), parser.value(outDir), image, !parser.isSet(dryRun));
    if (!request)
        return ExitInputError;
    CliSession cli(ctx);
    const auto run = cli.openAndCheck(image);
    if (!run)
        return cli.lastExitCode();
    Session &session = cli.session();
    const auto props = derivePropertiesFor(ctx, session, *run, *request);
    if (!props)
        return ExitInputError;

    if (parser.isSet(dryRun)) {
        for (const ImageProperty &p : props->properties())
            ctx.out << p.key << '=' << p.value << "    # " << p.reason << '\n';
        ctx.out.flush();
        return ExitOk;
    }
    ExportOptions &options = request->options;
    options.properties = *props;

    std::optional<ExportResult> result;
    std::optional<Error> error;
    QObject::connect(&session, &Session::exported, [&result](const ExportResult &r) { result = r; });
    QObject::connect(&session, &Session::failed, [&error](const Error &e) { error = e; });
    {
        ExportProgressLine line(ctx);
        const QMetaObject::Connection c = QObject::connect(&session, &Session::progress,
            [&line](qint64 done, qint64 total, const QString &what) { line(done, total, what); });
        session.exportImage(options);
        waitSessionIdle(session);
        QObject::disconnect(c);
    }
    if (error || !result)
        return reportExportError(ctx, error.value_or(makeError(ErrorCode::Internal, CliText::tr("the export ended without a result"))));
    printExportResult(ctx, *result, *props, parser.isSet(json));
    return ExitOk;
}

} // namespace imageprep::cli
