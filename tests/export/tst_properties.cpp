// Glance properties: derivation per family and firmware from the clean
// in-memory guests of the check tests, overrides, validation against the
// metadefs table, and the JSON / YAML / shell renderers (each read back by a
// real parser: QJsonDocument, yaml-cpp, /bin/sh with a stub `openstack`).
#include "GuestFixtures.h"

#include "checks/CheckRun.h"
#include "glance/Properties.h"
#include "guest/FirmwareFacts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

Q_DECLARE_METATYPE(QList<imageprep::PartitionInfo>)

using namespace imageprep;
using namespace imageprep::testing;

namespace {

// Keys whose derived values must carry a reason and validate cleanly.
PropertySet deriveFor(const Guest &g, const DeriveOptions &options = {})
{
    const CheckRun run = runChecklist(g.facts, g.files);
    return deriveProperties(g.facts, run, options);
}

CheckRun runWith(const QString &id, CheckStatus status)
{
    CheckRun run;
    run.results.append(CheckResult{id, status, s("summary"), {}});
    return run;
}

} // namespace

class TestProperties final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deriveFamilies_data();
    void deriveFamilies();
    void everyDerivedValueSaysWhyAndValidates();
    void withoutVirtioTheBusIsEmulated_data();
    void withoutVirtioTheBusIsEmulated();
    void agentOnlyWhenTheCheckPasses_data();
    void agentOnlyWhenTheCheckPasses();
    void autoDiskConfig_data();
    void autoDiskConfig();
    void minDiskRoundsUp_data();
    void minDiskRoundsUp();
    void virtioScsiAndRng();
    void distroNames_data();
    void distroNames();
    void architectureNames();
    void firmwareFromBootFacts_data();
    void firmwareFromBootFacts();
    void virtioRngFromKernelConfig_data();
    void virtioRngFromKernelConfig();
    void overrides();
    void malformedOverridesChangeNothing_data();
    void malformedOverridesChangeNothing();
    void metadefsTable();
    void validation_data();
    void validation();
    void createBodyJson();
    void yamlReadsBackAsTheSameValues();
    void shellScriptPassesEveryProperty();
};

void TestProperties::deriveFamilies_data()
{
    QTest::addColumn<Guest>("guest");
    QTest::addColumn<bool>("uefi");
    QTest::addColumn<QString>("distro");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("minRam");
    QTest::addColumn<QString>("autoDisk");

    const struct {
        Family family;
        const char *distro, *version, *minRam, *autoDisk;
    } rows[] = {
        {Family::Debian, "debian", "12", "512", "True"},
        {Family::Ubuntu, "ubuntu", "22.04", "512", "True"},
        {Family::Rocky, "rocky", "9.2", "1024", "False"},
        {Family::OpenSuse, "opensuse", "15.5", "512", "False"},
        {Family::Alpine, "alpine", "3.18", "512", "True"},
    };
    for (const auto &r : rows) {
        for (const bool uefi : {false, true}) {
            Guest g = cleanGuest(r.family);
            g.facts.firmware = uefi ? Firmware::Uefi : Firmware::Bios;
            g.facts.virtualSize = qint64(10) << 30;
            QTest::newRow(qPrintable(g.label + (uefi ? s(" uefi") : s(" bios"))))
                << g << uefi << s(r.distro) << s(r.version) << s(r.minRam) << s(r.autoDisk);
        }
    }
}

