// Inputs from the hostile-input run (issue 17): compressed whole-disk file
// systems (sector 0 is zero), a truncated .xz, FIFOs as the image and as a
// VMDK extent, an image too large for an overlay, and child processes that
// must end at their deadline or on cancel. All generated at run time.
#include "ImageTestTools.h"

#include "image/Archive.h"
#include "image/ImageInfo.h"
#include "image/ImageSource.h"
#include "image/Workspace.h"
#include "util/Process.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <thread>

using namespace imageprep;
using namespace imageprep::test;
using namespace Qt::StringLiterals;

class TestHostileInputs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compressedWholeDiskFilesystem_data();
    void compressedWholeDiskFilesystem();
    void truncatedXz();
    void fifoAsImage();
    void fifoAsVmdkExtent();
    void hugeVirtualSize();
    void processDeadline();
    void processCancel();

private:
    QTemporaryDir m_dir;
    QString m_ext4;
};

void TestHostileInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ext4 = m_dir.filePath(u"whole.raw"_s);
    QVERIFY(runTool(u"truncate"_s, {u"-s"_s, u"16M"_s, m_ext4}).ok);
    const ToolRun mkfs = runTool(u"mkfs.ext4"_s, {u"-q"_s, u"-F"_s, m_ext4});
    QVERIFY2(mkfs.ok, mkfs.err.constData());
    QFile f(m_ext4);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(512), QByteArray(512, '\0')); // the case under test
}

void TestHostileInputs::compressedWholeDiskFilesystem_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("filter");
    QTest::newRow("gzip") << u"gzip"_s << u".gz"_s << u"gzip"_s;
    QTest::newRow("zstd") << u"zstd"_s << u".zst"_s << u"zstd"_s;
    QTest::newRow("xz") << u"xz"_s << u".xz"_s << u"xz"_s;
}

void TestHostileInputs::compressedWholeDiskFilesystem()
{
    QFETCH(QString, tool);
    QFETCH(QString, suffix);
    QFETCH(QString, filter);
    const QString packed = m_ext4 + suffix;
    QFile::remove(packed);
    QVERIFY(runTool(tool, {u"-c"_s, m_ext4}, {}, packed).ok);

    const auto c = detectContainer(packed);
    QVERIFY2(c.ok(), qPrintable(describe(c)));
    QCOMPARE(int(c->kind), int(ContainerKind::Compressed));
    QCOMPARE(c->filters, QStringList{filter});

    Workspace ws(m_dir.path());
    const auto o = openImage(packed, ws);
    QVERIFY2(o.ok(), qPrintable(describe(o)));
    QCOMPARE(o->info.format, u"raw"_s);
    QCOMPARE(sha256Of(o->diskPath), sha256Of(m_ext4));
}

void TestHostileInputs::truncatedXz()
{
    const QString noise = m_dir.filePath(u"noise.raw"_s);
    QVERIFY(runTool(u"head"_s, {u"-c"_s, u"2000000"_s, u"/dev/urandom"_s}, {}, noise).ok);
    const QString packed = m_dir.filePath(u"noise.raw.xz"_s);
    QVERIFY(runTool(u"xz"_s, {u"-c"_s, noise}, {}, packed).ok);
    QFile f(packed);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 2));
    f.close();
    Workspace ws(m_dir.path());
    const auto o = openImage(packed, ws);
    QVERIFY(!o.ok());
    QCOMPARE(int(o.error().code), int(ErrorCode::Truncated));
    QVERIFY2(o.error().message.contains(u"truncated"_s), qPrintable(o.error().message));
}

void TestHostileInputs::fifoAsImage()
{
    const QString fifo = m_dir.filePath(u"pipe.img"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer t;
    t.start();
    const auto p = probeImage(fifo);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(u"named pipe"_s), qPrintable(p.error().message));
    Workspace ws(m_dir.path());
    const auto o = openImage(fifo, ws);
    QVERIFY(!o.ok());
    QCOMPARE(int(o.error().code), int(ErrorCode::InvalidArgument));
    QVERIFY2(o.error().message.contains(u"named pipe"_s), qPrintable(o.error().message));
    QVERIFY(t.elapsed() < 5000);
}

void TestHostileInputs::fifoAsVmdkExtent()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"disk-flat.vmdk"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString descriptor = dir.filePath(u"disk.vmdk"_s);
    QFile d(descriptor);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write("# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\ncreateType=\"monolithicFlat\"\n\n"
            "# Extent description\nRW 32768 FLAT \"disk-flat.vmdk\" 0\n\n"
            "ddb.virtualHWVersion = \"4\"\nddb.geometry.cylinders = \"32\"\nddb.geometry.heads = \"16\"\n"
            "ddb.geometry.sectors = \"63\"\nddb.adapterType = \"ide\"\n");
    d.close();
    QElapsedTimer t;
    t.start();
    const auto p = probeImage(descriptor);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(u"not a regular file"_s), qPrintable(p.error().message));
    QVERIFY(t.elapsed() < 5000);
}

void TestHostileInputs::hugeVirtualSize()
{
    const QString huge = m_dir.filePath(u"huge.qcow2"_s);
    QVERIFY(runTool(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-o"_s, u"cluster_size=2M"_s, huge, u"2E"_s}).ok);
    Workspace ws(m_dir.path());
    const auto o = openImage(huge, ws);
    QVERIFY(!o.ok());
    QVERIFY2(!o.error().message.contains(u"free space"_s), qPrintable(o.error().message));
    QVERIFY2(o.error().message.contains(u"virtual size"_s), qPrintable(o.error().message));
}

void TestHostileInputs::processDeadline()
{
    QElapsedTimer t;
    t.start();
    const ProcessResult r = runProcess(u"sleep"_s, {u"30"_s}, 300);
    QVERIFY(r.started);
    QVERIFY(r.timedOut);
    QVERIFY(!r.ok());
    QVERIFY(t.elapsed() < 5000);
}

void TestHostileInputs::processCancel()
{
    std::atomic_bool cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer t;
    t.start();
    const ProcessResult r = runProcess(u"sleep"_s, {u"30"_s}, 60000, &cancel);
    canceller.join();
    QVERIFY(r.cancelled);
    QVERIFY(!r.timedOut);
    QVERIFY(!r.ok());
    QVERIFY(t.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
