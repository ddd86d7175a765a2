// openImage and Workspace: every input kind ends as a probed disk under a
// qcow2 overlay, and the user's file stays byte-for-byte the same.
#include "image/ImageSource.h"
#include "image/Workspace.h"

#include "ImageTestTools.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDiskSize = 64ll << 20;

QJsonObject qemuInfo(const QString &path)
{
    const ToolRun r = runTool(u"qemu-img"_s, {u"info"_s, u"--output=json"_s, u"-U"_s, path});
    return QJsonDocument::fromJson(r.out).object();
}

// Same guest-visible content, whatever the two formats are.
bool sameContent(const QString &a, const QString &b)
{
    return runTool(u"qemu-img"_s, {u"compare"_s, u"-U"_s, a, b}).ok;
}

QByteArray vmwareOvf(const QString &disk, qint64 diskFileSize)
{
    return QByteArray(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
        "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" "
        "xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\" "
        "xmlns:vmw=\"http://www.vmware.com/schema/ovf\">\n"
        "  <References><File ovf:href=\"") + disk.toUtf8() + "\" ovf:id=\"file1\" ovf:size=\""
        + QByteArray::number(diskFileSize) + "\"/></References>\n"
        "  <DiskSection><Info>disks</Info>\n"
        "    <Disk ovf:capacity=\"64\" ovf:capacityAllocationUnits=\"byte * 2^20\" ovf:diskId=\"vmdisk1\" "
        "ovf:fileRef=\"file1\" ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n"
        "  </DiskSection>\n"
        "  <VirtualSystem ovf:id=\"web\"><Info>vm</Info>\n"
        "    <OperatingSystemSection ovf:id=\"101\" vmw:osType=\"ubuntu64Guest\"><Info>os</Info></OperatingSystemSection>\n"
        "    <VirtualHardwareSection><Item><rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>"
        "<rasd:ResourceType>17</rasd:ResourceType></Item></VirtualHardwareSection>\n"
        "  </VirtualSystem>\n"
        "</Envelope>\n";
}

QByteArray vboxOvf2(const QString &disk)
{
    return QByteArray(
        "<?xml version=\"1.0\"?>\n"
        "<Envelope ovf:version=\"2.0\" xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" "
        "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\" "
        "xmlns:sasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData\" "
        "xmlns:vbox=\"http://www.virtualbox.org/ovf/machine\">\n"
        "  <References><File ovf:id=\"file1\" ovf:href=\"") + disk.toUtf8() + "\" ovf:compression=\"gzip\"/></References>\n"
        "  <DiskSection><Info>disks</Info>\n"
        "    <Disk ovf:capacity=\"67108864\" ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" "
        "ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n"
        "  </DiskSection>\n"
        "  <VirtualSystem ovf:id=\"debian\"><Info>vm</Info>\n"
        "    <OperatingSystemSection ovf:id=\"96\"><Info>os</Info><Description>Debian_64</Description>"
        "<vbox:OSType ovf:required=\"false\">Debian_64</vbox:OSType></OperatingSystemSection>\n"
        "    <VirtualHardwareSection><StorageItem><sasd:HostResource>/disk/vmdisk1</sasd:HostResource>"
        "<sasd:ResourceType>17</sasd:ResourceType></StorageItem></VirtualHardwareSection>\n"
        "  </VirtualSystem>\n"
        "</Envelope>\n";
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool workspaceHasOnlyNothing(const Workspace &ws)
{
    return QDir(ws.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty();
}

} // namespace

class TestImageSource final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void workspaceLifecycle();
    void workspaceHonoursEnvironment();
    void workspaceReportsNoSpace();
    void abandonedWorkspacesAreSwept();
    void overlayLeavesOriginalUntouched_data();
    void overlayLeavesOriginalUntouched();
    void opensCompressedImages_data();
    void opensCompressedImages();
    void opensVmwareOva();
    void opensVirtualBoxOvf2WithGzipDisk();
    void refusesBadOvas_data();
    void refusesBadOvas();
    void opensPlainTar();
    void refusesDescriptorSmuggledInArchive();
    void explainsErrorsInsideContainers();
    void mapsOpenErrors_data();
    void mapsOpenErrors();
    void cancelLeavesOnlyTheWorkspace();

private:
    QString fixture(const QString &name) const { return m_dir.filePath(name); }
    // Builds a VMware-shaped OVA; `tamper` breaks one thing on purpose.
    QString makeVmwareOva(const QString &name, const QString &tamper);
    QTemporaryDir m_dir;
    QString m_raw;
};

void TestImageSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"qemu-img", "qemu-io", "sfdisk", "bsdtar", "gzip", "xz", "zstd", "bzip2"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: run scripts/setup.sh"_s.arg(QLatin1String(tool))));
    }
    m_raw = fixture(u"disk.raw"_s);
    QVERIFY(makePartitionedRaw(m_raw, kDiskSize, u"dos"_s));
    QVERIFY(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, m_raw, fixture(u"disk.qcow2"_s)}));
    QVERIFY(qemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s, u"subformat=streamOptimized"_s,
                     m_raw, fixture(u"disk-stream.vmdk"_s)}));
}

void TestImageSource::workspaceLifecycle()
{
    QString path;
    {
        Workspace ws(m_dir.path());
        QVERIFY(ws.isValid());
        path = ws.path();
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
        QVERIFY(QRegularExpression(u"^imageprep-[A-Za-z0-9]{6}$"_s).match(QFileInfo(path).fileName()).hasMatch());
        QCOMPARE(ws.filePath(u"x"_s), path + u"/x"_s);
        QVERIFY(writeFile(ws.filePath(u"x"_s), "scratch"));
        QVERIFY(ws.bytesAvailable() > 0);
    }
    QVERIFY(!QFileInfo::exists(path));

    {
        Workspace ws(m_dir.path());
        ws.setKeep(true);
        QVERIFY(ws.keep());
        path = ws.path();
    }
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).removeRecursively());

    Workspace bad(fixture(u"no/such/parent"_s));
    QVERIFY(!bad.isValid());
    QVERIFY(!bad.error().message.isEmpty());
    QCOMPARE(openImage(m_raw, bad).error().code, bad.error().code);
}

