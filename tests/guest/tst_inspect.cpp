// Integration: open and inspect generated guest images through a Session (one
// appliance each), check the facts that matter and that the original image
// is byte-for-byte unchanged; the error cases fail with the right code.
#include "session/Session.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace imageprep;
using imageprep::test::fixture;
using imageprep::test::sha256;

namespace {

struct Outcome {
    bool ok = false;
    GuestFacts facts;
    OpenedImage image;
    Error error;
    QStringList log;
};

Outcome openAndInspect(const QString &path)
{
    Session s;
    Outcome o;
    QObject::connect(&s, &Session::logMessage, [&o](const QString &l) { o.log << l; });
    QSignalSpy inspected(&s, &Session::inspected);
    QSignalSpy failed(&s, &Session::failed);
    QSignalSpy idle(&s, &Session::busyChanged);
    s.open(path);
    if (!idle.wait(10 * 60 * 1000))
        return o;
    if (!inspected.isEmpty()) {
        o.ok = true;
        o.facts = s.facts();
        o.image = s.image();
    }
    if (!failed.isEmpty())
        o.error = failed.first().first().value<Error>();
    return o;
}

} // namespace

class TestInspect final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void debianOnMbr();
    void rhelOnLvm();
    void gptWithEfi();
    void gptHybrid();
    void ovaWrappingVmdk();
    void xzCompressedRaw();
    void refusals_data();
    void refusals();
};

