#pragma once
// The plan's proof (PlanProof.cpp), internal to planFixes(): the checks run
// again on the planning view, with the planned packages installed and
// services enabled; every planned requirement that would still not pass is
// listed in plan.unproven.
#include "checks/CheckRun.h"

namespace imageprep {

class PlanContext;

void provePlan(PlanContext &ctx, const CheckRun &run);

} // namespace imageprep
