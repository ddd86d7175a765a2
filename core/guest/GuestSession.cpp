#include "guest/GuestSession.h"

#include "guest/FileFacts.h"
#include "guest/FirmwareFacts.h"
#include "guest/NetworkStack.h"
#include "guest/RpmDatabase.h"
#include "guest/GuestfsFiles.h"
#include "guest/GuestfsUtil.h"
#include "util/KvmProbe.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <csignal>
#include <unistd.h>

namespace imageprep {

using gfs::takeString;
using gfs::takeStrings;

namespace {

QMap<QString, QString> pairsToMap(const QStringList &flat)
{
    QMap<QString, QString> out;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        out.insert(flat.at(i), flat.at(i + 1));
    return out;
}

// Seconds an accelerated appliance may take from qemu's start to a running
// daemon before it counts as hung. A KVM launch normally takes a few seconds;
// on hosts where KVM is broken the guest kernel hangs silently instead.
int kvmLaunchTimeoutSeconds()
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue("IMAGEPREP_KVM_LAUNCH_TIMEOUT", &ok);
    return ok && v > 0 ? v : 60;
}

// Appliance qemu processes that are children of ours (libguestfs' direct
// backend forks qemu itself; its probes like "qemu -help" have no -kernel).
QSet<pid_t> applianceQemus()
{
    QSet<pid_t> found;
    const QByteArray self = QByteArray::number(getpid());
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray st = stat.readAll();
        const qsizetype close = st.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = st.mid(close + 2).split(' ');
        if (fields.size() < 2 || fields.at(1) != self)
            continue;
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmd.open(QIODevice::ReadOnly)) {
            const QByteArray line = cmd.readAll();
            if (line.contains("qemu") && line.contains(QByteArray("-kernel\0", 8)))
                found.insert(pid);
        }
    }
    return found;
}

// Watches one guestfs_launch() from a second thread: kills the appliance's
// qemu when the launch is cancelled or, with a timeout, when it hangs.
class LaunchWatchdog {
public:
    // Construct right before guestfs_launch(): appliances already running
    // (other sessions of this process) are left alone.
    LaunchWatchdog(int timeoutSeconds, const std::atomic_bool &cancel)
        : m_before(applianceQemus()), m_timeout(timeoutSeconds), m_cancel(cancel),
          m_thread([this] { run(); })
    {
    }
    ~LaunchWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    bool firedOnTimeout() const { return m_timedOut.load(); }

private:
    void run()
    {
        using namespace std::chrono;
        pid_t qemu = 0;
        steady_clock::time_point qemuSeen;
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            m_cv.wait_for(lock, milliseconds(250));
            if (m_done)
                break;
            if (!qemu) {
                for (pid_t pid : applianceQemus()) {
                    if (!m_before.contains(pid))
                        qemu = pid;
                }
                qemuSeen = steady_clock::now();
                continue;
            }
            const bool hung = m_timeout > 0 && steady_clock::now() - qemuSeen > seconds(m_timeout);
            if (m_cancel.load() || hung) {
                m_timedOut.store(hung && !m_cancel.load());
                ::kill(qemu, SIGKILL);
                break;
            }
        }
    }

    const QSet<pid_t> m_before;
    int m_timeout;
    const std::atomic_bool &m_cancel;
    std::atomic_bool m_timedOut{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
    std::thread m_thread; // last: starts after the members it reads
};

} // namespace

void GuestSession::Closer::operator()(guestfs_h *g) const
{
    if (g) {
        guestfs_shutdown(g); // flushes the overlay; errors are in the log already
        guestfs_close(g);
    }
}

GuestSession::GuestSession(QObject *parent) : QObject(parent) {}

GuestSession::~GuestSession()
{
    m_files.reset();
    m_g.reset();
}

bool GuestSession::isLaunched() const
{
    return m_g != nullptr;
}

const GuestFiles &GuestSession::files() const
{
    Q_ASSERT(m_files);
    return *m_files;
}

void GuestSession::invalidateFiles()
{
    if (m_files)
        m_files->invalidate();
}

void GuestSession::cancel()
{
    m_cancel.store(true);
    if (guestfs_h *g = m_g.get())
        guestfs_user_cancel(g); // documented as safe from another thread
}

QString GuestSession::lastError() const
{
    return gfs::lastError(m_g.get());
}

