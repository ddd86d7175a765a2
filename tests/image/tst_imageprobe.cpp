// probeImage: formats found by content, never by name, and every refusal
// mapped to the ErrorCode a caller can act on. Fixtures made with qemu-img.
#include "image/ImageInfo.h"

#include "ImageTestTools.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <unistd.h>

using namespace imageprep;
using namespace imageprep::test;
using namespace Qt::StringLiterals;

namespace {

enum class Fixture {
    Qcow2,
    RawMbr,
    RawGpt,
    RawExt4,
    Vmdk,
    VmdkStreamOptimized,
    Vdi,
    Vpc,
    Vhdx,
    RawNamedVmdk,
    Qcow2NamedRaw,
    TextNamedQcow2,
    PdfNamedImg,
    EmptyFile,
    Qcow2CutInHalf,
    Qcow2CutAtCluster,
    Qcow2HeaderOnly,
    Qcow2BadVersion,
    Qcow2RandomHeader,
    VmdkTruncated,
    VhdxTruncated,
    VpcTruncated,
    Qcow2Encrypted,
    QemuLuks,
    RawLuks1Header,
    RawLuks2Header,
    Qcow2WithBacking,
    Qcow2WithDataFile,
    VmdkFlatNextToDescriptor,
    VmdkExtentOutsideFolder,
    Missing,
    Directory,
};

constexpr qint64 kDiskSize = 64ll << 20;

} // namespace

Q_DECLARE_METATYPE(Fixture)

class TestImageProbe final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probes_data();
    void probes();
    void unreadableFile();
    void mapsAccessErrors_data();
    void mapsAccessErrors();
    void neverWritesTheImage();

private:
    // Builds the fixture and returns the path to probe, or "" on failure.
    QString make(Fixture f);
    QString rawDisk(); // a partitioned raw disk, made once per row
    QTemporaryDir m_dir;
};

void TestImageProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"qemu-img", "sfdisk", "mkfs.ext4"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: run scripts/setup.sh"_s.arg(QLatin1String(tool))));
    }
}