void TestProperties::deriveFamilies()
{
    QFETCH(Guest, guest);
    QFETCH(bool, uefi);
    QFETCH(QString, distro);
    QFETCH(QString, version);
    QFETCH(QString, minRam);
    QFETCH(QString, autoDisk);

    const PropertySet p = deriveFor(guest);
    QCOMPARE(p.value(s("os_type")), s("linux"));
    QCOMPARE(p.value(s("os_distro")), distro);
    QCOMPARE(p.value(s("os_version")), version);
    QCOMPARE(p.value(s("architecture")), s("x86_64"));
    // The clean guests pass virtio-drivers and qemu-guest-agent.
    QCOMPARE(p.value(s("hw_disk_bus")), s("virtio"));
    QCOMPARE(p.value(s("hw_vif_model")), s("virtio"));
    QVERIFY(!p.contains(s("hw_scsi_model")));
    QCOMPARE(p.value(s("hw_qemu_guest_agent")), s("yes"));
    QCOMPARE(p.value(s("os_require_quiesce")), s("yes"));
    QCOMPARE(p.value(s("hw_firmware_type")), uefi ? s("uefi") : s("bios"));
    QCOMPARE(p.contains(s("hw_machine_type")), uefi);
    if (uefi)
        QCOMPARE(p.value(s("hw_machine_type")), s("q35"));
    QCOMPARE(p.value(s("min_disk")), s("10"));
    QCOMPARE(p.value(s("min_ram")), minRam);
    QCOMPARE(p.value(s("auto_disk_config")), autoDisk);
    QCOMPARE(p.value(s("cloud_init_installed")), s("True"));
    QCOMPARE(p.value(s("disk_format")), s("qcow2"));
    QCOMPARE(p.value(s("container_format")), s("bare"));
    QVERIFY(!p.contains(s("hw_rng_model")));
}

void TestProperties::everyDerivedValueSaysWhyAndValidates()
{
    for (const Family f : allFamilies()) {
        Guest g = cleanGuest(f);
        g.facts.virtualSize = qint64(3) << 30;
        const PropertySet p = deriveFor(g);
        for (const ImageProperty &prop : p.properties()) {
            QVERIFY2(!prop.reason.isEmpty(), qPrintable(g.label + s(": ") + prop.key));
            QCOMPARE(prop.origin, ImageProperty::Origin::Derived);
        }
        const QList<PropertyIssue> issues = validateProperties(p);
        for (const PropertyIssue &i : issues)
            QFAIL(qPrintable(g.label + s(": ") + i.message));
    }
}

void TestProperties::withoutVirtioTheBusIsEmulated_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("uefi");
    QTest::addColumn<QString>("bus");
    QTest::newRow("virtio missing, bios: ide") << int(CheckStatus::Fail) << false << s("ide");
    QTest::newRow("virtio missing, uefi (q35 has no IDE): sata") << int(CheckStatus::Fail) << true << s("sata");
    QTest::newRow("virtio only a warning: not trusted") << int(CheckStatus::Warning) << false << s("ide");
    QTest::newRow("virtio unknown: not trusted") << int(CheckStatus::Unknown) << true << s("sata");
}

void TestProperties::withoutVirtioTheBusIsEmulated()
{
    QFETCH(int, status);
    QFETCH(bool, uefi);
    QFETCH(QString, bus);
    GuestFacts facts = cleanGuest(Family::Debian).facts;
    facts.firmware = uefi ? Firmware::Uefi : Firmware::Bios;
    const PropertySet p = deriveProperties(facts, runWith(s("virtio-drivers"), CheckStatus(status)));
    QCOMPARE(p.value(s("hw_disk_bus")), bus);
    QCOMPARE(p.value(s("hw_vif_model")), s("e1000"));
    QVERIFY(p.find(s("hw_disk_bus"))->reason.contains(s("virtio-drivers")));
}

void TestProperties::agentOnlyWhenTheCheckPasses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("expected");
    QTest::newRow("agent check passes") << int(CheckStatus::Pass) << true;
    QTest::newRow("agent not installed") << int(CheckStatus::Fail) << false;
    QTest::newRow("agent installed, not started") << int(CheckStatus::Warning) << false;
}

void TestProperties::agentOnlyWhenTheCheckPasses()
{
    QFETCH(int, status);
    QFETCH(bool, expected);
    const PropertySet p = deriveProperties(cleanGuest(Family::Rocky).facts, runWith(s("qemu-guest-agent"), CheckStatus(status)));
    QCOMPARE(p.contains(s("hw_qemu_guest_agent")), expected);
    QCOMPARE(p.contains(s("os_require_quiesce")), expected);
    if (expected)
        QVERIFY(p.find(s("hw_qemu_guest_agent"))->reason.contains(s("qemu-guest-agent")));
}

