#include "boot/BootTest.h"

#include "boot/CloudInitStatus.h"
#include "image/ImageInfo.h"
#include "util/KvmProbe.h"
#include "util/Process.h"
#include "util/VerifiedWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <optional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace imageprep {

namespace {

struct BootTestText {
    Q_DECLARE_TR_FUNCTIONS(imageprep::BootTest)
};

constexpr qint64 GiB = qint64(1024) * 1024 * 1024;
constexpr int PollMs = 250;
constexpr int SshRetrySeconds = 5;
constexpr int SshGiveUpSeconds = 180;   // after the guest settled
constexpr int SettleWithoutCloudInitSeconds = 240;
constexpr int PowerOffSeconds = 120;

// A TCP port on 127.0.0.1 that nobody listens on right now.
int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

BootAccel accelFromEnvironment()
{
    const QString v = qEnvironmentVariable("IMAGEPREP_BOOT_ACCEL").toLower();
    if (v == QLatin1String("kvm"))
        return BootAccel::Kvm;
    if (v == QLatin1String("tcg"))
        return BootAccel::Tcg;
    return BootAccel::Auto;
}

struct Ovmf {
    QString code;
    QString vars;
};

Ovmf findOvmf()
{
    const QString dir = QStringLiteral("/usr/share/OVMF/");
    const QList<Ovmf> candidates = {
        {dir + QStringLiteral("OVMF_CODE_4M.fd"), dir + QStringLiteral("OVMF_VARS_4M.fd")},
        {dir + QStringLiteral("OVMF_CODE.fd"), dir + QStringLiteral("OVMF_VARS.fd")},
    };
    for (const Ovmf &o : candidates) {
        if (QFileInfo::exists(o.code) && QFileInfo::exists(o.vars))
            return o;
    }
    return {};
}

Error toolError(const QString &what, const ProcessResult &r)
{
    return makeError(ErrorCode::Internal, what, r.diagnostics());
}

// Everything one boot attempt needs, all inside the temporary folder.
struct BootFiles {
    QString dir;
    QString overlay;
    QString iso;
    QString key;
    QString vars; // UEFI variable store copy, empty for BIOS
};

// Reads the console log as it grows and hands out whole lines; a last
// line without a newline (the login prompt) is handed out once the console
// has been quiet for a moment.
class SerialReader {
public:
    explicit SerialReader(QString path) : m_file(std::move(path)) {}

    bool sawOutput() const { return m_total > 0; }

    QStringList poll(bool flushPartial = false)
    {
        QStringList lines;
        if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
            return lines;
        const QByteArray chunk = m_file.readAll();
        m_total += chunk.size();
        m_pending += chunk;
        qsizetype nl;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            lines << QString::fromUtf8(m_pending.left(nl));
            m_pending.remove(0, nl + 1);
        }
        m_quietPolls = chunk.isEmpty() ? m_quietPolls + 1 : 0;
        if (!m_pending.isEmpty() && (flushPartial || m_quietPolls >= 4)) {
            lines << QString::fromUtf8(m_pending);
            m_pending.clear();
        }
        return lines;
    }

private:
    QFile m_file;
    QByteArray m_pending;
    qint64 m_total = 0;
    int m_quietPolls = 0;
};

enum class AttemptEnd { Finished, KvmHung, KvmExited, Cancelled, StartFailed };

class BootRun {
public:
    BootRun(const BootTestOptions &o, const BootTestCallbacks &cb, const std::atomic<bool> &cancel)
        : m_o(o), m_cb(cb), m_cancel(cancel) {}

    Result<BootTestReport> run();

private:
    void say(const QString &s) const
    {
        if (m_cb.progress)
            m_cb.progress(s);
    }
    Status prepareOverlay();
    Status prepareConfigDrive();
    QStringList qemuArgs(bool kvm, const QString &serialPath) const;
    AttemptEnd attempt(bool kvm);
    void handleLines(const QStringList &lines);
    void trySsh();
    void finishReport(const QString &endReason);

    const BootTestOptions &m_o;
    const BootTestCallbacks &m_cb;
    const std::atomic<bool> &m_cancel;

