#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace imageprep::cli {

// The command line's human output is translated in the context "Cli";
// JSON keys, ids and option names never are.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitInputError = 2 };

enum class LogLevel { Quiet, Normal, Verbose };

// Global options and output streams shared by every subcommand.
struct CliContext {
    QTextStream out;
    QTextStream err;
    LogLevel logLevel = LogLevel::Normal;

    CliContext();

    // Parses a subcommand's arguments (args[0] is the subcommand name).
    // Prints the error or --help and returns false when the caller should exit.
    bool parse(QCommandLineParser &parser, const QStringList &args, int *exitCode);

    // Prints "imageprep-cli: message" (and detail when verbose) to stderr.
    int fail(const QString &message, const QString &detail = {}, int code = ExitInputError);
};

} // namespace imageprep::cli
