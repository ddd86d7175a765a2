#pragma once
// Drives a core Session from the command line: runs its event loop until the
// asked step ends, prints stages and log lines by the global log level, and
// turns Ctrl-C into a clean cancel (the appliance is shut down, the
// workspace removed, the original untouched).

#include "cli/CliContext.h"

#include "session/Session.h"

#include <optional>

namespace imageprep::cli {

class CliSession {
public:
    explicit CliSession(CliContext &ctx);

    // Opens and inspects; on failure prints the error and returns false.
    bool open(const QString &imagePath, bool network = false);
    // Runs the checklist; nullopt (error printed) on failure.
    std::optional<CheckRun> check(const QStringList &only, const QStringList &skip);
    // open() without network, then check() of every requirement; nullopt
    // (error printed) when either fails.
    std::optional<CheckRun> openAndCheck(const QString &imagePath);

    Session &session() { return m_session; }
    int lastExitCode() const { return m_exitCode; }

private:
    // Spins the event loop until one of the session's result signals arrives.
    bool waitForIdle();

    CliContext &m_ctx;
    Session m_session;
    std::optional<Error> m_error;
    int m_exitCode = ExitOk;
};

} // namespace imageprep::cli