Status GuestSession::mountAll(bool writable)
{
    guestfs_h *g = m_g.get();
    for (const QString &mp : std::as_const(m_mountOrder)) {
        const QByteArray dev = m_mountpoints.value(mp).toUtf8();
        const QByteArray point = mp.toUtf8();
        const int rc = writable ? guestfs_mount(g, dev.constData(), point.constData())
                                : guestfs_mount_ro(g, dev.constData(), point.constData());
        if (rc == -1) {
            if (mp == QLatin1String("/"))
                return guestError(tr("The guest's root filesystem could not be mounted."));
            log(tr("Could not mount %1 on %2: %3").arg(QString::fromUtf8(dev), mp, lastError()));
        }
        if (m_cancel.load())
            return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    }
    return success();
}

Status GuestSession::makeWritable()
{
    if (m_writable)
        return success();
    if (!m_g)
        return makeError(ErrorCode::Internal, tr("No guest is open."));
    if (guestfs_umount_all(m_g.get()) == -1)
        return guestError(tr("The guest's filesystems could not be unmounted to remount them writable."));
    if (const Status mounted = mountAll(true); !mounted)
        return mounted;
    m_writable = true;
    log(tr("Mounted the guest's filesystems read-write for the fixes."));
    return success();
}

void GuestSession::shutdown()
{
    m_files.reset();
    m_g.reset();
}

void GuestSession::log(const QString &line)
{
    Q_EMIT logMessage(line);
}

Error GuestSession::guestError(const QString &what) const
{
    return makeError(ErrorCode::GuestError, what, lastError());
}

void GuestSession::eventCallback(guestfs_h *, void *opaque, uint64_t event, int, int,
                                 const char *buf, size_t bufLen, const uint64_t *array,
                                 size_t arrayLen)
{
    auto *self = static_cast<GuestSession *>(opaque);
    if (event == GUESTFS_EVENT_PROGRESS && arrayLen >= 4) {
        Q_EMIT self->progress(static_cast<qint64>(array[2]), static_cast<qint64>(array[3]));
        return;
    }
    if (!buf || bufLen == 0)
        return;
    QString text = QString::fromUtf8(buf, static_cast<qsizetype>(bufLen)).trimmed();
    if (text.isEmpty())
        return;
    const char *prefix = event == GUESTFS_EVENT_WARNING ? "libguestfs warning: "
                         : event == GUESTFS_EVENT_APPLIANCE ? "appliance: "
                         : event == GUESTFS_EVENT_TRACE ? "trace: " : "libguestfs: ";
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        self->log(QLatin1String(prefix) + line.trimmed());
}

Result<GuestSession::Handle> GuestSession::createHandle(const LaunchOptions &options, bool forceTcg)
{
    // guestfs_create reads LIBGUESTFS_* from the environment (backend, settings).
    Handle g(guestfs_create());
    if (!g)
        return makeError(ErrorCode::GuestError, tr("Could not create a libguestfs handle."));
    guestfs_set_error_handler(g.get(), nullptr, nullptr);
    uint64_t events = GUESTFS_EVENT_PROGRESS | GUESTFS_EVENT_WARNING;
    if (options.verbose) {
        events |= GUESTFS_EVENT_APPLIANCE | GUESTFS_EVENT_LIBRARY;
        guestfs_set_verbose(g.get(), 1);
    }
    guestfs_set_event_callback(g.get(), &GuestSession::eventCallback, events, 0, this);
    if (forceTcg)
        guestfs_set_backend_setting(g.get(), "force_tcg", "1");
    if (options.network)
        guestfs_set_network(g.get(), 1);
    guestfs_set_program(g.get(), "imageprep");
    const QByteArray disk = options.diskPath.toUtf8();
    const QByteArray format = options.format.toUtf8();
    if (guestfs_add_drive_opts(g.get(), disk.constData(),
                               GUESTFS_ADD_DRIVE_OPTS_FORMAT, format.constData(),
                               GUESTFS_ADD_DRIVE_OPTS_READONLY, options.readOnly ? 1 : 0,
                               // Lets fstrim turn freed blocks into zero clusters of the overlay (compact output).
                               GUESTFS_ADD_DRIVE_OPTS_DISCARD, options.readOnly ? "disable" : "besteffort",
                               -1) == -1) {
        return makeError(ErrorCode::GuestError, tr("Could not add the disk to the appliance."),
                         gfs::lastError(g.get()));
    }
    return g;
}

