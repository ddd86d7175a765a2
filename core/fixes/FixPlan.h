#pragma once
// FixPlan: for every failing (or warning) check that imageprep can fix, a Fix
// made of typed edits; where the OpenStack image guide offers alternatives
// (cloud-init from the repositories, from local package files, or a first-boot
// script) the plan lists them and uses the chosen or default one.
// planFixes() is pure: it reads facts and GuestFiles and changes nothing.
// Edits of one plan see each other: a second edit of the same file is planned
// against the content the first one writes.

#include "checks/CheckRun.h"
#include "fixes/Edit.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace imageprep {

struct Fix {
    QString requirementId; // check id: "ssh-key-injection"
    QString alternative;   // "cloud-init-repo", "cloud-init-local", "firstboot-script"; "default" when only one
    QString title;         // translated at plan time (for display)
    QList<EditPtr> edits;
};

struct FixAlternative {
    QString id;
    QString title;
    QString note; // why it might not be available ("no local package folder given")
    bool available = true;
};

// The alternatives one requirement offers.
struct FixOption {
    QString requirementId;
    QList<FixAlternative> alternatives;
    QString defaultAlternative;
    QString chosen;
};

// A failing check the plan leaves alone, and why (manual work, not fixable offline).
struct Unfixed {
    QString requirementId;
    QString reason;
};

struct PlanOptions {
    QStringList only;                        // requirement ids; empty = every failing check
    QHash<QString, QString> alternatives;    // requirement id -> alternative id
    QString localPackageDir;                 // host folder of .deb/.rpm/.apk files
    bool keepQuiet = false;                  // keep quiet/splash/rhgb (serial-console's keep-quiet alternative)
    bool keepPackageCaches = false;          // leave the package manager's caches after installs
    bool includeWarnings = true;             // also fix recommended checks that warn/fail
};

struct FixPlan {
    QList<Fix> fixes;          // in catalogue order
    QList<FixOption> options;  // alternatives offered (also for fixes not chosen)
    QList<Unfixed> unfixed;    // failing checks without an automatic fix
    QList<Unfixed> unproven;   // planned fixes the simulated re-check does not pass, and why
    QStringList unknownIds;    // ids in only/alternatives the catalogue does not know
    QStringList errors;        // files left alone (binary, oversized, escaping links), missing package files
    QStringList invalidChoices; // alternatives that are unknown or unavailable (the default was used)

    bool isEmpty() const { return fixes.isEmpty(); }
    int editCount() const;
    QList<EditPtr> edits() const; // every edit, in apply order
    const Fix *fix(const QString &requirementId) const;
    // The whole preview: per fix its title, then each edit's summary and diff.
    QString renderDiff() const;
};

FixPlan planFixes(const GuestFacts &facts, const GuestFiles &files, const CheckRun &run,
                  const PlanOptions &options = {});

// Requirement ids planFixes() can fix at all.
QStringList fixableRequirements();

} // namespace imageprep
