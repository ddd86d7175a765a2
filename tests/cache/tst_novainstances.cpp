// Nova's instance list as the report reads it: libvirt domain XML with
// <nova:instance> metadata, and exported `openstack server list/show` JSON.
#include "cache/NovaInstances.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;

class TestNovaInstances final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsLibvirtXml();
    void refusesBrokenXml();
    void readsServerList();
    void readsServerShow();
    void refusesBadJson_data();
    void refusesBadJson();
    void choosesTheSource();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestNovaInstances::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestNovaInstances::readsLibvirtXml()
{
    write(QStringLiteral("xml/instance-0000000a.xml"),
          "<domain type='kvm'><name>instance-0000000a</name><uuid>u-1</uuid><metadata>"
          "<nova:instance xmlns:nova=\"http://openstack.org/xmlns/libvirt/nova/1.1\"><nova:name>web</nova:name>"
          "<nova:flavor name=\"m1\"><nova:disk>20</nova:disk><nova:swap>512</nova:swap>"
          "<nova:ephemeral>10</nova:ephemeral></nova:flavor>"
          "<nova:root type=\"image\" uuid=\"img-1\"/></nova:instance></metadata>"
          "<devices><disk><source file='/x/disk'/></disk><interface><name>tap</name></interface></devices></domain>");
    // volume-backed: no <nova:root>
    write(QStringLiteral("xml/instance-0000000b.xml"),
          "<domain><name>instance-0000000b</name><uuid>u-2</uuid><metadata>"
          "<nova:instance xmlns:nova=\"http://openstack.org/xmlns/libvirt/nova/1.0\"/></metadata></domain>");
    // not Nova's: skipped
    write(QStringLiteral("xml/my-vm.xml"), "<domain><name>my-vm</name><uuid>u-3</uuid></domain>");
    const auto view = readLibvirtXmlDir(m_dir.filePath(QStringLiteral("xml")));
    QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error().message));
    QCOMPARE(view->source, InstanceSource::LibvirtXml);
    QCOMPARE(view->instances.size(), 2);
    const NovaInstance &a = view->instances.at(0);
    QCOMPARE(a.uuid, QStringLiteral("u-1"));
    QCOMPARE(a.name, QStringLiteral("instance-0000000a"));
    QCOMPARE(a.imageRef, std::optional<QString>(QStringLiteral("img-1")));
    QCOMPARE(a.swapMb, std::optional<qint64>(512));
    QCOMPARE(a.ephemeralGb, std::optional<qint64>(10));
    QVERIFY(!a.kernelIdsKnown);
    QCOMPARE(view->instances.at(1).imageRef, std::optional<QString>(QString()));
    QVERIFY(instanceSourceText(view.value()).contains(QStringLiteral("libvirt domain XML")));
}

void TestNovaInstances::refusesBrokenXml()
{
    write(QStringLiteral("badxml/instance-1.xml"), "<domain><name>x</name><uuid>u</uuid>");
    QVERIFY(!readLibvirtXmlDir(m_dir.filePath(QStringLiteral("badxml"))).ok());
    QVERIFY(!readLibvirtXmlDir(m_dir.filePath(QStringLiteral("nonexistent"))).ok());
}

void TestNovaInstances::readsServerList()
{
    const QString path = write(QStringLiteral("list.json"),
        R"json([{"ID": "u-1", "Name": "web", "Status": "ACTIVE", "Task State": null, "Image ID": "img-1", "Host": "c1"},
            {"ID": "u-2", "Status": "RESIZE", "Task State": "resize_migrating", "Image ID": ""},
            {"ID": "u-3", "Status": "VERIFY_RESIZE", "Image ID": "N/A (booted from volume)"}])json");
    const auto view = readInstanceListJson(path);
    QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error().message));
    QCOMPARE(view->instances.size(), 3);
    QCOMPARE(view->instances.at(0).imageRef, std::optional<QString>(QStringLiteral("img-1")));
    QVERIFY(!view->instances.at(0).resizing);
    QVERIFY(view->instances.at(1).resizing);
    QVERIFY(view->instances.at(2).resizing);
    QCOMPARE(view->instances.at(2).imageRef, std::optional<QString>(QString()));
    QVERIFY(!view->instances.at(0).swapMb);
    QVERIFY(!view->notes.isEmpty()); // no kernel ids in a server list
}

void TestNovaInstances::readsServerShow()
{
    const QString path = write(QStringLiteral("show.json"),
        R"json([{"id": "u-1", "image": "cirros (4f1c0d6e-1111-4111-8111-111111111111)",
             "OS-EXT-SRV-ATTR:kernel_id": "k-1", "OS-EXT-SRV-ATTR:ramdisk_id": "",
             "OS-EXT-SRV-ATTR:instance_name": "instance-00000001", "OS-EXT-STS:vm_state": "resized",
             "flavor": {"name": "m1", "swap": 256, "ephemeral": 0}}])json");
    const auto view = readInstanceListJson(path);
    QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error().message));
    const NovaInstance &i = view->instances.first();
    QCOMPARE(i.imageRef, std::optional<QString>(QStringLiteral("4f1c0d6e-1111-4111-8111-111111111111")));
    QCOMPARE(i.kernelId, std::optional<QString>(QStringLiteral("k-1")));
    QCOMPARE(i.ramdiskId, std::optional<QString>(QString()));
    QVERIFY(i.kernelIdsKnown);
    QCOMPARE(i.name, QStringLiteral("instance-00000001"));
    QVERIFY(i.resizing);
    QCOMPARE(i.swapMb, std::optional<qint64>(256));
    QCOMPARE(i.ephemeralGb, std::optional<qint64>(0));
    QVERIFY(view->notes.isEmpty());
}

void TestNovaInstances::refusesBadJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("not JSON") << QByteArray("ID,Name\n");
    QTest::newRow("a server without ID") << QByteArray(R"json([{"Name": "web"}])json");
    QTest::newRow("a row that is not an object") << QByteArray(R"json(["u-1"])json");
}

void TestNovaInstances::refusesBadJson()
{
    QFETCH(QByteArray, text);
    QVERIFY(!readInstanceListJson(write(QStringLiteral("bad.json"), text)).ok());
}

void TestNovaInstances::choosesTheSource()
{
    write(QStringLiteral("nonova/other.xml"), "<domain><name>vm</name><uuid>u</uuid></domain>");
    const QString list = write(QStringLiteral("one.json"), R"json([{"ID": "u-1", "Image ID": "i"}])json");
    // the exported list wins
    auto v = loadInstanceView(list, m_dir.filePath(QStringLiteral("xml")), true);
    QVERIFY(v.ok() && v.value() && v.value()->source == InstanceSource::InstanceList);
    // default folder without a Nova domain, or missing: disk chains
    v = loadInstanceView({}, m_dir.filePath(QStringLiteral("nonova")), false);
    QVERIFY(v.ok() && !v.value());
    v = loadInstanceView({}, m_dir.filePath(QStringLiteral("missing")), false);
    QVERIFY(v.ok() && !v.value());
    // a folder the user named must exist; an empty one is a real (empty) list
    QVERIFY(!loadInstanceView({}, m_dir.filePath(QStringLiteral("missing")), true).ok());
    v = loadInstanceView({}, m_dir.filePath(QStringLiteral("nonova")), true);
    QVERIFY(v.ok() && v.value() && v.value()->instances.isEmpty());
    // an empty DIR turns the XML off
    v = loadInstanceView({}, QString(), true);
    QVERIFY(v.ok() && !v.value());
}

QTEST_GUILESS_MAIN(TestNovaInstances)
#include "tst_novainstances.moc"
