// Archive: detection by content, refusal of unsafe entries, bomb and
// free-space limits, sparse output equal to the source, cancel.
#include "image/Archive.h"
#include "image/ImageSource.h"

#include "ImageTestTools.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <sys/sysmacros.h>

using namespace imageprep;
using namespace imageprep::test;
using namespace Qt::StringLiterals;

namespace {

struct TarEntrySpec {
    QByteArray name;
    int type = AE_IFREG;
    QByteArray data;
    QByteArray symlink;
    QByteArray hardlink;
};

// Writes a tar with libarchive so entries no tar tool would produce
// (absolute names, "..", devices) can be crafted without root tricks.
bool writeTar(const QString &path, const QList<TarEntrySpec> &entries)
{
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const TarEntrySpec &s : entries) {
        if (!ok)
            break;
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, s.name.constData());
        archive_entry_set_filetype(e, s.type);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, s.type == AE_IFREG && s.hardlink.isEmpty() ? s.data.size() : 0);
        if (!s.symlink.isEmpty())
            archive_entry_set_symlink(e, s.symlink.constData());
        if (!s.hardlink.isEmpty())
            archive_entry_set_hardlink(e, s.hardlink.constData());
        if (s.type == AE_IFCHR || s.type == AE_IFBLK)
            archive_entry_set_rdev(e, makedev(1, 3));
        ok = archive_write_header(a, e) == ARCHIVE_OK;
        if (ok && s.type == AE_IFREG && !s.data.isEmpty() && s.hardlink.isEmpty())
            ok = archive_write_data(a, s.data.constData(), size_t(s.data.size())) == s.data.size();
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

bool compress(const QString &tool, const QString &in, const QString &out, const QStringList &extra = {})
{
    return runTool(tool, QStringList{u"-c"_s} + extra + QStringList{in}, {}, out).ok;
}

bool dirHasFiles(const QString &dir)
{
    return !QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty();
}

constexpr qint64 kDiskSize = 64ll << 20;

} // namespace

class TestArchive final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detectsByContent_data();
    void detectsByContent();
    void refusesUnsafeEntries_data();
    void refusesUnsafeEntries();
    void refusesDuplicateMembers();
    void listsDescriptorsAndNormalisesNames();
    void decompressesSparseAndExact_data();
    void decompressesSparseAndExact();
    void extractsTarMemberSparse_data();
    void extractsTarMemberSparse();
    void gunzipsMemberAndHashesStoredBytes();
    void stopsBombs();
    void highRatioSparseImageIsNotABomb();
    void stopsWhenWorkspaceWouldFill();
    void memberLargerThanOvfBoundIsRefused();
    void cancelLeavesNothing();
    void truncatedStreamIsReported();

private:
    QString fixture(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_raw;
    QByteArray m_rawSha;
};

void TestArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"qemu-img", "sfdisk", "bsdtar", "gzip", "xz", "zstd", "bzip2"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: run scripts/setup.sh"_s.arg(QLatin1String(tool))));
    }
    m_raw = fixture(u"disk.raw"_s);
    QVERIFY(makePartitionedRaw(m_raw, kDiskSize, u"dos"_s));
    m_rawSha = sha256Of(m_raw);
    QVERIFY(compress(u"gzip"_s, m_raw, fixture(u"disk.raw.gz"_s)));
    QVERIFY(compress(u"xz"_s, m_raw, fixture(u"disk.raw.xz"_s)));
    QVERIFY(compress(u"zstd"_s, m_raw, fixture(u"disk.raw.zst"_s)));
    QVERIFY(compress(u"bzip2"_s, m_raw, fixture(u"disk.raw.bz2"_s)));
}

