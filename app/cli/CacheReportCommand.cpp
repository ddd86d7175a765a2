#include "cli/Commands.h"

namespace imageprep::cli {

int runCacheReport(CliContext &ctx, const QStringList &)
{
    return ctx.fail(QStringLiteral("not implemented yet"));
}

} // namespace imageprep::cli