void TestProperties::autoDiskConfig_data()
{
    QTest::addColumn<QList<PartitionInfo>>("partitions");
    QTest::addColumn<bool>("lvm");
    QTest::addColumn<QString>("expected");
    const PartitionInfo ext4{s("/dev/sda1"), 1, 1048576, 1 << 30, s("ext4")};
    PartitionInfo ext3 = ext4;
    ext3.fstype = s("ext3");
    PartitionInfo xfs = ext4;
    xfs.fstype = s("xfs");
    PartitionInfo efi{s("/dev/sda1"), 1, 1048576, 100 << 20, s("vfat")};
    PartitionInfo root2 = ext4;
    root2.device = s("/dev/sda2");
    root2.number = 2;
    QTest::newRow("one ext4 partition") << QList<PartitionInfo>{ext4} << false << s("True");
    QTest::newRow("one ext3 partition") << QList<PartitionInfo>{ext3} << false << s("True");
    QTest::newRow("one xfs partition") << QList<PartitionInfo>{xfs} << false << s("False");
    QTest::newRow("ESP and ext4") << QList<PartitionInfo>{efi, root2} << false << s("False");
    QTest::newRow("one ext4 partition but LVM") << QList<PartitionInfo>{ext4} << true << s("False");
    QTest::newRow("no partitions") << QList<PartitionInfo>{} << false << s("False");
}

void TestProperties::autoDiskConfig()
{
    QFETCH(QList<PartitionInfo>, partitions);
    QFETCH(bool, lvm);
    QFETCH(QString, expected);
    GuestFacts facts = cleanGuest(Family::Debian).facts;
    facts.partitions = partitions;
    if (lvm)
        facts.lvm.physicalVolumes = {s("/dev/sda2")};
    const PropertySet p = deriveProperties(facts, CheckRun{});
    QCOMPARE(p.value(s("auto_disk_config")), expected);
}

void TestProperties::minDiskRoundsUp_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("gib");
    QTest::newRow("exactly 2 GiB") << (qint64(2) << 30) << s("2");
    QTest::newRow("2 GiB and one byte") << (qint64(2) << 30) + 1 << s("3");
    QTest::newRow("512 MiB") << (qint64(512) << 20) << s("1");
    QTest::newRow("200 GiB") << (qint64(200) << 30) << s("200");
}

void TestProperties::minDiskRoundsUp()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, gib);
    DeriveOptions o;
    o.virtualSize = bytes;
    QCOMPARE(deriveProperties(GuestFacts{}, CheckRun{}, o).value(s("min_disk")), gib);
}

void TestProperties::virtioScsiAndRng()
{
    DeriveOptions o;
    o.preferVirtioScsi = true;
    o.virtioRng = true;
    o.minRamMiB = 2048;
    o.diskFormat = s("raw");
    const PropertySet p = deriveProperties(cleanGuest(Family::Debian).facts, runWith(s("virtio-drivers"), CheckStatus::Pass), o);
    QCOMPARE(p.value(s("hw_disk_bus")), s("scsi"));
    QCOMPARE(p.value(s("hw_scsi_model")), s("virtio-scsi"));
    QCOMPARE(p.value(s("hw_rng_model")), s("virtio"));
    QCOMPARE(p.value(s("min_ram")), s("2048"));
    QCOMPARE(p.value(s("disk_format")), s("raw"));
    // Without virtio drivers virtio-scsi is no more bootable than virtio-blk.
    const PropertySet q = deriveProperties(cleanGuest(Family::Debian).facts, runWith(s("virtio-drivers"), CheckStatus::Fail), o);
    QVERIFY(!q.contains(s("hw_scsi_model")));
}

void TestProperties::distroNames_data()
{
    QTest::addColumn<QString>("libguestfs");
    QTest::addColumn<QString>("glance");
    QTest::newRow("archlinux") << s("archlinux") << s("arch");
    QTest::newRow("sles") << s("sles") << s("sled");
    QTest::newRow("opensuse") << s("opensuse") << s("opensuse");
    QTest::newRow("opensuse-leap") << s("opensuse-leap") << s("opensuse");
    QTest::newRow("opensuse-tumbleweed") << s("opensuse-tumbleweed") << s("opensuse");
    QTest::newRow("alpinelinux") << s("alpinelinux") << s("alpine");
    QTest::newRow("linuxmint") << s("linuxmint") << s("mint");
    QTest::newRow("debian unchanged") << s("debian") << s("debian");
    QTest::newRow("ubuntu unchanged") << s("ubuntu") << s("ubuntu");
    QTest::newRow("centos unchanged") << s("centos") << s("centos");
    QTest::newRow("rhel unchanged") << s("rhel") << s("rhel");
    QTest::newRow("fedora unchanged") << s("fedora") << s("fedora");
}