QString TestImageProbe::rawDisk()
{
    const QString raw = m_dir.filePath(u"base-%1.raw"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    QFile::remove(raw);
    return makePartitionedRaw(raw, kDiskSize, u"dos"_s) ? raw : QString();
}

QString TestImageProbe::make(Fixture f)
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    const auto p = [&](const QString &suffix) { return m_dir.filePath(tag + suffix); };
    const auto convert = [&](const QString &fmt, const QString &out, const QStringList &extra = {}) {
        const QString raw = rawDisk();
        return !raw.isEmpty()
               && qemuImg(QStringList{u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, fmt} + extra + QStringList{raw, out});
    };
    const auto cut = [&](const QString &src, qint64 size, const QString &out) {
        QFile in(src);
        QFile o(out);
        if (!in.open(QIODevice::ReadOnly) || !o.open(QIODevice::WriteOnly))
            return false;
        return o.write(in.read(size)) == size;
    };
    switch (f) {
    case Fixture::Qcow2:
        return convert(u"qcow2"_s, p(u".qcow2"_s)) ? p(u".qcow2"_s) : QString();
    case Fixture::RawMbr: {
        const QString out = p(u".raw"_s);
        return makePartitionedRaw(out, kDiskSize, u"dos"_s) ? out : QString();
    }
    case Fixture::RawGpt: {
        const QString out = p(u".img"_s);
        return makePartitionedRaw(out, kDiskSize, u"gpt"_s) ? out : QString();
    }
    case Fixture::RawExt4: {
        // A bare file system without a partition table, as some clouds ship.
        const QString out = p(u".img"_s);
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(kDiskSize))
            return {};
        file.close();
        return runTool(u"mkfs.ext4"_s, {u"-q"_s, u"-F"_s, out}).ok ? out : QString();
    }
    case Fixture::Vmdk:
        return convert(u"vmdk"_s, p(u".vmdk"_s)) ? p(u".vmdk"_s) : QString();
    case Fixture::VmdkStreamOptimized:
        return convert(u"vmdk"_s, p(u".vmdk"_s), {u"-o"_s, u"subformat=streamOptimized"_s}) ? p(u".vmdk"_s) : QString();
    case Fixture::Vdi:
        return convert(u"vdi"_s, p(u".vdi"_s)) ? p(u".vdi"_s) : QString();
    case Fixture::Vpc:
        return convert(u"vpc"_s, p(u".vhd"_s)) ? p(u".vhd"_s) : QString();
    case Fixture::Vhdx:
        return convert(u"vhdx"_s, p(u".vhdx"_s)) ? p(u".vhdx"_s) : QString();
    case Fixture::RawNamedVmdk: {
        const QString out = p(u".vmdk"_s);
        return makePartitionedRaw(out, kDiskSize, u"dos"_s) ? out : QString();
    }
    case Fixture::Qcow2NamedRaw:
        return convert(u"qcow2"_s, p(u".raw"_s)) ? p(u".raw"_s) : QString();
    case Fixture::TextNamedQcow2: {
        const QString out = p(u"-disk.qcow2"_s);
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray("This is not a disk image, just some notes.\n").repeated(200));
        return out;
    }
    case Fixture::PdfNamedImg: {
        const QString out = p(u".img"_s);
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n");
        file.write(pseudoRandom(64 << 10, 3));
        file.write("\n%%EOF\n");
        return out;
    }
    case Fixture::EmptyFile: {
        const QString out = p(u".qcow2"_s);
        QFile file(out);
        return file.open(QIODevice::WriteOnly) ? out : QString();
    }
    case Fixture::Qcow2CutInHalf:
    case Fixture::Qcow2CutAtCluster:
    case Fixture::Qcow2HeaderOnly: {
        const QString full = p(u"-full.qcow2"_s);
        if (!convert(u"qcow2"_s, full))
            return {};
        const qint64 size = QFileInfo(full).size();
        const qint64 at = f == Fixture::Qcow2CutInHalf ? size / 2 + 1234
                          : f == Fixture::Qcow2CutAtCluster ? (size / 2) / 65536 * 65536
                                                            : 50;
        return cut(full, at, p(u".qcow2"_s)) ? p(u".qcow2"_s) : QString();
    }
    case Fixture::Qcow2BadVersion: {
        const QString out = p(u".qcow2"_s);
        // Keep the magic, break the version field that follows it.
        return convert(u"qcow2"_s, out) && writeAt(out, 4, QByteArray(24, '\xff')) ? out : QString();
    }
    case Fixture::Qcow2RandomHeader: {
        const QString out = p(u".qcow2"_s);
        return convert(u"qcow2"_s, out) && writeAt(out, 0, pseudoRandom(512, 5)) ? out : QString();
    }
    case Fixture::VmdkTruncated:
    case Fixture::VhdxTruncated:
    case Fixture::VpcTruncated: {
        const QString fmt = f == Fixture::VmdkTruncated ? u"vmdk"_s
                            : f == Fixture::VhdxTruncated ? u"vhdx"_s : u"vpc"_s;
        const QString full = p(u"-full."_s + fmt);
        if (!convert(fmt, full))
            return {};
        return cut(full, QFileInfo(full).size() / 2, p(u"."_s + fmt)) ? p(u"."_s + fmt) : QString();
    }
    case Fixture::Qcow2Encrypted: {
        const QString out = p(u".qcow2"_s);
        return qemuImgRetried({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"--object"_s, u"secret,id=s0,data=x"_s,
                        u"-o"_s, u"encrypt.format=luks,encrypt.key-secret=s0,encrypt.iter-time=10"_s,
                        out, u"16M"_s})
                   ? out : QString();
    }
    case Fixture::QemuLuks: {
        const QString out = p(u".img"_s);
        return qemuImgRetried({u"create"_s, u"-q"_s, u"-f"_s, u"luks"_s, u"--object"_s, u"secret,id=s0,data=x"_s,
                        u"-o"_s, u"key-secret=s0,iter-time=10"_s, out, u"16M"_s})
                   ? out : QString();
    }
    case Fixture::RawLuks1Header:
    case Fixture::RawLuks2Header: {
        // Just the LUKS magic and version, as on a raw encrypted partition
        // image: enough for libblkid, and qemu either calls it raw (LUKS2)
        // or cannot open it (LUKS1 without key slots).
        const QString out = p(u".img"_s);
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(16 << 20))
            return {};
        file.close();
        const char version = f == Fixture::RawLuks1Header ? '\x01' : '\x02';
        return writeAt(out, 0, QByteArray("LUKS\xba\xbe\x00", 7) + version) ? out : QString();
    }
    case Fixture::Qcow2WithBacking: {
        const QString base = p(u"-base.qcow2"_s);
        const QString out = p(u".qcow2"_s);
        return convert(u"qcow2"_s, base)
                       && qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"qcow2"_s, u"-b"_s, base, out})
                   ? out : QString();
    }
    case Fixture::Qcow2WithDataFile: {
        const QString out = p(u".qcow2"_s);
        return qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, u"-o"_s, u"data_file="_s + p(u".data"_s), out, u"16M"_s})
                   ? out : QString();
    }
    case Fixture::VmdkFlatNextToDescriptor:
    case Fixture::VmdkExtentOutsideFolder: {
        // A hand-written monolithicFlat descriptor, as VMware Workstation
        // leaves next to its -flat.vmdk; the other one points elsewhere.
        const bool outside = f == Fixture::VmdkExtentOutsideFolder;
        const QString folder = m_dir.filePath(tag);
        if (!QDir().mkpath(folder + u"/elsewhere"_s))
            return {};
        const QString flat = outside ? folder + u"/elsewhere/secret.bin"_s : folder + u"/disk-flat.vmdk"_s;
        const QString raw = rawDisk();
        if (raw.isEmpty() || !QFile::rename(raw, flat))
            return {};
        const QString descriptor = folder + u"/disk.vmdk"_s;
        QFile d(descriptor);
        if (!d.open(QIODevice::WriteOnly))
            return {};
        d.write("# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\n"
                "createType=\"monolithicFlat\"\n\nRW " + QByteArray::number(kDiskSize / 512) + " FLAT \""
                + QFile::encodeName(outside ? flat : u"disk-flat.vmdk"_s) + "\" 0\n\n"
                "ddb.virtualHWVersion = \"4\"\n");
        return descriptor;
    }
    case Fixture::Missing:
        return p(u"-does-not-exist.qcow2"_s);
    case Fixture::Directory: {
        const QString out = p(u".d"_s);
        return QDir().mkpath(out) ? out : QString();
    }
    }
    return {};
}

