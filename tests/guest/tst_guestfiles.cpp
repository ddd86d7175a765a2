// GuestFiles: symlink-safe resolution and bounded reads over an in-memory tree.
#include "guest/GuestFiles.h"

#include <QTest>

using namespace imageprep;

class TestGuestFiles final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsPlainFile();
    void followsLinksInsideGuest_data();
    void followsLinksInsideGuest();
    void refusesEscapesAndLoops_data();
    void refusesEscapesAndLoops();
    void boundsReads();
    void globMatchesNames();
    void cleansPaths();
};

void TestGuestFiles::readsPlainFile()
{
    MemoryGuestFiles fs;
    fs.addFile(QStringLiteral("/etc/hostname"), "guest\n");
    const GuestRead r = fs.read(QStringLiteral("/etc/hostname"));
    QVERIFY(r.ok());
    QCOMPARE(r.content, QByteArray("guest\n"));
    QCOMPARE(fs.read(QStringLiteral("/etc/missing")).status, GuestRead::Status::Missing);
    QCOMPARE(fs.read(QStringLiteral("/etc")).status, GuestRead::Status::NotAFile);
}

void TestGuestFiles::followsLinksInsideGuest_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute target is guest-absolute")
        << QStringLiteral("/etc/alt") << QStringLiteral("/etc/real") << QStringLiteral("/etc/real");
    QTest::newRow("relative target")
        << QStringLiteral("/etc/alt") << QStringLiteral("real") << QStringLiteral("/etc/real");
    QTest::newRow("dot-dot inside the guest")
        << QStringLiteral("/usr/lib/alt") << QStringLiteral("../../etc/real") << QStringLiteral("/etc/real");
}

void TestGuestFiles::followsLinksInsideGuest()
{
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    MemoryGuestFiles fs;
    fs.addFile(QStringLiteral("/etc/real"), "content");
    fs.addSymlink(link, target);
    const GuestRead r = fs.read(link);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.resolvedPath, expected);
    QCOMPARE(r.content, QByteArray("content"));
}

void TestGuestFiles::refusesEscapesAndLoops_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("link climbs above root")
        << QStringLiteral("/etc/escape") << int(GuestRead::Status::SymlinkEscapes);
    QTest::newRow("self loop") << QStringLiteral("/etc/self") << int(GuestRead::Status::SymlinkLoop);
    QTest::newRow("two-link loop") << QStringLiteral("/etc/a") << int(GuestRead::Status::SymlinkLoop);
    QTest::newRow("directory link loop")
        << QStringLiteral("/loopdir/x/y") << int(GuestRead::Status::SymlinkLoop);
}

void TestGuestFiles::refusesEscapesAndLoops()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    MemoryGuestFiles fs;
    fs.addSymlink(QStringLiteral("/etc/escape"), QStringLiteral("../../../host/etc/shadow"));
    fs.addSymlink(QStringLiteral("/etc/self"), QStringLiteral("self"));
    fs.addSymlink(QStringLiteral("/etc/a"), QStringLiteral("/etc/b"));
    fs.addSymlink(QStringLiteral("/etc/b"), QStringLiteral("a"));
    fs.addSymlink(QStringLiteral("/loopdir"), QStringLiteral("/loopdir"));
    const GuestRead r = fs.read(path);
    QCOMPARE(int(r.status), status);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.content.isEmpty());
}

void TestGuestFiles::boundsReads()
{
    MemoryGuestFiles fs;
    fs.addFile(QStringLiteral("/var/log/huge"), QByteArray(5000, 'x'));
    const GuestRead r = fs.read(QStringLiteral("/var/log/huge"), 4096);
    QCOMPARE(r.status, GuestRead::Status::TooLarge);
    QVERIFY(r.content.isEmpty());
    QVERIFY(fs.read(QStringLiteral("/var/log/huge"), 5000).ok());
}

void TestGuestFiles::globMatchesNames()
{
    MemoryGuestFiles fs;
    fs.addFile(QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-eth0"), "");
    fs.addFile(QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-ens3"), "");
    fs.addFile(QStringLiteral("/etc/sysconfig/network-scripts/route-eth0"), "");
    const QStringList got = fs.glob(QStringLiteral("/etc/sysconfig/network-scripts"), QStringLiteral("ifcfg-*"));
    QCOMPARE(got, (QStringList{QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-ens3"),
                               QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-eth0")}));
    QVERIFY(fs.glob(QStringLiteral("/nonexistent"), QStringLiteral("*")).isEmpty());
}

void TestGuestFiles::cleansPaths()
{
    QCOMPARE(cleanGuestPath(QStringLiteral("etc//default/./grub")), QStringLiteral("/etc/default/grub"));
    QCOMPARE(cleanGuestPath(QStringLiteral("/")), QStringLiteral("/"));
}

QTEST_GUILESS_MAIN(TestGuestFiles)
#include "tst_guestfiles.moc"