void TestArchive::detectsByContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("filters");
    const QStringList none;
    QTest::newRow("raw disk") << u"disk.raw"_s << int(ContainerKind::None) << none;
    QTest::newRow("qcow2") << u"disk.qcow2"_s << int(ContainerKind::None) << none;
    QTest::newRow("gzip") << u"disk.raw.gz"_s << int(ContainerKind::Compressed) << QStringList{u"gzip"_s};
    QTest::newRow("xz") << u"disk.raw.xz"_s << int(ContainerKind::Compressed) << QStringList{u"xz"_s};
    QTest::newRow("zstd") << u"disk.raw.zst"_s << int(ContainerKind::Compressed) << QStringList{u"zstd"_s};
    QTest::newRow("bzip2") << u"disk.raw.bz2"_s << int(ContainerKind::Compressed) << QStringList{u"bzip2"_s};
    QTest::newRow("xz named .qcow2") << u"xz-named.qcow2"_s << int(ContainerKind::Compressed) << QStringList{u"xz"_s};
    QTest::newRow("tar") << u"disk.tar"_s << int(ContainerKind::Tar) << none;
    QTest::newRow("tar.gz") << u"disk.tar.gz"_s << int(ContainerKind::Tar) << QStringList{u"gzip"_s};
    QTest::newRow("empty file") << u"empty"_s << int(ContainerKind::None) << none;
}

void TestArchive::detectsByContent()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QStringList, filters);
    if (!QFileInfo::exists(fixture(u"disk.qcow2"_s))) {
        QVERIFY(qemuImg({u"convert"_s, u"-O"_s, u"qcow2"_s, m_raw, fixture(u"disk.qcow2"_s)}));
        QVERIFY(QFile::copy(fixture(u"disk.raw.xz"_s), fixture(u"xz-named.qcow2"_s)));
        QVERIFY(runTool(u"bsdtar"_s, {u"-cf"_s, fixture(u"disk.tar"_s), u"-C"_s, m_dir.path(), u"disk.raw"_s}).ok);
        QVERIFY(compress(u"gzip"_s, fixture(u"disk.tar"_s), fixture(u"disk.tar.gz"_s)));
        QFile empty(fixture(u"empty"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const auto c = detectContainer(fixture(file));
    QVERIFY2(c.ok(), qPrintable(describe(c)));
    QCOMPARE(int(c->kind), kind);
    QCOMPARE(c->filters, filters);
}

void TestArchive::refusesUnsafeEntries_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("symlink");
    QTest::addColumn<QByteArray>("hardlink");
    QTest::addColumn<QString>("reason");
    QTest::newRow("../evil") << QByteArray("../evil") << int(AE_IFREG) << QByteArray() << QByteArray() << u"\"..\""_s;
    QTest::newRow("dir/../../evil") << QByteArray("dir/../../evil") << int(AE_IFREG) << QByteArray() << QByteArray() << u"\"..\""_s;
    QTest::newRow("absolute /etc/cron.d/x") << QByteArray("/etc/cron.d/x") << int(AE_IFREG) << QByteArray() << QByteArray() << u"absolute"_s;
    QTest::newRow("symlink to /etc/passwd") << QByteArray("link") << int(AE_IFLNK) << QByteArray("/etc/passwd") << QByteArray() << u"symbolic link"_s;
    QTest::newRow("relative symlink") << QByteArray("disk2.img") << int(AE_IFLNK) << QByteArray("disk.img") << QByteArray() << u"symbolic link"_s;
    QTest::newRow("hard link") << QByteArray("hard") << int(AE_IFREG) << QByteArray() << QByteArray("disk.img") << u"hard link"_s;
    QTest::newRow("character device") << QByteArray("null") << int(AE_IFCHR) << QByteArray() << QByteArray() << u"device"_s;
    QTest::newRow("block device") << QByteArray("sda") << int(AE_IFBLK) << QByteArray() << QByteArray() << u"device"_s;
    QTest::newRow("fifo") << QByteArray("pipe") << int(AE_IFIFO) << QByteArray() << QByteArray() << u"FIFO"_s;
}

void TestArchive::refusesUnsafeEntries()
{
    QFETCH(QByteArray, name);
    QFETCH(int, type);
    QFETCH(QByteArray, symlink);
    QFETCH(QByteArray, hardlink);
    QFETCH(QString, reason);

    // The bad entry comes after a perfectly good disk: the whole archive
    // is still refused, and nothing is extracted.
    QFile raw(m_raw);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray disk = raw.read(4 << 20);
    const QString tar = fixture(u"unsafe-%1.tar"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'_')));
    QVERIFY(writeTar(tar, {{"disk.img", AE_IFREG, disk, {}, {}}, {name, type, "x", symlink, hardlink}}));

    const auto listing = scanTar(tar);
    QVERIFY(!listing.ok());
    QCOMPARE(listing.error().code, ErrorCode::UnsafeArchive);
    QVERIFY2(listing.error().message.contains(QString::fromUtf8(name)), qPrintable(listing.error().message));
    QVERIFY2(listing.error().message.contains(reason), qPrintable(listing.error().message));

    Workspace ws(m_dir.path());
    QVERIFY(ws.isValid());
    const auto opened = openImage(tar, ws);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::UnsafeArchive);
    QVERIFY(!dirHasFiles(ws.path()));
}

