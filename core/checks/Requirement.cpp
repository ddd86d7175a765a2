#include "checks/Requirement.h"

#include "guest/GuestFiles.h"

#include <QCoreApplication>

namespace imageprep {

QString toString(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Warning: return QStringLiteral("warning");
    case CheckStatus::NotApplicable: return QStringLiteral("not-applicable");
    case CheckStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toString(Severity severity)
{
    return severity == Severity::Required ? QStringLiteral("required") : QStringLiteral("recommended");
}

QString statusWord(CheckStatus status)
{
    switch (status) {
    //: Check status shown next to a requirement; keep it short (one word).
    case CheckStatus::Pass: return QCoreApplication::translate("CheckStatus", "PASS");
    //: Check status: the image does not meet the requirement.
    case CheckStatus::Fail: return QCoreApplication::translate("CheckStatus", "FAIL");
    //: Check status: probably fine, but a person should look.
    case CheckStatus::Warning: return QCoreApplication::translate("CheckStatus", "WARN");
    //: Check status: the requirement does not apply to this guest.
    case CheckStatus::NotApplicable: return QCoreApplication::translate("CheckStatus", "N/A");
    case CheckStatus::Unknown: break;
    }
    //: Check status: the guest did not give enough information to decide.
    return QCoreApplication::translate("CheckStatus", "UNKNOWN");
}

QString statusSymbol(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("\u2714");          // heavy check mark
    case CheckStatus::Fail: return QStringLiteral("\u2718");          // heavy ballot x
    case CheckStatus::Warning: return QStringLiteral("\u26A0");       // warning sign
    case CheckStatus::NotApplicable: return QStringLiteral("\u2013"); // en dash
    case CheckStatus::Unknown: break;
    }
    return QStringLiteral("?");
}

QString severityWord(Severity severity)
{
    //: Severity of a requirement: the image does not work on OpenStack without it.
    return severity == Severity::Required ? QCoreApplication::translate("Severity", "required")
                                          //: Severity of a requirement: good practice, not a blocker.
                                          : QCoreApplication::translate("Severity", "recommended");
}

CheckResult Requirement::check(const GuestFacts &facts, const GuestFiles &files) const
{
    QList<GuestReadFailure> failures;
    files.attachFailureLog(&failures);
    CheckResult r = evaluate(facts, files);
    files.attachFailureLog(nullptr);
    // A fail or warning stands on what was read; a pass or "does not apply"
    // may only be saying that a file looked absent or empty.
    if (failures.isEmpty() || (r.status != CheckStatus::Pass && r.status != CheckStatus::NotApplicable))
        return r;
    r.status = CheckStatus::Unknown;
    QStringList paths;
    for (const GuestReadFailure &f : failures) {
        paths << f.path;
        r.evidence << Evidence{f.path, 0, QString(), f.message};
    }
    //: %1 is a list of guest file paths; the check cannot decide without them.
    r.summary = QCoreApplication::translate("CheckStatus", "Could not read %1, so this cannot be decided. Check the file in the guest.")
                    .arg(paths.join(QStringLiteral(", ")));
    return r;
}

} // namespace imageprep
