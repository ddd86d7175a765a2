#pragma once
// CheckRun: the results of running (part of) the catalogue over one guest.
// runChecklist() is pure; ids given in only/skip that the catalogue does not
// know are returned in unknownIds and nothing is run, so a caller can refuse
// a typo (the CLI exits 2) instead of silently checking less.

#include "checks/Requirement.h"

#include <QList>
#include <QStringList>

namespace imageprep {

struct GuestFacts;
class GuestFiles;
class Catalogue;

struct CheckRun {
    QList<CheckResult> results; // catalogue order
    QStringList unknownIds;     // from only/skip; non-empty means nothing ran

    // Every Required check that ran is Pass or NotApplicable. A warning or an
    // unknown on a required check does not pass: someone has to look.
    bool requiredPassed() const;
    int count(CheckStatus status) const;
    const CheckResult *result(const QString &id) const; // nullptr when not run
};

CheckRun runChecklist(const GuestFacts &facts, const GuestFiles &files,
                      const QStringList &only = {}, const QStringList &skip = {});
CheckRun runChecklist(const Catalogue &catalogue, const GuestFacts &facts, const GuestFiles &files,
                      const QStringList &only = {}, const QStringList &skip = {});

} // namespace imageprep
