// Lab mode's "Fix by hand" commands really fix: for requirements the practice
// guest fails whose fix edits files from outside the guest (the generated
// guest has no shell, so --run-command steps need a real one), the fix steps
// are run as shown (Debian variant, image path filled in) on a copy, and the
// checklist then passes each of them. The original is unchanged.
#include "ManualFixSupport.h"

#include "checks/ManualSteps.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::test;

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

    // Before: every chosen requirement fails on the practice guest. That is
    // tst_cli's checkFindsEveryDefect (the exact failing set of this image),
    // so no second appliance launch here to see it again.

    // The copy the steps name, made once; then each requirement's commands as shown.
    const QString copy = manualCopyPath(image);
    QVERIFY(QFile::copy(image, copy));
    for (const QString &id : ids) {
        const QString failed = runDebianFix(id, image);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    const auto after = checkStatuses(copy, ids);
    for (const QString &id : ids)
        QVERIFY2(after.value(id) == QLatin1String("pass"), qPrintable(id + QStringLiteral(": ") + after.value(id)));
    QCOMPARE(sha256(original), originalSum);
}

QTEST_GUILESS_MAIN(TestManualFixes)
#include "tst_manualfixes.moc"