    QString m_qemu, m_qemuImg, m_iso, m_sshKeygen, m_ssh;
    ImageInfo m_info;
    QTemporaryDir m_tmp{QDir::tempPath() + QStringLiteral("/imageprep-boot-XXXXXX")};
    BootFiles m_files;
    BootFirmware m_firmware = BootFirmware::Bios;
    Ovmf m_ovmf;
    int m_port = 0;
    QString m_publicKey;

    BootTestReport m_report;
    std::unique_ptr<BootLogParser> m_parser;
    QString m_qemuStderr;
    QStringList m_console; // lines as handed out: the checklist's line numbers count these
    QString m_lastSshError;
    bool m_guestShutdownEvent = false;
};

Status BootRun::prepareOverlay()
{
    QFile::remove(m_files.overlay);
    ProcessResult r = runProcess(m_qemuImg, {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                             QStringLiteral("qcow2"), QStringLiteral("-F"), m_info.format,
                                             QStringLiteral("-b"), m_info.path, m_files.overlay});
    if (!r.ok())
        return toolError(BootTestText::tr("Could not create the overlay for the test."), r);
    if (m_o.growGiB > 0) {
        r = runProcess(m_qemuImg, {QStringLiteral("resize"), QStringLiteral("-q"), m_files.overlay,
                                   QStringLiteral("+%1G").arg(m_o.growGiB)});
        if (!r.ok())
            return toolError(BootTestText::tr("Could not grow the test overlay."), r);
    }
    if (m_firmware == BootFirmware::Uefi) {
        auto vars = copyUefiVars(m_ovmf.vars, m_files.dir);
        if (!vars)
            return vars.error();
        m_files.vars = vars.value();
    }
    return success();
}

Status BootRun::prepareConfigDrive()
{
    ProcessResult r = runProcess(m_sshKeygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                               QStringLiteral("imageprep-boot-test"), QStringLiteral("-f"), m_files.key});
    if (!r.ok())
        return toolError(BootTestText::tr("Could not generate the SSH key for the test."), r);
    QFile pub(m_files.key + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, BootTestText::tr("The generated SSH public key is missing."));
    m_publicKey = QString::fromUtf8(pub.readAll().trimmed());

    const QString root = m_files.dir + QStringLiteral("/configdrive");
    const QString latest = root + QStringLiteral("/openstack/latest");
    QDir().mkpath(latest);
    const auto write = [](const QString &path, const QByteArray &data) { return writeFileVerified(path, data).ok(); };
    if (!write(latest + QStringLiteral("/meta_data.json"),
               configDriveMetaData(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                   QStringLiteral("imageprep-boot-test"), m_publicKey))
        || !write(latest + QStringLiteral("/user_data"), configDriveUserData()))
        return makeError(ErrorCode::Internal, BootTestText::tr("Could not write the ConfigDrive contents."));
    r = runProcess(m_iso, {QStringLiteral("-quiet"), QStringLiteral("-o"), m_files.iso, QStringLiteral("-V"),
                           QStringLiteral("config-2"), QStringLiteral("-J"), QStringLiteral("-R"), root});
    if (!r.ok())
        return toolError(BootTestText::tr("Could not build the ConfigDrive ISO."), r);
    return success();
}

QStringList BootRun::qemuArgs(bool kvm, const QString &serialPath) const
{
    QemuMachine m;
    m.overlay = m_files.overlay;
    m.configDrive = m_files.iso;
    m.serialPath = serialPath;
    m.sshPort = m_port;
    m.memoryMiB = m_o.memoryMiB;
    m.kvm = kvm;
    m.uefi = m_firmware == BootFirmware::Uefi;
    m.ovmfCode = m_ovmf.code;
    m.ovmfVars = m_files.vars;
    return bootQemuArguments(m);
}

void BootRun::handleLines(const QStringList &lines)
{
    for (const QString &raw : lines) {
        const QString line = cleanConsoleLine(raw);
        m_console << line;
        if (m_cb.serialLine)
            m_cb.serialLine(line);
        QList<BootCheckStatus> before;
        for (const BootCheck &c : m_parser->checks())
            before << c.status;
        if (!m_parser->addLine(raw) || !m_cb.checkChanged)
            continue;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (m_parser->checks().at(i).status != before.at(i))
                m_cb.checkChanged(m_parser->checks().at(i));
        }
    }
}

