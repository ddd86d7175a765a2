// plan and fix through the command line on the generated debian-defects
// guest. That guest is a phony tree without dpkg or apt, so this test fixes
// everything that needs no package manager (the first-boot script stands in
// for cloud-init); package installs are proven on the real Debian 12 image
// (tst_fixdebian12, slow) and planned/simulated in tst_fixplan.
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace imageprep::test;

namespace {
const QString Ids = QStringLiteral("no-persistent-net-rules,no-hardcoded-mac,firewall-disabled,serial-console,machine-id,"
                                   "ssh-host-keys,leftover-state,fstab-stable-names,ssh-key-injection");
} // namespace

class TestFixCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixTurnsEveryFixableFailureIntoAPass()
    {
        const QString image = fixture(QStringLiteral("debian-defects.qcow2"));
        const QByteArray before = sha256(image);
        QVERIFY(!before.isEmpty());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fixed.qcow2"));

        const CliRun plan = runCli({QStringLiteral("plan"), image, QStringLiteral("--only"), Ids, QStringLiteral("--alternative"),
                                    QStringLiteral("ssh-key-injection=firstboot-script"), QStringLiteral("--remove-quiet")});
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        for (const char *line : {"+ENABLED=no", "-    hwaddress ether 52:54:00:12:34:56",
                                 "- /etc/systemd/system/multi-user.target.wants/ufw.service -> /lib/systemd/system/ufw.service",
                                 "+GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8\"", "+++ b/usr/local/sbin/imageprep-firstboot"})
            QVERIFY2(plan.out.contains(line), line);

        const CliRun fix = runCli({QStringLiteral("fix"), image, QStringLiteral("-o"), out, QStringLiteral("--only"), Ids,
                                   QStringLiteral("--alternative"), QStringLiteral("ssh-key-injection=firstboot-script"),
                                   QStringLiteral("--remove-quiet"), QStringLiteral("--yes"), QStringLiteral("--offline")});
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        QVERIFY(fix.out.contains("Re-check: every fixed check passes."));
        // The preview printed before applying is the same text plan printed.
        QVERIFY(fix.out.startsWith(plan.out));
        QCOMPARE(sha256(image), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("fixed.qcow2")});

        // A fresh session on the written image: every selected check passes...
        const CliRun after = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--only"), Ids, out});
        QVERIFY2(after.exitCode == 0, after.out.constData());
        QVERIFY(!after.out.contains("\"status\": \"fail\""));
        QVERIFY(!after.out.contains("\"status\": \"warning\""));
        // ...and the plan for it is empty: fixing twice changes nothing.
        const CliRun again = runCli({QStringLiteral("plan"), out, QStringLiteral("--only"), Ids});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing to fix."), again.out.constData());
    }

    void cancelledRunLeavesNoOutput()
    {
        const QString image = fixture(QStringLiteral("debian-defects.qcow2"));
        const QByteArray before = sha256(image);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fixed.qcow2"));
        QProcess p;
        p.start(QStringLiteral(IMAGEPREP_CLI), {QStringLiteral("fix"), image, QStringLiteral("-o"), out, QStringLiteral("--only"), Ids,
                                                QStringLiteral("--alternative"), QStringLiteral("ssh-key-injection=firstboot-script"),
                                                QStringLiteral("--yes"), QStringLiteral("--offline")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        // Interrupt as soon as the first edit is announced.
        QDeadlineTimer deadline(10 * 60 * 1000);
        while (!err.contains("[1/") && !deadline.hasExpired() && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("[1/"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5 * 60 * 1000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("Cancelled"), err.constData());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no OUT, no OUT.tmp-*
        QCOMPARE(sha256(image), before);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("--only"), QStringLiteral("serial-consol")};
        QTest::newRow("bad alternative syntax") << QStringList{QStringLiteral("--alternative"), QStringLiteral("ssh-key-injection")};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("vmdk")};
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const CliRun r = runCli(QStringList{QStringLiteral("fix"), fixture(QStringLiteral("debian-defects.qcow2")), QStringLiteral("-o"),
                                            dir.filePath(QStringLiteral("x.qcow2"))}
                                + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFixCli)
#include "tst_fixcli.moc"
