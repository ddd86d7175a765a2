#pragma once
// cloud-init's own verdict on a boot: `cloud-init status --long` read over
// SSH, and the module failures it logs on the serial console. A boot whose
// cloud-init ended in "error" or "degraded" is not clean even when the key
// arrived: some module (often locale) did not do its work.

#include "boot/BootChecklist.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace imageprep {

struct CloudInitStatus {
    enum class State { Unknown, Running, Done, Degraded, Error, Disabled };
    State state = State::Unknown;
    QString statusLine;          // "status: error" as printed
    QStringList failedModules;   // "locale", from detail/errors lines
    QStringList errors;          // the error lines (one line each, trimmed)
};

// Parses `cloud-init status --long` output (22.x and 23.4+ formats: status,
// extended_status, detail, errors, recoverable_errors) and its exit code
// (1 error, 2 degraded in 23.4+).
CloudInitStatus parseCloudInitStatus(const QString &output, int exitCode);

// Modules the console log says failed ("Running module locale (...) failed").
QStringList failedModulesOnConsole(const QString &serialLog);

// The boot checklist item for the status: pass on done without errors,
// fail on error or degraded naming the failing modules (from the status and
// the console), fail when the status could not be read.
BootCheck cloudInitStatusCheck(const CloudInitStatus &status, const QString &serialLog, const QString &evidence);

// Runs `cloud-init status --long --wait` over ssh (sshLogin: the options and
// user@host) and turns it into the checklist item; not applicable when the
// guest has no cloud-init command. Blocks up to four minutes.
BootCheck readCloudInitStatus(const QString &ssh, const QStringList &sshLogin, const QString &serialLog,
                              const std::atomic<bool> &cancel);

} // namespace imageprep
