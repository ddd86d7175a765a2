// Netplan MAC removal (no-hardcoded-mac on netplan guests): line edits that
// keep the rest of the YAML, checked by a re-parse.
#include "fixes/NetplanMac.h"

#include <QTest>

using namespace imageprep;

class TestNetplanMac final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void installerMatchAndSetNameGo()
    {
        const QByteArray in = "# This is the network config written by 'subiquity'\n"
                              "network:\n"
                              "  ethernets:\n"
                              "    ens3:\n"
                              "      match:\n"
                              "        macaddress: 52:54:00:de:fe:c8\n"
                              "      set-name: ens3\n"
                              "      dhcp4: true\n"
                              "  version: 2\n";
        QString error;
        const auto out = netplanWithoutMac(in, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, QByteArray("# This is the network config written by 'subiquity'\n"
                                  "network:\n"
                                  "  ethernets:\n"
                                  "    ens3:\n"
                                  "      dhcp4: true\n"
                                  "  version: 2\n"));
    }

    void otherMatchKeysKeepTheMatchAndSetName()
    {
        const QByteArray in = "network:\n"
                              "  version: 2\n"
                              "  ethernets:\n"
                              "    lan:\n"
                              "      match:\n"
                              "        name: en*   # any wired NIC\n"
                              "        macaddress: \"52:54:00:12:34:56\"\n"
                              "      set-name: lan\n"
                              "      dhcp4: yes\n";
        QString error;
        const auto out = netplanWithoutMac(in, &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY(!out->contains("macaddress"));
        QVERIFY(out->contains("      match:\n        name: en*   # any wired NIC\n      set-name: lan\n"));
    }

    void macSettingOnAnInterfaceGoes()
    {
        const QByteArray in = "network:\n  ethernets:\n    eth0:\n      macaddress: 52:54:00:aa:bb:cc\n      dhcp4: true\n"
                              "    eth1:\n      match:\n        macaddress: 52:54:00:aa:bb:cd\n      set-name: eth1\n";
        QString error;
        const auto out = netplanWithoutMac(in, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, QByteArray("network:\n  ethernets:\n    eth0:\n      dhcp4: true\n    eth1:\n"));
    }

    void refusesWhatItCannotEditSafely()
    {
        QString error;
        QVERIFY(!netplanWithoutMac("network:\n  ethernets: [unclosed\n", &error));
        QVERIFY(error.contains(QLatin1String("does not parse")));
        error.clear();
        // A flow mapping keeps the MAC on the match: line; the re-parse sees it.
        QVERIFY(!netplanWithoutMac("network:\n  ethernets:\n    ens3:\n      match: {macaddress: \"52:54:00:de:fe:c8\"}\n", &error));
        QVERIFY(error.contains(QLatin1String("flow mapping")));
    }
};

QTEST_GUILESS_MAIN(TestNetplanMac)
#include "tst_netplanmac.moc"
