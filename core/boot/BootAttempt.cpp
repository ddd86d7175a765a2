// One boot of the test machine in QEMU: the serial console read as it
// grows, QMP for the power button and the guest's shutdown event, SSH with
// the ConfigDrive's key, and the boot checklist filled from all of it.
#include "boot/BootRun.h"

#include "boot/CloudInitStatus.h"

#include "util/Process.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace imageprep::bootrun {

QString BootRun::startAttempt()
{
    static int attemptNo = 0;
    m_parser = std::make_unique<BootLogParser>(m_info.virtualSize, m_info.virtualSize + qint64(m_o.growGiB) * GiB);
    for (const BootCheck &c : m_parser->checks()) {
        if (m_cb.checkChanged)
            m_cb.checkChanged(c);
    }
    m_guestShutdownEvent = false;
    m_console.clear();
    m_lastSshError.clear();
    m_qemuStderr.clear();
    return m_files.dir + QStringLiteral("/serial-%1.log").arg(++attemptNo);
}

namespace {

void killQemu(QProcess &qemu)
{
    if (qemu.state() != QProcess::NotRunning) {
        qemu.kill();
        qemu.waitForFinished(10000);
    }
}

} // namespace

void BootRun::readQemu(QProcess &qemu, AttemptState &state)
{
    qemu.waitForReadyRead(PollMs);
    state.qmpBuffer += qemu.readAllStandardOutput();
    m_qemuStderr += QString::fromLocal8Bit(qemu.readAllStandardError());
    qsizetype nl;
    while ((nl = state.qmpBuffer.indexOf('\n')) >= 0) {
        const QJsonObject msg = QJsonDocument::fromJson(state.qmpBuffer.left(nl)).object();
        state.qmpBuffer.remove(0, nl + 1);
        if (msg.value(QLatin1String("event")).toString() == QLatin1String("SHUTDOWN")
            && msg.value(QLatin1String("data")).toObject().value(QLatin1String("guest")).toBool())
            m_guestShutdownEvent = true;
    }
}

// nullopt: go on; Finished: the attempt ends with a verdict (endReason set
// unless the guest powered off); anything else ends it without one.
std::optional<AttemptEnd> BootRun::attemptEnds(QProcess &qemu, const SerialReader &serial, bool kvm, bool exited,
                                               qint64 now, AttemptState &state)
{
    if (m_cancel.load()) {
        killQemu(qemu);
        return AttemptEnd::Cancelled;
    }
    // QEMU that dies under KVM before the guest printed anything (a host
    // whose KVM rejects the CPU's MSRs aborts at once) is a KVM failure,
    // not a verdict on the image.
    if (exited && kvm && !serial.sawOutput() && state.powerOffAt < 0)
        return AttemptEnd::KvmExited;
    if (exited) {
        if (state.powerOffAt < 0)
            state.endReason = BootTestText::tr("QEMU exited before the test powered the guest off (exit code %1).").arg(qemu.exitCode());
        return AttemptEnd::Finished;
    }
    if (kvm && !serial.sawOutput() && now > qint64(m_o.kvmWatchdogSeconds) * 1000) {
        killQemu(qemu);
        return AttemptEnd::KvmHung;
    }
    if (now > state.deadline) {
        killQemu(qemu);
        m_report.timedOut = true;
        state.endReason = BootTestText::tr("The guest did not finish within %1 s and was killed.").arg(m_o.timeoutSeconds);
        return AttemptEnd::Finished;
    }
    if (!m_parser->fatal().isEmpty()) {
        killQemu(qemu);
        state.endReason = BootTestText::tr("The boot failed: %1").arg(m_parser->fatal());
        return AttemptEnd::Finished;
    }
    if (state.powerOffAt >= 0 && now - state.powerOffAt > PowerOffSeconds * 1000) {
        killQemu(qemu);
        state.endReason = BootTestText::tr("The guest did not power off within %1 s of the ACPI power button.").arg(PowerOffSeconds);
        return AttemptEnd::Finished;
    }
    return std::nullopt;
}

