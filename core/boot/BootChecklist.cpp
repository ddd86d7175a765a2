#include "boot/BootChecklist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imageprep {

namespace {

struct BootChecklistText {
    Q_DECLARE_TR_FUNCTIONS(imageprep::BootChecklist)
};

QString gib(qint64 bytes)
{
    return QStringLiteral("%1 GiB").arg(double(bytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 2);
}

} // namespace

QList<BootCheckId> allBootChecks()
{
    return {BootCheckId::KernelLog, BootCheckId::LoginPrompt, BootCheckId::CloudInit,
            BootCheckId::RootGrown, BootCheckId::SshLogin,    BootCheckId::CloudInitStatus, BootCheckId::PowerOff};
}

QString bootCheckKey(BootCheckId id)
{
    switch (id) {
    case BootCheckId::KernelLog: return QStringLiteral("kernel-log");
    case BootCheckId::LoginPrompt: return QStringLiteral("login-prompt");
    case BootCheckId::CloudInit: return QStringLiteral("cloud-init-configdrive");
    case BootCheckId::RootGrown: return QStringLiteral("root-grown");
    case BootCheckId::SshLogin: return QStringLiteral("ssh-key-login");
    case BootCheckId::CloudInitStatus: return QStringLiteral("cloud-init-status");
    case BootCheckId::PowerOff: return QStringLiteral("acpi-power-off");
    }
    return {};
}

QString bootCheckTitle(BootCheckId id)
{
    switch (id) {
    //: boot test checklist item
    case BootCheckId::KernelLog: return BootChecklistText::tr("The kernel log appears on the serial console");
    //: boot test checklist item
    case BootCheckId::LoginPrompt: return BootChecklistText::tr("A login prompt appears on the serial console");
    //: boot test checklist item; ConfigDrive is OpenStack's metadata disk
    case BootCheckId::CloudInit: return BootChecklistText::tr("cloud-init ran and used the ConfigDrive datasource");
    //: boot test checklist item
    case BootCheckId::RootGrown: return BootChecklistText::tr("The root filesystem grew to the larger disk");
    //: boot test checklist item
    case BootCheckId::SshLogin: return BootChecklistText::tr("The SSH server answers and accepts the injected key");
    //: boot test checklist item
    case BootCheckId::CloudInitStatus: return BootChecklistText::tr("cloud-init finished without errors (cloud-init status --long)");
    //: boot test checklist item
    case BootCheckId::PowerOff: return BootChecklistText::tr("The guest shuts down on an ACPI power-off");
    }
    return {};
}

QString bootCheckStatusText(BootCheckStatus status)
{
    switch (status) {
    //: boot test item status: not decided yet
    case BootCheckStatus::Pending: return BootChecklistText::tr("WAIT");
    //: boot test item status
    case BootCheckStatus::Pass: return BootChecklistText::tr("PASS");
    //: boot test item status
    case BootCheckStatus::Fail: return BootChecklistText::tr("FAIL");
    //: boot test item status: not applicable
    case BootCheckStatus::NotApplicable: return BootChecklistText::tr("N/A");
    }
    return {};
}

QString cleanConsoleLine(const QString &raw)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|\x1b[=>cM78]"));
    QString s = raw;
    s.remove(ansi);
    s.remove(QLatin1Char('\r'));
    // Other control characters (bells, NULs from the BIOS) carry nothing.
    s.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\t'); });
    return s;
}

BootLogParser::BootLogParser(qint64 originalDiskBytes, qint64 grownDiskBytes)
    : m_originalBytes(originalDiskBytes), m_grownBytes(grownDiskBytes)
{
    for (BootCheckId id : allBootChecks())
        m_checks.append(BootCheck{id});
    if (m_grownBytes <= m_originalBytes) {
        BootCheck &c = check(BootCheckId::RootGrown);
        c.status = BootCheckStatus::NotApplicable;
        c.detail = BootChecklistText::tr("The disk was not grown for this test.");
    }
}

const BootCheck &BootLogParser::check(BootCheckId id) const
{
    return m_checks.at(int(id));
}

BootCheck &BootLogParser::check(BootCheckId id)
{
    return m_checks[int(id)];
}

void BootLogParser::settle(BootCheckId id, BootCheckStatus status, const QString &line, const QString &detail)
{
    BootCheck &c = check(id);
    c.status = status;
    c.evidence = line;
    c.line = m_lines;
    c.detail = detail;
}

void BootLogParser::pass(BootCheckId id, const QString &line, const QString &detail)
{
    settle(id, BootCheckStatus::Pass, line, detail);
}

void BootLogParser::fail(BootCheckId id, const QString &line, const QString &detail)
{
    settle(id, BootCheckStatus::Fail, line, detail);
}

QString BootLogParser::quietReason()
{
    return BootChecklistText::tr("The system came up but the kernel's own boot messages (the \"Linux version\" banner, "
                                 "\"Command line:\") never reached ttyS0; \"quiet\" on the kernel command line hides them.");
}

namespace {

const QRegularExpression &cloudInitStart()
{
    static const QRegularExpression ciStart(QStringLiteral("Cloud-init v\\. \\S+ running '"));
    return ciStart;
}

} // namespace

bool BootLogParser::addLine(const QString &rawLine)
{
    ++m_lines;
    const QString line = cleanConsoleLine(rawLine).trimmed();
    if (line.isEmpty())
        return false;

    static const QRegularExpression fatal(QStringLiteral(
        "Kernel panic - not syncing|You are in emergency mode|Give root password for maintenance|"
        "Dropping to a shell!|Cannot open root device|No bootable device"));

    if (cloudInitStart().match(line).hasMatch() || line.startsWith(QLatin1String("Welcome to ")))
        m_userSpaceSpoke = true;
    bool changed = readKernelLine(line);
    changed |= readLoginPrompt(line);
    changed |= readCloudInit(line);
    changed |= readRootSize(line);

    if (m_fatal.isEmpty() && fatal.match(line).hasMatch()) {
        m_fatal = line;
        changed = true;
    }
    return changed;
}

