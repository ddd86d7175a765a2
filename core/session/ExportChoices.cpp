#include "session/ExportChoices.h"

namespace imageprep {

DeriveOptions exportDeriveOptions(const GuestFacts &facts, const ExportChoices &choices)
{
    DeriveOptions o;
    o.diskFormat = toString(choices.format);
    o.minRamMiB = choices.minRamMiB;
    o.preferVirtioScsi = choices.preferVirtioScsi;
    o.virtioRng = facts.kernelVirtioRng;
    return o;
}

PropertySet exportProperties(const GuestFacts &facts, const CheckRun &run, const ExportChoices &choices)
{
    return deriveProperties(facts, run, exportDeriveOptions(facts, choices));
}

} // namespace imageprep
