#include "boot/BootRun.h"

#include "util/KvmProbe.h"
#include "util/Process.h"
#include "util/VerifiedWrite.h"

#include <QFileInfo>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace imageprep::bootrun {

namespace {

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

} // namespace

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

std::optional<Error> BootRun::prepare()
{
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

    return std::nullopt;
}

Result<BootTestReport> BootRun::bootWithFallback(QElapsedTimer &total)
{
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
    return m_report;
}

Result<BootTestReport> BootRun::run()
{
    QElapsedTimer total;
    total.start();
    if (const auto notReady = prepare())
        return *notReady;
    const auto booted = bootWithFallback(total);
    if (!booted)
        return booted;
    if (!m_qemuStderr.trimmed().isEmpty())
        say(BootTestText::tr("QEMU said: %1").arg(m_qemuStderr.trimmed()));
    if (!m_o.serialLogCopy.isEmpty()) {
        if (const Status w = writeFileVerified(m_o.serialLogCopy, m_report.serialLog.toUtf8()); !w)
            say(w.error().message + QLatin1Char(' ') + w.error().detail);
    }
    m_report.elapsedMs = total.elapsed();
    return m_report;
}

} // namespace imageprep::bootrun