void TestInspect::debianOnMbr()
{
    const QString img = fixture(QStringLiteral("debian.qcow2"));
    const QByteArray before = sha256(img);
    const Outcome o = openAndInspect(img);
    QVERIFY2(o.ok, qPrintable(o.error.message + QLatin1Char(' ') + o.error.detail));
    const GuestFacts &f = o.facts;
    QCOMPARE(f.osType, QStringLiteral("linux"));
    QCOMPARE(f.distro, QStringLiteral("debian"));
    QCOMPARE(toString(f.family()), QStringLiteral("debian"));
    QCOMPARE(f.version(), QStringLiteral("12"));
    QCOMPARE(f.arch, QStringLiteral("x86_64"));
    QCOMPARE(f.productName, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(f.hostname, QStringLiteral("fixture-debian"));
    QCOMPARE(f.packageFormat, QStringLiteral("deb"));
    QCOMPARE(toString(f.init), QStringLiteral("systemd"));
    QCOMPARE(toString(f.firmware), QStringLiteral("bios"));
    QCOMPARE(f.partitionTable, QStringLiteral("msdos"));
    QCOMPARE(f.partitions.size(), 1);
    QCOMPARE(f.partitions.first().fstype, QStringLiteral("ext4"));
    QCOMPARE(f.partitions.first().mountpoint, QStringLiteral("/"));
    QVERIFY(f.partitions.first().isLast);
    QCOMPARE(f.partitions.first().uuid, QStringLiteral("0b6c3f3e-6b43-4a3c-9a53-7d1c2f1a0001"));
    QVERIFY(f.lvm.isEmpty());
    QVERIFY(!f.rootOnLvm());
    QCOMPARE(f.kernels.size(), 1);
    QCOMPARE(f.kernels.first().version, QStringLiteral("6.1.0-13-amd64"));
    QCOMPARE(f.packages.size(), 11); // the fixture's dpkg status lists eleven
    QCOMPARE(f.packageVersion(QStringLiteral("openssh-server")), QStringLiteral("1:9.2p1-2"));
    QVERIFY(f.isServiceEnabled(QStringLiteral("ssh")));
    QVERIFY(f.isServiceEnabled(QStringLiteral("cloud-final.service"))); // wanted by cloud-init.target
    QCOMPARE(f.virtualSize, qint64(256) << 20);
    QCOMPARE(sha256(img), before);
}

void TestInspect::rhelOnLvm()
{
    const QString img = fixture(QStringLiteral("rhel-lvm.qcow2"));
    const QByteArray before = sha256(img);
    const Outcome o = openAndInspect(img);
    QVERIFY2(o.ok, qPrintable(o.error.message));
    const GuestFacts &f = o.facts;
    QCOMPARE(f.distro, QStringLiteral("rocky"));
    QCOMPARE(toString(f.family()), QStringLiteral("redhat"));
    QCOMPARE(f.version(), QStringLiteral("9.2"));
    QCOMPARE(f.packageFormat, QStringLiteral("rpm"));
    QVERIFY(f.rootOnLvm());
    QCOMPARE(f.rootDevice, QStringLiteral("/dev/rl/root"));
    QCOMPARE(f.lvm.volumeGroups, QStringList{QStringLiteral("rl")});
    QCOMPARE(f.lvm.logicalVolumes.size(), 1);
    QCOMPARE(f.lvm.logicalVolumes.first().mountpoint, QStringLiteral("/"));
    QCOMPARE(f.partitions.size(), 2);
    QCOMPARE(f.partitions.at(0).mountpoint, QStringLiteral("/boot"));
    QCOMPARE(f.partitions.at(1).fstype, QStringLiteral("LVM2_member"));
    QVERIFY(f.partitions.at(1).isLast);
    // The kernel lives on the separate /boot partition.
    QCOMPARE(f.kernels.size(), 1);
    QVERIFY(f.isServiceEnabled(QStringLiteral("sshd")));
    QVERIFY(f.isServiceEnabled(QStringLiteral("firewalld")));
    // A real RPM database (sqlite): listed by libguestfs, or by the host's rpm
    // where Debian's libguestfs cannot read it (guest/RpmDatabase.h).
    QCOMPARE(f.packages.size(), 4);
    QCOMPARE(f.packageVersion(QStringLiteral("openssh-server")), QStringLiteral("8.7p1-29.el9"));
    QCOMPARE(f.packageVersion(QStringLiteral("shadow-utils")), QStringLiteral("2:4.9-6.el9"));
    QCOMPARE(sha256(img), before);
}

void TestInspect::gptWithEfi()
{
    const QString img = fixture(QStringLiteral("efi.qcow2"));
    const QByteArray before = sha256(img);
    const Outcome o = openAndInspect(img);
    QVERIFY2(o.ok, qPrintable(o.error.message));
    QCOMPARE(o.facts.partitionTable, QStringLiteral("gpt"));
    QCOMPARE(toString(o.facts.firmware), QStringLiteral("uefi"));
    QCOMPARE(o.facts.partitions.size(), 2);
    QCOMPARE(o.facts.partitions.at(0).fstype, QStringLiteral("vfat"));
    QCOMPARE(o.facts.partitions.at(0).mountpoint, QStringLiteral("/boot/efi"));
    QCOMPARE(o.facts.partitions.at(0).gptType.toUpper(), QStringLiteral("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"));
    QCOMPARE(o.facts.partitions.at(1).mountpoint, QStringLiteral("/"));
    QCOMPARE(o.facts.hostname, QStringLiteral("fixture-efi"));
    // UEFI only, and why: the ESP (mounted by PARTUUID=), its loaders, grub-efi.
    const FirmwareInfo &boot = o.facts.boot;
    QVERIFY(boot.uefiBoot);
    QVERIFY(!boot.biosBoot);
    QVERIFY(!boot.signedChain);
    QCOMPARE(boot.espDevice, QStringLiteral("/dev/sda1"));
    QCOMPARE(boot.espMountpoint, QStringLiteral("/boot/efi"));
    QCOMPARE(boot.efiLoaders, (QStringList{QStringLiteral("/boot/efi/EFI/BOOT/BOOTX64.EFI"),
                                           QStringLiteral("/boot/efi/EFI/debian/grubx64.efi")}));
    QStringList kinds;
    for (const FirmwareEvidence &e : boot.evidence)
        kinds << e.detail;
    QVERIFY2(kinds.contains(QStringLiteral("grub-efi-amd64")), qPrintable(kinds.join(u'|')));
    QVERIFY(o.facts.networkStacks.contains(QStringLiteral("netplan")));
    QCOMPARE(sha256(img), before);
}

void TestInspect::gptHybrid()
{
    const QString img = fixture(QStringLiteral("hybrid.qcow2"));
    const Outcome o = openAndInspect(img);
    QVERIFY2(o.ok, qPrintable(o.error.message));
    QCOMPARE(o.facts.partitions.size(), 3);
    QCOMPARE(o.facts.partitions.at(1).mountpoint, QStringLiteral("/boot/efi"));
    QCOMPARE(o.facts.partitions.at(2).mountpoint, QStringLiteral("/"));
    QVERIFY(o.facts.boot.hybrid());
    // Boots either way: BIOS is what every cloud gives it.
    QCOMPARE(toString(o.facts.firmware), QStringLiteral("bios"));
    bool biosBootPartition = false;
    for (const FirmwareEvidence &e : o.facts.boot.evidence)
        biosBootPartition = biosBootPartition || (e.kind == FirmwareEvidence::Kind::BiosBootPartition && e.detail == QStringLiteral("/dev/sda1"));
    QVERIFY(biosBootPartition);
}

void TestInspect::ovaWrappingVmdk()
{
    const QString ova = fixture(QStringLiteral("debian.ova"));
    const QByteArray before = sha256(ova);
    const Outcome o = openAndInspect(ova);
    QVERIFY2(o.ok, qPrintable(o.error.message + QLatin1Char(' ') + o.error.detail));
    QCOMPARE(o.image.container, QStringLiteral("ova"));
    QCOMPARE(o.image.info.format, QStringLiteral("vmdk"));
    QVERIFY(o.image.ovf.has_value());
    QCOMPARE(o.facts.distro, QStringLiteral("debian"));
    QCOMPARE(o.facts.hostname, QStringLiteral("fixture-debian"));
    QCOMPARE(sha256(ova), before);
}

void TestInspect::xzCompressedRaw()
{
    const QString xz = fixture(QStringLiteral("debian.raw.xz"));
    const QByteArray before = sha256(xz);
    const Outcome o = openAndInspect(xz);
    QVERIFY2(o.ok, qPrintable(o.error.message));
    QCOMPARE(o.image.container, QStringLiteral("xz"));
    QCOMPARE(o.image.info.format, QStringLiteral("raw"));
    QCOMPARE(o.facts.distro, QStringLiteral("debian"));
    QCOMPARE(sha256(xz), before);
}

void TestInspect::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("disk without an operating system")
        << QStringLiteral("noos.qcow2") << int(ErrorCode::NoOperatingSystem) << QStringLiteral("No operating system");
    QTest::newRow("two Linux roots on one disk")
        << QStringLiteral("multi.qcow2") << int(ErrorCode::MultipleOperatingSystems) << QStringLiteral("several operating systems");
    QTest::newRow("qcow2 cut in half")
        << QStringLiteral("truncated.qcow2") << int(ErrorCode::Truncated) << QString();
    QTest::newRow("text file") << QStringLiteral("notimage.txt") << int(ErrorCode::NotAnImage) << QString();
    QTest::newRow("missing file") << QStringLiteral("does-not-exist.qcow2") << int(ErrorCode::NotFound) << QString();
}

void TestInspect::refusals()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    const QString path = fixture(file);
    const QByteArray before = sha256(path);
    const Outcome o = openAndInspect(path);
    QVERIFY(!o.ok);
    QCOMPARE(int(o.error.code), code);
    QVERIFY(!o.error.message.isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(o.error.message.contains(messagePart), qPrintable(o.error.message));
    QCOMPARE(sha256(path), before);
}

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