void BootRun::trySsh()
{
    const QStringList login{QStringLiteral("-i"), m_files.key, QStringLiteral("-p"), QString::number(m_port),
         QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
         QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
         QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
         QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
         QStringLiteral("-o"), QStringLiteral("ConnectTimeout=20"),
         QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
         QStringLiteral("%1@127.0.0.1").arg(m_o.sshUser)};
    const ProcessResult r = runProcess(m_ssh, login + QStringList{QStringLiteral("echo imageprep-ssh-ok $(id -un)")}, 60 * 1000);
    const QString out = QString::fromUtf8(r.out).trimmed();
    if (r.ok() && out.startsWith(QLatin1String("imageprep-ssh-ok"))) {
        BootCheck &c = m_parser->check(BootCheckId::SshLogin);
        c.status = BootCheckStatus::Pass;
        c.evidence = QStringLiteral("ssh -p %1 %2@127.0.0.1: %3").arg(m_port).arg(m_o.sshUser, out);
        c.detail = BootTestText::tr("Logged in with the key from the ConfigDrive.");
        if (m_cb.checkChanged)
            m_cb.checkChanged(c);
        say(BootTestText::tr("SSH login with the injected key works (%1).").arg(out));
        BootCheck &status = m_parser->check(BootCheckId::CloudInitStatus);
        status = readCloudInitStatus(m_ssh, login, m_console.join(QLatin1Char('\n')), m_cancel);
        if (m_cb.checkChanged)
            m_cb.checkChanged(status);
        return;
    }
    m_lastSshError = r.timedOut ? BootTestText::tr("ssh timed out") : r.diagnostics();
}

