// The pending-security-update parsers (apt simulation, dnf/yum updateinfo,
// zypper patches) and the scan scripts' promises, on recorded outputs.
#include "guest/SecurityUpdates.h"

#include <QTest>

using namespace imageprep;

class TestSecurityUpdates final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void apt();
    void dnf();
    void zypper();
    void held();
    void scripts();
};

void TestSecurityUpdates::apt()
{
    const QString sim = QStringLiteral(
        "NOTE: This is only a simulation!\n"
        "Inst libssl3 [3.0.11-1~deb12u1] (3.0.11-1~deb12u2 Debian-Security:12/stable-security [amd64])\n"
        "Inst openssl [3.0.11-1~deb12u1] (3.0.11-1~deb12u2 Debian:12.5/stable, Debian-Security:12/stable-security [amd64]) []\n"
        "Inst tzdata [2024a-0+deb12u1] (2025b-0+deb12u1 Debian:12.11/stable-updates [all])\n"
        "Inst linux-image-6.1.0-37-amd64 (6.1.140-1 Debian-Security:12/stable-security [amd64])\n"
        "Inst libpam0g [1.5.2-6] (1.5.2-6+deb12u1 Ubuntu:22.04/jammy-security [amd64])\n"
        "Conf libssl3 (3.0.11-1~deb12u2 Debian-Security:12/stable-security [amd64])\n");
    const QList<PendingUpdate> got = parseAptSecurityUpgrades(sim);
    QCOMPARE(got.size(), 3); // tzdata is no security update; a new kernel package is no upgrade
    QCOMPARE(got.at(0), (PendingUpdate{QStringLiteral("libssl3"), QStringLiteral("3.0.11-1~deb12u1"), QStringLiteral("3.0.11-1~deb12u2"),
                                       QStringLiteral("Debian-Security:12/stable-security")}));
    QCOMPARE(got.at(1).name, QStringLiteral("openssl"));
    QCOMPARE(got.at(1).origin, QStringLiteral("Debian-Security:12/stable-security"));
    QCOMPARE(got.at(2).origin, QStringLiteral("Ubuntu:22.04/jammy-security"));
    QVERIFY(parseAptSecurityUpgrades(QStringLiteral("0 upgraded, 0 newly installed.\n")).isEmpty());
}

void TestSecurityUpdates::dnf()
{
    const QString list = QStringLiteral(
        "Last metadata expiration check: 0:00:01 ago.\n"
        "RHSA-2024:1234 Important/Sec.  openssl-libs-1:3.0.7-25.el9_3.x86_64\n"
        "RHSA-2024:2000 Moderate/Sec.   openssl-libs-1:3.0.7-27.el9_4.x86_64\n"
        "FEDORA-2024-abc Low/Sec.       python3.11-3.11.9-1.fc40.x86_64\n"
        "RHBA-2024:9 bugfix             bash-5.1.8-9.el9.x86_64\n");
    const QList<PendingUpdate> got = parseDnfSecurityUpdates(list, {{QStringLiteral("openssl-libs"), QStringLiteral("1:3.0.7-24.el9")}});
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0), (PendingUpdate{QStringLiteral("openssl-libs"), QStringLiteral("1:3.0.7-24.el9"), QStringLiteral("1:3.0.7-27.el9_4"),
                                       QStringLiteral("RHSA-2024:2000")}));
    QCOMPARE(got.at(1).name, QStringLiteral("python3.11"));
    QCOMPARE(got.at(1).available, QStringLiteral("3.11.9-1.fc40"));
}

void TestSecurityUpdates::zypper()
{
    const QString table = QStringLiteral(
        "Loading repository data...\n"
        "Repository     | Name                          | Category    | Severity  | Interactive | Status     | Summary\n"
        "---------------+-------------------------------+-------------+-----------+-------------+------------+-----------------------------\n"
        "repo-sle-update| openSUSE-SLE-15.5-2024-1234   | security    | important | ---         | needed     | Security update for openssl-3\n"
        "repo-sle-update| openSUSE-SLE-15.5-2024-1300   | security    | moderate  | ---         | applied    | Security update for curl\n"
        "repo-sle-update| openSUSE-SLE-15.5-2024-1400   | recommended | low       | ---         | needed     | Recommended update for vim\n");
    const QList<PendingUpdate> got = parseZypperSecurityPatches(table);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).name, QStringLiteral("openSUSE-SLE-15.5-2024-1234"));
    QCOMPARE(got.at(0).available, QStringLiteral("Security update for openssl-3"));
}