void TestProperties::distroNames()
{
    QFETCH(QString, libguestfs);
    QFETCH(QString, glance);
    QCOMPARE(glanceDistroName(libguestfs), glance);
    GuestFacts facts;
    facts.distro = libguestfs;
    const PropertySet p = deriveProperties(facts, CheckRun{});
    QCOMPARE(p.value(s("os_distro")), glance);
    QVERIFY(p.find(s("os_distro"))->reason.contains(libguestfs));
}

void TestProperties::architectureNames()
{
    GuestFacts facts;
    facts.arch = s("i386");
    QCOMPARE(deriveProperties(facts, CheckRun{}).value(s("architecture")), s("i686"));
    facts.arch = s("aarch64");
    facts.firmware = Firmware::Uefi;
    const PropertySet arm = deriveProperties(facts, CheckRun{});
    QCOMPARE(arm.value(s("architecture")), s("aarch64"));
    QCOMPARE(arm.value(s("hw_firmware_type")), s("uefi"));
    QVERIFY(!arm.contains(s("hw_machine_type"))); // q35 is x86-only; ARM's virt has UEFI

}

void TestProperties::firmwareFromBootFacts_data()
{
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<bool>("biosBootPartition");
    QTest::addColumn<QString>("firmware");
    QTest::addColumn<QString>("machine");    // empty: unset
    QTest::addColumn<QString>("secureBoot"); // empty: unset
    QTest::addColumn<QString>("reasonHas");
    QTest::newRow("UEFI only") << QStringList{s("grub-efi-amd64")} << false << s("uefi") << s("q35") << QString()
                               << s("UEFI boot package grub-efi-amd64 installed");
    QTest::newRow("UEFI only, signed chain") << QStringList{s("shim-signed"), s("grub-efi-amd64-signed")} << false
                                             << s("uefi") << s("q35") << s("optional") << s("EFI system partition /dev/sda1");
    QTest::newRow("hybrid stays BIOS") << QStringList{s("grub-efi-amd64"), s("grub-pc")} << false << s("bios") << QString()
                                       << QString() << s("BIOS and UEFI");
    QTest::newRow("BIOS boot partition: hybrid") << QStringList{s("shim-signed"), s("grub-efi-amd64-signed")} << true
                                                 << s("bios") << QString() << QString() << s("BIOS boot partition /dev/sda2");
}

void TestProperties::firmwareFromBootFacts()
{
    QFETCH(QStringList, packages);
    QFETCH(bool, biosBootPartition);
    QFETCH(QString, firmware);
    QFETCH(QString, machine);
    QFETCH(QString, secureBoot);
    QFETCH(QString, reasonHas);
    GuestFacts facts;
    facts.arch = s("x86_64");
    facts.partitionTable = s("gpt");
    PartitionInfo esp;
    esp.device = s("/dev/sda1");
    esp.fstype = s("vfat");
    esp.mountpoint = s("/boot/efi");
    esp.gptType = QString(EspGptType);
    facts.partitions << esp;
    if (biosBootPartition) {
        PartitionInfo bb;
        bb.device = s("/dev/sda2");
        bb.gptType = QString(BiosBootGptType);
        facts.partitions << bb;
    }
    for (const QString &p : packages)
        facts.packages << PackageInfo{p, s("1")};
    facts.boot = decideFirmware(facts, {s("/boot/efi/EFI/BOOT/BOOTX64.EFI")}, false);
    facts.firmware = facts.boot.uefiBoot && !facts.boot.biosBoot ? Firmware::Uefi : Firmware::Bios;
    const PropertySet p = deriveProperties(facts, CheckRun{});
    QCOMPARE(p.value(s("hw_firmware_type")), firmware);
    QVERIFY2(p.find(s("hw_firmware_type"))->reason.contains(reasonHas), qPrintable(p.find(s("hw_firmware_type"))->reason));
    QCOMPARE(p.contains(s("hw_machine_type")), !machine.isEmpty());
    if (!machine.isEmpty())
        QCOMPARE(p.value(s("hw_machine_type")), machine);
    QCOMPARE(p.contains(s("os_secure_boot")), !secureBoot.isEmpty());
    if (!secureBoot.isEmpty())
        QCOMPARE(p.value(s("os_secure_boot")), secureBoot);
    QVERIFY(!hasErrors(validateProperties(p)));
}

