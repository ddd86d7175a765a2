#pragma once
// Each imageprep-cli subcommand is one function in its own file.
// Exit codes: 0 success, 1 a check or verdict failed, 2 input or usage error.

#include "cli/CliContext.h"

namespace imageprep::cli {

int runInspect(CliContext &ctx, const QStringList &args);
int runCheck(CliContext &ctx, const QStringList &args);
int runCacheReport(CliContext &ctx, const QStringList &args);

} // namespace imageprep::cli