// From a running guest to the power button: wait until it is up and
// settled, try SSH, then press the button.
void BootRun::driveGuest(QProcess &qemu, const QElapsedTimer &clock, qint64 now, AttemptState &state)
{
    const BootLogParser &p = *m_parser;
    // Up: a login prompt, or cloud-init done (a prompt that console output
    // garbled past recognising must not keep SSH from being tried).
    if (state.upAt < 0 && (p.check(BootCheckId::LoginPrompt).status == BootCheckStatus::Pass || p.cloudInitFinished()))
        state.upAt = now;
    // Settled: the guest is up and cloud-init is done (or never came).
    if (state.settledAt < 0 && state.upAt >= 0
        && (p.cloudInitFinished() || now - state.upAt > SettleWithoutCloudInitSeconds * 1000)) {
        state.settledAt = now;
        say(BootTestText::tr("The guest is up; checking SSH."));
    }
    const bool sshPassed = p.check(BootCheckId::SshLogin).status == BootCheckStatus::Pass;
    // Try SSH from then on: the key may arrive before cloud-init prints "finished".
    if (!sshPassed && state.upAt >= 0 && (state.lastSshAt < 0 || now - state.lastSshAt > SshRetrySeconds * 1000)) {
        trySsh();
        state.lastSshAt = clock.elapsed();
        return;
    }
    if (state.settledAt >= 0 && (sshPassed || now - state.settledAt > SshGiveUpSeconds * 1000)) {
        say(BootTestText::tr("Pressing the ACPI power button (QMP system_powerdown)."));
        qemu.write("{\"execute\":\"system_powerdown\"}\n");
        state.powerOffAt = now;
    }
}

// Power-off passes only when qemu ended by itself after the button.
void BootRun::recordPowerOff(const QProcess &qemu, const QElapsedTimer &clock, const AttemptState &state)
{
    if (state.powerOffAt < 0 || !state.endReason.isEmpty()
        || !(m_guestShutdownEvent || (qemu.exitStatus() == QProcess::NormalExit && qemu.exitCode() == 0)))
        return;
    BootCheck &c = m_parser->check(BootCheckId::PowerOff);
    c.status = BootCheckStatus::Pass;
    c.line = m_parser->powerDownLine();
    c.evidence = m_parser->sawPowerDown() ? m_parser->powerDownText()
                                           : BootTestText::tr("QEMU reported a guest shutdown and exited.");
    c.detail = BootTestText::tr("QEMU exited %1 s after the power button; QMP SHUTDOWN event from the guest: %2.")
                   .arg((clock.elapsed() - state.powerOffAt) / 1000)
                   .arg(m_guestShutdownEvent ? BootTestText::tr("yes") : BootTestText::tr("no"));
}

AttemptEnd BootRun::attempt(bool kvm)
{
    const QString serialPath = startAttempt();
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
    AttemptState state;
    state.deadline = qint64(m_o.timeoutSeconds) * 1000 - m_report.elapsedMs;
    for (;;) {
        readQemu(qemu, state);
        const bool exited = qemu.state() == QProcess::NotRunning;
        handleLines(serial.poll(exited));
        const qint64 now = clock.elapsed();
        // A fatal boot error: the lines after it still belong to the log.
        if (!m_parser->fatal().isEmpty())
            handleLines(serial.poll(true));
        if (const auto end = attemptEnds(qemu, serial, kvm, exited, now, state)) {
            if (*end != AttemptEnd::Finished)
                return *end;
            break;
        }
        if (state.powerOffAt < 0)
            driveGuest(qemu, clock, now, state);
    }

    m_report.serialLog = m_console.join(QLatin1Char('\n')) + QLatin1Char('\n');
    recordPowerOff(qemu, clock, state);
    m_report.elapsedMs += clock.elapsed();
    finishReport(state.endReason);
    return AttemptEnd::Finished;
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

} // namespace imageprep::bootrun