void TestProperties::virtioRngFromKernelConfig_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("builtin");
    QTest::addColumn<bool>("expected");
    QTest::newRow("module") << QByteArray("CONFIG_HW_RANDOM=y\nCONFIG_HW_RANDOM_VIRTIO=m\n") << QByteArray() << true;
    QTest::newRow("built in") << QByteArray("CONFIG_HW_RANDOM_VIRTIO=y\n") << QByteArray() << true;
    QTest::newRow("not set") << QByteArray("# CONFIG_HW_RANDOM_VIRTIO is not set\n") << QByteArray() << false;
    QTest::newRow("no config, modules.builtin lists it") << QByteArray() << QByteArray("kernel/drivers/char/hw_random/virtio-rng.ko\n") << true;
    QTest::newRow("nothing to read") << QByteArray() << QByteArray() << false;
}

void TestProperties::virtioRngFromKernelConfig()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, builtin);
    QFETCH(bool, expected);
    GuestFacts facts;
    facts.kernels = {KernelInfo{s("6.1.0-13-amd64"), s("/boot/vmlinuz-6.1.0-13-amd64")}};
    MemoryGuestFiles files;
    if (!config.isEmpty())
        files.addFile(s("/boot/config-6.1.0-13-amd64"), config);
    if (!builtin.isEmpty())
        files.addFile(s("/lib/modules/6.1.0-13-amd64/modules.builtin"), builtin);
    QCOMPARE(kernelHasVirtioRng(facts, files), expected);
}

void TestProperties::overrides()
{
    PropertySet p = deriveFor(cleanGuest(Family::Debian));
    QVERIFY(p.contains(s("hw_qemu_guest_agent")));
    const Status st = p.applyOverrides({s("hw_disk_bus=scsi"), s("hw_scsi_model=virtio-scsi"), s("description=a=b")},
                                       {s("hw_qemu_guest_agent"), s("not_there")});
    QVERIFY(st.ok());
    QCOMPARE(p.value(s("hw_disk_bus")), s("scsi"));
    QCOMPARE(p.find(s("hw_disk_bus"))->origin, ImageProperty::Origin::User);
    QCOMPARE(p.value(s("description")), s("a=b")); // only the first '=' separates
    QVERIFY(!p.contains(s("hw_qemu_guest_agent")));
    QCOMPARE(p.find(s("os_distro"))->origin, ImageProperty::Origin::Derived);
}

void TestProperties::malformedOverridesChangeNothing_data()
{
    QTest::addColumn<QStringList>("set");
    QTest::addColumn<QStringList>("unset");
    QTest::newRow("no equals sign") << QStringList{s("os_distro=debian"), s("hw_disk_bus")} << QStringList{};
    QTest::newRow("empty key") << QStringList{s("=virtio")} << QStringList{};
    QTest::newRow("empty unset") << QStringList{} << QStringList{s("min_ram"), s(" ")};
}

void TestProperties::malformedOverridesChangeNothing()
{
    QFETCH(QStringList, set);
    QFETCH(QStringList, unset);
    const PropertySet before = deriveFor(cleanGuest(Family::Debian));
    PropertySet p = before;
    const Status st = p.applyOverrides(set, unset);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
    QVERIFY(p == before);
}

void TestProperties::metadefsTable()
{
    const Metadefs &d = Metadefs::builtin();
    QVERIFY(d.keys().size() > 50);
    const Metadefs::Definition *bus = d.find(s("hw_disk_bus"));
    QVERIFY(bus);
    QVERIFY(bus->enumValues.contains(s("virtio")));
    QVERIFY(bus->enumValues.contains(s("sata")));
    QCOMPARE(bus->ns, s("OS::Compute::LibvirtImage"));
    // Prefixed namespaces: compute-cpu-pinning's cpu_policy is hw_cpu_policy on images.
    QVERIFY(d.find(s("hw_cpu_policy")));
    QVERIFY(d.find(s("hw_firmware_type"))->enumValues == (QStringList{s("bios"), s("uefi")}));
    QVERIFY(d.isReadOnly(s("os_hash_value")));
    QVERIFY(d.isReserved(s("os_glance_import_method")));
    QVERIFY(!d.isReserved(s("os_distro")));

    QVERIFY(!Metadefs::fromJson("not json").ok());
    QVERIFY(!Metadefs::fromJson("{\"properties\": {}}").ok());
}

