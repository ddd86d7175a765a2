// MAC matches per network stack (guest/NetworkMacs): which lines pin a MAC,
// and what the file looks like without them.
#include "guest/NetworkMacs.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::netmac;

class TestNetworkMacs final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stackByPath()
    {
        QVERIFY(stackOfPath(QStringLiteral("/etc/NetworkManager/system-connections/enp1s0.nmconnection")) == MacStack::NmKeyfile);
        QVERIFY(stackOfPath(QStringLiteral("/etc/systemd/network/10-eth0.network")) == MacStack::NetworkdNetwork);
        QVERIFY(stackOfPath(QStringLiteral("/etc/systemd/network/10-eth0.link")) == MacStack::NetworkdLink);
        QVERIFY(stackOfPath(QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-eth0")) == MacStack::Ifcfg);
        QVERIFY(stackOfPath(QStringLiteral("/etc/sysconfig/network/ifcfg-eth0")) == MacStack::Ifcfg);
        QVERIFY(!stackOfPath(QStringLiteral("/etc/network/interfaces")));
        QVERIFY(!stackOfPath(QStringLiteral("/etc/systemd/network/README")));
    }

    void lines_data()
    {
        QTest::addColumn<int>("stack");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("rhel ifcfg: HWADDR and MACADDR, not UUID or comments")
            << int(MacStack::Ifcfg)
            << QStringLiteral("DEVICE=eth0\nHWADDR=52:54:00:12:34:56\nUUID=5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03\n"
                              "#HWADDR=52:54:00:00:00:01\nMACADDR=\"52:54:00:12:34:57\"\nHWADDR=\n")
            << QList<int>{2, 5};
        QTest::newRow("suse ifcfg: LLADDR") << int(MacStack::Ifcfg)
                                            << QStringLiteral("BOOTPROTO='dhcp'\nLLADDR='52:54:00:12:34:56'\nSTARTMODE='auto'\n")
                                            << QList<int>{2};
        QTest::newRow("keyfile: mac-address with a value, not cloned-mac-address")
            << int(MacStack::NmKeyfile)
            << QStringLiteral("[connection]\nid=eth0\n\n[ethernet]\nmac-address=52:54:00:12:34:56\ncloned-mac-address=preserve\n"
                              "mac-address-blacklist=\n")
            << QList<int>{5};
        QTest::newRow("networkd: only in [Match]")
            << int(MacStack::NetworkdNetwork)
            << QStringLiteral("[Match]\nMACAddress=52:54:00:12:34:56\n\n[Link]\nMACAddress=52:54:00:99:99:99\n")
            << QList<int>{2};
        QTest::newRow("link: PermanentMACAddress") << int(MacStack::NetworkdLink)
                                                   << QStringLiteral("[Match]\nPermanentMACAddress=52:54:00:12:34:56\n[Link]\nName=eth0\n")
                                                   << QList<int>{2};
    }
    void lines()
    {
        QFETCH(int, stack);
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        QList<int> got;
        for (const MacLine &l : macLines(MacStack(stack), text)) {
            got << l.line;
            QCOMPARE(l.text, text.split(QLatin1Char('\n')).at(l.line - 1));
        }
        QCOMPARE(got, expected);
    }

    void edits_data()
    {
        QTest::addColumn<int>("stack");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("rhel ifcfg with DEVICE keeps UUID")
            << int(MacStack::Ifcfg) << QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-eth0")
            << QStringLiteral("DEVICE=eth0\nHWADDR=52:54:00:12:34:56\nUUID=5fb0\nONBOOT=yes\n")
            << QStringLiteral("DEVICE=eth0\nUUID=5fb0\nONBOOT=yes\n");
        QTest::newRow("rhel ifcfg bound by HWADDR only gets DEVICE from its name")
            << int(MacStack::Ifcfg) << QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-ens3")
            << QStringLiteral("TYPE=Ethernet\nHWADDR=52:54:00:12:34:56\nBOOTPROTO=dhcp\n")
            << QStringLiteral("TYPE=Ethernet\nBOOTPROTO=dhcp\nDEVICE=ens3\n");
        QTest::newRow("suse ifcfg: the name is the file's") << int(MacStack::Ifcfg) << QStringLiteral("/etc/sysconfig/network/ifcfg-eth0")
                                                            << QStringLiteral("BOOTPROTO='dhcp'\nLLADDR='52:54:00:12:34:56'\n")
                                                            << QStringLiteral("BOOTPROTO='dhcp'\n");
        QTest::newRow("keyfile keeps interface-name and comments")
            << int(MacStack::NmKeyfile) << QStringLiteral("/etc/NetworkManager/system-connections/eth0.nmconnection")
            << QStringLiteral("# by the installer\n[connection]\ninterface-name=eth0\n[ethernet]\nmac-address=52:54:00:12:34:56\n[ipv4]\nmethod=auto\n")
            << QStringLiteral("# by the installer\n[connection]\ninterface-name=eth0\n[ethernet]\n[ipv4]\nmethod=auto\n");
        QTest::newRow("network with a Name keeps its match") << int(MacStack::NetworkdNetwork) << QStringLiteral("/etc/systemd/network/10.network")
                                                             << QStringLiteral("[Match]\nName=eth0\nMACAddress=52:54:00:12:34:56\n[Network]\nDHCP=yes\n")
                                                             << QStringLiteral("[Match]\nName=eth0\n[Network]\nDHCP=yes\n");
        QTest::newRow("network matched by MAC only matches Ethernet names")
            << int(MacStack::NetworkdNetwork) << QStringLiteral("/etc/systemd/network/10.network")
            << QStringLiteral("[Match]\nMACAddress=52:54:00:12:34:56\n\n[Network]\nDHCP=yes\n")
            << QStringLiteral("[Match]\nName=en* eth*\n\n[Network]\nDHCP=yes\n");
        QTest::newRow("link matched by MAC only renames the kernel's eth*")
            << int(MacStack::NetworkdLink) << QStringLiteral("/etc/systemd/network/10.link")
            << QStringLiteral("[Match]\nMACAddress=52:54:00:12:34:56\n[Link]\nName=eth0\n")
            << QStringLiteral("[Match]\nOriginalName=eth*\n[Link]\nName=eth0\n");
        QTest::newRow("nothing to remove, unchanged") << int(MacStack::NetworkdLink) << QStringLiteral("/etc/systemd/network/10.link")
                                                      << QStringLiteral("[Match]\nOriginalName=*\n") << QStringLiteral("[Match]\nOriginalName=*\n");
    }
    void edits()
    {
        QFETCH(int, stack);
        QFETCH(QString, path);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString got = withoutMacMatches(MacStack(stack), path, before);
        QCOMPARE(got, after);
        QVERIFY(macLines(MacStack(stack), got).isEmpty());
    }

    void filesOfEveryStack()
    {
        MemoryGuestFiles files;
        files.addFile(QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-eth0"), "HWADDR=x\n");
        files.addFile(QStringLiteral("/etc/sysconfig/network/ifcfg-eth1"), "LLADDR=x\n");
        files.addFile(QStringLiteral("/etc/NetworkManager/system-connections/Wired connection 1"), "[ethernet]\n");
        files.addFile(QStringLiteral("/etc/systemd/network/a.network"), "");
        files.addFile(QStringLiteral("/etc/systemd/network/b.link"), "");
        files.addFile(QStringLiteral("/etc/systemd/network/c.netdev"), "");
        QStringList got;
        for (const MacFile &f : macConfigFiles(files, {}))
            got << f.path;
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("/etc/NetworkManager/system-connections/Wired connection 1"),
                                   QStringLiteral("/etc/sysconfig/network-scripts/ifcfg-eth0"),
                                   QStringLiteral("/etc/sysconfig/network/ifcfg-eth1"), QStringLiteral("/etc/systemd/network/a.network"),
                                   QStringLiteral("/etc/systemd/network/b.link")}));
    }
};

QTEST_GUILESS_MAIN(TestNetworkMacs)
#include "tst_networkmacs.moc"
