// The firmware decision and the network stacks on in-memory guests: UEFI
// only, BIOS only, hybrid, signed chains, ESPs found by type or by mount
// point, fstab specs matched to partitions.
#include "guest/FirmwareFacts.h"
#include "guest/NetworkStack.h"

#include <QTest>

#include <algorithm>

using namespace imageprep;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

PartitionInfo part(const char *device, const char *fstype, const char *mountpoint, QString gptType = {})
{
    PartitionInfo p;
    p.device = s(device);
    p.number = p.device.right(1).toInt();
    p.fstype = s(fstype);
    p.mountpoint = s(mountpoint);
    p.gptType = gptType;
    return p;
}

GuestFacts gptGuest(const QStringList &packages, bool biosBootPartition = false)
{
    GuestFacts f;
    f.partitionTable = s("gpt");
    f.partitions << part("/dev/sda1", "vfat", "/boot/efi", QString(EspGptType));
    if (biosBootPartition)
        f.partitions << part("/dev/sda2", "", "", QString(BiosBootGptType));
    f.partitions << part("/dev/sda3", "ext4", "/");
    for (const QString &name : packages)
        f.packages << PackageInfo{name, s("1.0")};
    return f;
}

QStringList kinds(const FirmwareInfo &info)
{
    QStringList out;
    for (const FirmwareEvidence &e : info.evidence)
        out << describe(e);
    return out;
}

} // namespace

class TestFirmwareFacts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void uefiOnlyEvidence();
    void espByMountpointOnMbr();
    void signedChainNeedsShimAndSignedGrub();
    void removableLoaderMissing();
    void efiLoadersFromTree();
    void grubInMbr();
    void fstabSpecs_data();
    void fstabSpecs();
    void networkStacks();
};

void TestFirmwareFacts::decide_data()
{
    QTest::addColumn<GuestFacts>("facts");
    QTest::addColumn<QStringList>("loaders");
    QTest::addColumn<bool>("mbrGrub");
    QTest::addColumn<bool>("uefi");
    QTest::addColumn<bool>("bios");
    QTest::addColumn<bool>("signedChain");

    const QStringList grubx64{s("/boot/efi/EFI/debian/grubx64.efi"), s("/boot/efi/EFI/BOOT/BOOTX64.EFI")};
    QTest::newRow("GPT, ESP, grub-efi: UEFI only") << gptGuest({s("grub-efi-amd64")}) << grubx64 << false << true << false << false;
    QTest::newRow("ESP with loader files only: UEFI only") << gptGuest({}) << grubx64 << false << true << false << false;
    QTest::newRow("ESP without loader or package: no UEFI") << gptGuest({}) << QStringList() << false << false << false << false;
    QTest::newRow("BIOS boot partition too: hybrid") << gptGuest({s("grub-efi-amd64")}, true) << grubx64 << false << true << true << false;
    QTest::newRow("grub-pc too: hybrid") << gptGuest({s("grub-efi-amd64-bin"), s("grub-pc")}) << grubx64 << false << true << true << false;
    QTest::newRow("GRUB in the MBR: hybrid") << gptGuest({s("grub-efi-amd64")}) << grubx64 << true << true << true << false;
    QTest::newRow("grub-pc-bin is no BIOS evidence") << gptGuest({s("grub-efi-amd64"), s("grub-pc-bin")}) << grubx64 << false << true << false << false;
    QTest::newRow("shim and signed GRUB: signed") << gptGuest({s("shim-signed"), s("grub-efi-amd64-signed")})
                                                  << QStringList{s("/boot/efi/EFI/debian/shimx64.efi"), s("/boot/efi/EFI/debian/grubx64.efi")}
                                                  << false << true << false << true;
    QTest::newRow("RHEL shim-x64 and grub2-efi-x64: signed") << gptGuest({s("shim-x64"), s("grub2-efi-x64")})
                                                             << QStringList{s("/boot/efi/EFI/redhat/shimx64.efi")}
                                                             << false << true << false << true;
    GuestFacts mbr;
    mbr.partitionTable = s("msdos");
    mbr.partitions << part("/dev/sda1", "ext4", "/");
    QTest::newRow("MBR without ESP: BIOS") << mbr << QStringList() << false << false << true << false;
}

