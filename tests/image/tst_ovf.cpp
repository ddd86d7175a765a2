// OVF descriptor and .mf manifest parsing: VMware OVF 1.x and VirtualBox
// OVF 2.0 shapes, capacity units, boot disk choice, and hostile input.
#include "image/Ovf.h"

#include <QTest>

using namespace imageprep;
using namespace Qt::StringLiterals;


class TestOvf final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesVmwareOvf1();
    void parsesVirtualBoxOvf2();
    void bootDiskIsTheFirstAttached();
    void multiDiskIsRefusedForGlance();
    void allocationUnits_data();
    void allocationUnits();
    void refusesBadDescriptors_data();
    void refusesBadDescriptors();
    void parsesManifests_data();
    void parsesManifests();
    void refusesBadManifests_data();
    void refusesBadManifests();
};

// Kept below the class: moc's tokenizer does not understand multi-line raw
// string literals, and it stops looking for Q_OBJECT classes when it meets one.
namespace {

// Shaped like an ovftool export: OVF 1.0, vmw namespace, two disks, the
// second one attached first in the hardware section would be unusual, so
// the boot disk is the first one attached.
const QByteArray kVmwareOvf = R"(<?xml version="1.0" encoding="UTF-8"?>
<Envelope vmw:buildId="build-123" xmlns="http://schemas.dmtf.org/ovf/envelope/1"
  xmlns:cim="http://schemas.dmtf.org/wbem/wscim/1/common"
  xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
  xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
  xmlns:vmw="http://www.vmware.com/schema/ovf"
  xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <References>
    <File ovf:href="web-disk1.vmdk" ovf:id="file1" ovf:size="123456"/>
    <File ovf:href="web-disk2.vmdk" ovf:id="file2" ovf:size="4096"/>
  </References>
  <DiskSection>
    <Info>Virtual disk information</Info>
    <Disk ovf:capacity="20" ovf:capacityAllocationUnits="byte * 2^30" ovf:diskId="vmdisk1" ovf:fileRef="file1" ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized" ovf:populatedSize="1048576"/>
    <Disk ovf:capacity="512" ovf:capacityAllocationUnits="byte * 2^20" ovf:diskId="vmdisk2" ovf:fileRef="file2" ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
  </DiskSection>
  <VirtualSystem ovf:id="web">
    <Info>A virtual machine</Info>
    <Name>web</Name>
    <OperatingSystemSection ovf:id="101" vmw:osType="ubuntu64Guest">
      <Info>The kind of installed guest operating system</Info>
      <Description>Ubuntu Linux (64-bit)</Description>
    </OperatingSystemSection>
    <VirtualHardwareSection>
      <Item>
        <rasd:AddressOnParent>0</rasd:AddressOnParent>
        <rasd:ElementName>Hard disk 1</rasd:ElementName>
        <rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>
        <rasd:InstanceID>6</rasd:InstanceID>
        <rasd:ResourceType>17</rasd:ResourceType>
      </Item>
      <Item>
        <rasd:AddressOnParent>1</rasd:AddressOnParent>
        <rasd:HostResource>ovf:/disk/vmdisk2</rasd:HostResource>
        <rasd:ResourceType>17</rasd:ResourceType>
      </Item>
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
)";

// Shaped like a VirtualBox 7 "OVF 2.0" export: gzip-compressed disk file,
// sasd StorageItem, vbox:OSType inside the OS section.
const QByteArray kVboxOvf2 = R"(<?xml version="1.0"?>
<Envelope ovf:version="2.0" xml:lang="en-US" xmlns="http://schemas.dmtf.org/ovf/envelope/2" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2" xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData" xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData" xmlns:sasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData" xmlns:epasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData" xmlns:vbox="http://www.virtualbox.org/ovf/machine">
  <References>
    <File ovf:id="file1" ovf:href="debian-disk001.vmdk" ovf:compression="gzip"/>
  </References>
  <DiskSection>
    <Info>List of the virtual disks used in the package</Info>
    <Disk ovf:capacity="10737418240" ovf:diskId="vmdisk1" ovf:fileRef="file1" ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized" vbox:uuid="0f3c2a4e-1111-2222-3333-444455556666"/>
  </DiskSection>
  <VirtualSystem ovf:id="debian">
    <Info>A virtual machine</Info>
    <OperatingSystemSection ovf:id="96">
      <Info>The kind of installed guest operating system</Info>
      <Description>Debian_64</Description>
      <vbox:OSType ovf:required="false">Debian_64</vbox:OSType>
    </OperatingSystemSection>
    <VirtualHardwareSection>
      <StorageItem>
        <sasd:AddressOnParent>0</sasd:AddressOnParent>
        <sasd:HostResource>/disk/vmdisk1</sasd:HostResource>
        <sasd:ResourceType>17</sasd:ResourceType>
      </StorageItem>
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
)";

} // namespace

