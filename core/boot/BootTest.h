#pragma once
// Boot proof: boots a throw-away qcow2 overlay of a (fixed) image in
// qemu-system-x86_64 the way Nova would (virtio disk and NIC, a ConfigDrive
// with a fresh SSH key, a larger disk), watches the serial console and fills
// the boot checklist. The image under test is only ever read: all writes go
// to the overlay, which is deleted with the ConfigDrive and the key.

#include "boot/BootChecklist.h"
#include "util/Job.h"
#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace imageprep {

enum class BootFirmware { Auto, Bios, Uefi };
enum class BootAccel { Auto, Kvm, Tcg };

struct BootTestOptions {
    QString imagePath;
    int growGiB = 1;            // added to the disk, as a larger flavor would
    int timeoutSeconds = 900;   // whole test; a hung guest is killed after it
    BootFirmware firmware = BootFirmware::Auto;
    // Auto: KVM when it works (a short watchdog), else TCG. Also set by
    // IMAGEPREP_BOOT_ACCEL=kvm|tcg|auto when left at Auto.
    BootAccel accel = BootAccel::Auto;
    int kvmWatchdogSeconds = 20; // no console output within this → KVM hangs
    int memoryMiB = 1024;
    QString sshUser = QStringLiteral("debian"); // the image's cloud-init default user
    QString serialLogCopy;      // also keep the console log here (optional)
};

struct BootTestReport {
    QList<BootCheck> checks;
    bool passed = false;
    QString verdict;          // one sentence
    bool timedOut = false;
    bool usedKvm = false;
    QString firmware;         // "bios" or "uefi"
    QStringList qemuCommand;  // for the log
    QString serialLog;        // the console as handed out (cleaned lines; evidence line numbers count these)
    qint64 elapsedMs = 0;
};

// The firmware a disk needs, from its first 34 sectors (MBR + GPT header and
// entries): UEFI for a GPT disk with an EFI system partition and no BIOS boot
// partition, BIOS otherwise.
BootFirmware firmwareForDiskHeader(const QByteArray &firstSectors);

// One test machine: what qemu-system-x86_64 is started with.
struct QemuMachine {
    QString overlay;     // the throw-away qcow2 overlay
    QString configDrive; // the ConfigDrive ISO
    QString serialPath;
    int sshPort = 0;
    int memoryMiB = 1024;
    bool kvm = false;
    bool uefi = false;
    QString ovmfCode;    // read-only firmware (UEFI)
    QString ovmfVars;    // the writable copy of the variable store template, in the workspace
};

// The qemu arguments for a test machine shaped as Nova builds it: virtio disk
// and NIC, VGA, serial console to a file. UEFI guests get q35 (the machine
// type export sets for them) and OVMF as two pflash drives.
QStringList bootQemuArguments(const QemuMachine &machine);

// A private, writable copy of the OVMF variable store template in the test's
// workspace: the guest writes its boot entries there, never to the template.
Result<QString> copyUefiVars(const QString &templatePath, const QString &workspace);

// The ConfigDrive's openstack/latest/meta_data.json and user_data for a test
// instance; the user data prints the root filesystem size on the console.
QByteArray configDriveMetaData(const QString &uuid, const QString &hostname, const QString &publicKey);
QByteArray configDriveUserData();

struct BootTestCallbacks {
    std::function<void(const QString &)> progress;   // one log sentence
    std::function<void(const QString &)> serialLine; // one console line
    std::function<void(const BootCheck &)> checkChanged;
};

// Runs the whole test, blocking (minutes): call it from a worker thread.
// Errors are for a test that could not run (qemu missing, unreadable image,
// cancelled); a guest that fails to boot is a report with passed == false.
Result<BootTestReport> runBootTest(const BootTestOptions &options, const BootTestCallbacks &callbacks,
                                   const std::atomic<bool> &cancel);

// runBootTest as a Job (util/Job.h), reporting through queued signals so
// a window can show the console live. Independent of Session: it needs no
// appliance. One test at a time per object.
class BootTest : public QObject {
    Q_OBJECT
public:
    explicit BootTest(QObject *parent = nullptr);
    ~BootTest() override; // cancels and waits for the worker

    bool isRunning() const;
    void start(const BootTestOptions &options);
    void cancel();

Q_SIGNALS:
    void progress(const QString &message);
    void serialLine(const QString &line);
    void checkChanged(const imageprep::BootCheck &check);
    void finished(const imageprep::BootTestReport &report);
    // The test could not run (qemu missing, unreadable image, ...).
    void failed(const QString &message, const QString &detail);
    void cancelled();
    void runningChanged(bool running);

private:
    Job<BootTestReport> m_job;
    bool m_running = false;
};

} // namespace imageprep

Q_DECLARE_METATYPE(imageprep::BootCheck)
Q_DECLARE_METATYPE(imageprep::BootTestReport)
