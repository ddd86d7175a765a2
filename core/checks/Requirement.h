#pragma once
// Requirement: one OpenStack image requirement with a stable id, texts that
// are translated when asked for (never stored translated), a severity and a
// pure check() over the inspected facts and a read-only view of the guest.
// The same object is the requirement's whole unit: its fix (alternatives and
// planning), its by-hand steps, its lab defect and the Glance properties it
// decides, each a virtual with an "I have none" default. How a unit is
// written: core/requirements/Unit.h.

#include <QList>
#include <QString>

#include <optional>

namespace imageprep {

struct GuestFacts;
class GuestFiles;
class PlanContext;       // requirements/PlanContext.h
class PropertySet;       // glance/Properties.h
struct DeriveOptions;    // glance/Properties.h
struct Fix;              // fixes/FixPlan.h
struct FixOption;        // fixes/FixPlan.h
struct ManualSteps;      // checks/ManualSteps.h

enum class CheckStatus { Pass, Fail, Warning, NotApplicable, Unknown };
enum class Severity { Required, Recommended };

// Stable machine names used in JSON, JUnit and the CLI: "pass", "not-applicable", ...
QString toString(CheckStatus status);
QString toString(Severity severity);
// Translated words for people; a symbol that never stands alone for colour.
QString statusWord(CheckStatus status);
QString statusSymbol(CheckStatus status);
QString severityWord(Severity severity);

// What decided a result: a guest file, line number and the line itself, or a
// package or service named in note (file empty, line 0).
struct Evidence {
    QString file;
    int line = 0;
    QString text;
    QString note;

    bool operator==(const Evidence &) const = default;
};

struct CheckResult {
    QString id;
    CheckStatus status = CheckStatus::Unknown;
    QString summary;
    QList<Evidence> evidence;
};

// What planFix() made of a failing check.
struct FixOutcome {
    enum class Kind {
        Planned, // the edits are in the Fix (none found: "nothing to change")
        Shared,  // covered by a fix another requirement shares (the cloud-init install): kept without edits
        Unfixed, // left alone, reason says why (translated)
    };
    Kind kind = Kind::Planned;
    QString reason;

    static FixOutcome planned() { return {}; }
    static FixOutcome shared() { return {Kind::Shared, {}}; }
    static FixOutcome unfixed(const QString &why) { return {Kind::Unfixed, why}; }
};

class Requirement {
public:
    virtual ~Requirement() = default;

    virtual QString id() const = 0;        // stable: "serial-console"
    virtual QString title() const = 0;     // translated at call time
    virtual QString rationale() const = 0; // why OpenStack needs it, translated at call time
    virtual Severity severity() const = 0;
    virtual QString group() const = 0;     // disk-boot, network, access, cloud-init, hygiene

    // Pure: reads facts and files, changes nothing, returns result.id == id().
    // A pass or not-applicable that rested on a guest file the check could
    // not read (a symlink loop, a file over the read limit, a non-file)
    // becomes unknown, naming the file and why: never a false pass.
    CheckResult check(const GuestFacts &facts, const GuestFiles &files) const;

    // ---- fix (planFixes() asks these; nothing here writes the guest) ----

    // True when planFix() can plan something; fixableRequirements() lists these.
    virtual bool fixable() const { return false; }
    // Called for every requirement the plan will fix, before any planFix():
    // a unit that uses a shared choice (PlanContext::cloudInitChoice) asks
    // for it here, so the choice is offered first, as the image guide reads.
    virtual void prepareFix(PlanContext &, const CheckResult &) const {}
    // The alternatives the user may choose between, or nullopt (one way
    // only). FixOption::chosen may carry what the options asked for (empty:
    // PlanOptions::alternatives[id()]); the plan records the option and sets
    // Fix::alternative to the valid choice before planFix().
    virtual std::optional<FixOption> fixOption(const PlanContext &ctx) const;
    // Records the typed edits that fix result into fix, through ctx's helpers.
    virtual FixOutcome planFix(PlanContext &ctx, const CheckResult &result, Fix &fix) const;
    // After every fix is planned and installs are ordered first: work that
    // depends on the whole plan (cleaning up after installs, a relabel).
    // result: this requirement's check before the plan (nullptr when not run).
    virtual void finishPlan(PlanContext &, const CheckResult *) const {}

    // ---- lab mode ----

    // What a person types to check and to fix it (checks/ManualSteps.h); empty: no steps.
    virtual ManualSteps manualSteps() const;
    // The defect lab mode can plant: QT_TRANSLATE_NOOP("LabDefects", ...), or nullptr.
    virtual const char *labDefect() const { return nullptr; }
    // Records the edits that break this requirement; ctx.fail(why) when it cannot.
    virtual void plantDefect(PlanContext &ctx, Fix &fix) const;

    // ---- export ----

    // Glance properties decided by this requirement's result (nullptr: not run).
    virtual void glanceProperties(const GuestFacts &, const CheckResult *, const DeriveOptions &, PropertySet &) const {}

protected:
    // The requirement's own logic; check() wraps it.
    virtual CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const = 0;
};

} // namespace imageprep