void TestOvf::parsesVmwareOvf1()
{
    const auto d = parseOvf(kVmwareOvf);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->ovfMajorVersion, 1);
    QCOMPARE(d->producer, u"VMware"_s);
    QCOMPARE(d->virtualSystemName, u"web"_s);
    QCOMPARE(d->osId, u"101"_s);
    QCOMPARE(d->osType, u"ubuntu64Guest"_s);
    QCOMPARE(d->osDescription, u"Ubuntu Linux (64-bit)"_s);
    QCOMPARE(d->files.size(), 2);
    QCOMPARE(d->disks.size(), 2);
    QCOMPARE(d->bootDisk, 0);
    const OvfDisk &disk = d->disks.at(0);
    QCOMPARE(disk.diskId, u"vmdisk1"_s);
    QCOMPARE(disk.href, u"web-disk1.vmdk"_s);
    QCOMPARE(disk.fileSize, 123456);
    QCOMPARE(disk.capacity, 20ll << 30);
    QCOMPARE(disk.populatedSize, 1048576);
    QCOMPARE(disk.format, u"vmdk"_s);
    QCOMPARE(disk.subformat, u"streamOptimized"_s);
    QVERIFY(disk.compression.isEmpty());
    QCOMPARE(d->disks.at(1).capacity, 512ll << 20);
}

void TestOvf::parsesVirtualBoxOvf2()
{
    const auto d = parseOvf(kVboxOvf2);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->ovfMajorVersion, 2);
    QCOMPARE(d->producer, u"VirtualBox"_s);
    QCOMPARE(d->osId, u"96"_s);
    QCOMPARE(d->osType, u"Debian_64"_s);
    QCOMPARE(d->bootDisk, 0);
    const OvfDisk &disk = d->disks.at(0);
    QCOMPARE(disk.href, u"debian-disk001.vmdk"_s);
    QCOMPARE(disk.compression, u"gzip"_s);
    QCOMPARE(disk.fileSize, -1);
    QCOMPARE(disk.capacity, 10737418240ll);
    QCOMPARE(disk.format, u"vmdk"_s);
}

void TestOvf::bootDiskIsTheFirstAttached()
{
    // Attach vmdisk2 first: it becomes the boot disk even though it is
    // listed second in the DiskSection.
    QByteArray xml = kVmwareOvf;
    xml.replace("ovf:/disk/vmdisk1", "ovf:/disk/TMP");
    xml.replace("ovf:/disk/vmdisk2", "ovf:/disk/vmdisk1");
    xml.replace("ovf:/disk/TMP", "ovf:/disk/vmdisk2");
    const auto d = parseOvf(xml);
    QVERIFY(d.ok());
    QCOMPARE(d->bootDisk, 1);
    QCOMPARE(d->disks.at(d->bootDisk).href, u"web-disk2.vmdk"_s);
}

void TestOvf::multiDiskIsRefusedForGlance()
{
    const auto two = parseOvf(kVmwareOvf);
    QVERIFY(two.ok());
    const Status refused = singleDiskForGlance(two.value());
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(u"2 disks"_s), qPrintable(message));
    QVERIFY2(message.contains(u"vmdisk1 (web-disk1.vmdk, 20.0 GiB), the boot disk"_s), qPrintable(message));
    QVERIFY2(message.contains(u"vmdisk2 (web-disk2.vmdk, 0.5 GiB)"_s), qPrintable(message));
    const auto one = parseOvf(kVboxOvf2);
    QVERIFY(one.ok());
    QVERIFY(singleDiskForGlance(one.value()).ok());
}

void TestOvf::allocationUnits_data()
{
    QTest::addColumn<QString>("units");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("empty means bytes") << QString() << 1ll;
    QTest::newRow("byte") << u"byte"_s << 1ll;
    QTest::newRow("byte * 2^20") << u"byte * 2^20"_s << (1ll << 20);
    QTest::newRow("byte*2^30 without spaces") << u"byte*2^30"_s << (1ll << 30);
    QTest::newRow("byte * 10^9") << u"byte * 10^9"_s << 1000000000ll;
    QTest::newRow("MegaBytes (old VMware)") << u"MegaBytes"_s << (1ll << 20);
    QTest::newRow("GigaBytes (old VMware)") << u"GigaBytes"_s << (1ll << 30);
    QTest::newRow("overflowing power") << u"byte * 2^99"_s << -1ll;
    QTest::newRow("unknown unit") << u"furlongs"_s << -1ll;
}

void TestOvf::allocationUnits()
{
    QFETCH(QString, units);
    QFETCH(qint64, bytes);
    QCOMPARE(ovfAllocationUnitBytes(units), bytes);
}