void TestArchive::refusesDuplicateMembers()
{
    const QString tar = fixture(u"dup.tar"_s);
    QVERIFY(writeTar(tar, {{"disk.img", AE_IFREG, "first", {}, {}}, {"./disk.img", AE_IFREG, "second", {}, {}}}));
    const auto listing = scanTar(tar);
    QVERIFY(!listing.ok());
    QCOMPARE(listing.error().code, ErrorCode::UnsafeArchive);
    QVERIFY(listing.error().message.contains("twice"_L1));
}

void TestArchive::listsDescriptorsAndNormalisesNames()
{
    const QString tar = fixture(u"listing.tar"_s);
    QVERIFY(writeTar(tar, {{"./appliance.ovf", AE_IFREG, "<Envelope/>", {}, {}},
                           {"appliance.mf", AE_IFREG, "SHA1(a)= b", {}, {}},
                           {"sub/", AE_IFDIR, {}, {}, {}},
                           {"sub/disk1.vmdk", AE_IFREG, QByteArray(70000, 'd'), {}, {}}}));
    const auto l = scanTar(tar);
    QVERIFY2(l.ok(), qPrintable(describe(l)));
    QCOMPARE(l->members.size(), 4);
    QCOMPARE(l->ovfName, u"appliance.ovf"_s);
    QCOMPARE(l->ovf, QByteArray("<Envelope/>"));
    QCOMPARE(l->manifestName, u"appliance.mf"_s);
    QCOMPARE(l->manifest, QByteArray("SHA1(a)= b"));
    QCOMPARE(l->members.at(2).name, u"sub"_s);
    QVERIFY(!l->members.at(2).regular);
    QCOMPARE(l->members.at(3).name, u"sub/disk1.vmdk"_s);
    QCOMPARE(l->members.at(3).size, 70000);
}

void TestArchive::decompressesSparseAndExact_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("gzip") << u"disk.raw.gz"_s;
    QTest::newRow("xz") << u"disk.raw.xz"_s;
    QTest::newRow("zstd") << u"disk.raw.zst"_s;
    QTest::newRow("bzip2") << u"disk.raw.bz2"_s;
}

