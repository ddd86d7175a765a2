#pragma once
// Requirement: one OpenStack image requirement with a stable id, texts that
// are translated when asked for (never stored translated), a severity and a
// pure check() over the inspected facts and a read-only view of the guest.

#include <QList>
#include <QString>

namespace imageprep {

struct GuestFacts;
class GuestFiles;

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

protected:
    // The requirement's own logic; check() wraps it.
    virtual CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const = 0;
};

} // namespace imageprep