void TestOvf::refusesBadDescriptors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("code");

    QByteArray laughs = kVmwareOvf;
    laughs.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE Envelope [<!ENTITY a \"aaaaaaaaaa\">"
                   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
    laughs.replace("<Name>web</Name>", "<Name>&b;</Name>");
    QTest::newRow("entity expansion (DOCTYPE)") << laughs << int(ErrorCode::UnsafeArchive);

    QByteArray external = kVmwareOvf;
    external.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE Envelope [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
    QTest::newRow("external entity") << external << int(ErrorCode::UnsafeArchive);

    QTest::newRow("not an envelope")
        << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << int(ErrorCode::NotAnImage);
    QTest::newRow("envelope in a foreign namespace")
        << QByteArray("<Envelope xmlns=\"urn:example\"/>") << int(ErrorCode::NotAnImage);
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::NotAnImage);

    QByteArray truncated = kVmwareOvf.left(kVmwareOvf.indexOf("<VirtualSystem"));
    QTest::newRow("truncated XML") << truncated << int(ErrorCode::Corrupt);

    QByteArray dangling = kVmwareOvf;
    dangling.replace("ovf:fileRef=\"file1\"", "ovf:fileRef=\"file9\"");
    QTest::newRow("disk refers to an undeclared file") << dangling << int(ErrorCode::Corrupt);

    QByteArray badUnit = kVmwareOvf;
    badUnit.replace("byte * 2^30", "parsecs");
    QTest::newRow("unknown capacity unit") << badUnit << int(ErrorCode::Corrupt);

    QByteArray badCapacity = kVmwareOvf;
    badCapacity.replace("ovf:capacity=\"20\"", "ovf:capacity=\"${disk.size}\"");
    QTest::newRow("capacity is not a number") << badCapacity << int(ErrorCode::Corrupt);

    QByteArray overflow = kVmwareOvf;
    overflow.replace("ovf:capacity=\"20\"", "ovf:capacity=\"9000000000000\"");
    QTest::newRow("capacity overflows") << overflow << int(ErrorCode::Corrupt);

    QByteArray negativeSize = kVmwareOvf;
    negativeSize.replace("ovf:size=\"123456\"", "ovf:size=\"-5\"");
    QTest::newRow("negative file size") << negativeSize << int(ErrorCode::Corrupt);
}

void TestOvf::refusesBadDescriptors()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, code);
    const auto d = parseOvf(xml);
    QVERIFY(!d.ok());
    QCOMPARE(int(d.error().code), code);
    QVERIFY(!d.error().message.isEmpty());
}

void TestOvf::parsesManifests_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    const QByteArray sha1(40, 'a');
    const QByteArray sha256(64, 'B');
    QTest::newRow("VMware SHA256, no spaces")
        << QByteArray("SHA256(web.ovf)= " + sha256 + "\nSHA256(web-disk1.vmdk)= " + sha256 + "\n")
        << u"SHA256"_s << u"web.ovf"_s << 2;
    QTest::newRow("VirtualBox SHA1, spaced, CRLF")
        << QByteArray("SHA1 (debian.ovf) = " + sha1 + "\r\nSHA1 (debian-disk001.vmdk) = " + sha1 + "\r\n")
        << u"SHA1"_s << u"debian.ovf"_s << 2;
    QTest::newRow("file name with parentheses")
        << QByteArray("SHA1(disk (copy).vmdk)= " + sha1 + "\n") << u"SHA1"_s << u"disk (copy).vmdk"_s << 1;
    QTest::newRow("blank lines are fine")
        << QByteArray("\n\nSHA256(a.ovf)= " + sha256 + "\n\n") << u"SHA256"_s << u"a.ovf"_s << 1;
}

void TestOvf::parsesManifests()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, algorithm);
    QFETCH(QString, file);
    QFETCH(int, count);
    const auto m = parseManifest(text);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->size(), count);
    QCOMPARE(m->first().algorithm, algorithm);
    QCOMPARE(m->first().fileName, file);
    QCOMPARE(m->first().digest, m->first().digest.toLower()); // normalised for comparison
    QCOMPARE(m->first().digest.size(), algorithm == "SHA1"_L1 ? 40 : 64);
}

void TestOvf::refusesBadManifests_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("MD5 is not an OVF digest") << QByteArray("MD5(a.ovf)= " + QByteArray(32, 'a'));
    QTest::newRow("digest too short") << QByteArray("SHA256(a.ovf)= abcdef");
    QTest::newRow("not hex") << QByteArray("SHA1(a.ovf)= " + QByteArray(40, 'z'));
    QTest::newRow("free text") << QByteArray("hello world\n");
}

void TestOvf::refusesBadManifests()
{
    QFETCH(QByteArray, text);
    const auto m = parseManifest(text);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::Corrupt);
}

QTEST_GUILESS_MAIN(TestOvf)
#include "tst_ovf.moc"