void TestFirmwareFacts::decide()
{
    QFETCH(GuestFacts, facts);
    QFETCH(QStringList, loaders);
    QFETCH(bool, mbrGrub);
    const FirmwareInfo info = decideFirmware(facts, loaders, mbrGrub);
    QTEST(info.uefiBoot, "uefi");
    QTEST(info.biosBoot, "bios");
    QCOMPARE(info.hybrid(), info.uefiBoot && info.biosBoot);
    QTEST(info.signedChain, "signedChain");
    QVERIFY(!info.evidence.isEmpty());
}

void TestFirmwareFacts::uefiOnlyEvidence()
{
    const FirmwareInfo info = decideFirmware(gptGuest({s("grub-efi-amd64")}), {s("/boot/efi/EFI/debian/grubx64.efi")}, false);
    QCOMPARE(info.espDevice, s("/dev/sda1"));
    QCOMPARE(info.espMountpoint, s("/boot/efi"));
    const QStringList why = kinds(info);
    QVERIFY2(why.contains(s("EFI system partition /dev/sda1")), qPrintable(why.join(u'|')));
    QVERIFY(why.contains(s("EFI boot loader /boot/efi/EFI/debian/grubx64.efi")));
    QVERIFY(why.contains(s("UEFI boot package grub-efi-amd64 installed")));
    QCOMPARE(describeBootModes(info), s("UEFI only"));
}

void TestFirmwareFacts::espByMountpointOnMbr()
{
    // A vfat partition at /efi without the ESP type (some installers, MBR disks).
    GuestFacts f;
    f.partitionTable = s("msdos");
    f.partitions << part("/dev/sda1", "vfat", "/efi") << part("/dev/sda2", "ext4", "/");
    f.packages << PackageInfo{s("systemd-boot"), s("252")};
    QCOMPARE(findEsp(f), 0);
    const FirmwareInfo info = decideFirmware(f, {s("/efi/EFI/systemd/systemd-bootx64.efi")}, false);
    QVERIFY(info.uefiBoot);
    QVERIFY(!info.biosBoot); // the MBR-without-ESP rule does not apply: there is an ESP
    // vfat elsewhere is no ESP.
    f.partitions[0].mountpoint = s("/data");
    QCOMPARE(findEsp(f), -1);
}

void TestFirmwareFacts::signedChainNeedsShimAndSignedGrub()
{
    // shim without a signed GRUB (a self-built grubx64.efi) cannot pass Secure Boot.
    const FirmwareInfo info = decideFirmware(gptGuest({s("grub-efi-amd64")}),
                                             {s("/boot/efi/EFI/debian/shimx64.efi"), s("/boot/efi/EFI/debian/grubx64.efi")}, false);
    QVERIFY(info.uefiBoot);
    QVERIFY(!info.signedChain);
}

void TestFirmwareFacts::removableLoaderMissing()
{
    const FirmwareInfo without = decideFirmware(gptGuest({s("grub-efi-amd64")}), {s("/boot/efi/EFI/debian/grubx64.efi")}, false);
    QVERIFY(std::any_of(without.evidence.cbegin(), without.evidence.cend(),
                        [](const FirmwareEvidence &e) { return e.kind == FirmwareEvidence::Kind::NoRemovableLoader; }));
    const FirmwareInfo with = decideFirmware(gptGuest({s("grub-efi-amd64")}),
                                             {s("/boot/efi/EFI/debian/grubx64.efi"), s("/boot/efi/EFI/BOOT/BOOTX64.EFI")}, false);
    QVERIFY(std::none_of(with.evidence.cbegin(), with.evidence.cend(),
                         [](const FirmwareEvidence &e) { return e.kind == FirmwareEvidence::Kind::NoRemovableLoader; }));
}