void TestArchive::decompressesSparseAndExact()
{
    QFETCH(QString, file);
    const QString out = fixture(file + u".out"_s);
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    const auto x = extractStream(fixture(file), out, {}, [&](qint64 done, qint64 total, const QString &) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(x.ok(), qPrintable(describe(x)));
    QCOMPARE(x->size, kDiskSize);
    QCOMPARE(QFileInfo(out).size(), kDiskSize);
    QCOMPARE(sha256Of(out), m_rawSha);
    // Only the partition table and the two data blocks hold non-zero bytes.
    QVERIFY2(allocatedBytes(out) < kDiskSize / 16, qPrintable(QString::number(allocatedBytes(out))));
    QVERIFY(x->allocated < kDiskSize / 16);
    QCOMPARE(lastTotal, QFileInfo(fixture(file)).size());
    QCOMPARE(lastDone, lastTotal);
}

void TestArchive::extractsTarMemberSparse_data()
{
    QTest::addColumn<QStringList>("tarOptions");
    // bsdtar stores holes as pax sparse entries by default: the reader gets
    // jumping offsets. --no-read-sparse stores every zero byte.
    QTest::newRow("pax sparse entry") << QStringList();
    QTest::newRow("dense entry") << QStringList{u"--no-read-sparse"_s};
}

void TestArchive::extractsTarMemberSparse()
{
    QFETCH(QStringList, tarOptions);
    const QString tar = fixture(u"member-%1.tar"_s.arg(tarOptions.size()));
    QVERIFY(runTool(u"bsdtar"_s, QStringList{u"-cf"_s, tar} + tarOptions
                                     + QStringList{u"-C"_s, m_dir.path(), u"disk.raw"_s}).ok);
    const QString out = fixture(u"member-%1.out"_s.arg(tarOptions.size()));
    MemberOptions options;
    options.computeDigests = true;
    const auto x = extractTarMember(tar, u"disk.raw"_s, out, options);
    QVERIFY2(x.ok(), qPrintable(describe(x)));
    QCOMPARE(QFileInfo(out).size(), kDiskSize);
    QCOMPARE(sha256Of(out), m_rawSha);
    QCOMPARE(x->sha256, m_rawSha); // digest of the member as a manifest would list it
    QCOMPARE(x->sha1, sha1Of(m_raw));
    QVERIFY(allocatedBytes(out) < kDiskSize / 16);
}

void TestArchive::gunzipsMemberAndHashesStoredBytes()
{
    const QString tar = fixture(u"gz-member.tar"_s);
    QVERIFY(runTool(u"bsdtar"_s, {u"-cf"_s, tar, u"-C"_s, m_dir.path(), u"disk.raw.gz"_s}).ok);
    const QString out = fixture(u"gz-member.out"_s);
    MemberOptions options;
    options.gunzip = true;
    const auto x = extractTarMember(tar, u"disk.raw.gz"_s, out, options);
    QVERIFY2(x.ok(), qPrintable(describe(x)));
    QCOMPARE(sha256Of(out), m_rawSha);
    QCOMPARE(x->sha256, sha256Of(fixture(u"disk.raw.gz"_s))); // the stored, compressed bytes
    QVERIFY(allocatedBytes(out) < kDiskSize / 16);

    // A member that claims gzip but is not.
    const QString plain = fixture(u"not-gz-member.tar"_s);
    QVERIFY(runTool(u"bsdtar"_s, {u"-cf"_s, plain, u"-C"_s, m_dir.path(), u"disk.raw"_s}).ok);
    const auto bad = extractTarMember(plain, u"disk.raw"_s, fixture(u"not-gz.out"_s), options);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::ArchiveError);
    QVERIFY(!QFileInfo::exists(fixture(u"not-gz.out"_s)));
}

void TestArchive::stopsBombs()
{
    // 256 MiB of 0xAA compresses to a few KiB; allow only 32 MiB.
    const QString src = fixture(u"bomb.bin"_s);
    {
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, '\xaa');
        for (int i = 0; i < 256; ++i)
            QCOMPARE(f.write(block), block.size());
    }
    const QString bomb = fixture(u"bomb.xz"_s);
    QVERIFY(compress(u"xz"_s, src, bomb, {u"-0"_s}));
    QFile::remove(src);
    QVERIFY(QFileInfo(bomb).size() < 100 * 1024);

    ExtractLimits limits;
    limits.maxOutputBytes = 32ll << 20;
    const QString out = fixture(u"bomb.out"_s);
    const auto x = extractStream(bomb, out, limits);
    QVERIFY(!x.ok());
    QCOMPARE(x.error().code, ErrorCode::UnsafeArchive);
    QVERIFY2(x.error().message.contains("IMAGEPREP_MAX_EXTRACT_BYTES"_L1), qPrintable(x.error().message));
    QVERIFY(!QFileInfo::exists(out));

    // The same limit through the environment, as a user would set it.
    qputenv("IMAGEPREP_MAX_EXTRACT_BYTES", QByteArray::number(32ll << 20));
    const auto viaEnv = extractStream(bomb, out, {});
    qunsetenv("IMAGEPREP_MAX_EXTRACT_BYTES");
    QVERIFY(!viaEnv.ok());
    QCOMPARE(viaEnv.error().code, ErrorCode::UnsafeArchive);
    QVERIFY(!QFileInfo::exists(out));
}

