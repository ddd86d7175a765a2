// imageprep-cli: the headless face of imageprep.
#include "cli/Commands.h"

#include "util/Translations.h"

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
    {"inspect", QT_TRANSLATE_NOOP("Cli", "Show what the image holds: OS, disks, kernels, packages."), runInspect},
    {"check", QT_TRANSLATE_NOOP("Cli", "Check the image against the OpenStack image requirements."), runCheck},
    {"plan", QT_TRANSLATE_NOOP("Cli", "Show the fixes as diffs; changes nothing."), runPlan},
    {"fix", QT_TRANSLATE_NOOP("Cli", "Apply the fixes, check again and write the fixed image."), runFix},
    {"cache-report", QT_TRANSLATE_NOOP("Cli", "Report what a compute node's image cache keeps and removes."), runCacheReport},
    {"export", QT_TRANSLATE_NOOP("Cli", "Write the image for OpenStack: properties, sums, bundle, upload."), runExport},
    {"boot-test", QT_TRANSLATE_NOOP("Cli", "Boot a fixed image the way Nova would and check that it works."), runBootTest},
    {"lab", QT_TRANSLATE_NOOP("Cli", "Training labs: make practice images with defects, grade fixed ones."), runLab},
};

void printUsage(QTextStream &s)
{
    //: Command-line usage; COMMAND, OPTIONS and ARGS are placeholders, keep the option names.
    s << CliText::tr("Usage: imageprep-cli [--quiet|--verbose] [--lang LANG] COMMAND [OPTIONS] ARGS") << "\n\n"
      << CliText::tr("Make an existing Linux VM disk image ready for OpenStack.") << "\n\n"
      << CliText::tr("Commands:") << '\n';
    for (const Command &c : commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(14) << QCoreApplication::translate("Cli", c.summary) << '\n';
    const auto option = [&s](const char *names, const QString &text) {
        s << "  " << QString::fromLatin1(names).leftJustified(16) << text << '\n';
    };
    s << '\n' << CliText::tr("Global options:") << '\n';
    option("-q, --quiet", CliText::tr("Print only results and errors."));
    option("-v, --verbose", CliText::tr("Also print the libguestfs log."));
    //: %1 is the list of language codes, e.g. "en, zh_CN".
    option("--lang LANG", CliText::tr("Language of the output: %1 (default: the system locale).")
                              .arg(imageprep::availableLanguages().join(QStringLiteral(", "))));
    option("--version", CliText::tr("Print the version."));
    option("-h, --help", CliText::tr("Show this help."));
    s << '\n' << CliText::tr("Run 'imageprep-cli COMMAND --help' for a command's options.") << '\n'
      << CliText::tr("Exit codes: 0 success, 1 a check failed, 2 input error.") << '\n';
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

    // The language comes first, so that every later message is in it:
    // --lang LANG (or --lang=LANG) anywhere before the command, else the locale.
    QString language;
    for (qsizetype i = 0; i < args.size() && args.at(i).startsWith(QLatin1Char('-')); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args.at(i + 1);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            language = args.at(i).mid(7);
            break;
        }
    }
    if (imageprep::installTranslations(language).isEmpty()) {
        imageprep::installTranslations();
        return ctx.fail(CliText::tr("unknown language '%1'; available: %2")
                            .arg(language, imageprep::availableLanguages().join(QStringLiteral(", "))));
    }

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
        } else if (opt == QLatin1String("--lang")) {
            if (!args.isEmpty())
                args.removeFirst(); // its value, read above
            else
                return ctx.fail(CliText::tr("--lang needs a value (see --help)"));
        } else if (opt.startsWith(QLatin1String("--lang="))) {
            // read above
        } else {
            return ctx.fail(CliText::tr("unknown option %1 (see --help)").arg(opt));
        }
    }
    if (args.isEmpty()) {
        printUsage(ctx.err);
        return ExitInputError;
    }
    // In the chosen language, before any step that could take long.
    installInterruptHandler(CliText::tr("Interrupted: stopping…"));
    const QString name = args.first();
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return c.run(ctx, args);
    }
    return ctx.fail(CliText::tr("unknown command '%1' (see --help)").arg(name));
}