Status GuestSession::launch(const LaunchOptions &options)
{
    m_network = options.network;
    m_files.reset();
    m_g.reset();
    m_verbose = options.verbose;
    m_tcg = false;

    const bool knownBroken = kvmKnownBroken();
    auto handle = createHandle(options, knownBroken);
    if (!handle)
        return handle.error();
    // Is software emulation already forced (environment or our marker)?
    {
        char *v = guestfs_get_backend_setting(handle.value().get(), "force_tcg");
        m_tcg = v != nullptr;
        std::free(v);
    }
    if (knownBroken)
        log(tr("KVM failed on this host before (see %1); using software emulation.").arg(kvmMarkerPath()));

    QElapsedTimer timer;
    timer.start();
    log(m_tcg ? tr("Starting the libguestfs appliance (software emulation)…")
              : tr("Starting the libguestfs appliance…"));
    bool launched = false;
    bool hung = false;
    {
        LaunchWatchdog watchdog(m_tcg ? 0 : kvmLaunchTimeoutSeconds(), m_cancel);
        launched = guestfs_launch(handle.value().get()) != -1;
        hung = watchdog.firedOnTimeout();
    }
    if (!launched) {
        const QString firstError = hung ? tr("the appliance did not come up within %1 s").arg(kvmLaunchTimeoutSeconds())
                                        : gfs::lastError(handle.value().get());
        handle.value().reset();
        if (m_cancel.load())
            return makeError(ErrorCode::Cancelled, tr("Cancelled."));
        if (m_tcg)
            return makeError(ErrorCode::GuestError, tr("The libguestfs appliance did not start."), firstError);
        log(tr("The accelerated (KVM) launch failed: %1").arg(firstError));
        log(tr("Retrying in software emulation (TCG); this is slower but needs no KVM."));
        rememberKvmBroken();
        m_tcg = true;
        handle = createHandle(options, true);
        if (!handle)
            return handle.error();
        {
            LaunchWatchdog watchdog(0, m_cancel);
            launched = guestfs_launch(handle.value().get()) != -1;
        }
        if (!launched) {
            if (m_cancel.load())
                return makeError(ErrorCode::Cancelled, tr("Cancelled."));
            return makeError(ErrorCode::GuestError,
                             tr("The libguestfs appliance did not start, with or without KVM."),
                             gfs::lastError(handle.value().get()));
        }
    }
    m_launchMs = timer.elapsed();
    m_g = std::move(handle.value());
    log(tr("Appliance started in %1 s%2.")
            .arg(double(m_launchMs) / 1000.0, 0, 'f', 1)
            .arg(m_tcg ? tr(" (software emulation)") : QString()));
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    return success();
}

// The one operating system's root device, or why there is none to prepare.
Result<QString> GuestSession::findRoot()
{
    guestfs_h *g = m_g.get();
    const QStringList roots = takeStrings(guestfs_inspect_os(g));
    if (roots.isEmpty()) {
        // Only now list filesystems (it probes every device, seconds under TCG).
        const QStringList filesystems = takeStrings(guestfs_list_filesystems(g));
        QStringList fsTypes;
        for (qsizetype i = 1; i < filesystems.size(); i += 2)
            fsTypes << filesystems.at(i);
        if (fsTypes.contains(QLatin1String("crypto_LUKS")))
            return makeError(ErrorCode::Encrypted,
                             tr("The disk is encrypted (LUKS). Decrypt it, or prepare the image before encrypting it."));
        QStringList found;
        for (qsizetype i = 0; i + 1 < filesystems.size(); i += 2)
            found << QStringLiteral("%1 (%2)").arg(filesystems.at(i), filesystems.at(i + 1));
        return makeError(ErrorCode::NoOperatingSystem,
                         tr("No operating system was found on the disk."),
                         found.isEmpty() ? tr("The disk holds no filesystem.")
                                         : tr("Filesystems found: %1").arg(found.join(QStringLiteral(", "))));
    }
    if (roots.size() > 1) {
        QStringList names;
        for (const QString &r : roots)
            //: An operating system found on the disk: %1 its product name, %2 its root device.
            names << tr("%1 on %2").arg(takeString(guestfs_inspect_get_product_name(g, r.toUtf8().constData())), r);
        return makeError(ErrorCode::MultipleOperatingSystems,
                         tr("The disk holds several operating systems; imageprep prepares one: %1")
                             .arg(names.join(QStringLiteral("; "))));
    }
    return roots.first();
}

