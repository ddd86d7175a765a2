#pragma once
// The boot test's own checklist and the serial-console parser that fills it.
// BootLogParser is pure: it reads console lines (as a boot prints them) and
// records, per item, the line that proves it; it never runs anything.

#include <QList>
#include <QString>
#include <QtGlobal>

namespace imageprep {

enum class BootCheckId {
    KernelLog,   // the kernel log appears on the serial console
    LoginPrompt, // a login prompt appears on the serial console
    CloudInit,   // cloud-init ran and named the ConfigDrive datasource
    RootGrown,   // the root filesystem grew to the larger disk
    SshLogin,    // sshd answers on the forwarded port and accepts the key
    CloudInitStatus, // `cloud-init status --long` over SSH: done, not error or degraded
    PowerOff,    // the guest shuts down on an ACPI power-off
};

enum class BootCheckStatus { Pending, Pass, Fail, NotApplicable };

struct BootCheck {
    BootCheckId id = BootCheckId::KernelLog;
    BootCheckStatus status = BootCheckStatus::Pending;
    QString evidence; // the console line (or tool output) that decided it
    int line = 0;     // 1-based console line of the evidence, 0 when not from the console
    QString detail;   // why it failed, or extra facts
};

// Every item, in the order a boot reaches them.
QList<BootCheckId> allBootChecks();
// Stable id for JSON and tests ("kernel-log", ...).
QString bootCheckKey(BootCheckId id);
// Translated title, at display time.
QString bootCheckTitle(BootCheckId id);
// Translated status word ("PASS", ...).
QString bootCheckStatusText(BootCheckStatus status);

// Removes ANSI escape sequences and carriage returns from a console line.
QString cleanConsoleLine(const QString &raw);

// The marker the boot test's user data prints on the console after
// cloud-init grew the disk: "<marker> root-fs-bytes=N".
inline constexpr char RootSizeMarker[] = "IMAGEPREP-BOOT-TEST";

class BootLogParser {
public:
    // originalDiskBytes: the image's disk size; grownDiskBytes: the size the
    // test grew it to (equal when not grown: RootGrown is then not applicable).
    BootLogParser(qint64 originalDiskBytes = 0, qint64 grownDiskBytes = 0);

    // Feeds one console line (without its newline). Returns true when the
    // line changed an item or revealed a fatal condition.
    bool addLine(const QString &rawLine);

    const QList<BootCheck> &checks() const { return m_checks; }
    const BootCheck &check(BootCheckId id) const;
    BootCheck &check(BootCheckId id);

    int lineCount() const { return m_lines; }
    bool cloudInitFinished() const { return m_cloudInitFinished; }
    QString datasource() const { return m_datasource; }
    qint64 rootFsBytes() const { return m_rootFsBytes; }
    bool sawPowerDown() const { return m_powerDownLine > 0; }
    int powerDownLine() const { return m_powerDownLine; }
    QString powerDownText() const { return m_powerDownText; }
    // A kernel panic or an emergency shell: the boot cannot succeed any more.
    QString fatal() const { return m_fatal; }

    // Marks every console item still pending as failed with `reason` (the
    // test ended without seeing it). SSH and power-off are left to the runner.
    void failPending(const QString &reason);
    // Why kernel-log fails when user space talks on ttyS0 but the kernel did not.
    static QString quietReason();

private:
    // Records the outcome with the current console line number.
    void settle(BootCheckId id, BootCheckStatus status, const QString &line, const QString &detail);
    void pass(BootCheckId id, const QString &line, const QString &detail = {});
    void fail(BootCheckId id, const QString &line, const QString &detail);
    // addLine's readers, in the order it runs them; each says whether it
    // changed a check (or the power-down line).
    bool readKernelLine(const QString &line);
    bool readLoginPrompt(const QString &line);
    bool readCloudInit(const QString &line);
    bool readRootSize(const QString &line);

    QList<BootCheck> m_checks;
    qint64 m_originalBytes = 0;
    qint64 m_grownBytes = 0;
    int m_lines = 0;
    bool m_cloudInitStarted = false;
    bool m_userSpaceSpoke = false; // systemd's welcome or cloud-init appeared
    bool m_cloudInitFinished = false;
    QString m_datasource;
    qint64 m_rootFsBytes = 0;
    int m_powerDownLine = 0;
    QString m_powerDownText;
    QString m_fatal;
};

} // namespace imageprep