void TestImageProbe::probes_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<int>("error"); // -1: success
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("detail"); // partition table, content type or subformat

    const int ok = -1;
    QTest::newRow("qcow2") << Fixture::Qcow2 << ok << u"qcow2"_s << u"1.1"_s;
    QTest::newRow("raw with MBR") << Fixture::RawMbr << ok << u"raw"_s << u"dos"_s;
    QTest::newRow("raw with GPT") << Fixture::RawGpt << ok << u"raw"_s << u"gpt"_s;
    QTest::newRow("raw ext4 without partition table") << Fixture::RawExt4 << ok << u"raw"_s << u"ext4"_s;
    QTest::newRow("vmdk monolithicSparse") << Fixture::Vmdk << ok << u"vmdk"_s << u"monolithicSparse"_s;
    QTest::newRow("vmdk streamOptimized") << Fixture::VmdkStreamOptimized << ok << u"vmdk"_s << u"streamOptimized"_s;
    QTest::newRow("vdi") << Fixture::Vdi << ok << u"vdi"_s << QString();
    QTest::newRow("vhd (vpc)") << Fixture::Vpc << ok << u"vpc"_s << QString();
    QTest::newRow("vhdx") << Fixture::Vhdx << ok << u"vhdx"_s << QString();
    QTest::newRow("raw named .vmdk is raw") << Fixture::RawNamedVmdk << ok << u"raw"_s << u"dos"_s;
    QTest::newRow("qcow2 named .raw is qcow2") << Fixture::Qcow2NamedRaw << ok << u"qcow2"_s << u"1.1"_s;
    QTest::newRow("text file named disk.qcow2") << Fixture::TextNamedQcow2 << int(ErrorCode::NotAnImage) << QString() << QString();
    QTest::newRow("pdf named .img") << Fixture::PdfNamedImg << int(ErrorCode::NotAnImage) << QString() << QString();
    QTest::newRow("zero-length file") << Fixture::EmptyFile << int(ErrorCode::NotAnImage) << QString() << QString();
    QTest::newRow("qcow2 cut in half") << Fixture::Qcow2CutInHalf << int(ErrorCode::Truncated) << QString() << QString();
    QTest::newRow("qcow2 cut at a cluster boundary") << Fixture::Qcow2CutAtCluster << int(ErrorCode::Truncated) << QString() << QString();
    QTest::newRow("qcow2 cut inside the header") << Fixture::Qcow2HeaderOnly << int(ErrorCode::Truncated) << QString() << QString();
    QTest::newRow("qcow2 with garbage version field") << Fixture::Qcow2BadVersion << int(ErrorCode::Corrupt) << QString() << QString();
    // Without its magic a qcow2 is indistinguishable from random data.
    QTest::newRow("qcow2 with random first sector") << Fixture::Qcow2RandomHeader << int(ErrorCode::NotAnImage) << QString() << QString();
    QTest::newRow("vmdk cut in half") << Fixture::VmdkTruncated << int(ErrorCode::Truncated) << QString() << QString();
    QTest::newRow("vhdx cut in half") << Fixture::VhdxTruncated << int(ErrorCode::Truncated) << QString() << QString();
    QTest::newRow("vhd cut in half") << Fixture::VpcTruncated << int(ErrorCode::Truncated) << QString() << QString();
    QTest::newRow("qcow2 with LUKS encryption") << Fixture::Qcow2Encrypted << int(ErrorCode::Encrypted) << QString() << QString();
    QTest::newRow("qemu LUKS image") << Fixture::QemuLuks << int(ErrorCode::Encrypted) << QString() << QString();
    QTest::newRow("raw LUKS1 header") << Fixture::RawLuks1Header << int(ErrorCode::Encrypted) << QString() << QString();
    QTest::newRow("raw LUKS2 header") << Fixture::RawLuks2Header << int(ErrorCode::Encrypted) << QString() << QString();
    QTest::newRow("qcow2 with a backing file is refused") << Fixture::Qcow2WithBacking << int(ErrorCode::InvalidArgument) << QString() << QString();
    QTest::newRow("qcow2 with an external data file is refused") << Fixture::Qcow2WithDataFile << int(ErrorCode::InvalidArgument) << QString() << QString();
    QTest::newRow("vmdk descriptor with its flat extent alongside") << Fixture::VmdkFlatNextToDescriptor << ok << u"vmdk"_s << u"monolithicFlat"_s;
    QTest::newRow("vmdk descriptor naming a file elsewhere") << Fixture::VmdkExtentOutsideFolder << int(ErrorCode::InvalidArgument) << QString() << QString();
    QTest::newRow("missing file") << Fixture::Missing << int(ErrorCode::NotFound) << QString() << QString();
    QTest::newRow("directory") << Fixture::Directory << int(ErrorCode::InvalidArgument) << QString() << QString();
}