// Holds: apt-mark showhold and dnf/yum versionlock entries, as the scan
// scripts print them; the simulation (run with APT::Ignore-Hold, recorded
// from apt 2.6 on a status with libssl3 held) still lists the held package.
void TestSecurityUpdates::held()
{
    const QString out = QStringLiteral(
        "IMAGEPREP-HELD libssl3\n"
        "IMAGEPREP-HELD libfoo:i386\n"
        "The following held packages will be changed:\n"
        "  libssl3\n"
        "Inst libssl3 [3.0.11-1~deb12u1] (3.0.22-1~deb12u2 Debian-Security:12/oldstable-security [amd64])\n"
        "Inst libpam0g [1.5.2-6] (1.5.2-6+deb12u3 Debian-Security:12/oldstable-security [amd64])\n");
    const QList<PendingUpdate> apt = parseSecurityUpdates(QStringLiteral("apt"), out, {});
    QCOMPARE(apt.size(), 2);
    QCOMPARE(apt.at(0).name, QStringLiteral("libssl3"));
    QVERIFY(apt.at(0).held);
    QVERIFY(!apt.at(1).held);
    QCOMPARE(parseHeldPackages(out), (QStringList{QStringLiteral("libssl3"), QStringLiteral("libfoo")}));

    const QString dnfOut = QStringLiteral(
        "IMAGEPREP-LOCK openssl-libs-1:3.0.7-25.el9_3.*\n"
        "IMAGEPREP-LOCK 0:kernel-core-5.14.0-362.8.1.el9_3.x86_64\n"
        "IMAGEPREP-LOCK bash-0:5.1.8-6.el9.*\n"
        "RHSA-2024:1234 Important/Sec.  openssl-libs-1:3.0.7-27.el9_4.x86_64\n"
        "RHSA-2024:1300 Important/Sec.  kernel-core-5.14.0-427.el9.x86_64\n"
        "RHSA-2024:1400 Moderate/Sec.   curl-7.76.1-29.el9_4.x86_64\n");
    QCOMPARE(parseHeldPackages(dnfOut),
             (QStringList{QStringLiteral("openssl-libs"), QStringLiteral("kernel-core"), QStringLiteral("bash")}));
    const QList<PendingUpdate> dnf = parseSecurityUpdates(QStringLiteral("dnf"), dnfOut, {});
    QCOMPARE(dnf.size(), 3);
    QVERIFY(dnf.at(0).held && dnf.at(1).held && !dnf.at(2).held);
    QVERIFY(parseHeldPackages(QStringLiteral("Inst libssl3 [1] (2 Debian-Security:12/stable-security [amd64])\n")).isEmpty());
}

void TestSecurityUpdates::scripts()
{
    // The scan never writes apt's lists to the guest's disk and fetches only security suites.
    const QString apt = securityScanScript(QStringLiteral("apt"));
    QVERIFY(apt.contains(QLatin1String("Dir::State::Lists=$d/lists")));
    QVERIFY(apt.contains(QLatin1String("/dev/imageprep-pkg")));
    QVERIFY(apt.contains(QLatin1String("-s -q -o APT::Ignore-Hold=true dist-upgrade")));
    QVERIFY(apt.contains(QLatin1String("apt-mark showhold")));
    QVERIFY(securityScanScript(QStringLiteral("dnf")).contains(QLatin1String("versionlock.list")));
    QVERIFY(apt.contains(QLatin1String("IMAGEPREP-SCAN-NO-SECURITY")));
    QVERIFY(securityScanScript(QStringLiteral("dnf")).contains(QLatin1String("updateinfo list --security")));
    QVERIFY(securityScanScript(QStringLiteral("zypper")).contains(QLatin1String("list-patches --category security")));
    QVERIFY(securityScanScript(QStringLiteral("apk")).isEmpty());
    QVERIFY(securityUpgradeScript(QStringLiteral("dnf"), {QStringLiteral("openssl-libs")}).contains(QLatin1String("upgrade --security")));
    QVERIFY(securityUpgradeScript(QStringLiteral("zypper"), {}).contains(QLatin1String("patch --category security")));
}

QTEST_GUILESS_MAIN(TestSecurityUpdates)
#include "tst_securityupdates.moc"
