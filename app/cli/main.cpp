// imageprep-cli: the headless face of imageprep.
#include "cli/Commands.h"

#include <QCoreApplication>

#include <functional>

using namespace imageprep::cli;

namespace {

struct Command {
    const char *name;
    const char *summary;
    std::function<int(CliContext &, const QStringList &)> run;
};

const Command commands[] = {
    {"inspect", "Show what the image holds: OS, disks, kernels, packages.", runInspect},
    {"check", "Check the image against the OpenStack image requirements.", runCheck},
    {"plan", "Show the fixes as diffs; changes nothing.", runPlan},
    {"fix", "Apply the fixes, check again and write the fixed image.", runFix},
    {"cache-report", "Report what a compute node's image cache keeps and removes.", runCacheReport},
    {"export", "Write the image for OpenStack: properties, sums, bundle, upload.", runExport},
    {"boot-test", "Boot a fixed image the way Nova would and check that it works.", runBootTest},
};

void printUsage(QTextStream &s)
{
    s << "Usage: imageprep-cli [--quiet|--verbose] COMMAND [OPTIONS] ARGS\n\n"
         "Make an existing Linux VM disk image ready for OpenStack.\n\n"
         "Commands:\n";
    for (const Command &c : commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(14) << c.summary << '\n';
    s << "\nGlobal options:\n"
         "  -q, --quiet    Print only results and errors.\n"
         "  -v, --verbose  Also print the libguestfs log.\n"
         "  --version      Print the version.\n"
         "  -h, --help     Show this help.\n\n"
         "Run 'imageprep-cli COMMAND --help' for a command's options.\n"
         "Exit codes: 0 success, 1 a check failed, 2 input error.\n";
    s.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imageprep-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("imageprep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMAGEPREP_VERSION));

    CliContext ctx;
    QStringList args = app.arguments();
    args.removeFirst();

    // Global options come before the command name.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            ctx.out << "imageprep-cli " << IMAGEPREP_VERSION << '\n';
            return ExitOk;
        }
        if (opt == QLatin1String("-h") || opt == QLatin1String("--help")) {
            printUsage(ctx.out);
            return ExitOk;
        }
        if (opt == QLatin1String("-q") || opt == QLatin1String("--quiet")) {
            ctx.logLevel = LogLevel::Quiet;
        } else if (opt == QLatin1String("-v") || opt == QLatin1String("--verbose")) {
            ctx.logLevel = LogLevel::Verbose;
        } else {
            return ctx.fail(QStringLiteral("unknown option %1 (see --help)").arg(opt));
        }
    }
    if (args.isEmpty()) {
        printUsage(ctx.err);
        return ExitInputError;
    }
    const QString name = args.first();
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return c.run(ctx, args);
    }
    return ctx.fail(QStringLiteral("unknown command '%1' (see --help)").arg(name));
}
