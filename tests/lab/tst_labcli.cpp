// lab make and lab grade through the command line on the generated guests:
// defects planted into the clean debian guest fail exactly those required
// checks in a fresh session, the base is never written, and the grade of the
// practice image and of the clean guest match what the checklist says.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace imageprep::test;

namespace {
const QStringList Planted{QStringLiteral("firewall-disabled"), QStringLiteral("ssh-server"), QStringLiteral("serial-console")};

QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}
} // namespace

class TestLabCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void makeCheckGrade()
    {
        const QString base = fixture(QStringLiteral("debian.qcow2"));
        const QByteArray before = sha256(base);
        QVERIFY(!before.isEmpty());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lab.qcow2"));

        const CliRun make = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--defects"), Planted.join(QLatin1Char(',')),
                                    QStringLiteral("--base"), base, out});
        QVERIFY2(make.exitCode == 0, (make.out + make.err).constData());
        QVERIFY2(make.out.contains("Planted 3 defect"), make.out.constData());
        for (const QString &id : Planted)
            QVERIFY2(make.out.contains((QStringLiteral("  ") + id + QStringLiteral("  ")).toUtf8()), qPrintable(id));
        QCOMPARE(sha256(base), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("lab.qcow2")});

        // A fresh session on the practice image (lab grade's; its JSON has
        // every requirement's status, so no separate check run): exactly the
        // planted required checks fail, and the grade counts them.
        const CliRun grade = runCli({QStringLiteral("lab"), QStringLiteral("grade"), out, QStringLiteral("--json")});
        QCOMPARE(grade.exitCode, 1);
        const QJsonObject g = parseJson(grade.out);
        QCOMPARE(g.value(QStringLiteral("image")).toString(), out);
        const QJsonObject score = g.value(QStringLiteral("score")).toObject();
        QCOMPARE(score.value(QStringLiteral("expected")).toInt(), 14); // every required requirement
        QCOMPARE(score.value(QStringLiteral("passed")).toInt(), 14 - 3);
        QCOMPARE(score.value(QStringLiteral("percent")).toInt(), 79); // 11 of 14, rounded
        QStringList failingRequired;
        int expectedFailing = 0, expectedCount = 0;
        for (const QJsonValue &v : g.value(QStringLiteral("requirements")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            const QString status = r.value(QStringLiteral("status")).toString();
            QVERIFY(!r.value(QStringLiteral("summary")).toString().isEmpty());
            if (r.value(QStringLiteral("expected")).toBool()) {
                ++expectedCount;
                if (status != QLatin1String("pass") && status != QLatin1String("not-applicable"))
                    failingRequired << id;
            }
            if (Planted.contains(id)) {
                QCOMPARE(status, QStringLiteral("fail"));
                QVERIFY(r.value(QStringLiteral("expected")).toBool());
                ++expectedFailing;
            }
        }
        QCOMPARE(expectedCount, 14);
        failingRequired.sort();
        QStringList expected = Planted;
        expected.sort();
        QCOMPARE(failingRequired, expected);
        QCOMPARE(expectedFailing, 3);
    }

    void gradeCleanGuest()
    {
        const CliRun grade = runCli({QStringLiteral("lab"), QStringLiteral("grade"), fixture(QStringLiteral("debian.qcow2")),
                                     QStringLiteral("--expect"), QStringLiteral("ssh-server,serial-console,machine-id")});
        QVERIFY2(grade.exitCode == 0, (grade.out + grade.err).constData());
        QVERIFY2(grade.out.contains("Score: 3 of 3 expected requirements pass (100 %)"), grade.out.constData());
        // The status column is as wide as its widest word (UNKNOWN for security-updates without network).
        QVERIFY2(QString::fromUtf8(grade.out).contains(QRegularExpression(QStringLiteral("\u2714 PASS +ssh-server"))), grade.out.constData());
        QVERIFY(grade.out.contains("Other requirements (not graded):"));
    }

    void defectTheBaseAlreadyHasIsAnInputError()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lab.qcow2"));
        const CliRun make = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--defects"), QStringLiteral("machine-id"),
                                    QStringLiteral("--base"), fixture(QStringLiteral("debian-defects.qcow2")), out});
        QCOMPARE(make.exitCode, 2);
        QVERIFY2(make.err.contains("does not pass machine-id"), make.err.constData());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void inputErrorsBeforeAnyAppliance()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lab.qcow2"));
        const QString base = fixture(QStringLiteral("debian.qcow2"));

        CliRun r = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--defects"), QStringLiteral("ssh-server,no-such-defect"),
                           QStringLiteral("--base"), base, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no defect named no-such-defect"), r.err.constData());
        QVERIFY(!QFile::exists(out));

        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        r = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--defects"), QStringLiteral("ssh-server"),
                    QStringLiteral("--base"), base, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--overwrite"));
        QCOMPARE(QFileInfo(out).size(), 0);

        r = runCli({QStringLiteral("lab"), QStringLiteral("grade"), base, QStringLiteral("--expect"), QStringLiteral("ssh-server,bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown requirement id: bogus"));

        r = runCli({QStringLiteral("lab"), QStringLiteral("teach")});
        QCOMPARE(r.exitCode, 2);

        r = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray defects = parseJson(r.out).value(QStringLiteral("defects")).toArray();
        QVERIFY(defects.size() >= 10);
        r = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &d : defects)
            QVERIFY(r.out.contains(d.toObject().value(QStringLiteral("id")).toString().toUtf8()));

        for (const QStringList &help : {QStringList{QStringLiteral("lab"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("lab"), QStringLiteral("grade"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("lab"), QStringLiteral("steps"), QStringLiteral("--help")}}) {
            r = runCli(help);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!r.out.isEmpty());
        }
    }

    void stepsByHand()
    {
        // The wizard's lab mode steps on the command line; nothing is opened.
        const QString image = QStringLiteral("/srv/labs/web 1.qcow2");
        CliRun r = runCli({QStringLiteral("lab"), QStringLiteral("steps"), QStringLiteral("serial-console"),
                           QStringLiteral("--image"), image, QStringLiteral("--fix")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("# ==== serial-console: "), r.out.constData());
        QVERIFY(r.out.contains("# -- Fix by hand\n"));
        QVERIFY(!r.out.contains("# -- Check by hand"));
        // The path is filled in and quoted; fixes name the copy, never the image itself.
        QVERIFY2(r.out.contains("cp --sparse=always '/srv/labs/web 1.qcow2' '/srv/labs/web 1-fixed.qcow2'"), r.out.constData());
        QVERIFY(r.out.contains("virt-customize -a '/srv/labs/web 1-fixed.qcow2' --edit '/etc/default/grub:"));
        QVERIFY(!r.out.contains("virt-customize -a '/srv/labs/web 1.qcow2'"));

        r = runCli({QStringLiteral("lab"), QStringLiteral("steps"), QStringLiteral("machine-id,ssh-server"), QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("# ==== machine-id: ") && r.out.contains("# ==== ssh-server: "));
        QVERIFY(r.out.contains("# -- Check by hand") && !r.out.contains("# -- Fix by hand"));
        QVERIFY(r.out.contains("IMAGE")); // no --image: the placeholders stay

        r = runCli({QStringLiteral("lab"), QStringLiteral("steps")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("# ==== "), qsizetype(23)); // every requirement of the catalogue

        r = runCli({QStringLiteral("lab"), QStringLiteral("steps"), QStringLiteral("no-such-requirement")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("unknown requirement id: no-such-requirement"), r.err.constData());

        r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("lab"), QStringLiteral("steps"), QStringLiteral("serial-console")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("# -- 手动检查") && r.out.contains("# -- 手动修复"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestLabCli)
#include "tst_labcli.moc"