void TestImageProbe::probes()
{
    QFETCH(Fixture, fixture);
    QFETCH(int, error);
    QFETCH(QString, format);
    QFETCH(QString, detail);

    const QString path = make(fixture);
    QVERIFY2(!path.isEmpty(), "could not build the fixture");
    const auto r = probeImage(path);
    if (error >= 0) {
        QVERIFY2(!r.ok(), qPrintable(u"probed as %1"_s.arg(r.ok() ? r->format : QString())));
        QCOMPARE(int(r.error().code), error);
        QVERIFY(!r.error().message.isEmpty());
        // Messages name the file so the user knows which one is meant.
        QVERIFY2(r.error().message.contains(QFileInfo(path).fileName()), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r->format, format);
    QCOMPARE(r->path, QFileInfo(path).absoluteFilePath());
    QVERIFY(r->virtualSize >= kDiskSize || fixture == Fixture::RawExt4);
    QVERIFY(r->fileSize > 0);
    QVERIFY(!r->encrypted);
    QVERIFY(r->backingFile.isEmpty());
    if (!detail.isEmpty()) {
        const QString got = format == "raw"_L1 ? (r->partitionTable.isEmpty() ? r->contentType : r->partitionTable)
                                               : r->subformat;
        QCOMPARE(got, detail);
    }
}

void TestImageProbe::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: permissions do not stop root from reading; mapsAccessErrors covers EACCES");
    const QString path = m_dir.filePath(u"unreadable.qcow2"_s);
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, path, u"1M"_s}));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const auto r = probeImage(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Unreadable);
}

void TestImageProbe::mapsAccessErrors_data()
{
    QTest::addColumn<int>("err");
    QTest::addColumn<int>("code");
    QTest::newRow("ENOENT") << ENOENT << int(ErrorCode::NotFound);
    QTest::newRow("ENOTDIR") << ENOTDIR << int(ErrorCode::NotFound);
    QTest::newRow("EACCES") << EACCES << int(ErrorCode::Unreadable);
    QTest::newRow("EPERM") << EPERM << int(ErrorCode::Unreadable);
    QTest::newRow("EISDIR") << EISDIR << int(ErrorCode::InvalidArgument);
    QTest::newRow("EIO") << EIO << int(ErrorCode::Unreadable);
}

void TestImageProbe::mapsAccessErrors()
{
    QFETCH(int, err);
    QFETCH(int, code);
    const Error e = fileAccessError(u"/images/vm.qcow2"_s, err);
    QCOMPARE(int(e.code), code);
    QVERIFY(e.message.contains("/images/vm.qcow2"_L1));
    QVERIFY(!e.detail.isEmpty());
}

void TestImageProbe::neverWritesTheImage()
{
    // A read-only file is probed like any other: nothing asks for write access.
    const QString path = m_dir.filePath(u"readonly.qcow2"_s);
    QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, path, u"64M"_s}));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = sha256Of(path);
    const QDateTime mtime = QFileInfo(path).lastModified();
    // qcow2 with no partition table still probes: only raw files need a signature.
    const auto r = probeImage(path);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
}

QTEST_GUILESS_MAIN(TestImageProbe)
#include "tst_imageprobe.moc"
