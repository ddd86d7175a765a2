// Session::recheck(): one requirement checked again on the open appliance
// (no second launch), seeing what changed in the workspace since the
// checklist ran, including the facts edits change (services at boot).
// One appliance launch on the debian-defects fixture.
#include "TestSupport.h"

#include "fixes/GuestfsEditor.h"
#include "guest/GuestSession.h"
#include "session/Session.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace Qt::StringLiterals;

class TestRecheck final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recheckSeesTheWorkspaceAsItIsNow();
};

void TestRecheck::recheckSeesTheWorkspaceAsItIsNow()
{
    const QString image = QStringLiteral(IMAGEPREP_FIXTURE_DIR "/debian-defects.qcow2");
    QVERIFY2(QFileInfo::exists(image), qPrintable(image));
    const QByteArray before = test::sha256(image);
    QTemporaryDir work;
    QVERIFY(work.isValid());

    Session session;
    QSignalSpy inspected(&session, &Session::inspected);
    QSignalSpy checked(&session, &Session::checked);
    QSignalSpy rechecked(&session, &Session::rechecked);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy busy(&session, &Session::busyChanged);
    const auto waitIdle = [&] { return QTest::qWaitFor([&] { return !session.isBusy(); }, 600000); };

    SessionOptions options;
    options.workspaceParent = work.path();
    session.open(image, options);
    QVERIFY(waitIdle());
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
    QCOMPARE(inspected.size(), 1);
    QVERIFY(session.facts().enabledServices.contains(u"ufw.service"_s) || session.facts().enabledServices.contains(u"ufw"_s));

    session.check();
    QVERIFY(waitIdle());
    QCOMPARE(checked.size(), 1);
    const CheckRun run = checked.first().first().value<CheckRun>();
    const CheckResult *machineId = run.result(u"machine-id"_s);
    const CheckResult *firewall = run.result(u"firewall-disabled"_s);
    QVERIFY(machineId && firewall);
    QCOMPARE(toString(machineId->status), toString(CheckStatus::Fail));
    QCOMPARE(toString(firewall->status), toString(CheckStatus::Fail));

    // Nothing changed: the same verdict and evidence as the checklist.
    QCOMPARE(session.timings().launchMs > 0, true);
    session.recheck(u"machine-id"_s);
    QVERIFY(session.isBusy());
    QVERIFY(waitIdle());
    QCOMPARE(rechecked.size(), 1);
    CheckResult again = rechecked.takeFirst().first().value<CheckResult>();
    QCOMPARE(again.id, u"machine-id"_s);
    QCOMPARE(toString(again.status), toString(CheckStatus::Fail));
    QCOMPARE(again.evidence, machineId->evidence);

    // Unknown ids are refused, not run.
    session.recheck(u"no-such-requirement"_s);
    QVERIFY(waitIdle());
    QVERIFY(rechecked.isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(int(failed.takeFirst().first().value<Error>().code), int(ErrorCode::InvalidArgument));

    // Change the workspace behind the checklist's back, as a person in lab
    // mode (or a fix) would: empty the machine ID, stop ufw starting at boot
    // and switch it off. The editor does not refresh the session's facts.
    bool written = false;
    session.runOnGuest(
        [](GuestSession &guest) -> QVariant {
            GuestfsEditor editor(guest);
            return editor.writeFile(u"/etc/machine-id"_s, {}, 0444).ok()
                && editor.removeFile(u"/etc/systemd/system/multi-user.target.wants/ufw.service"_s).ok()
                && editor.writeFile(u"/etc/ufw/ufw.conf"_s, "ENABLED=no\nLOGLEVEL=low\n", 0644).ok();
        },
        [&](const QVariant &ok) { written = ok.toBool(); });
    QVERIFY(waitIdle());
    QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));

    session.recheck(u"machine-id"_s);
    QVERIFY(waitIdle());
    QCOMPARE(rechecked.size(), 1);
    again = rechecked.takeFirst().first().value<CheckResult>();
    QCOMPARE(toString(again.status), toString(CheckStatus::Pass));

    // ufw was in the facts' services at boot; only refreshed facts make this
    // a pass (stale facts would still start ufw: a warning).
    session.recheck(u"firewall-disabled"_s);
    QVERIFY(waitIdle());
    QCOMPARE(rechecked.size(), 1);
    again = rechecked.takeFirst().first().value<CheckResult>();
    QVERIFY2(again.status == CheckStatus::Pass, qPrintable(toString(again.status) + u": "_s + again.summary));
    QVERIFY(!session.facts().enabledServices.contains(u"ufw.service"_s));
    QVERIFY(!session.facts().enabledServices.contains(u"ufw"_s));
    QVERIFY(failed.isEmpty());

    // One appliance for all of it, and the original untouched.
    QCOMPARE(inspected.size(), 1);
    QCOMPARE(test::sha256(image), before);
}

QTEST_GUILESS_MAIN(TestRecheck)
#include "tst_recheck.moc"
