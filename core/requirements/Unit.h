#pragma once
// How a requirement is written: one unit, one file (core/requirements/Name.cpp).
//
//   #include "requirements/Unit.h"
//
//   namespace imageprep::units {
//   namespace {
//   class SerialConsole final : public checks::BasicRequirement {
//   public:
//       SerialConsole() : BasicRequirement({"serial-console", QT_TRANSLATE_NOOP("Requirement", "title"),
//                                           QT_TRANSLATE_NOOP("Requirement", "rationale"), Severity::Required, "disk-boot"}) {}
//       // The check: pure, reads facts and files (checks/CheckSupport.h helpers).
//       CheckResult evaluate(const GuestFacts &, const GuestFiles &) const override;
//       // The fix, when there is one: fixable() true, planFix() records typed
//       // edits through the PlanContext (changeFile, writeFile, enableService,
//       // install, ...), texts in PlanText::tr(). Alternatives: fixOption().
//       bool fixable() const override { return true; }
//       FixOutcome planFix(PlanContext &ctx, const CheckResult &r, Fix &fix) const override;
//       // Lab mode: steps::render({check blocks}, {fix blocks}) (StepText.h), and
//       // the defect: description QT_TRANSLATE_NOOP("LabDefects", ...) and its
//       // planting with the same PlanContext helpers (ctx.fail(why) when it cannot).
//       ManualSteps manualSteps() const override;
//       const char *labDefect() const override;
//       void plantDefect(PlanContext &ctx, Fix &fix) const override;
//       // Export: Glance properties this requirement's result decides, if any.
//   };
//   } // namespace
//   IMAGEPREP_UNIT(SerialConsole)   // defines units::makeSerialConsole()
//   } // namespace imageprep::units
//
// and one line in core/requirements/Units.h: X(SerialConsole), in report
// order (plus the file in core/requirements/CMakeLists.txt). Every virtual
// has an "I have none" default (checks/Requirement.h); ids are compared only
// inside core/requirements. Shared decisions between requirements are asked
// of the context, never by id: a requirement that cloud-init fixes asks for
// the shared choice in prepareFix() (ctx.cloudInitChoice()) and plans with
// units::planCloudInitShared(ctx, fix) (requirements/CloudInit.h). Work that
// needs the whole plan (after installs, a relabel) goes in finishPlan().
// Texts keep their translation contexts: Requirement and CheckText for the
// check, PlanText for fixes, ManualSteps for steps, LabDefects for defects.
#include "checks/CheckSupport.h"
#include "checks/ManualSteps.h"
#include "glance/Properties.h"
#include "requirements/PlanContext.h"
#include "requirements/StepText.h"

#include <memory>

#define IMAGEPREP_UNIT(Name)                                                                                                          \
    std::unique_ptr<Requirement> make##Name() { return std::make_unique<Name>(); }
