// The installer-style Debian 12 end to end (slow; issue 14): the image of
// tests/fixtures/make-debian12-installer.sh (GPT with an ESP, /boot, root on
// an LVM volume that leaves the group part free, netplan matching the NIC by
// MAC, cloud-init switched off both ways, GRUB for UEFI only, no serial
// console). One check, one `fix` (its own re-check is the second check),
// one boot of the fixed image under OVMF on a disk grown by 2 GiB: every
// boot item must pass and the root volume must fill the grown disk.
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep::test;

namespace {

QJsonObject byId(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QLatin1String("checks")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QString evidenceText(const QJsonObject &check)
{
    QStringList out;
    for (const QJsonValue &e : check.value(QLatin1String("evidence")).toArray())
        out << e[QLatin1String("file")].toString() + QLatin1Char(':') + e[QLatin1String("text")].toString() + QLatin1Char(' ')
                   + e[QLatin1String("note")].toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestBootInstaller final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkNamesEveryInstallerLeftover();
    void defaultFixMakesEveryRequirementPass();
    void fixedImageBootsUnderOvmfAndRootFillsTheDisk();

private:
    QTemporaryDir m_work;
    QString m_fixed;
};

void TestBootInstaller::checkNamesEveryInstallerLeftover()
{
    QElapsedTimer t;
    t.start();
    const QString image = fixture(QStringLiteral("debian12-installer.qcow2"));
    const CliRun run = runCli({QStringLiteral("-q"), QStringLiteral("check"), QStringLiteral("--json"), image});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const auto status = [&](const char *id) { return byId(report, QLatin1String(id)).value(QLatin1String("status")).toString(); };
    const auto summary = [&](const char *id) { return byId(report, QLatin1String(id)).value(QLatin1String("summary")).toString(); };

    const QJsonObject facts = report.value(QLatin1String("facts")).toObject();
    QCOMPARE(facts.value(QLatin1String("firmware")).toString(), QStringLiteral("uefi"));

    QCOMPARE(status("no-hardcoded-mac"), QStringLiteral("fail"));
    QVERIFY(evidenceText(byId(report, QStringLiteral("no-hardcoded-mac"))).contains(QLatin1String("/etc/netplan/00-installer-config.yaml")));
    for (const char *id : {"user-data", "ssh-key-injection"}) {
        QCOMPARE(status(id), QStringLiteral("fail"));
        QVERIFY2(summary(id).contains(QLatin1String("/etc/cloud/cloud-init.disabled"))
                     && summary(id).contains(QLatin1String("99-installer.cfg")),
                 qPrintable(summary(id)));
    }
    QCOMPARE(status("serial-console"), QStringLiteral("fail"));
    QCOMPARE(status("ssh-host-keys"), QStringLiteral("fail"));
    // The guest's own cloud-init (22.4) grows partitions only: both checks say so.
    QCOMPARE(status("root-resize"), QStringLiteral("fail"));
    QCOMPARE(status("partition-layout"), QStringLiteral("fail"));
    QCOMPARE(summary("root-resize"), summary("partition-layout"));
    QVERIFY2(evidenceText(byId(report, QStringLiteral("root-resize"))).contains(QLatin1String("cloudinit/config/cc_growpart.py")),
             qPrintable(evidenceText(byId(report, QStringLiteral("root-resize")))));
    qInfo("check: %lld s", t.elapsed() / 1000);
}

void TestBootInstaller::defaultFixMakesEveryRequirementPass()
{
    QElapsedTimer t;
    t.start();
    QVERIFY(m_work.isValid());
    const QString image = fixture(QStringLiteral("debian12-installer.qcow2"));
    const QByteArray before = sha256(image);
    m_fixed = m_work.filePath(QStringLiteral("installer-fixed.qcow2"));
    const CliRun fix = runCli({QStringLiteral("fix"), image, QStringLiteral("-o"), m_fixed, QStringLiteral("--yes")},
                              QProcessEnvironment::systemEnvironment(), 30 * 60 * 1000);
    qInfo().noquote() << fix.out << fix.err;
    QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
    for (const char *line : {"imageprep-lvm-growroot", "-        macaddress: 52:54:00:de:fe:c8", "ConfigDrive, OpenStack",
                             "+ qemu-guest-agent", "Re-check: every fixed check passes."})
        QVERIFY2(fix.out.contains(line), line);
    QVERIFY2(!fix.out.contains("Not proven:") && !fix.out.contains("Not fixed"), fix.out.constData());
    QCOMPARE(sha256(image), before);
    qInfo("fix: %lld s", t.elapsed() / 1000);
}

void TestBootInstaller::fixedImageBootsUnderOvmfAndRootFillsTheDisk()
{
    QVERIFY2(QFile::exists(m_fixed), "the fix step failed");
    QElapsedTimer t;
    t.start();
    const CliRun boot = runCli({QStringLiteral("boot-test"), QStringLiteral("--json"), QStringLiteral("--grow"), QStringLiteral("2"),
                                QStringLiteral("--timeout"), QStringLiteral("1500"), m_fixed},
                               QProcessEnvironment::systemEnvironment(), 1600 * 1000);
    qInfo().noquote() << boot.err << boot.out;
    const QJsonObject report = QJsonDocument::fromJson(boot.out).object();
    QVERIFY2(!report.isEmpty(), boot.err.constData());
    QCOMPARE(report.value(QLatin1String("firmware")).toString(), QStringLiteral("uefi"));
    for (const QJsonValue &v : report.value(QLatin1String("checks")).toArray())
        QVERIFY2(v[QLatin1String("status")].toString() == QLatin1String("PASS"),
                 qPrintable(v[QLatin1String("id")].toString() + QLatin1Char(' ') + v[QLatin1String("evidence")].toString()));
    QCOMPARE(boot.exitCode, 0);
    QCOMPARE(report.value(QLatin1String("passed")).toBool(), true);
    // The disk: 3 GiB + 2 GiB. The root volume held 1.6 GiB and the group
    // 1 GiB more; only growpart + pvresize + lvextend reach 4.4 GiB.
    const QString grown = byId(report, QStringLiteral("root-grown")).value(QLatin1String("evidence")).toString();
    const qsizetype at = grown.indexOf(QLatin1String("root-fs-bytes="));
    QVERIFY2(at >= 0, qPrintable(grown));
    bool ok = false;
    const qint64 rootBytes = grown.mid(at + 14).section(QLatin1Char(' '), 0, 0).trimmed().toLongLong(&ok);
    QVERIFY2(ok && rootBytes > qint64(4.4 * 1024 * 1024 * 1024), qPrintable(grown));
    qInfo("boot-test: %lld s", t.elapsed() / 1000);
}

QTEST_GUILESS_MAIN(TestBootInstaller)
#include "tst_bootinstaller.moc"
