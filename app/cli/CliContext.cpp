#include "cli/CliContext.h"

#include <cstdio>

namespace imageprep::cli {

CliContext::CliContext() : out(stdout), err(stderr) {}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        *exitCode = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

int CliContext::fail(const QString &message, const QString &detail, int code)
{
    err << "imageprep-cli: " << message << '\n';
    if (!detail.isEmpty() && logLevel == LogLevel::Verbose)
        err << detail << '\n';
    err.flush();
    return code;
}

} // namespace imageprep::cli