bool BootLogParser::readKernelLine(const QString &line)
{
    static const QRegularExpression kernelLine(QStringLiteral("^\\[\\s*\\d+\\.\\d+\\]\\s"));
    // The kernel's own boot messages: its banner and its command line. A
    // timestamped line from user space (cloud-init, systemd through kmsg)
    // is not the kernel log; "quiet" hides exactly these two.
    static const QRegularExpression linuxVersion(QStringLiteral("^\\[\\s*\\d+\\.\\d+\\]\\s+Linux version \\d"));
    static const QRegularExpression commandLine(QStringLiteral("^\\[\\s*\\d+\\.\\d+\\]\\s+Command line: "));
    if (!kernelLine.match(line).hasMatch())
        return false;
    bool changed = false;
    const BootCheck &kernel = check(BootCheckId::KernelLog);
    if (kernel.status == BootCheckStatus::Pending && (linuxVersion.match(line).hasMatch() || commandLine.match(line).hasMatch())) {
        pass(BootCheckId::KernelLog, line);
        changed = true;
    } else if (linuxVersion.match(line).hasMatch() && !kernel.evidence.contains(QLatin1String("Linux version"))) {
        // The banner is the best evidence; keep it when it comes right after.
        pass(BootCheckId::KernelLog, line);
    }
    if (line.contains(QLatin1String("reboot: Power down"))) {
        m_powerDownLine = m_lines;
        m_powerDownText = line;
        changed = true;
    }
    return changed;
}

bool BootLogParser::readLoginPrompt(const QString &line)
{
    // "host login: ", or just "login: " when a kernel message printed at that
    // moment split the prompt: "host[  67.93] cloud-init..." then " login: [  67.95] ...".
    static const QRegularExpression login(QStringLiteral("^(\\S+ )?login:( |$)"));
    if (check(BootCheckId::LoginPrompt).status != BootCheckStatus::Pending || !login.match(line).hasMatch())
        return false;
    pass(BootCheckId::LoginPrompt, line);
    // The guest is up and the kernel never said a word on ttyS0: its
    // messages were hidden, which is what "quiet" does.
    if (check(BootCheckId::KernelLog).status == BootCheckStatus::Pending)
        fail(BootCheckId::KernelLog, {}, quietReason());
    return true;
}

bool BootLogParser::readCloudInit(const QString &line)
{
    static const QRegularExpression ciFinished(
        QStringLiteral("Cloud-init v\\. \\S+ finished at .*Datasource (DataSource[A-Za-z0-9]+)"));
    if (cloudInitStart().match(line).hasMatch())
        m_cloudInitStarted = true;
    const auto m = ciFinished.match(line);
    if (!m.hasMatch() || m_cloudInitFinished)
        return false;
    m_cloudInitFinished = true;
    m_datasource = m.captured(1);
    if (m_datasource == QLatin1String("DataSourceConfigDrive"))
        pass(BootCheckId::CloudInit, line);
    else
        fail(BootCheckId::CloudInit, line,
             BootChecklistText::tr("cloud-init finished with the %1 datasource instead of ConfigDrive.").arg(m_datasource));
    return true;
}

bool BootLogParser::readRootSize(const QString &line)
{
    static const QRegularExpression rootSize(QStringLiteral("%1 root-fs-bytes=(\\d+)").arg(QLatin1String(RootSizeMarker)));
    const auto m = rootSize.match(line);
    if (!m.hasMatch() || m_grownBytes <= m_originalBytes)
        return false;
    m_rootFsBytes = m.captured(1).toLongLong();
    const QString facts = BootChecklistText::tr("root filesystem %1; disk %2, grown from %3")
                              .arg(gib(m_rootFsBytes), gib(m_grownBytes), gib(m_originalBytes));
    // The filesystem must be larger than the original disk could hold and
    // have taken most of the added space (ext4 keeps some for metadata).
    if (m_rootFsBytes > m_originalBytes && m_rootFsBytes >= m_originalBytes + (m_grownBytes - m_originalBytes) / 2)
        pass(BootCheckId::RootGrown, line, facts);
    else
        fail(BootCheckId::RootGrown, line, BootChecklistText::tr("The root filesystem did not grow: %1.").arg(facts));
    return true;
}

void BootLogParser::failPending(const QString &reason)
{
    for (BootCheck &c : m_checks) {
        if (c.status != BootCheckStatus::Pending || c.id == BootCheckId::SshLogin || c.id == BootCheckId::CloudInitStatus
            || c.id == BootCheckId::PowerOff)
            continue;
        c.status = BootCheckStatus::Fail;
        QString why = reason;
        if (c.id == BootCheckId::CloudInit && m_cloudInitStarted)
            why = BootChecklistText::tr("cloud-init started but did not finish. %1").arg(reason);
        else if (c.id == BootCheckId::KernelLog && m_lines == 0)
            why = BootChecklistText::tr("Nothing at all appeared on the serial console; is console=ttyS0 on the kernel command line? %1").arg(reason);
        else if (c.id == BootCheckId::KernelLog && m_userSpaceSpoke)
            why = QStringLiteral("%1 %2").arg(quietReason(), reason);
        c.detail = why;
    }
}

} // namespace imageprep
