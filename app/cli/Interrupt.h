#pragma once
// The one Ctrl-C path of the command line. main() installs one handler for
// SIGINT and SIGTERM; the first signal prints one "Interrupted: stopping…"
// line (from the handler itself, so it shows even while a blocking step
// runs), sets a flag and wakes the event loop through a self-pipe. Every
// wait on a Session or job cancels it through cancelOnInterrupt(); steps
// that run synchronously poll interruptFlag(). A second signal while the
// first is being handled changes nothing.

#include <QObject>

#include <atomic>
#include <functional>

namespace imageprep::cli {

// Installs the handler; `message` is printed (with a newline) on the first signal.
void installInterruptHandler(const QString &message);

bool interruptRequested();
const std::atomic_bool &interruptFlag();

// Calls `cancel` (on the thread of `context`) when the signal arrives while
// `context` lives, or at once (queued) when it already arrived.
void cancelOnInterrupt(QObject *context, std::function<void()> cancel);

} // namespace imageprep::cli