AttemptEnd BootRun::attempt(bool kvm)
{
    static int attemptNo = 0;
    const QString serialPath = m_files.dir + QStringLiteral("/serial-%1.log").arg(++attemptNo);
    m_parser = std::make_unique<BootLogParser>(m_info.virtualSize, m_info.virtualSize + qint64(m_o.growGiB) * GiB);
    for (const BootCheck &c : m_parser->checks()) {
        if (m_cb.checkChanged)
            m_cb.checkChanged(c);
    }
    m_guestShutdownEvent = false;
    m_console.clear();
    m_lastSshError.clear();
    m_qemuStderr.clear();

    QProcess qemu;
    qemu.setProgram(m_qemu);
    qemu.setArguments(qemuArgs(kvm, serialPath));
    m_report.qemuCommand = QStringList{m_qemu} + qemu.arguments();
    m_report.usedKvm = kvm;
    qemu.start();
    if (!qemu.waitForStarted()) {
        m_qemuStderr = qemu.errorString();
        return AttemptEnd::StartFailed;
    }
    // QMP needs its handshake before it takes commands.
    qemu.write("{\"execute\":\"qmp_capabilities\"}\n");

    SerialReader serial(serialPath);
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(m_o.timeoutSeconds) * 1000 - m_report.elapsedMs;
    qint64 settledAt = -1, lastSshAt = -1, powerOffAt = -1, upAt = -1;
    QString endReason;
    QByteArray qmpBuffer;

    const auto killQemu = [&qemu] {
        if (qemu.state() != QProcess::NotRunning) {
            qemu.kill();
            qemu.waitForFinished(10000);
        }
    };

    for (;;) {
        qemu.waitForReadyRead(PollMs);
        qmpBuffer += qemu.readAllStandardOutput();
        m_qemuStderr += QString::fromLocal8Bit(qemu.readAllStandardError());
        qsizetype nl;
        while ((nl = qmpBuffer.indexOf('\n')) >= 0) {
            const QJsonObject msg = QJsonDocument::fromJson(qmpBuffer.left(nl)).object();
            qmpBuffer.remove(0, nl + 1);
            if (msg.value(QLatin1String("event")).toString() == QLatin1String("SHUTDOWN")
                && msg.value(QLatin1String("data")).toObject().value(QLatin1String("guest")).toBool())
                m_guestShutdownEvent = true;
        }
        const bool exited = qemu.state() == QProcess::NotRunning;
        handleLines(serial.poll(exited));
        const qint64 now = clock.elapsed();

        if (m_cancel.load()) {
            killQemu();
            return AttemptEnd::Cancelled;
        }
        // QEMU that dies under KVM before the guest printed anything (a host
        // whose KVM rejects the CPU's MSRs aborts at once) is a KVM failure,
        // not a verdict on the image.
        if (exited && kvm && !serial.sawOutput() && powerOffAt < 0)
            return AttemptEnd::KvmExited;
        if (exited) {
            if (powerOffAt < 0)
                endReason = BootTestText::tr("QEMU exited before the test powered the guest off (exit code %1).").arg(qemu.exitCode());
            break;
        }
        if (kvm && !serial.sawOutput() && now > qint64(m_o.kvmWatchdogSeconds) * 1000) {
            killQemu();
            return AttemptEnd::KvmHung;
        }
        if (now > deadline) {
            killQemu();
            m_report.timedOut = true;
            endReason = BootTestText::tr("The guest did not finish within %1 s and was killed.").arg(m_o.timeoutSeconds);
            break;
        }
        if (!m_parser->fatal().isEmpty()) {
            handleLines(serial.poll(true));
            killQemu();
            endReason = BootTestText::tr("The boot failed: %1").arg(m_parser->fatal());
            break;
        }
        if (powerOffAt >= 0) {
            if (now - powerOffAt > PowerOffSeconds * 1000) {
                killQemu();
                endReason = BootTestText::tr("The guest did not power off within %1 s of the ACPI power button.").arg(PowerOffSeconds);
                break;
            }
            continue;
        }

        const BootLogParser &p = *m_parser;
        // Up: a login prompt, or cloud-init done (a prompt that console output
        // garbled past recognising must not keep SSH from being tried).
        if (upAt < 0 && (p.check(BootCheckId::LoginPrompt).status == BootCheckStatus::Pass || p.cloudInitFinished()))
            upAt = now;
        // Settled: the guest is up and cloud-init is done (or never came).
        if (settledAt < 0 && upAt >= 0
            && (p.cloudInitFinished() || now - upAt > SettleWithoutCloudInitSeconds * 1000)) {
            settledAt = now;
            say(BootTestText::tr("The guest is up; checking SSH."));
        }
        const bool sshPassed = p.check(BootCheckId::SshLogin).status == BootCheckStatus::Pass;
        // Try SSH from then on: the key may arrive before cloud-init prints "finished".
        if (!sshPassed && upAt >= 0 && (lastSshAt < 0 || now - lastSshAt > SshRetrySeconds * 1000)) {
            trySsh();
            lastSshAt = clock.elapsed();
            continue;
        }
        if (settledAt >= 0 && (sshPassed || now - settledAt > SshGiveUpSeconds * 1000)) {
            say(BootTestText::tr("Pressing the ACPI power button (QMP system_powerdown)."));
            qemu.write("{\"execute\":\"system_powerdown\"}\n");
            powerOffAt = now;
        }
    }

    m_report.serialLog = m_console.join(QLatin1Char('\n')) + QLatin1Char('\n');
    // Power-off passes only when qemu ended by itself after the button.
    if (powerOffAt >= 0 && endReason.isEmpty()
        && (m_guestShutdownEvent || (qemu.exitStatus() == QProcess::NormalExit && qemu.exitCode() == 0))) {
        BootCheck &c = m_parser->check(BootCheckId::PowerOff);
        c.status = BootCheckStatus::Pass;
        c.line = m_parser->powerDownLine();
        c.evidence = m_parser->sawPowerDown() ? m_parser->powerDownText()
                                               : BootTestText::tr("QEMU reported a guest shutdown and exited.");
        c.detail = BootTestText::tr("QEMU exited %1 s after the power button; QMP SHUTDOWN event from the guest: %2.")
                       .arg((clock.elapsed() - powerOffAt) / 1000)
                       .arg(m_guestShutdownEvent ? BootTestText::tr("yes") : BootTestText::tr("no"));
    }
    m_report.elapsedMs += clock.elapsed();
    finishReport(endReason);
    return AttemptEnd::Finished;
}