void TestImageSource::abandonedWorkspacesAreSwept()
{
    QTemporaryDir parent(m_dir.filePath(u"sweep-XXXXXX"_s));
    QVERIFY(parent.isValid());
    const QDir p(parent.path());
    const auto folder = [&](const QString &name, const QByteArray &owner) {
        const QString path = p.filePath(name);
        if (!QDir().mkpath(path) || !writeFile(path + u"/overlay.qcow2"_s, QByteArray(4096, 'x')))
            return QString();
        if (!owner.isNull() && !writeFile(path + u"/.imageprep-owner"_s, owner))
            return QString();
        return path;
    };
    const QByteArray bootId = [] {
        QFile f(u"/proc/sys/kernel/random/boot_id"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }();
    QVERIFY(!bootId.isEmpty());
    const auto ownerOf = [&](qint64 pid, const QByteArray &start, const QByteArray &boot) {
        return QJsonDocument(QJsonObject{{u"pid"_s, pid}, {u"start"_s, QString::fromLatin1(start)},
                                         {u"boot_id"_s, QString::fromLatin1(boot)}}).toJson();
    };
    const auto startOf = [](qint64 pid) {
        QFile f(u"/proc/%1/stat"_s.arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        const QByteArray stat = f.readAll();
        return stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(19);
    };

    // A real process that is running, then gone: its folder stays, then goes.
    QProcess sleeper;
    sleeper.start(u"sleep"_s, {u"60"_s});
    QVERIFY(sleeper.waitForStarted());
    const qint64 sleeperPid = sleeper.processId();
    const QString running = folder(u"imageprep-Run001"_s, ownerOf(sleeperPid, startOf(sleeperPid), bootId));
    // This process's own, live session, made the normal way.
    Workspace live(parent.path());
    QVERIFY(live.isValid());
    QVERIFY(QFileInfo::exists(live.filePath(u".imageprep-owner"_s)));
    // The pid is running but is another process now (start time differs).
    const QString reused = folder(u"imageprep-Reuse1"_s, ownerOf(QCoreApplication::applicationPid(), "1", bootId));
    // Written in an earlier boot.
    const QString oldBoot = folder(u"imageprep-Boot01"_s, ownerOf(QCoreApplication::applicationPid(),
                                                                  startOf(QCoreApplication::applicationPid()), "not-this-boot"));
    // Kept on purpose by a session that has ended.
    QString kept;
    {
        Workspace k(parent.path());
        k.setKeep(true);
        kept = k.path();
    }
    QVERIFY(QFileInfo::exists(kept + u"/.imageprep-keep"_s));
    // No owner record: recent (maybe being created right now) stays, a day old goes.
    const QString fresh = folder(u"imageprep-Fresh1"_s, QByteArray());
    const QString stale = folder(u"imageprep-Stale1"_s, QByteArray());
    for (const QString &path : {running, reused, oldBoot, fresh, stale})
        QVERIFY(!path.isEmpty());
    QVERIFY(runTool(u"touch"_s, {u"-d"_s, u"2 days ago"_s, stale}).ok);
    // Names that are not a session's, and a symlink to a folder that must survive.
    const QString other = folder(u"imageprep-notmine"_s, ownerOf(999999999, "1", "x"));
    const QString target = folder(u"precious"_s, QByteArray());
    QVERIFY(QFile::link(target, p.filePath(u"imageprep-Link01"_s)));
    // A dead session's folder holding a link out: the link goes, its target stays.
    const QString linking = folder(u"imageprep-Links1"_s, ownerOf(QCoreApplication::applicationPid(), "1", bootId));
    QVERIFY(QFile::link(target, linking + u"/escape"_s));

    Workspace::Sweep sweep = Workspace::removeAbandoned(parent.path());
    QStringList removed = sweep.removed;
    removed.sort();
    QStringList expected{QDir(oldBoot).absolutePath(), QDir(linking).absolutePath(), QDir(reused).absolutePath(),
                         QDir(stale).absolutePath()};
    expected.sort();
    QCOMPARE(removed, expected);
    QVERIFY(sweep.bytes >= 4 * 4096);
    QVERIFY(sweep.failed.isEmpty());
    for (const QString &path : {running, live.path(), kept, fresh, other, target})
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
    QVERIFY(QFileInfo::exists(target + u"/overlay.qcow2"_s));
    QVERIFY(QFileInfo(p.filePath(u"imageprep-Link01"_s)).isSymLink());

    // The sleeper ends: the next sweep removes its folder and nothing else.
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    sweep = Workspace::removeAbandoned(parent.path());
    QCOMPARE(sweep.removed, QStringList{QDir(running).absolutePath()});
    QVERIFY(QFileInfo(live.path()).isDir());
    QVERIFY(QDir(kept).removeRecursively());
}

void TestImageSource::workspaceHonoursEnvironment()
{
    const QString parent = fixture(u"workdir"_s);
    QVERIFY(QDir().mkpath(parent));
    qputenv("IMAGEPREP_WORKDIR", QFile::encodeName(parent));
    Workspace ws;
    qunsetenv("IMAGEPREP_WORKDIR");
    QVERIFY(ws.isValid());
    QCOMPARE(QFileInfo(ws.path()).absolutePath(), parent);
}

void TestImageSource::workspaceReportsNoSpace()
{
    Workspace ws(m_dir.path());
    QVERIFY(ws.ensureFreeSpace(1024).ok());
    const Status s = ws.ensureFreeSpace(1ll << 60);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::NoSpace);
    QVERIFY2(s.error().message.contains("EiB"_L1), qPrintable(s.error().message)); // the amount needed
    QVERIFY(s.error().message.contains(ws.path()));
}

void TestImageSource::overlayLeavesOriginalUntouched_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("qcow2") << u"disk.qcow2"_s << u"qcow2"_s;
    QTest::newRow("raw") << u"disk.raw"_s << u"raw"_s;
    QTest::newRow("vmdk streamOptimized") << u"disk-stream.vmdk"_s << u"vmdk"_s;
}

