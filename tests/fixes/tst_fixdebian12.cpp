// The real thing (slow): a Debian 12 image built with debootstrap, without
// cloud-init, with ufw on and a MAC-pinned udev rule
// (tests/fixtures/make-debian12.sh, plain variant; its check verdicts are
// tst_manualfixes_debian12's plainImageVerdicts). The default `fix` (no
// flags) installs cloud-init, growpart, dbus and the guest agent from the
// Debian mirror inside the appliance and must leave every check, recommended
// ones too, passing, in its own re-check and in a fresh session
// on the output; the input must be unchanged. The output is the fixture
// "debian12_imageprep_fixed": tests/boot's boot proof boots it and asserts
// the kernel log on ttyS0, the login prompt, cloud-init, growth, SSH and
// power-off.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep::test;

class TestFixDebian12 final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixInstallsCloudInitAndEveryRequiredCheckPasses()
    {
        const QString image = fixture(QStringLiteral("debian12.qcow2"));
        const QByteArray before = sha256(image);
        QVERIFY(!before.isEmpty());
        // The checklist's verdicts on this plain image (every failing
        // requirement, security-updates with the network on, and the ones
        // that pass) are tst_manualfixes_debian12's plainImageVerdicts, on
        // the same fixture: not a second launch and repository scan here,
        // on the Debian 12 chain that the boot proof waits for.
        const QString out = fixture(QStringLiteral("debian12-fixed-by-imageprep.qcow2"));
        QFile::remove(out);

        // The default plan, no flags: it must fix everything it claims to.
        const CliRun fix = runCli({QStringLiteral("fix"), image, QStringLiteral("-o"), out, QStringLiteral("--yes")},
                                  QProcessEnvironment::systemEnvironment(), 40 * 60 * 1000);
        qInfo().noquote() << fix.out << fix.err;
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        for (const char *line : {"+ cloud-init", "+ dbus", "+ qemu-guest-agent", "+ENABLED=no", "update-grub; rc=$?", "+locale: C.UTF-8",
                                 "Re-check: every fixed check passes."})
            QVERIFY2(fix.out.contains(line), line);
        QVERIFY2(!fix.out.contains("Not proven:"), fix.out.constData());
        QCOMPARE(sha256(image), before);

        // A fresh session on the output agrees, for every requirement,
        // recommended ones included: nothing fails, warns or is unknown.
        const CliRun check = runCli({QStringLiteral("-q"), QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--network"), out});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        for (const QJsonValue &c : QJsonDocument::fromJson(check.out).object().value(QStringLiteral("checks")).toArray()) {
            const QString status = c[QStringLiteral("status")].toString();
            QVERIFY2(status == QLatin1String("pass") || status == QLatin1String("not-applicable"),
                     qPrintable(c[QStringLiteral("id")].toString() + QLatin1Char(' ') + status));
        }
    }
};

QTEST_GUILESS_MAIN(TestFixDebian12)
#include "tst_fixdebian12.moc"
