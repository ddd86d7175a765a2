// rpm's ndb database (SUSE) read by guest/RpmNdb without librpm. Debian's rpm
// cannot write ndb, so the test takes real rpm header blobs from a real sqlite
// database (tests/fixtures/make-rpmdb.sh, the sqlite3 CLI), wraps them in an
// ndb container (tests/common/NdbWriter.h) and requires the reader to list
// exactly what rpm -qa lists on the sqlite database; then damages the file
// every way a hostile guest could.
#include "NdbWriter.h"

#include "GuestCopyOut.h"
#include "guest/RpmDatabase.h"
#include "guest/RpmNdb.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using imageprep::test::makeNdb;
using imageprep::test::NdbFile;
using imageprep::test::putLe32;

namespace {

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

// rpm -qa's view of a package, with rpm's "(none)" for an absent tag.
QString line(const RpmPackage &p)
{
    const QString none = QStringLiteral("(none)");
    return QStringList{p.name, p.epoch ? QString::number(*p.epoch) : none, p.version, p.release, p.arch.isEmpty() ? none : p.arch}
        .join(QLatin1Char('|'));
}

QStringList lines(const QList<RpmPackage> &packages)
{
    QStringList out;
    for (const RpmPackage &p : packages)
        out << line(p);
    out.sort();
    return out;
}

QStringList infos(const QList<PackageInfo> &packages)
{
    QStringList out;
    for (const PackageInfo &p : packages)
        out << p.name + QLatin1Char(' ') + p.version;
    out.sort();
    return out;
}

// The index entry of `tag` in a header blob: its byte offset in the blob.
qsizetype entryOf(const QByteArray &blob, quint32 tag)
{
    const quint32 il = qFromBigEndian<quint32>(blob.constData());
    for (quint32 i = 0; i < il; ++i) {
        const qsizetype at = 8 + qsizetype(i) * 16;
        if (qFromBigEndian<quint32>(blob.constData() + at) == tag)
            return at;
    }
    qFatal("tag %u not in the header", tag);
}

QByteArray withBe32(QByteArray blob, qsizetype at, quint32 v)
{
    qToBigEndian<quint32>(v, blob.data() + at);
    return blob;
}

} // namespace