void TestImageSource::overlayLeavesOriginalUntouched()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QString original = fixture(file);
    const QByteArray before = sha256Of(original);
    const QDateTime mtime = QFileInfo(original).lastModified();

    Workspace ws(m_dir.path());
    const auto o = openImage(original, ws);
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(o->container, QString());
    QCOMPARE(o->originalPath, QFileInfo(original).absoluteFilePath());
    QCOMPARE(o->diskPath, o->originalPath);
    QCOMPARE(o->info.format, format);
    QCOMPARE(o->overlayPath, ws.filePath(u"overlay.qcow2"_s));

    const QJsonObject info = qemuInfo(o->overlayPath);
    QCOMPARE(info.value("format"_L1).toString(), u"qcow2"_s);
    QCOMPARE(info.value("backing-filename"_L1).toString(), o->originalPath);
    QCOMPARE(info.value("backing-filename-format"_L1).toString(), format);
    QCOMPARE(info.value("virtual-size"_L1).toInteger(), kDiskSize);

    // Write through the overlay as the guest session would.
    const ToolRun w = runTool(u"qemu-io"_s, {u"-c"_s, u"write -P 0xab 0 1M"_s, o->overlayPath});
    QVERIFY2(w.ok && !w.out.contains("error"), w.out + w.err);
    const ToolRun r = runTool(u"qemu-io"_s, {u"-c"_s, u"read -P 0xab 0 1M"_s, o->overlayPath});
    QVERIFY2(r.ok && !r.out.contains("Pattern verification failed"), r.out + r.err);

    QCOMPARE(sha256Of(original), before);
    QCOMPARE(QFileInfo(original).lastModified(), mtime);
}

void TestImageSource::opensCompressedImages_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("container");
    QTest::newRow("gzip") << u"gzip"_s << u".gz"_s << u"gzip"_s;
    QTest::newRow("xz") << u"xz"_s << u".xz"_s << u"xz"_s;
    QTest::newRow("zstd") << u"zstd"_s << u".zst"_s << u"zstd"_s;
    QTest::newRow("bzip2") << u"bzip2"_s << u".bz2"_s << u"bzip2"_s;
}

void TestImageSource::opensCompressedImages()
{
    QFETCH(QString, tool);
    QFETCH(QString, suffix);
    QFETCH(QString, container);
    const QString packed = fixture(u"disk.raw"_s + suffix);
    if (!QFileInfo::exists(packed))
        QVERIFY(runTool(tool, {u"-c"_s, m_raw}, {}, packed).ok);
    const QByteArray before = sha256Of(packed);

    Workspace ws(m_dir.path());
    std::atomic_bool cancel{false};
    int progressCalls = 0;
    const auto o = openImage(packed, ws, [&](qint64, qint64, const QString &) { ++progressCalls; }, &cancel);
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(o->container, container);
    QVERIFY(o->diskPath.startsWith(ws.path()));
    QCOMPARE(o->info.format, u"raw"_s);
    QCOMPARE(o->info.partitionTable, u"dos"_s);
    QCOMPARE(sha256Of(o->diskPath), sha256Of(m_raw));
    QVERIFY(allocatedBytes(o->diskPath) < kDiskSize / 16);
    QCOMPARE(qemuInfo(o->overlayPath).value("backing-filename"_L1).toString(), o->diskPath);
    QVERIFY(progressCalls > 0);
    QCOMPARE(sha256Of(packed), before);
}

QString TestImageSource::makeVmwareOva(const QString &name, const QString &tamper)
{
    const QString dir = fixture(name);
    if (!QDir().mkpath(dir))
        return {};
    const QString disk = u"web-disk1.vmdk"_s;
    if (!QFile::copy(fixture(u"disk-stream.vmdk"_s), dir + u"/"_s + disk))
        return {};
    const qint64 size = QFileInfo(dir + u"/"_s + disk).size();
    QByteArray ovf = vmwareOvf(tamper == "missing disk"_L1 ? u"other.vmdk"_s : disk,
                               tamper == "declared size too small"_L1 ? size / 2 : size);
    if (!writeFile(dir + u"/web.ovf"_s, ovf))
        return {};
    QByteArray diskSha = sha256Of(dir + u"/"_s + disk);
    if (tamper == "disk digest mismatch"_L1)
        diskSha = QByteArray(64, '0');
    QByteArray ovfSha = QCryptographicHash::hash(ovf, QCryptographicHash::Sha256).toHex();
    if (tamper == "ovf digest mismatch"_L1)
        ovfSha = QByteArray(64, '1');
    const QByteArray mf = "SHA256(web.ovf)= " + ovfSha + "\nSHA256(" + disk.toUtf8() + ")= " + diskSha + "\n";
    if (!writeFile(dir + u"/web.mf"_s, mf))
        return {};
    const QString ova = fixture(name + u".ova"_s);
    // OVF first, as the OVF specification requires.
    if (!runTool(u"bsdtar"_s, {u"--format=ustar"_s, u"-cf"_s, ova, u"-C"_s, dir, u"web.ovf"_s, u"web.mf"_s, disk}).ok)
        return {};
    return ova;
}

