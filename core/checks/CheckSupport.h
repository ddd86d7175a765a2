#pragma once
// Internal helpers shared by the requirement units' checks: numbered lines of guest files,
// shell-style assignments, kernel command lines, a small reader for the
// cloud-init YAML keys the checks need, and service state per init system.
// Not part of the public API of core/checks.

#include "checks/FamilyProfile.h"
#include "checks/Requirement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace imageprep {

class GuestFiles;
struct GuestFacts;

namespace checks {

// Translation context for the summaries checks produce.
class CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckText)
};

// Requirement whose texts are QT_TRANSLATE_NOOP("Requirement", ...) literals.
struct RequirementInfo {
    const char *id;
    const char *title;
    const char *rationale;
    Severity severity;
    const char *group;
};

class BasicRequirement : public Requirement {
public:
    explicit BasicRequirement(const RequirementInfo &info) : m_info(info) {}
    QString id() const override { return QLatin1String(m_info.id); }
    QString title() const override { return QCoreApplication::translate("Requirement", m_info.title); }
    QString rationale() const override { return QCoreApplication::translate("Requirement", m_info.rationale); }
    Severity severity() const override { return m_info.severity; }
    QString group() const override { return QLatin1String(m_info.group); }

protected:
    CheckResult result(CheckStatus status, const QString &summary, QList<Evidence> evidence = {}) const
    {
        return CheckResult{id(), status, summary, std::move(evidence)};
    }

private:
    RequirementInfo m_info;
};

struct Line {
    int number = 0; // 1-based
    QString text;   // without the line ending
};

// Every line of a readable guest file; empty when missing or unreadable.
QList<Line> readLines(const GuestFiles &files, const QString &path);
// True when the file has no line but blanks and # comments (or is missing).
bool isEffectivelyEmpty(const GuestFiles &files, const QString &path);

Evidence lineEvidence(const QString &file, const Line &line, const QString &note = {});
Evidence noteEvidence(const QString &note);

// KEY=value / KEY="value" / export KEY='value' on one line; nullopt when the
// line does not assign key. Quotes are stripped.
std::optional<QString> shellAssignment(const QString &line, const QString &key);
// The last assignment of key in a shell-style file, with its line.
std::optional<Line> lastAssignment(const GuestFiles &files, const QString &path, const QString &key,
                                   QString *value = nullptr);

// Kernel command line arguments, split on whitespace, quotes removed.
QStringList kernelArgs(const QString &cmdline);

// A place a kernel command line is defined, with the lines that hold it.
struct SourceLine {
    QString file;
    Line line;
};
struct CmdlineSource {
    QList<SourceLine> lines; // two for GRUB_CMDLINE_LINUX + _DEFAULT, maybe from grub.d
    QString cmdline;
    bool isDefault = false; // /etc/default/grub(.d), update-extlinux.conf: what the next update writes
};
// Every kernel command line in the guest's boot configuration and defaults:
// /etc/default/grub and grub.d/*.cfg, /etc/kernel/cmdline, grub.cfg (grub and grub2, EFI; recovery
// entries skipped), BLS entries (with
// $kernelopts from grubenv), extlinux/syslinux, Alpine update-extlinux.conf.
QList<CmdlineSource> kernelCommandLines(const GuestFiles &files);

// cloud-init configuration: /etc/cloud/cloud.cfg then cloud.cfg.d/*.cfg in
// name order; later files override top-level keys as cloud-init merges them.
struct CloudConfigFile {
    QString path;
    QList<Line> lines;
};
QList<CloudConfigFile> cloudConfigFiles(const GuestFiles &files);

// A top-level key's block in one file: its own line and the indented lines after it.
struct YamlBlock {
    QString file;
    Line keyLine;
    QString inlineValue;     // text after "key:" on the same line
    QList<Line> children;    // indented lines below, comments dropped
};
// Every block for key, in file order.
QList<YamlBlock> topLevelBlocks(const QList<CloudConfigFile> &cfg, const QString &key);
// The last file's block for key (cloud-init's merge replaces top-level keys).
std::optional<YamlBlock> lastTopLevelBlock(const QList<CloudConfigFile> &cfg, const QString &key);
// Values of a YAML sequence given inline ("[a, b]") or as "- a" children.
QStringList yamlList(const YamlBlock &block);
// Indentation (leading whitespace) of a line.
qsizetype indentOf(const QString &line);
// Strips quotes, comments and whitespace from a scalar.
QString yamlScalar(QString value);

// Service state: enabled when inspection recorded it, or when the guest's
// init system has it linked to start (systemd *.wants, SysV rc links,
// OpenRC runlevels). Evidence names what decided.
struct ServiceState {
    bool enabled = false;
    QString name;     // the name that matched
    Evidence evidence;
};
ServiceState findEnabledService(const GuestFacts &facts, const GuestFiles &files, const QStringList &names);
// A link to /dev/null (a mask); any other link is resolved so a loop is noted.
bool isDevNullLink(const GuestFiles &files, const QString &path);
// A directory entry exists (a link, even dangling, counts); a link loop is noted.
bool linkPresent(const GuestFiles &files, const QString &path);
// A systemd unit masked through a link to /dev/null in /etc/systemd/system.
bool isMasked(const GuestFiles &files, const QString &unit, Evidence *evidence = nullptr);

// First installed package of names; empty when none.
QString installedPackage(const GuestFacts &facts, const QStringList &names);
Evidence packageEvidence(const GuestFacts &facts, const QString &name);

// Numeric compare of dotted versions ("3.0" < "3.10"); non-digits end a part.
int compareVersions(const QString &a, const QString &b);

// First-boot script locations checks search for hand-made mechanisms.
QStringList firstBootScripts(const GuestFiles &files);
// Lines of those scripts (and cloud-init bootcmd/runcmd) containing all needles.
QList<Evidence> findInFirstBootScripts(const GuestFiles &files, const QStringList &needles);

} // namespace checks
} // namespace imageprep
