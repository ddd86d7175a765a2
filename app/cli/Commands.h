#pragma once
// Each imageprep-cli subcommand is one function in its own file.
// Exit codes: 0 success, 1 a check or verdict failed, 2 input or usage error.

#include "cli/CliContext.h"
#include "cli/Interrupt.h"

#include "fixes/FixPlan.h"
#include "fixes/FixRunner.h"

#include <atomic>
#include <optional>

namespace imageprep::cli {

int runInspect(CliContext &ctx, const QStringList &args);
int runCheck(CliContext &ctx, const QStringList &args);
int runCacheReport(CliContext &ctx, const QStringList &args);
int runExport(CliContext &ctx, const QStringList &args);
int runBootTest(CliContext &ctx, const QStringList &args);
int runLab(CliContext &ctx, const QStringList &args); // lab make | lab grade

int runPlan(CliContext &ctx, const QStringList &args);
int runFix(CliContext &ctx, const QStringList &args);

// Shared by plan and fix (PlanCommand.cpp): plan options, Ctrl-C, session waits.
struct FixCliOptionNames {
    QCommandLineOption only, alternative, localPackages, keepQuiet, removeQuiet, keepCaches, noWarnings;
};
const FixCliOptionNames &fixCliOptionNames();
void addPlanOptions(QCommandLineParser &parser);
std::optional<PlanOptions> planOptionsFrom(CliContext &ctx, const QCommandLineParser &parser);
} // namespace imageprep::cli

namespace imageprep {
class Session;
struct Error;
namespace cli {
// Spins the event loop until the session is idle; Ctrl-C cancels its step
// (a cancelled export removes its partial files itself).
void waitSessionIdle(Session &session);
// The same, then prints a failure (error set) and returns false.
bool waitForSession(CliContext &ctx, Session &session, std::optional<Error> *error = nullptr);
std::optional<FixPlan> planWithSession(CliContext &ctx, Session &session, const PlanOptions &options);
// Applies plan on the session with "[i/n] edit" progress on stderr; the
// runner's report and the re-check come back in report and recheck. On
// failure prints the runner's report and returns the exit code (1 cancelled,
// 2 error); nullopt when every edit was applied.
std::optional<int> applyWithSession(CliContext &ctx, Session &session, const FixPlan &plan, FixReport *report,
                                    CheckRun *recheck);
// Ends the guest work (Session::closeGuest: a written guest's free space is
// trimmed, the appliance shut down), after which the overlay is consistent
// for writing; prints what was trimmed.
bool closeGuest(CliContext &ctx, Session &session);
} // namespace cli
} // namespace imageprep
