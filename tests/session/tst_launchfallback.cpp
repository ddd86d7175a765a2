// Integration: the appliance launch recovers from a broken KVM by itself.
// A wrapper around qemu freezes (-S) or kills every accelerated launch, as
// KVM does on hosts where it is broken; the session must notice, retry in
// software emulation, say so in its log, and remember it for next time.
#include "guest/GuestSession.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;

class TestLaunchFallback final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recoversFromBrokenKvm_data();
    void recoversFromBrokenKvm();

private:
    QTemporaryDir m_dir;
};

void TestLaunchFallback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The session must decide by itself: no forced TCG from the environment.
    qunsetenv("LIBGUESTFS_BACKEND_SETTINGS");
    qputenv("IMAGEPREP_KVM_LAUNCH_TIMEOUT", "8");
}

void TestLaunchFallback::recoversFromBrokenKvm_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::newRow("accelerated guest hangs") << QStringLiteral("hang");
    QTest::newRow("accelerated qemu aborts") << QStringLiteral("abort");
}

void TestLaunchFallback::recoversFromBrokenKvm()
{
    QFETCH(QString, behaviour);
    const QString cache = m_dir.filePath(behaviour + QStringLiteral("-cache"));
    qputenv("XDG_CACHE_HOME", cache.toUtf8());

    const QString wrapper = m_dir.filePath(QStringLiteral("qemu-kvm-broken-") + behaviour);
    QFile w(wrapper);
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write("#!/bin/sh\n"
            "# Behaves like qemu, except that accelerated appliance launches fail.\n"
            "case \"$*\" in\n"
            "  *-kernel*accel=kvm*|*accel=kvm*-kernel*)\n");
    w.write(behaviour == QLatin1String("hang") ? "    exec qemu-system-x86_64 \"$@\" -S ;;\n"
                                               : "    echo 'kvm: failed to set MSR 0x345' >&2; exit 1 ;;\n");
    w.write("esac\nexec qemu-system-x86_64 \"$@\"\n");
    w.close();
    QVERIFY(QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("LIBGUESTFS_HV", wrapper.toUtf8());

    const QString img = imageprep::test::fixture(QStringLiteral("debian.qcow2"));
    const QByteArray before = imageprep::test::sha256(img);
    QStringList log;
    {
        GuestSession s;
        connect(&s, &GuestSession::logMessage, this, [&log](const QString &l) { log << l; }, Qt::DirectConnection);
        LaunchOptions o;
        o.diskPath = img;
        o.format = QStringLiteral("qcow2");
        o.readOnly = true;
        const Status st = s.launch(o);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message + QLatin1Char(' ') + st.error().detail));
        QVERIFY(s.usedSoftwareEmulation());
        auto facts = s.inspect();
        QVERIFY2(facts.ok(), facts.ok() ? "" : qPrintable(facts.error().message));
        QCOMPARE(facts->distro, QStringLiteral("debian"));
    }
    const QString joined = log.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QLatin1String("accelerated (KVM) launch failed")), qPrintable(joined));
    QVERIFY2(joined.contains(QLatin1String("Retrying in software emulation")), qPrintable(joined));
    QVERIFY(QFile::exists(cache + QStringLiteral("/imageprep/kvm-launch-failed")));
    QCOMPARE(imageprep::test::sha256(img), before);

    qunsetenv("LIBGUESTFS_HV");
    if (behaviour != QLatin1String("hang"))
        return; // one row suffices for what the marker does next time

    // The next session goes straight to TCG and says why.
    log.clear();
    {
        GuestSession s;
        connect(&s, &GuestSession::logMessage, this, [&log](const QString &l) { log << l; }, Qt::DirectConnection);
        LaunchOptions o;
        o.diskPath = img;
        o.readOnly = true;
        QVERIFY(s.launch(o).ok());
        QVERIFY(s.usedSoftwareEmulation());
    }
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("KVM failed on this host before")), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY(!log.join(QLatin1Char('\n')).contains(QLatin1String("accelerated (KVM) launch failed")));
    QCOMPARE(imageprep::test::sha256(img), before);
}

QTEST_GUILESS_MAIN(TestLaunchFallback)
#include "tst_launchfallback.moc"