void BootRun::finishReport(const QString &endReason)
{
    const QString reason = endReason.isEmpty() ? BootTestText::tr("Not seen on the console.") : endReason;
    m_parser->failPending(reason);
    BootCheck &ssh = m_parser->check(BootCheckId::SshLogin);
    if (ssh.status == BootCheckStatus::Pending) {
        ssh.status = BootCheckStatus::Fail;
        ssh.detail = m_lastSshError.isEmpty()
                         ? BootTestText::tr("Not tried: the guest never showed a login prompt. %1").arg(reason)
                         : BootTestText::tr("The last attempt said: %1").arg(m_lastSshError);
    }
    BootCheck &status = m_parser->check(BootCheckId::CloudInitStatus);
    if (status.status == BootCheckStatus::Pending) {
        status.status = BootCheckStatus::Fail;
        status.detail = BootTestText::tr("Not read: no SSH login.");
    }
    BootCheck &off = m_parser->check(BootCheckId::PowerOff);
    if (off.status == BootCheckStatus::Pending) {
        off.status = BootCheckStatus::Fail;
        off.detail = reason;
    }
    m_report.checks = m_parser->checks();
    int failed = 0;
    for (const BootCheck &c : m_report.checks) {
        if (c.status == BootCheckStatus::Fail)
            ++failed;
        if (m_cb.checkChanged)
            m_cb.checkChanged(c);
    }
    m_report.passed = failed == 0;
    if (m_report.passed)
        m_report.verdict = BootTestText::tr("The image booted and passed every boot check.");
    else if (!endReason.isEmpty())
        m_report.verdict = BootTestText::tr("The boot test failed (%1 of %2 checks): %3").arg(failed).arg(m_report.checks.size()).arg(endReason);
    else
        m_report.verdict = BootTestText::tr("The boot test failed: %1 of %2 checks did not pass.").arg(failed).arg(m_report.checks.size());
}

