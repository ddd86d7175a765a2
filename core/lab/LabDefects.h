#pragma once
// Training labs: the defect catalogue. A defect is named by the requirement
// id it breaks and is planted with the same typed edits the fixes use
// (core/fixes), so `lab make` runs through the same session, runner and
// write-out path as `fix`. planDefects() is pure: it reads facts and a
// GuestFiles view and records edits; nothing is written until a FixRunner
// applies the returned plan. Defects target Debian-family guests; one that
// cannot be planted on the given guest is an error, never a silent no-op.

#include "checks/CheckRun.h"
#include "fixes/FixPlan.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace imageprep {

struct LabDefect {
    QString id;              // the requirement id it breaks: "serial-console"
    const char *description; // QT_TRANSLATE_NOOP("LabDefects", ...): what it plants

    QString translatedDescription() const;
};

// Every defect, in catalogue order of the requirements they break.
const QList<LabDefect> &labDefects();
const LabDefect *findLabDefect(const QString &id); // nullptr when none
QStringList labDefectIds();

struct DefectPlan {
    FixPlan plan;           // one Fix per defect (requirementId = defect id, alternative "lab-defect")
    QStringList unknownIds; // ids without a defect
    QStringList errors;     // "<id>: why it cannot be planted here"

    bool ok() const { return unknownIds.isEmpty() && errors.isEmpty(); }
};

// The edits that plant ids, in the order given; each later defect is planned
// against the files as the earlier ones leave them.
DefectPlan planDefects(const GuestFacts &facts, const GuestFiles &files, const QStringList &ids);

// True when result shows the defect: Fail, or Warning for a recommended requirement.
bool defectShows(const CheckResult &result);
// The ids of ids that run does not show as defects (missing results count too).
QStringList defectsNotShown(const QStringList &ids, const CheckRun &run);

} // namespace imageprep

Q_DECLARE_METATYPE(imageprep::DefectPlan)