class TestRpmNdb final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QByteArray> m_headers; // real header blobs, in the sqlite database's order
    QStringList m_rpmQa;         // rpm -qa on the sqlite database, sorted
    QStringList m_rpmInfos;      // the same as queryRpmDatabase gives it

    Result<QList<RpmPackage>> readWith(const QList<QByteArray> &headers)
    {
        return readNdbPackages(makeNdb(headers).bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("rpm"));
        // SUSE-shaped versions, an epoch, a '+' and a package without a release dot.
        run(QStringLiteral(IMAGEPREP_SOURCE_DIR "/tests/fixtures/make-rpmdb.sh"),
            {db, QStringLiteral("openssh-server=8.4p1-150300.3.30.1"), QStringLiteral("cloud-init=23.3-150100.8.71.1"),
             QStringLiteral("shim=1:15.4-7.1"), QStringLiteral("libstdc++6=13.2.1+git7813-150000.1.6.1"),
             QStringLiteral("qemu-guest-agent=8.2.0-150600.1.1"), QStringLiteral("firewalld=0.9.3-150400.5.1"),
             QStringLiteral("zero-epoch=0:1.0-1")});
        const QByteArray hex = run(QStringLiteral("sqlite3"),
                                   {db + QStringLiteral("/rpmdb.sqlite"), QStringLiteral("SELECT hex(blob) FROM Packages ORDER BY hnum")});
        for (const QByteArray &h : hex.split('\n')) {
            if (!h.isEmpty())
                m_headers << QByteArray::fromHex(h);
        }
        QCOMPARE(m_headers.size(), 7);
        const QByteArray qa = run(QStringLiteral("rpm"), {QStringLiteral("--dbpath"), db, QStringLiteral("-qa"), QStringLiteral("--qf"),
                                                          QStringLiteral("%{NAME}|%{EPOCH}|%{VERSION}|%{RELEASE}|%{ARCH}\\n")});
        for (const QByteArray &l : qa.split('\n')) {
            if (!l.isEmpty())
                m_rpmQa << QString::fromUtf8(l);
        }
        m_rpmQa.sort();
        QCOMPARE(m_rpmQa.size(), 7);
        const auto viaRpm = queryRpmDatabase(db);
        QVERIFY(viaRpm);
        m_rpmInfos = infos(viaRpm.value());
    }

    void headersAreWhatRpmSees()
    {
        QList<RpmPackage> packages;
        for (const QByteArray &h : m_headers) {
            const auto p = parseRpmHeader(h);
            QVERIFY2(p, p ? "" : qPrintable(p.error().detail));
            packages << p.value();
        }
        QCOMPARE(lines(packages), m_rpmQa);
    }

    void listsWhatRpmLists_data()
    {
        QTest::addColumn<quint32>("slotPages");
        QTest::addColumn<int>("stride");
        QTest::newRow("one page") << 1u << 1;
        QTest::newRow("free slots between") << 1u << 37;
        QTest::newRow("three pages") << 3u << 120;
    }

    void listsWhatRpmLists()
    {
        QFETCH(quint32, slotPages);
        QFETCH(int, stride);
        const NdbFile ndb = makeNdb(m_headers, slotPages, stride);
        const auto packages = readNdbPackages(ndb.bytes);
        QVERIFY2(packages, packages ? "" : qPrintable(packages.error().detail));
        QCOMPARE(lines(packages.value()), m_rpmQa);
    }

    void readsTheGuestsPackagesDb()
    {
        MemoryGuestFiles files;
        files.addFile(QStringLiteral("/usr/lib/sysimage/rpm/Packages.db"), makeNdb(m_headers, 2, 70).bytes);
        files.addFile(QStringLiteral("/usr/lib/sysimage/rpm/Index.db"), "not read");
        files.addFile(QStringLiteral("/usr/lib/sysimage/rpm/.rpm.lock"), "");
        files.addSymlink(QStringLiteral("/var/lib/rpm"), QStringLiteral("../../usr/lib/sysimage/rpm"));
        QStringList copied;
        const auto packages = readGuestRpmDatabase(files, test::copyOutOf(files, &copied));
        QVERIFY2(packages, packages ? "" : qPrintable(packages.error().message + packages.error().detail));
        QCOMPARE(infos(packages.value()), m_rpmInfos);
        QCOMPARE(copied, QStringList{QStringLiteral("/usr/lib/sysimage/rpm/Packages.db")});
    }

    void aDamagedGuestDatabaseIsAnError()
    {
        NdbFile ndb = makeNdb(m_headers);
        ndb.bytes[ndb.blobOffsets.at(3) + 40] = char(ndb.bytes.at(ndb.blobOffsets.at(3) + 40) ^ 0x20);
        MemoryGuestFiles files;
        files.addFile(QStringLiteral("/var/lib/rpm/Packages.db"), ndb.bytes);
        const auto packages = readGuestRpmDatabase(files, test::copyOutOf(files));
        QVERIFY(!packages);
        QCOMPARE(int(packages.error().code), int(ErrorCode::Corrupt));
        QVERIFY2(packages.error().detail.contains(QLatin1String("checksum")), qPrintable(packages.error().detail));
    }

    void hostileContainers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const NdbFile good = makeNdb(m_headers, 2, 50);
        const int corrupt = int(ErrorCode::Corrupt), truncated = int(ErrorCode::Truncated);
        auto patched = [&](qsizetype at, quint32 v) {
            QByteArray b = good.bytes;
            putLe32(b, at, v);
            return b;
        };
        QTest::newRow("empty") << QByteArray() << corrupt;
        QTest::newRow("header only") << good.bytes.first(32) << truncated;
        QTest::newRow("not ndb") << QByteArray(4096, 'x') << corrupt;
        QTest::newRow("last blob cut") << good.bytes.chopped(16) << truncated;
        QTest::newRow("odd length") << good.bytes.chopped(5) << truncated;
        QTest::newRow("slot pages cut") << good.bytes.first(4096) << truncated;
        QTest::newRow("unknown version") << patched(4, 1) << corrupt;
        QTest::newRow("huge slot page count") << patched(12, 0xffffffffu) << truncated;
        QTest::newRow("no slot pages") << patched(12, 0) << truncated;
        QTest::newRow("slot past the end") << patched(good.slotOffsets.at(2) + 8, 0xfffffff0u) << truncated;
        QTest::newRow("huge block count") << patched(good.slotOffsets.at(2) + 12, 0xffffffffu) << truncated;
        QTest::newRow("slot inside slot pages") << patched(good.slotOffsets.at(1) + 8, 3) << corrupt;
        QTest::newRow("slot without blocks") << patched(good.slotOffsets.at(1) + 12, 0) << corrupt;
        QTest::newRow("slot without package") << patched(good.slotOffsets.at(1) + 4, 0) << corrupt;
        QTest::newRow("two slots one package") << patched(good.slotOffsets.at(4) + 4, 2) << corrupt;
        QTest::newRow("slot magic gone") << patched(good.slotOffsets.at(0) + 16, 0) << corrupt;
        QTest::newRow("slot one block short") << patched(good.slotOffsets.at(0) + 12, quint32((good.blobOffsets.at(1) - good.blobOffsets.at(0)) / 16 - 1)) << corrupt;
        QTest::newRow("two slots one blob") << patched(good.slotOffsets.at(1) + 8, qFromLittleEndian<quint32>(good.bytes.constData() + good.slotOffsets.at(0) + 8)) << corrupt;
        QTest::newRow("slot one block long") << patched(good.slotOffsets.at(0) + 12, quint32((good.blobOffsets.at(1) - good.blobOffsets.at(0)) / 16 + 1)) << corrupt;
        QTest::newRow("blob of another package") << patched(good.blobOffsets.at(2) + 4, 1) << corrupt;
        QTest::newRow("huge blob length") << patched(good.blobOffsets.at(2) + 12, 0xffffffe0u) << corrupt;
        QTest::newRow("blob tail magic gone") << patched(good.blobOffsets.at(1) - 4, 0) << corrupt;
        QTest::newRow("bad checksum") << patched(good.blobOffsets.at(1) - 12, 0x12345678) << corrupt;
    }

    void hostileContainers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const auto packages = readNdbPackages(bytes);
        QVERIFY2(!packages, "a damaged file was read");
        QCOMPARE(int(packages.error().code), code);
        QVERIFY(!packages.error().message.isEmpty());
    }

    // Every free slot pointing at the first blob: refused for the overlap
    // before any blob is read, so the checksum work stays one pass over the file.
    void slotsSharingABlob()
    {
        NdbFile ndb = makeNdb(m_headers.first(1));
        const quint32 blkoff = qFromLittleEndian<quint32>(ndb.bytes.constData() + ndb.slotOffsets.at(0) + 8);
        const quint32 blkcnt = qFromLittleEndian<quint32>(ndb.bytes.constData() + ndb.slotOffsets.at(0) + 12);
        quint32 pkgidx = 100;
        for (qsizetype at = ndb.slotOffsets.at(0) + 16; at < 4096; at += 16) {
            putLe32(ndb.bytes, at + 4, pkgidx++);
            putLe32(ndb.bytes, at + 8, blkoff);
            putLe32(ndb.bytes, at + 12, blkcnt);
        }
        const auto packages = readNdbPackages(ndb.bytes);
        QVERIFY(!packages);
        QVERIFY2(packages.error().detail.contains(QLatin1String("overlap")), qPrintable(packages.error().detail));
    }

    // A checksummed container around damaged headers: the header reader's own checks.
    void hostileHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray h = m_headers.at(0);
        const qsizetype name = entryOf(h, 1000);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("intro only") << h.first(8);
        QTest::newRow("no entries") << withBe32(h, 0, 0);
        QTest::newRow("index count past rpm's limit") << withBe32(h, 0, 0x10000);
        QTest::newRow("huge index count") << withBe32(h, 0, 0xffffffffu);
        QTest::newRow("index count one more") << withBe32(h, 0, qFromBigEndian<quint32>(h.constData()) + 1);
        QTest::newRow("huge data length") << withBe32(h, 4, 0xfffffff0u);
        QTest::newRow("data length one short") << withBe32(h, 4, qFromBigEndian<quint32>(h.constData() + 4) - 1);
        QTest::newRow("blob cut") << h.chopped(1);
        QTest::newRow("name offset past the data") << withBe32(h, name + 8, 0x7ffffff0);
        QTest::newRow("name offset at the end") << withBe32(h, name + 8, qFromBigEndian<quint32>(h.constData() + 4));
        QTest::newRow("name as a number") << withBe32(h, name + 4, 4);
        QTest::newRow("name with a huge count") << withBe32(h, name + 12, 0xffffffffu);
        QTest::newRow("no name") << withBe32(h, name, 999);
        QTest::newRow("name without its end") << [&] {
            // The name starts at the data store's last byte, which is made not a NUL.
            QByteArray b = withBe32(h, name + 8, qFromBigEndian<quint32>(h.constData() + 4) - 1);
            b[b.size() - 1] = 'x';
            return b;
        }();
    }

    void hostileHeaders()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!parseRpmHeader(header));
        QList<QByteArray> headers = m_headers;
        headers[0] = header;
        const auto packages = readWith(headers);
        QVERIFY2(!packages, "a damaged header was read");
        QCOMPARE(int(packages.error().code), int(ErrorCode::Corrupt));
    }

    // Every shorter file is refused, and every byte changed inside a blob is caught.
    void everyCutAndEveryBlobByte()
    {
        const NdbFile good = makeNdb(m_headers.first(2));
        QVERIFY(readNdbPackages(good.bytes));
        for (qsizetype n = 0; n < good.bytes.size(); ++n)
            QVERIFY2(!readNdbPackages(good.bytes.first(n)), qPrintable(QString::number(n)));
        for (qsizetype at = good.blobOffsets.at(0); at < good.bytes.size(); ++at) {
            QByteArray b = good.bytes;
            b[at] = char(b.at(at) ^ 0x01);
            QVERIFY2(!readNdbPackages(b), qPrintable(QString::number(at)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRpmNdb)
#include "tst_rpmndb.moc"