Result<BootTestReport> BootRun::run()
{
    QElapsedTimer total;
    total.start();
    struct Tool {
        QString *path;
        QStringList names;
        const char *package;
    };
    const QList<Tool> tools = {
        {&m_qemu, {QStringLiteral("qemu-system-x86_64")}, "qemu-system-x86"},
        {&m_qemuImg, {QStringLiteral("qemu-img")}, "qemu-utils"},
        {&m_iso, {QStringLiteral("genisoimage"), QStringLiteral("mkisofs")}, "genisoimage"},
        {&m_sshKeygen, {QStringLiteral("ssh-keygen")}, "openssh-client"},
        {&m_ssh, {QStringLiteral("ssh")}, "openssh-client"},
    };
    for (const Tool &t : tools) {
        for (const QString &n : t.names) {
            if (t.path->isEmpty())
                *t.path = findTool(n);
        }
        if (t.path->isEmpty())
            return makeError(ErrorCode::ToolMissing,
                             BootTestText::tr("%1 is not installed; the boot test needs it (Debian package %2).")
                                 .arg(t.names.first(), QLatin1String(t.package)));
    }
    if (!m_tmp.isValid())
        return makeError(ErrorCode::Internal, BootTestText::tr("Could not create a temporary folder for the boot test."), m_tmp.errorString());

    auto info = probeImage(m_o.imagePath);
    if (!info)
        return info.error();
    m_info = info.value();

    m_files.dir = m_tmp.path();
    m_files.overlay = m_files.dir + QStringLiteral("/overlay.qcow2");
    m_files.iso = m_files.dir + QStringLiteral("/config-2.iso");
    m_files.key = m_files.dir + QStringLiteral("/id_ed25519");

    m_firmware = m_o.firmware;
    if (m_firmware == BootFirmware::Auto) {
        const QString head = m_files.dir + QStringLiteral("/head.raw");
        const ProcessResult r = runProcess(m_qemuImg, {QStringLiteral("dd"), QStringLiteral("-f"), m_info.format,
                                                       QStringLiteral("-O"), QStringLiteral("raw"),
                                                       QStringLiteral("bs=512"), QStringLiteral("count=34"),
                                                       QStringLiteral("if=") + m_info.path, QStringLiteral("of=") + head});
        QFile f(head);
        m_firmware = r.ok() && f.open(QIODevice::ReadOnly) ? firmwareForDiskHeader(f.readAll()) : BootFirmware::Bios;
        f.remove();
    }
    m_report.firmware = m_firmware == BootFirmware::Uefi ? QStringLiteral("uefi") : QStringLiteral("bios");
    if (m_firmware == BootFirmware::Uefi) {
        m_ovmf = findOvmf();
        if (m_ovmf.code.isEmpty())
            return makeError(ErrorCode::ToolMissing,
                             BootTestText::tr("The image boots with UEFI, but the OVMF firmware is not installed (Debian package ovmf)."));
    }
    say(BootTestText::tr("Firmware: %1.").arg(m_firmware == BootFirmware::Uefi ? BootTestText::tr("UEFI (OVMF)") : BootTestText::tr("BIOS")));

    if (Status s = prepareConfigDrive(); !s)
        return s.error();
    m_port = freeLocalPort();
    if (m_port == 0)
        return makeError(ErrorCode::Internal, BootTestText::tr("No free TCP port on 127.0.0.1 for SSH."));

    BootAccel accel = m_o.accel == BootAccel::Auto ? accelFromEnvironment() : m_o.accel;
    if (accel == BootAccel::Auto) {
        if (!QFileInfo(QStringLiteral("/dev/kvm")).isWritable()) {
            accel = BootAccel::Tcg;
            say(BootTestText::tr("/dev/kvm is not usable; using software emulation (TCG)."));
        } else if (kvmKnownBroken()) {
            accel = BootAccel::Tcg;
            say(BootTestText::tr("KVM hung on this host before (see %1); using software emulation (TCG).").arg(kvmMarkerPath()));
        }
    }
    bool kvm = accel != BootAccel::Tcg;
    for (;;) {
        if (Status s = prepareOverlay(); !s)
            return s.error();
        say(BootTestText::tr("Booting %1 (+%2 GiB) in QEMU with %3; SSH forwarded from 127.0.0.1:%4.")
                .arg(QFileInfo(m_info.path).fileName())
                .arg(m_o.growGiB)
                .arg(kvm ? BootTestText::tr("KVM") : BootTestText::tr("software emulation (TCG)"))
                .arg(m_port));
        m_report.elapsedMs = total.elapsed();
        const AttemptEnd end = attempt(kvm);
        if (end == AttemptEnd::Cancelled)
            return makeError(ErrorCode::Cancelled, BootTestText::tr("Cancelled."));
        if (end == AttemptEnd::StartFailed)
            return makeError(ErrorCode::Internal, BootTestText::tr("QEMU did not start."), m_qemuStderr);
        if (end == AttemptEnd::KvmHung && accel == BootAccel::Auto) {
            say(BootTestText::tr("Nothing on the serial console %1 s after a KVM start: KVM hangs on this host. "
                   "Retrying with software emulation (-accel tcg).").arg(m_o.kvmWatchdogSeconds));
            rememberKvmBroken();
            kvm = false;
            continue;
        }
        if (end == AttemptEnd::KvmExited && accel == BootAccel::Auto) {
            say(BootTestText::tr("QEMU exited under KVM before anything appeared on the serial console: %1 "
                                 "Retrying with software emulation (-accel tcg).").arg(m_qemuStderr.trimmed()));
            rememberKvmBroken();
            m_qemuStderr.clear();
            kvm = false;
            continue;
        }
        if (end == AttemptEnd::KvmExited) {
            m_report.elapsedMs = total.elapsed();
            finishReport(BootTestText::tr("QEMU exited under KVM before anything appeared on the serial console."));
        }
        if (end == AttemptEnd::KvmHung) {
            m_report.elapsedMs = total.elapsed();
            finishReport(BootTestText::tr("Nothing appeared on the serial console within %1 s under KVM.").arg(m_o.kvmWatchdogSeconds));
        }
        break;
    }
    if (!m_qemuStderr.trimmed().isEmpty())
        say(BootTestText::tr("QEMU said: %1").arg(m_qemuStderr.trimmed()));
    if (!m_o.serialLogCopy.isEmpty()) {
        if (const Status w = writeFileVerified(m_o.serialLogCopy, m_report.serialLog.toUtf8()); !w)
            say(w.error().message + QLatin1Char(' ') + w.error().detail);
    }
    m_report.elapsedMs = total.elapsed();
    return m_report;
}

} // namespace