void TestFirmwareFacts::efiLoadersFromTree()
{
    MemoryGuestFiles t;
    t.addFile(s("/boot/efi/EFI/debian/grubx64.efi"), "MZ");
    t.addFile(s("/boot/efi/EFI/debian/grub.cfg"), "search");
    t.addFile(s("/boot/efi/EFI/BOOT/BOOTX64.EFI"), "MZ");
    t.addDir(s("/boot/efi/EFI/empty"));
    const QStringList found = findEfiLoaders(t, s("/boot/efi"));
    QCOMPARE(found, (QStringList{s("/boot/efi/EFI/BOOT/BOOTX64.EFI"), s("/boot/efi/EFI/debian/grubx64.efi")}));
    QVERIFY(findEfiLoaders(t, QString()).isEmpty());
    QVERIFY(findEfiLoaders(t, s("/efi")).isEmpty());
}

void TestFirmwareFacts::grubInMbr()
{
    QByteArray sector(512, '\0');
    QVERIFY(!mbrHasGrub(sector));
    sector.replace(0x180, 5, "GRUB ");
    QVERIFY(mbrHasGrub(sector));
    // Beyond the boot code (the partition entries) it does not count.
    QByteArray late(512, '\0');
    late.replace(450, 5, "GRUB ");
    QVERIFY(!mbrHasGrub(late));
}

void TestFirmwareFacts::fstabSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("matches");
    QTest::newRow("vfat UUID") << s("UUID=A1B2-C3D4") << true;
    QTest::newRow("vfat UUID, other case") << s("UUID=a1b2-c3d4") << true;
    QTest::newRow("by-uuid path") << s("/dev/disk/by-uuid/A1B2-C3D4") << true;
    QTest::newRow("other UUID") << s("UUID=0000-0000") << false;
    QTest::newRow("LABEL") << s("LABEL=EFI") << true;
    QTest::newRow("PARTUUID") << s("PARTUUID=5d1e2f3a-0000-4000-8000-000000000001") << true;
    QTest::newRow("virtio name of the same partition") << s("/dev/vda1") << true;
    QTest::newRow("another partition") << s("/dev/vda2") << false;
}

void TestFirmwareFacts::fstabSpecs()
{
    QFETCH(QString, spec);
    PartitionInfo p = part("/dev/sda1", "vfat", "");
    p.uuid = s("A1B2-C3D4");
    p.label = s("EFI");
    QTEST(fstabSpecMatches(spec, p, s("5D1E2F3A-0000-4000-8000-000000000001")), "matches");

    const auto entries = parseFstab(s("# comment\nUUID=A1B2-C3D4  /boot/efi vfat umask=0077 0 1\n/swapfile none swap sw 0 0\n"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().second, s("/boot/efi"));
}

void TestFirmwareFacts::networkStacks()
{
    MemoryGuestFiles t;
    GuestFacts f;
    QVERIFY(detectNetworkStacks(t, f).isEmpty());
    t.addFile(s("/etc/network/interfaces"), "auto lo\niface lo inet loopback\n");
    QCOMPARE(detectNetworkStacks(t, f), QStringList{s("ifupdown")});

    MemoryGuestFiles u;
    u.addFile(s("/usr/sbin/netplan"), "#!/usr/bin/python3", 0755);
    u.addFile(s("/etc/netplan/50-cloud-init.yaml"), "network:\n  version: 2\n");
    f.enabledServices = {s("systemd-networkd.service")};
    QCOMPARE(detectNetworkStacks(u, f), (QStringList{s("netplan"), s("systemd-networkd")}));

    GuestFacts rhel;
    rhel.packages = {PackageInfo{s("NetworkManager"), s("1.42")}};
    QCOMPARE(detectNetworkStacks(MemoryGuestFiles(), rhel), QStringList{s("NetworkManager")});

    GuestFacts suse;
    suse.enabledServices = {s("wicked.service")};
    QCOMPARE(detectNetworkStacks(MemoryGuestFiles(), suse), QStringList{s("wicked")});
}

QTEST_GUILESS_MAIN(TestFirmwareFacts)
#include "tst_firmwarefacts.moc"