void TestArchive::highRatioSparseImageIsNotABomb()
{
    // A mostly empty raw disk xz-compresses at more than 500:1 and must
    // still open: zeros become holes and cost no space.
    constexpr qint64 size = 256ll << 20;
    const QString raw = fixture(u"empty-256m.raw"_s);
    QVERIFY(makePartitionedRaw(raw, size, u"gpt"_s));
    const QString xz = fixture(u"empty-256m.raw.xz"_s);
    QVERIFY(compress(u"xz"_s, raw, xz, {u"-0"_s}));
    const qint64 ratio = size / QFileInfo(xz).size();
    QVERIFY2(ratio > 500, qPrintable(QString::number(ratio)));
    const QString out = fixture(u"empty-256m.out"_s);
    const auto x = extractStream(xz, out);
    QVERIFY2(x.ok(), qPrintable(describe(x)));
    QCOMPARE(QFileInfo(out).size(), size);
    QVERIFY(allocatedBytes(out) < (8ll << 20));
    QCOMPARE(sha256Of(out), sha256Of(raw));
    QFile::remove(out);
    QFile::remove(raw);
}

void TestArchive::stopsWhenWorkspaceWouldFill()
{
    ExtractLimits limits;
    limits.reserveBytes = 1ll << 60; // more than any disk has free
    const QString out = fixture(u"nospace.out"_s);
    const auto x = extractStream(fixture(u"disk.raw.gz"_s), out, limits);
    QVERIFY(!x.ok());
    QCOMPARE(x.error().code, ErrorCode::NoSpace);
    QVERIFY(x.error().message.contains("IMAGEPREP_WORKDIR"_L1));
    QVERIFY(!QFileInfo::exists(out));
}

void TestArchive::memberLargerThanOvfBoundIsRefused()
{
    const QString tar = fixture(u"bound.tar"_s);
    QVERIFY(runTool(u"bsdtar"_s, {u"-cf"_s, tar, u"-C"_s, m_dir.path(), u"disk.raw.gz"_s}).ok);
    MemberOptions options;
    options.gunzip = true;
    options.maxOutputBytes = 16ll << 20; // what a 16 MiB OVF capacity would allow
    const QString out = fixture(u"bound.out"_s);
    const auto x = extractTarMember(tar, u"disk.raw.gz"_s, out, options);
    QVERIFY(!x.ok());
    QCOMPARE(x.error().code, ErrorCode::UnsafeArchive);
    QVERIFY(!QFileInfo::exists(out));
}

void TestArchive::cancelLeavesNothing()
{
    std::atomic_bool cancel{false};
    int calls = 0;
    const QString out = fixture(u"cancel.out"_s);
    const auto x = extractStream(fixture(u"disk.raw.bz2"_s), out, {},
                                 [&](qint64, qint64, const QString &) {
                                     ++calls;
                                     cancel = true;
                                 },
                                 &cancel);
    QVERIFY(!x.ok());
    QCOMPARE(x.error().code, ErrorCode::Cancelled);
    QVERIFY(calls >= 1);
    QVERIFY(!QFileInfo::exists(out));
}

void TestArchive::truncatedStreamIsReported()
{
    const QString whole = fixture(u"disk.raw.xz"_s);
    const QString cut = fixture(u"cut.raw.xz"_s);
    QFile in(whole);
    QFile o(cut);
    QVERIFY(in.open(QIODevice::ReadOnly) && o.open(QIODevice::WriteOnly));
    o.write(in.read(in.size() / 2));
    o.close();
    const QString out = fixture(u"cut.out"_s);
    const auto x = extractStream(cut, out);
    QVERIFY(!x.ok());
    QVERIFY2(x.error().code == ErrorCode::Truncated || x.error().code == ErrorCode::ArchiveError,
             qPrintable(describe(x)));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
