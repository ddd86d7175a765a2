// lab make without --base: the clean practice guest is generated with
// make-guests.sh into a temporary folder, the defects planted, and the
// grade of the result names them.
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep::test;

class TestLabGenerate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void makeFromGeneratedGuest()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("practice.qcow2"));
        const CliRun make = runCli({QStringLiteral("lab"), QStringLiteral("make"), QStringLiteral("--defects"),
                                    QStringLiteral("machine-id,leftover-state,no-hardcoded-mac"), out});
        QVERIFY2(make.exitCode == 0, (make.out + make.err).constData());
        QVERIFY(make.err.contains("Generating a clean Debian practice guest"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("practice.qcow2")});

        const CliRun grade = runCli({QStringLiteral("lab"), QStringLiteral("grade"), out, QStringLiteral("--json"), QStringLiteral("--expect"),
                                     QStringLiteral("machine-id,leftover-state,no-hardcoded-mac,ssh-server")});
        QCOMPARE(grade.exitCode, 1);
        const QJsonObject score = QJsonDocument::fromJson(grade.out).object().value(QStringLiteral("score")).toObject();
        QCOMPARE(score.value(QStringLiteral("passed")).toInt(), 1);
        QCOMPARE(score.value(QStringLiteral("expected")).toInt(), 4);
        QCOMPARE(score.value(QStringLiteral("percent")).toInt(), 25);
    }
};

QTEST_GUILESS_MAIN(TestLabGenerate)
#include "tst_labgenerate.moc"
