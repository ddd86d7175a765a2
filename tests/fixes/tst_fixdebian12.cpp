// The real thing (slow): a Debian 12 image built with debootstrap, without
// cloud-init, with ufw on and a MAC-pinned udev rule
// (tests/fixtures/make-debian12.sh, plain variant). `fix` installs cloud-init
// and growpart from the Debian mirror inside the appliance, and must leave
// every required check passing; the fixed image must then boot under TCG to
// a login prompt with the kernel log on the serial port (imageprep-cli
// boot-test), and the input must be unchanged.
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
    void fixInstallsCloudInitAndTheImageBoots()
    {
        const QString image = fixture(QStringLiteral("debian12.qcow2"));
        const QByteArray before = sha256(image);
        QVERIFY(!before.isEmpty());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("debian12-fixed.qcow2"));

        const CliRun fix = runCli({QStringLiteral("fix"), image, QStringLiteral("-o"), out, QStringLiteral("--yes"),
                                   QStringLiteral("--remove-quiet"), QStringLiteral("--alternative"),
                                   QStringLiteral("ssh-key-injection=cloud-init-repo")},
                                  QProcessEnvironment::systemEnvironment(), 40 * 60 * 1000);
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        for (const char *line : {"+ cloud-init", "+ENABLED=no", "update-grub; rc=$?", "Re-check: every fixed check passes."})
            QVERIFY2(fix.out.contains(line), line);
        QCOMPARE(sha256(image), before);

        // A fresh session on the output agrees.
        const CliRun check = runCli({QStringLiteral("check"), out});
        QVERIFY2(check.exitCode == 0, check.out.constData());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        const CliRun boot = runCli({QStringLiteral("boot-test"), QStringLiteral("--json"), QStringLiteral("--accel"), QStringLiteral("tcg"),
                                    QStringLiteral("--serial-log"), dir.filePath(QStringLiteral("serial.log")), out},
                                   env, 30 * 60 * 1000);
        QFile serial(dir.filePath(QStringLiteral("serial.log")));
        QVERIFY(serial.open(QIODevice::ReadOnly));
        const QByteArray log = serial.readAll();
        QVERIFY2(log.contains("Linux version"), "no kernel log on the serial port");
        QVERIFY2(log.contains("login:"), "no login prompt on the serial port");
        QVERIFY2(boot.exitCode == 0, (boot.out + boot.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestFixDebian12)
#include "tst_fixdebian12.moc"
