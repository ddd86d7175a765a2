#include "cli/Interrupt.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace imageprep::cli {

namespace {

std::atomic_bool interrupted{false};
int wakePipe[2] = {-1, -1};
QByteArray interruptMessage; // written by the handler: no allocation there

// Emits interrupted() on the main thread when the handler wrote to the pipe.
class InterruptRelay : public QObject {
    Q_OBJECT
public:
    explicit InterruptRelay(int fd) : m_notifier(fd, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this, fd] {
            char drain[16];
            while (::read(fd, drain, sizeof drain) > 0) {
            }
            Q_EMIT interrupted();
        });
    }
Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier m_notifier;
};

InterruptRelay *relay = nullptr;

extern "C" void onInterrupt(int)
{
    const int savedErrno = errno;
    if (!interrupted.exchange(true)) {
        [[maybe_unused]] const ssize_t w = ::write(STDERR_FILENO, interruptMessage.constData(), size_t(interruptMessage.size()));
        [[maybe_unused]] const ssize_t p = ::write(wakePipe[1], "x", 1);
    }
    errno = savedErrno;
}

} // namespace

void installInterruptHandler(const QString &message)
{
    interruptMessage = message.toLocal8Bit() + '\n';
    if (::pipe2(wakePipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    relay = new InterruptRelay(wakePipe[0]); // lives as long as the process
    struct sigaction sa {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

bool interruptRequested()
{
    return interrupted.load();
}

const std::atomic_bool &interruptFlag()
{
    return interrupted;
}

void cancelOnInterrupt(QObject *context, std::function<void()> cancel)
{
    if (relay)
        QObject::connect(relay, &InterruptRelay::interrupted, context, cancel);
    if (interrupted.load())
        QTimer::singleShot(0, context, cancel);
}

} // namespace imageprep::cli

#include "Interrupt.moc"
