// Lab mode's "Fix by hand" commands really fix: for requirements the practice
// guest fails whose fix edits files from outside the guest (the generated
// guest has no shell, so --run-command steps need a real one), the fix steps
// are run as shown (Debian variant, image path filled in) on a copy, and the
// checklist then passes each of them. The original is unchanged.
#include "TestSupport.h"

#include "checks/ManualSteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::test;

namespace {

// The command lines of a fix text, without the RHEL-family variant and
// without the copy step (the test makes one copy for all fixes).
QStringList debianCommands(const QString &fixText)
{
    QStringList out;
    bool rhel = false;
    for (const QString &line : fixText.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(QLatin1Char('#'))) {
            rhel = t.startsWith(QLatin1String("# RHEL"));
            continue;
        }
        if (!rhel && !t.startsWith(QLatin1String("cp --sparse")))
            out << t;
    }
    return out;
}

} // namespace

class TestManualFixes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixByHandCommandsFix();
};

void TestManualFixes::fixByHandCommandsFix()
{
    // The fixes that only edit files from outside the guest (the others use
    // --run-command, which needs a real guest's shell and tools). machine-id
    // last: virt-customize gives a guest without a machine ID a new one.
    const QStringList ids{QStringLiteral("leftover-state"), QStringLiteral("no-persistent-net-rules"),
                          QStringLiteral("machine-id")};
    const QString original = fixture(QStringLiteral("debian-defects.qcow2"));
    const QByteArray originalSum = sha256(original);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString image = dir.filePath(QStringLiteral("trainee.qcow2"));
    QVERIFY(QFile::copy(original, image));

    // Before: every chosen requirement fails on the practice guest.
    const QString only = ids.join(QLatin1Char(','));
    const auto statuses = [&](const QString &path) {
        const CliRun r = runCli({QStringLiteral("-q"), QStringLiteral("check"), path, QStringLiteral("--json"),
                                 QStringLiteral("--only"), only});
        QHash<QString, QString> out;
        const QJsonArray results = QJsonDocument::fromJson(r.out).object().value(QLatin1String("checks")).toArray();
        for (const QJsonValue &v : results)
            out.insert(v[QLatin1String("id")].toString(), v[QLatin1String("status")].toString());
        return out;
    };
    const auto before = statuses(image);
    for (const QString &id : ids)
        QVERIFY2(before.value(id) == QLatin1String("fail") || before.value(id) == QLatin1String("warning"), qPrintable(id));

    // The copy the steps name, made once; then each requirement's commands as shown.
    const QString copy = manualCopyPath(image);
    QVERIFY(QFile::copy(image, copy));
    for (const QString &id : ids) {
        const QStringList commands = debianCommands(withImagePath(manualSteps(id).fix, image));
        QVERIFY2(!commands.isEmpty(), qPrintable(id));
        for (const QString &c : commands) {
            QProcess sh;
            sh.setProcessChannelMode(QProcess::MergedChannels);
            sh.start(QStringLiteral("bash"), {QStringLiteral("-c"), c});
            QVERIFY(sh.waitForFinished(10 * 60 * 1000));
            QVERIFY2(sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0,
                     qPrintable(id + QStringLiteral(": ") + c + QLatin1Char('\n') + QString::fromLocal8Bit(sh.readAll())));
        }
    }

    const auto after = statuses(copy);
    for (const QString &id : ids)
        QVERIFY2(after.value(id) == QLatin1String("pass"), qPrintable(id + QStringLiteral(": ") + after.value(id)));
    QCOMPARE(sha256(original), originalSum);
}

QTEST_GUILESS_MAIN(TestManualFixes)
#include "tst_manualfixes.moc"