BootFirmware firmwareForDiskHeader(const QByteArray &s)
{
    if (s.size() < 1024 || quint8(s.at(510)) != 0x55 || quint8(s.at(511)) != 0xaa)
        return BootFirmware::Bios;
    bool protectiveMbr = false;
    for (int i = 0; i < 4; ++i) {
        if (quint8(s.at(446 + i * 16 + 4)) == 0xee)
            protectiveMbr = true;
    }
    if (!protectiveMbr || s.mid(512, 8) != "EFI PART")
        return BootFirmware::Bios;
    const auto le32 = [&s](int off) {
        return quint32(quint8(s.at(off))) | quint32(quint8(s.at(off + 1))) << 8 | quint32(quint8(s.at(off + 2))) << 16
               | quint32(quint8(s.at(off + 3))) << 24;
    };
    const quint64 entriesLba = le32(512 + 72); // the low half is enough for LBA 2
    const quint32 count = le32(512 + 80);
    const quint32 entrySize = le32(512 + 84);
    // GUIDs as stored on disk (mixed endian)
    static const QByteArray esp = QByteArray::fromHex("28732ac11ff8d211ba4b00a0c93ec93b");
    static const QByteArray biosBoot = QByteArray::fromHex("4861682149646f6e744e656564454649");
    bool hasEsp = false, hasBiosBoot = false;
    for (quint32 i = 0; i < count && entrySize >= 16; ++i) {
        const qint64 off = qint64(entriesLba) * 512 + qint64(i) * entrySize;
        if (off + 16 > s.size())
            break;
        const QByteArray type = s.mid(off, 16);
        hasEsp = hasEsp || type == esp;
        hasBiosBoot = hasBiosBoot || type == biosBoot;
    }
    return hasEsp && !hasBiosBoot ? BootFirmware::Uefi : BootFirmware::Bios;
}

QByteArray configDriveMetaData(const QString &uuid, const QString &hostname, const QString &publicKey)
{
    const QJsonObject meta{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), hostname},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("launch_index"), 0},
        {QStringLiteral("availability_zone"), QStringLiteral("nova")},
        {QStringLiteral("project_id"), QStringLiteral("imageprep-boot-test")},
        {QStringLiteral("public_keys"), QJsonObject{{QStringLiteral("key-0"), publicKey}}},
        {QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("key-0")},
                                                         {QStringLiteral("type"), QStringLiteral("ssh")},
                                                         {QStringLiteral("data"), publicKey}}}},
        {QStringLiteral("meta"), QJsonObject{}},
    };
    return QJsonDocument(meta).toJson(QJsonDocument::Indented);
}

QByteArray configDriveUserData()
{
    // runcmd runs in cloud-init's final stage, after growpart and resizefs;
    // its line on the serial console is the evidence for the grown root.
    return QByteArrayLiteral("#cloud-config\n"
                             "runcmd:\n"
                             "  - [ sh, -c, 'echo \"") + QByteArray(RootSizeMarker)
           + QByteArrayLiteral(" root-fs-bytes=$(df -B1 --output=size / | tail -n 1 | tr -d \" \")\" > /dev/ttyS0' ]\n");
}

Result<BootTestReport> runBootTest(const BootTestOptions &options, const BootTestCallbacks &callbacks,
                                   const std::atomic<bool> &cancel)
{
    BootRun run(options, callbacks, cancel);
    return run.run();
}

BootTest::BootTest(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<BootCheck>();
    qRegisterMetaType<BootTestReport>();
}

BootTest::~BootTest()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool BootTest::isRunning() const
{
    return m_thread != nullptr;
}

void BootTest::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BootTest::start(const BootTestOptions &options)
{
    if (m_thread)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<std::optional<Result<BootTestReport>>>();
    auto cancelFlag = m_cancel;
    // Signals are emitted from the worker; Qt queues them to this object's thread.
    m_thread = QThread::create([this, options, outcome, cancelFlag] {
        BootTestCallbacks cb;
        cb.progress = [this](const QString &s) { Q_EMIT progress(s); };
        cb.serialLine = [this](const QString &s) { Q_EMIT serialLine(s); };
        cb.checkChanged = [this](const BootCheck &c) { Q_EMIT checkChanged(c); };
        outcome->emplace(runBootTest(options, cb, *cancelFlag));
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT runningChanged(false);
        if (outcome->has_value() && outcome->value().ok())
            Q_EMIT finished(outcome->value().value());
        else if (outcome->has_value() && outcome->value().error().code == ErrorCode::Cancelled)
            Q_EMIT cancelled();
        else if (outcome->has_value())
            Q_EMIT failed(outcome->value().error().message, outcome->value().error().detail);
    });
    m_thread->start();
    Q_EMIT runningChanged(true);
}

} // namespace imageprep