void TestProperties::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // "", "warning", "error"

    QTest::newRow("hw_disk_bus virtio") << s("hw_disk_bus") << s("virtio") << s("");
    QTest::newRow("hw_disk_bus nvme is not in the value set") << s("hw_disk_bus") << s("nvme") << s("error");
    QTest::newRow("hw_disk_bus is case sensitive") << s("hw_disk_bus") << s("VirtIO") << s("error");
    QTest::newRow("hw_vif_model e1000e") << s("hw_vif_model") << s("e1000e") << s("");
    QTest::newRow("hw_vif_model virtio-net is wrong") << s("hw_vif_model") << s("virtio-net") << s("error");
    QTest::newRow("hw_firmware_type efi is wrong") << s("hw_firmware_type") << s("efi") << s("error");
    QTest::newRow("hw_video_model qxl") << s("hw_video_model") << s("qxl") << s("");
    QTest::newRow("hw_video_model vmware is wrong") << s("hw_video_model") << s("vmware") << s("error");
    QTest::newRow("os_secure_boot required") << s("os_secure_boot") << s("required") << s("");
    QTest::newRow("os_secure_boot yes is wrong") << s("os_secure_boot") << s("yes") << s("error");
    QTest::newRow("hw_qemu_guest_agent yes") << s("hw_qemu_guest_agent") << s("yes") << s("");
    QTest::newRow("hw_qemu_guest_agent True is wrong") << s("hw_qemu_guest_agent") << s("True") << s("error");
    QTest::newRow("min_disk integer") << s("min_disk") << s("20") << s("");
    QTest::newRow("min_disk not an integer") << s("min_disk") << s("20G") << s("error");
    QTest::newRow("min_ram negative") << s("min_ram") << s("-1") << s("error");
    QTest::newRow("auto_disk_config boolean") << s("auto_disk_config") << s("False") << s("");
    QTest::newRow("auto_disk_config not a boolean") << s("auto_disk_config") << s("maybe") << s("error");
    QTest::newRow("hw_vif_multiqueue_enabled boolean") << s("hw_vif_multiqueue_enabled") << s("true") << s("");
    QTest::newRow("disk_format vmdk") << s("disk_format") << s("vmdk") << s("");
    QTest::newRow("disk_format qcow3 is wrong") << s("disk_format") << s("qcow3") << s("error");
    QTest::newRow("reserved prefix os_glance_") << s("os_glance_import_method") << s("web-download") << s("error");
    QTest::newRow("read-only checksum") << s("checksum") << s("abc") << s("error");
    QTest::newRow("read-only os_hash_value") << s("os_hash_value") << s("abc") << s("error");
    QTest::newRow("read-only id") << s("id") << s("1234") << s("error");
    QTest::newRow("unknown key is a warning") << s("my_team") << s("ops") << s("warning");
    QTest::newRow("255-character key is allowed (unknown)") << QString(255, QLatin1Char('k')) << s("x") << s("warning");
    QTest::newRow("256-character key is refused") << QString(256, QLatin1Char('k')) << s("x") << s("error");
}

void TestProperties::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    PropertySet p;
    p.set(key, value, s("test"));
    const QList<PropertyIssue> issues = validateProperties(p);
    if (expected.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().key, key);
    QCOMPARE(issues.first().level, expected == s("error") ? PropertyIssue::Level::Error : PropertyIssue::Level::Warning);
    QCOMPARE(hasErrors(issues), expected == s("error"));
    QVERIFY(!issues.first().message.isEmpty());
}

