// plan and fix through the command line on the generated debian-defects
// guest. That guest is a phony tree without dpkg or apt, so this test fixes
// everything that needs no package manager (the first-boot script stands in
// for cloud-init); package installs are proven on the real Debian 12 image
// (tst_fixdebian12, slow) and planned/simulated in tst_fixplan.
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
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

    // The files fix --export wrote describe OUT: the properties are those
    // export derives from a fresh session on OUT, and SHA256SUMS verifies.
    static void verifyExport(const QString &exportDir, const QString &out)
    {
        QFile json(QDir(exportDir).filePath(QStringLiteral("fixed.properties.json")));
        QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(QDir(exportDir).entryList().join(u' ')));
        const QJsonObject written = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("name")).toString(), QStringLiteral("fixed"));

        const CliRun derived = runCli({QStringLiteral("export"), QStringLiteral("--properties-only"), out});
        QVERIFY2(derived.exitCode == 0, derived.err.constData());
        int compared = 0;
        for (const QByteArray &line : derived.out.split('\n')) {
            const int eq = line.indexOf('=');
            if (eq <= 0)
                continue;
            const QString key = QString::fromUtf8(line.left(eq));
            const QString value = QString::fromUtf8(line.mid(eq + 1, line.indexOf("    # ") - eq - 1));
            QVERIFY2(written.contains(key), qPrintable(key));
            QCOMPARE(written.value(key).toVariant().toString(), value);
            ++compared;
        }
        QVERIFY(compared >= 5);
        QCOMPARE(written.size(), compared + 1); // + name

        QFile sums(QDir(exportDir).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = sums.readAll().trimmed().split(' ');
        QCOMPARE(fields.size(), 3); // "HASH  NAME"
        QCOMPARE(fields.last(), QByteArray("fixed.qcow2"));
        QCOMPARE(sha256(QDir(exportDir).filePath(QStringLiteral("fixed.qcow2"))), fields.first());
        QVERIFY(QFile::exists(QDir(exportDir).filePath(QStringLiteral("SHA512SUMS"))));
    }

private Q_SLOTS:
    void fixTurnsEveryFixableFailureIntoAPass()
    {
        const QString image = fixture(QStringLiteral("debian-defects.qcow2"));
        const QByteArray before = sha256(image);
        QVERIFY(!before.isEmpty());
        QTemporaryDir dir;
        QTemporaryDir exportDir;
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
                                   QStringLiteral("--remove-quiet"), QStringLiteral("--yes"), QStringLiteral("--offline"),
                                   QStringLiteral("--export"), exportDir.path()});
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        // fix --export: one appliance for the fix and the export (the stage
        // line, unindented; the log's own launch lines are indented).
        int launches = 0;
        for (const QByteArray &line : fix.err.split('\n'))
            launches += line.startsWith("Starting the libguestfs appliance") ? 1 : 0;
        QCOMPARE(launches, 1);
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

        verifyExport(exportDir.path(), out);
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
        QTest::newRow("export option without --export") << QStringList{QStringLiteral("--bundle"), QStringLiteral("tar")};
        QTest::newRow("unknown bundle") << QStringList{QStringLiteral("--export"), QStringLiteral("."), QStringLiteral("--bundle"), QStringLiteral("zip")};
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
