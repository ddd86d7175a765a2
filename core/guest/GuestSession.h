#pragma once
// GuestSession: the one libguestfs handle of a session. It is created on,
// and used only from, the session's worker thread (see Session): every
// method here blocks on the appliance. cancel() alone may be called from any
// thread. Launch falls back from KVM to software emulation (TCG) by itself.

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

struct guestfs_h;

namespace imageprep {

class GuestfsFiles;

struct LaunchOptions {
    QString diskPath;          // the session overlay
    QString format = QStringLiteral("qcow2");
    bool readOnly = false;     // true: libguestfs adds its own throw-away overlay
    bool network = false;      // appliance network, for package installs
    bool verbose = false;      // appliance console and library debug in the log
};

class GuestSession final : public QObject {
    Q_OBJECT
public:
    explicit GuestSession(QObject *parent = nullptr);
    ~GuestSession() override;

    // Starts the appliance on the disk; retries once under TCG when the
    // accelerated launch fails. Modifies nothing on the disk.
    Status launch(const LaunchOptions &options);
    bool isLaunched() const;
    bool usedSoftwareEmulation() const { return m_tcg; }
    qint64 launchMilliseconds() const { return m_launchMs; }

    // Finds the one Linux OS on the disk, mounts its filesystems read-only
    // and gathers facts. Nothing is written until makeWritable().
    Result<GuestFacts> inspect();

    // Remounts the filesystems read-write (writes land in the overlay), once;
    // whoever edits the guest calls it first. Modifies the disk.
    Status makeWritable();
    bool isWritable() const { return m_writable; }

    // Re-reads what edits can change (installed packages, init system,
    // services at boot, kernels) into facts. inspect() ends with it; the fix
    // runner calls it after applying, with the file caches invalidated.
    void refreshChangeableFacts(GuestFacts &facts);

    // Pending security updates from the guest's own repositories (needs the
    // appliance network; remounts read-write, as libguestfs swaps the guest's
    // resolv.conf for the command; the package indexes live in the
    // appliance's memory, not on the disk). Defined in GuestSecurityScan.cpp.
    SecurityUpdateScan scanSecurityUpdates(const GuestFacts &facts);

    // The guest's files, valid after a successful inspect().
    const GuestFiles &files() const;
    // Drops every cached read of files(): whoever wrote the guest calls it.
    void invalidateFiles();
    // Flushes the guest's writes into the disk file, so qemu-img reading the
    // overlay while the appliance runs sees them (GuestTrim.cpp).
    Status sync();

    // Thread-safe: stops between guest calls and aborts transfers.
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }
    void resetCancel() { m_cancel.store(false); }

    // Raw handle for other core units (fix runner). Never leaves core.
    guestfs_h *handle() const { return m_g.get(); }

    // Last libguestfs error as a message, for callers of handle().
    QString lastError() const;

    void shutdown();

Q_SIGNALS:
    // Emitted on the worker thread; connect with queued connections.
    void logMessage(const QString &line);
    void progress(qint64 done, qint64 total);

private:
    // The one operating system's root device, or why there is none.
    Result<QString> findRoot();
    // Partitions, partition table, LVM and the disk size (GuestLayout.cpp).
    void readDiskLayout(GuestFacts &facts);
    // Mount points libguestfs left unresolved, read from the guest's fstab.
    void resolveFstabMounts(GuestFacts &facts);
    // facts.boot and facts.firmware; needs the packages (refreshChangeableFacts).
    void decideBootFirmware(GuestFacts &facts);
    struct Closer {
        void operator()(guestfs_h *g) const;
    };
    using Handle = std::unique_ptr<guestfs_h, Closer>;

    Result<Handle> createHandle(const LaunchOptions &options, bool forceTcg);
    static void eventCallback(guestfs_h *g, void *opaque, uint64_t event, int eventHandle,
                              int flags, const char *buf, size_t bufLen,
                              const uint64_t *array, size_t arrayLen);
    void log(const QString &line);
    Error guestError(const QString &what) const;
    Status mountAll(bool writable);

    Handle m_g;
    std::unique_ptr<GuestfsFiles> m_files;
    std::atomic_bool m_cancel{false};
    bool m_tcg = false;
    bool m_verbose = false;
    qint64 m_launchMs = 0;
    QString m_root;
    QStringList m_mountOrder;            // mountpoints, shortest first
    QMap<QString, QString> m_mountpoints; // mountpoint -> device
    bool m_writable = false;
    bool m_network = false;
};

} // namespace imageprep