void TestProperties::createBodyJson()
{
    Guest g = cleanGuest(Family::Debian);
    g.facts.virtualSize = qint64(4) << 30;
    PropertySet p = deriveFor(g);
    p.set(s("description"), s("say \"hi\"\nnext line"), s("user"));
    const QByteArray json = toGlanceCreateJson(p, s("debian-12 ready"));
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(o.value(s("name")).toString(), s("debian-12 ready"));
    // Core fields with their own types; every custom property a string.
    QVERIFY(o.value(s("min_disk")).isDouble());
    QVERIFY(o.value(s("min_ram")).isDouble());
    QCOMPARE(o.value(s("min_ram")).toInt(), 512);
    QCOMPARE(o.value(s("disk_format")).toString(), s("qcow2"));
    QCOMPARE(o.value(s("container_format")).toString(), s("bare"));
    QCOMPARE(o.value(s("auto_disk_config")).toString(), s("True"));
    QCOMPARE(o.value(s("hw_qemu_guest_agent")).toString(), s("yes"));
    QCOMPARE(o.value(s("description")).toString(), s("say \"hi\"\nnext line"));
    QCOMPARE(o.size(), p.size() + 1); // + name
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != s("min_disk") && it.key() != s("min_ram"))
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
    }
}

void TestProperties::yamlReadsBackAsTheSameValues()
{
    PropertySet p = deriveFor(cleanGuest(Family::Rocky));
    const QString tricky = s("a: b # not a comment, 'quoted' \"double\" \\ back\ttab\nline — ünïcode");
    p.set(s("description"), tricky, s("user"));
    p.set(s("odd key: with colon"), s("- looks like a list"), s("user"));
    p.set(s("numeric_string"), s("007"), s("user"));
    p.set(s("bool_string"), s("yes"), s("user"));
    const QByteArray yaml = toYaml(p, s("rocky 9"));
    const YAML::Node root = YAML::Load(yaml.toStdString());
    QVERIFY(root.IsMap());
    QCOMPARE(QString::fromStdString(root["name"].as<std::string>()), s("rocky 9"));
    for (const ImageProperty &prop : p.properties()) {
        const YAML::Node v = root[prop.key.toStdString()];
        QVERIFY2(v.IsDefined(), qPrintable(prop.key));
        QCOMPARE(QString::fromStdString(v.as<std::string>()), prop.value);
        // Strings stay strings: quoted, so YAML 1.1 readers see no booleans or octals.
        if (prop.key != s("min_disk") && prop.key != s("min_ram"))
            QCOMPARE(v.Tag(), std::string("!"));
    }
    QVERIFY(yaml.contains("# " + p.find(s("hw_disk_bus"))->reason.toUtf8()));
}

void TestProperties::shellScriptPassesEveryProperty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A stub openstack that prints one argument per line (NUL would be exact; no test value has a newline).
    QFile stub(dir.filePath(s("openstack")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    stub.close();
    stub.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    Guest g = cleanGuest(Family::Debian);
    g.facts.virtualSize = qint64(4) << 30;
    PropertySet p = deriveFor(g);
    QCOMPARE(p.value(s("min_disk")), s("4"));
    p.set(s("description"), s("it's $HOME `date` \"q\""), s("user"));
    const QByteArray script = toOpenstackScript(p, s("-dash name"), s("my image.qcow2"));
    QFile f(dir.filePath(s("upload.sh")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(script);
    f.close();

    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("PATH"), dir.path() + s(":/usr/bin:/bin"));
    sh.setProcessEnvironment(env);
    sh.start(s("/bin/sh"), {f.fileName()});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QStringList args = QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'));
    QCOMPARE(args.takeLast(), QString());

    QCOMPARE(args.value(0), s("image"));
    QCOMPARE(args.value(1), s("create"));
    auto valueOf = [&args](const QString &opt) { return args.value(args.indexOf(opt) + 1); };
    QCOMPARE(valueOf(s("--disk-format")), s("qcow2"));
    QCOMPARE(valueOf(s("--container-format")), s("bare"));
    QCOMPARE(valueOf(s("--min-disk")), p.value(s("min_disk")));
    QCOMPARE(valueOf(s("--min-ram")), s("512"));
    QCOMPARE(valueOf(s("--file")), s("my image.qcow2"));
    QCOMPARE(args.mid(args.size() - 2), (QStringList{s("--"), s("-dash name")}));
    QStringList props;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == s("--property"))
            props << args[i + 1];
    }
    QStringList expected;
    for (const ImageProperty &prop : p.properties()) {
        if (!QStringList{s("disk_format"), s("container_format"), s("min_disk"), s("min_ram")}.contains(prop.key))
            expected << prop.key + QLatin1Char('=') + prop.value;
    }
    QCOMPARE(props, expected);
}

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
