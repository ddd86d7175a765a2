#pragma once
// The boot test's run, internal to core/boot: BootRun.cpp prepares (tools,
// firmware, ConfigDrive, overlay) and retries under TCG when KVM hangs;
// BootAttempt.cpp boots once in QEMU and drives the guest from the serial
// console (SSH login, ACPI power button) to a checklist.

#include "boot/BootTest.h"
#include "image/ImageInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace imageprep::bootrun {

struct BootTestText {
    Q_DECLARE_TR_FUNCTIONS(imageprep::BootTest)
};

constexpr qint64 GiB = qint64(1024) * 1024 * 1024;
constexpr int PollMs = 250;
constexpr int SshRetrySeconds = 5;
constexpr int SshGiveUpSeconds = 180;   // after the guest settled
constexpr int SettleWithoutCloudInitSeconds = 240;
constexpr int PowerOffSeconds = 120;

struct Ovmf {
    QString code;
    QString vars;
};

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

// Where one boot attempt stands, in ms since QEMU started (-1: not yet).
struct AttemptState {
    qint64 deadline = 0;
    qint64 upAt = -1, settledAt = -1, lastSshAt = -1, powerOffAt = -1;
    QString endReason;
    QByteArray qmpBuffer;
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
    // Tools, image, firmware, ConfigDrive and port; nullopt when ready (BootRun.cpp).
    std::optional<Error> prepare();
    // Boots until a verdict; retries under TCG when KVM hangs (BootRun.cpp).
    Result<BootTestReport> bootWithFallback(QElapsedTimer &total);
    // One boot in QEMU (BootAttempt.cpp).
    AttemptEnd attempt(bool kvm);
    QString startAttempt(); // resets the checklist; the serial log's path
    void readQemu(QProcess &qemu, AttemptState &state);
    std::optional<AttemptEnd> attemptEnds(QProcess &qemu, const SerialReader &serial, bool kvm, bool exited, qint64 now,
                                          AttemptState &state);
    void driveGuest(QProcess &qemu, const QElapsedTimer &clock, qint64 now, AttemptState &state);
    void recordPowerOff(const QProcess &qemu, const QElapsedTimer &clock, const AttemptState &state);
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


} // namespace imageprep::bootrun
