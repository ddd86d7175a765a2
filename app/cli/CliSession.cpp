#include "cli/CliSession.h"
#include "cli/Commands.h"

namespace imageprep::cli {

CliSession::CliSession(CliContext &ctx) : m_ctx(ctx)
{

    QObject::connect(&m_session, &Session::stage, [this](const QString &text) {
        if (m_ctx.logLevel != LogLevel::Quiet) {
            m_ctx.err << text << '\n';
            m_ctx.err.flush();
        }
    });
    QObject::connect(&m_session, &Session::logMessage, [this](const QString &line) {
        // Normal level: our own log lines; verbose adds libguestfs' and the appliance's.
        const bool fromGuest = line.startsWith(QLatin1String("libguestfs")) || line.startsWith(QLatin1String("appliance:"))
                               || line.startsWith(QLatin1String("trace:"));
        if (m_ctx.logLevel == LogLevel::Verbose || (m_ctx.logLevel == LogLevel::Normal && !fromGuest)) {
            m_ctx.err << "  " << line << '\n';
            m_ctx.err.flush();
        }
    });
    QObject::connect(&m_session, &Session::failed, [this](const Error &e) { m_error = e; });
}

bool CliSession::waitForIdle()
{
    waitSessionIdle(m_session);
    if (m_error) {
        m_exitCode = m_error->code == ErrorCode::Cancelled ? ExitFailed : ExitInputError;
        m_ctx.fail(m_error->message, m_error->detail, m_exitCode);
        if (!m_error->detail.isEmpty() && m_ctx.logLevel != LogLevel::Verbose) {
            m_ctx.err << "  " << m_error->detail << '\n';
            m_ctx.err.flush();
        }
        m_error.reset();
        return false;
    }
    return true;
}

bool CliSession::open(const QString &imagePath, bool network)
{
    SessionOptions options;
    options.verbose = m_ctx.logLevel == LogLevel::Verbose;
    options.network = network;
    m_session.open(imagePath, options);
    return waitForIdle();
}

std::optional<CheckRun> CliSession::check(const QStringList &only, const QStringList &skip)
{
    std::optional<CheckRun> result;
    QMetaObject::Connection c = QObject::connect(&m_session, &Session::checked,
                                                 [&result](const CheckRun &run) { result = run; });
    m_session.check(only, skip);
    const bool ok = waitForIdle();
    QObject::disconnect(c);
    if (!ok)
        return std::nullopt;
    return result;
}

std::optional<CheckRun> CliSession::openAndCheck(const QString &imagePath)
{
    if (!open(imagePath))
        return std::nullopt;
    return check({}, {});
}

} // namespace imageprep::cli