Result<GuestFacts> GuestSession::inspect()
{
    guestfs_h *g = m_g.get();
    if (!g)
        return makeError(ErrorCode::Internal, tr("The appliance is not running."));

    const auto found = findRoot();
    if (!found)
        return found.error();
    const QString root = found.value();
    const QByteArray r = root.toUtf8();
    GuestFacts f;
    f.osType = takeString(guestfs_inspect_get_type(g, r.constData()));
    f.distro = takeString(guestfs_inspect_get_distro(g, r.constData()));
    f.productName = takeString(guestfs_inspect_get_product_name(g, r.constData()));
    f.majorVersion = guestfs_inspect_get_major_version(g, r.constData());
    f.minorVersion = guestfs_inspect_get_minor_version(g, r.constData());
    f.arch = takeString(guestfs_inspect_get_arch(g, r.constData()));
    f.packageFormat = takeString(guestfs_inspect_get_package_format(g, r.constData()));
    f.packageManager = takeString(guestfs_inspect_get_package_management(g, r.constData()));
    f.osinfo = takeString(guestfs_inspect_get_osinfo(g, r.constData()));
    f.hostname = takeString(guestfs_inspect_get_hostname(g, r.constData()));
    f.rootDevice = root;
    f.rootFsType = takeString(guestfs_vfs_type(g, r.constData()));

    if (f.osType != QLatin1String("linux")) {
        return makeError(ErrorCode::UnsupportedOs,
                         tr("This is %1 (%2), not Linux: imageprep prepares Linux guests only.")
                             .arg(f.productName.isEmpty() ? f.osType : f.productName, f.osType));
    }

    // Mount the guest's filesystems as its fstab says, shortest mountpoint
    // first, read-only: a session that only looks leaves the disk as it was
    // (a read-write mount stamps superblocks and journals).
    f.mountpoints = pairsToMap(takeStrings(guestfs_inspect_get_mountpoints(g, r.constData())));
    m_mountOrder = f.mountpoints.keys();
    std::sort(m_mountOrder.begin(), m_mountOrder.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    m_mountpoints = f.mountpoints;
    m_writable = false;
    if (const Status mounted = mountAll(false); !mounted)
        return mounted.error();
    m_root = root;
    m_files = std::make_unique<GuestfsFiles>(g);

    readDiskLayout(f);
    resolveFstabMounts(f);
    refreshChangeableFacts(f);
    decideBootFirmware(f);
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));

    // libguestfs names Debian by /etc/debian_version ("12.2"); os-release says more.
    if (f.productName.isEmpty() || f.productName.front().isDigit()) {
        const QString pretty = prettyNameFromOsRelease(m_files->readText(QStringLiteral("/etc/os-release"), 64 * 1024));
        if (!pretty.isEmpty())
            f.productName = pretty;
    }
    return f;
}

void GuestSession::refreshChangeableFacts(GuestFacts &f)
{
    guestfs_h *g = m_g.get();
    if (!g || !m_files)
        return;
    const QByteArray root = f.rootDevice.toUtf8();
    if (struct guestfs_application2_list *apps = guestfs_inspect_list_applications2(g, root.constData())) {
        f.packages.clear();
        f.packages.reserve(static_cast<qsizetype>(apps->len));
        for (uint32_t i = 0; i < apps->len; ++i) {
            const struct guestfs_application2 &a = apps->val[i];
            QString version = QString::fromUtf8(a.app2_version);
            if (a.app2_release && *a.app2_release)
                version += QLatin1Char('-') + QString::fromUtf8(a.app2_release);
            if (a.app2_epoch > 0)
                version = QString::number(a.app2_epoch) + QLatin1Char(':') + version;
            f.packages.append(PackageInfo{QString::fromUtf8(a.app2_name), version});
        }
        guestfs_free_application2_list(apps);
    } else if (const QString why = lastError(); f.packageFormat == QLatin1String("rpm")) {
        // Debian's libguestfs cannot read RPM databases (guest/RpmDatabase.h): the host's rpm reads a copy.
        const auto rpm = readGuestRpmDatabase(*m_files, [g](const QString &from, const QString &to) {
            return guestfs_download(g, gfs::path(from).constData(), QFile::encodeName(to).constData()) == 0;
        });
        if (rpm)
            f.packages = rpm.value();
        else
            log(tr("Could not list the installed packages: %1; %2")
                    .arg(why, rpm.error().detail.isEmpty() ? rpm.error().message
                                                           : rpm.error().message + QStringLiteral(" (") + rpm.error().detail.simplified() + QLatin1Char(')')));
    } else {
        log(tr("Could not list the installed packages: %1").arg(why));
    }
    f.init = detectInitSystem(*m_files);
    f.enabledServices = detectEnabledServices(*m_files, f.init);
    f.kernels = detectKernels(*m_files);
    f.networkStacks = detectNetworkStacks(*m_files, f);
}

} // namespace imageprep
