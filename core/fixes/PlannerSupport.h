#pragma once
// Internal to core/fixes: the planning state one planFixes() call shares
// between the per-requirement planning functions (Planner.cpp and the
// requirement-specific planners in their own files). Not a public API.
#include "fixes/FixPlan.h"

#include "checks/CheckSupport.h" // core-internal helpers: services, cmdlines, assignments
#include "fixes/PlannedFiles.h"
#include "requirements/PlanContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace imageprep::planning {

using checks::findEnabledService;

// The helpers are the units' PlanContext (requirements/PlanContext.h); the
// requirements not yet moved into units plan here with the same helpers.
using Planner = PlanContext;

// Requirement planners in files of their own (PlanServices.cpp).
void planAcpiShutdown(Planner &p, Fix &fix, bool local);
void planGuestAgent(Planner &p, Fix &fix, bool local);
void planRootPassword(Planner &p, Fix &fix);
void planDatasourceList(Planner &p, Fix &fix);
void planGrowSettings(Planner &p, Fix &fix);
// After the installs: machine IDs that package scripts created and the logs
// the installs wrote go when the image had none, and the package manager's
// caches go (unless kept).
void planAfterInstalls(Planner &p, bool machineIdWasClean, bool logsWereClean);

// The plan's proof (PlanProof.cpp): the checks run again on the planning
// view, with the planned packages installed and services enabled; every
// planned requirement that would still not pass is listed in plan.unproven.
void provePlan(Planner &p, const CheckRun &run);


} // namespace imageprep::planning