void TestImageSource::opensVmwareOva()
{
    const QString ova = makeVmwareOva(u"vmware"_s, {});
    QVERIFY(!ova.isEmpty());
    const QByteArray before = sha256Of(ova);
    Workspace ws(m_dir.path());
    const auto o = openImage(ova, ws);
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(o->container, u"ova"_s);
    QCOMPARE(o->info.format, u"vmdk"_s);
    QCOMPARE(o->info.subformat, u"streamOptimized"_s);
    QVERIFY(o->ovf.has_value());
    QCOMPARE(o->ovf->href, u"web-disk1.vmdk"_s);
    QCOMPARE(o->ovf->capacity, kDiskSize);
    QVERIFY(o->descriptor.has_value());
    QCOMPARE(o->descriptor->producer, u"VMware"_s);
    QCOMPARE(o->descriptor->osType, u"ubuntu64Guest"_s);
    QVERIFY2(o->notes.isEmpty(), qPrintable(o->notes.join(u'\n')));
    QVERIFY(sameContent(o->overlayPath, m_raw));
    QCOMPARE(sha256Of(ova), before);
}

void TestImageSource::opensVirtualBoxOvf2WithGzipDisk()
{
    const QString dir = fixture(u"vbox"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString disk = u"debian-disk001.vmdk"_s;
    // The member keeps the .vmdk name but holds gzip data, as VirtualBox does.
    QVERIFY(runTool(u"gzip"_s, {u"-c"_s, fixture(u"disk-stream.vmdk"_s)}, {}, dir + u"/"_s + disk).ok);
    const QByteArray ovf = vboxOvf2(disk);
    QVERIFY(writeFile(dir + u"/debian.ovf"_s, ovf));
    const QByteArray mf = "SHA1 (debian.ovf) = " + QCryptographicHash::hash(ovf, QCryptographicHash::Sha1).toHex()
                          + "\nSHA1 (" + disk.toUtf8() + ") = " + sha1Of(dir + u"/"_s + disk) + "\n";
    QVERIFY(writeFile(dir + u"/debian.mf"_s, mf));
    const QString ova = fixture(u"debian.ova"_s);
    QVERIFY(runTool(u"bsdtar"_s, {u"--format=pax"_s, u"-cf"_s, ova, u"-C"_s, dir, u"debian.ovf"_s, disk, u"debian.mf"_s}).ok);

    Workspace ws(m_dir.path());
    const auto o = openImage(ova, ws);
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(o->container, u"ova"_s);
    QCOMPARE(o->info.format, u"vmdk"_s);
    QCOMPARE(o->ovf->compression, u"gzip"_s);
    QCOMPARE(o->descriptor->ovfMajorVersion, 2);
    QCOMPARE(o->descriptor->producer, u"VirtualBox"_s);
    QCOMPARE(o->descriptor->osType, u"Debian_64"_s);
    QVERIFY(sameContent(o->overlayPath, m_raw));
}

void TestImageSource::refusesBadOvas_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("code");
    QTest::newRow("disk digest mismatch") << u"disk digest mismatch"_s << int(ErrorCode::Corrupt);
    QTest::newRow("ovf digest mismatch") << u"ovf digest mismatch"_s << int(ErrorCode::Corrupt);
    QTest::newRow("missing disk") << u"missing disk"_s << int(ErrorCode::ArchiveError);
    QTest::newRow("declared size too small") << u"declared size too small"_s << int(ErrorCode::UnsafeArchive);
}

void TestImageSource::refusesBadOvas()
{
    QFETCH(QString, tamper);
    QFETCH(int, code);
    const QString ova = makeVmwareOva(QString(tamper).replace(u' ', u'-'), tamper);
    QVERIFY(!ova.isEmpty());
    Workspace ws(m_dir.path());
    const auto o = openImage(ova, ws);
    QVERIFY(!o.ok());
    QCOMPARE(int(o.error().code), code);
    QVERIFY(!QFileInfo::exists(ws.filePath(u"overlay.qcow2"_s)));
}

void TestImageSource::opensPlainTar()
{
    const QString tar = fixture(u"qcow2.tar"_s);
    QVERIFY(writeFile(fixture(u"README"_s), "a note next to the disk\n"));
    QVERIFY(runTool(u"bsdtar"_s, {u"-cf"_s, tar, u"-C"_s, m_dir.path(), u"README"_s, u"disk.qcow2"_s}).ok);
    Workspace ws(m_dir.path());
    const auto o = openImage(tar, ws);
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(o->container, u"tar"_s);
    QCOMPARE(o->info.format, u"qcow2"_s);
    QCOMPARE(o->notes.size(), 1); // "opened the largest of 2 files"
    QVERIFY(sameContent(o->overlayPath, m_raw));
}

void TestImageSource::refusesDescriptorSmuggledInArchive()
{
    // A VMDK descriptor whose extent is a host file would show that file to
    // the guest session as disk content.
    const QString dir = fixture(u"smuggle"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + u"/disk.vmdk"_s,
                      "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\n"
                      "createType=\"monolithicFlat\"\n\nRW 8 FLAT \"/etc/hostname\" 0\n"));
    const QString tar = fixture(u"smuggle.tar"_s);
    QVERIFY(runTool(u"bsdtar"_s, {u"-cf"_s, tar, u"-C"_s, dir, u"disk.vmdk"_s}).ok);
    Workspace ws(m_dir.path());
    const auto o = openImage(tar, ws);
    QVERIFY(!o.ok());
    QVERIFY2(o.error().code == ErrorCode::InvalidArgument || o.error().code == ErrorCode::UnsafeArchive,
             qPrintable(describe(o)));
    QVERIFY(!QFileInfo::exists(ws.filePath(u"overlay.qcow2"_s)));
}

void TestImageSource::explainsErrorsInsideContainers()
{
    const QString text = fixture(u"notes.txt"_s);
    QVERIFY(writeFile(text, QByteArray("just text\n").repeated(1000)));
    const QString xz = fixture(u"notes.img.xz"_s);
    QVERIFY(runTool(u"xz"_s, {u"-c"_s, text}, {}, xz).ok);
    Workspace ws(m_dir.path());
    const auto o = openImage(xz, ws);
    QVERIFY(!o.ok());
    QCOMPARE(o.error().code, ErrorCode::NotAnImage);
    // Names the user's file, not the scratch copy.
    QVERIFY2(o.error().message.contains(u"notes.img.xz"_s), qPrintable(o.error().message));
    QVERIFY2(!o.error().message.contains(ws.path()), qPrintable(o.error().message));
}

void TestImageSource::mapsOpenErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << u"nope.qcow2"_s << int(ErrorCode::NotFound);
    QTest::newRow("directory") << u"."_s << int(ErrorCode::InvalidArgument);
    QTest::newRow("text") << u"notes.txt"_s << int(ErrorCode::NotAnImage);
}

void TestImageSource::mapsOpenErrors()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    if (!QFileInfo::exists(fixture(u"notes.txt"_s)))
        QVERIFY(writeFile(fixture(u"notes.txt"_s), "text\n"));
    Workspace ws(m_dir.path());
    const auto o = openImage(fixture(file), ws);
    QVERIFY(!o.ok());
    QCOMPARE(int(o.error().code), code);
    QVERIFY(workspaceHasOnlyNothing(ws));
}

void TestImageSource::cancelLeavesOnlyTheWorkspace()
{
    const QString packed = fixture(u"cancel.raw.bz2"_s);
    QVERIFY(runTool(u"bzip2"_s, {u"-c"_s, m_raw}, {}, packed).ok);
    std::atomic_bool cancel{false};
    QString parent;
    QString path;
    {
        Workspace ws(m_dir.path());
        path = ws.path();
        const auto o = openImage(packed, ws, [&](qint64 done, qint64, const QString &) {
            if (done > 0)
                cancel = true;
        }, &cancel);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, ErrorCode::Cancelled);
        QVERIFY(workspaceHasOnlyNothing(ws));
    }
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestImageSource)
#include "tst_imagesource.moc"
