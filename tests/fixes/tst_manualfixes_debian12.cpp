// Lab mode's "fix by hand" steps on a real Debian 12 guest: the steps that
// need the guest's own shell and tools (update-grub, systemctl, apt from the
// mirror, a first-boot command) are run as `imageprep-cli lab steps` and the
// wizard show them (Debian variant, image path filled in) on a copy of the
// debootstrap image, then the machine-id step that the steps say to run
// last, and the checklist then passes each requirement. The original is
// unchanged. The cloud-init steps (install from the mirror, then the
// configuration that follows) are run the same way on a second copy. Slow:
// every step is a virt-customize or virt-sysprep launch, and two install
// packages from the mirror. The plain image is checked once, with the
// appliance network, for all functions (its verdicts are asserted here for
// tst_fixdebian12 too), and each finished copy once in full.
#include "ManualFixSupport.h"

#include "checks/ManualSteps.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::test;

class TestManualFixesDebian12 : public QObject {
    Q_OBJECT

    QString m_original;
    QByteArray m_originalSum;
    // Every requirement's status on the plain image, from one check with the
    // appliance network (security-updates asks the guest's repositories)
    // that every function here reads: one launch instead of one each, and
    // tst_fixdebian12 does not check the plain image again.
    QHash<QString, QString> m_before;
    int m_beforeExitCode = -1;

    // The trainee's image in `dir`: a link to the original (the steps name
    // only the copy, never the image, and the original's checksum is
    // compared at the end), and next to it the copy the steps change; ""
    // when either failed. A link instead of a second 700 MB copy.
    QString traineeImage(const QTemporaryDir &dir) const
    {
        const QString image = dir.filePath(QStringLiteral("trainee.qcow2"));
        if (!dir.isValid() || !QFile::link(m_original, image) || !QFile::copy(m_original, manualCopyPath(image)))
            return {};
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_original = fixture(QStringLiteral("debian12.qcow2"));
        m_originalSum = sha256(m_original);
        QVERIFY(!m_originalSum.isEmpty());
        QElapsedTimer scanClock;
        scanClock.start();
        m_before = checkStatuses(m_original, {}, CheckNetwork::On, &m_beforeExitCode);
        qInfo("check --network took %lld s", scanClock.elapsed() / 1000);
        QVERIFY2(m_before.size() > 20, qPrintable(QStringList(m_before.keys()).join(u' ')));
    }

    // The checklist on the real tree fails what it should and passes what it
    // should (the "before" of tst_fixdebian12's default fix, same fixture).
    void plainImageVerdicts()
    {
        QCOMPARE(m_beforeExitCode, 1); // required checks fail
        QSet<QString> failed;
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            if (it.value() == QLatin1String("fail"))
                failed << it.key();
        }
        QCOMPARE(failed, (QSet<QString>{QStringLiteral("root-resize"), QStringLiteral("no-persistent-net-rules"),
                                        QStringLiteral("firewall-disabled"), QStringLiteral("ssh-host-keys"),
                                        QStringLiteral("ssh-key-injection"), QStringLiteral("user-data"),
                                        QStringLiteral("serial-console"), QStringLiteral("qemu-guest-agent"),
                                        QStringLiteral("acpi-shutdown"), QStringLiteral("security-updates")}));
        for (const char *id : {"partition-layout", "ssh-server", "no-hardcoded-mac", "virtio-drivers", "fstab-stable-names"})
            QVERIFY2(m_before.value(QLatin1String(id)) == QLatin1String("pass"), id);
    }

    void fixByHandOnARealGuest()
    {
        // What the plain image fails that a trainee fixes without cloud-init.
        const QStringList ids{QStringLiteral("serial-console"), QStringLiteral("firewall-disabled"),
                              QStringLiteral("ssh-host-keys"), QStringLiteral("no-persistent-net-rules"),
                              QStringLiteral("qemu-guest-agent")};
        for (const QString &id : ids)
            QVERIFY2(m_before.value(id) == QLatin1String("fail"), qPrintable(id + QStringLiteral(": ") + m_before.value(id)));

        QTemporaryDir dir;
        const QString image = traineeImage(dir);
        QVERIFY(!image.isEmpty());
        const QString copy = manualCopyPath(image);
        // The image has no cloud-init: its cloud-init-only step does not apply.
        const QStringList skip{QStringLiteral("# When cloud-init is installed")};
        for (const QString &id : ids) {
            const QString failed = runDebianFix(id, image, skip);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }

        // virt-customize writes a machine ID into a guest that has none, so the
        // steps above gave this one an ID that every instance would share; the
        // machine-id step says to run it last, and so does a trainee.
        QCOMPARE(checkStatuses(copy, {QStringLiteral("machine-id")}).value(QStringLiteral("machine-id")), QStringLiteral("fail"));
        const QString failed = runDebianFix(QStringLiteral("machine-id"), image);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        // One full check of the result: the fixed requirements and machine-id
        // pass, and the others did not break on the way (the first-boot
        // command, the grub rewrite).
        const auto after = checkStatuses(copy);
        QVERIFY2(after.size() == m_before.size(), qPrintable(QStringList(after.keys()).join(u' ')));
        QCOMPARE(after.value(QStringLiteral("machine-id")), QStringLiteral("pass"));
        for (const QString &id : ids)
            QVERIFY2(after.value(id) == QLatin1String("pass"), qPrintable(id + QStringLiteral(": ") + after.value(id)));
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (ids.contains(it.key()) || it.value() != QLatin1String("fail"))
                continue;
            // Failing now, so it must have failed before too: the cloud-init ones
            // and root-resize (the next function), and acpi-shutdown (the plain
            // image has no dbus; its by-hand step is a package install like
            // qemu-guest-agent's, which this function already proves).
            QVERIFY2(QStringList({QStringLiteral("root-resize"), QStringLiteral("ssh-key-injection"), QStringLiteral("user-data"),
                                  QStringLiteral("acpi-shutdown")}).contains(it.key()),
                     qPrintable(it.key()));
        }
        QCOMPARE(sha256(m_original), m_originalSum);
        QVERIFY(QFileInfo::exists(image));
    }

    // The cloud-init steps: root-resize's install of cloud-init and growpart
    // from the mirror inside the appliance (user-data's step is the same
    // install), then ssh-key-injection's datasource list; the four cloud-init
    // requirements pass afterwards. Sections for a guest whose cloud-init is
    // switched off or configured not to grow do not apply to this one, and
    // the fetch script is the alternative for guests without cloud-init.
    void cloudInitByHandOnARealGuest()
    {
        const QStringList ids{QStringLiteral("root-resize"), QStringLiteral("user-data"), QStringLiteral("ssh-key-injection")};
        for (const QString &id : ids)
            QVERIFY2(m_before.value(id) == QLatin1String("fail"), qPrintable(id + QStringLiteral(": ") + m_before.value(id)));
        QCOMPARE(m_before.value(QStringLiteral("cloud-init-user")), QStringLiteral("not-applicable"));

        QTemporaryDir dir;
        const QString image = traineeImage(dir);
        QVERIFY(!image.isEmpty());
        const QString copy = manualCopyPath(image);
        const QStringList notThisGuest{QStringLiteral("# Switched off"), QStringLiteral("# Turn growing back on"),
                                       QStringLiteral("# Or, without cloud-init")};
        const QStringList install = debianFixCommands(withImagePath(manualSteps(QStringLiteral("user-data")).fix, image), notThisGuest);
        QCOMPARE(install.size(), 1);
        QVERIFY2(install.first().contains(QLatin1String("--install cloud-init")), qPrintable(install.first()));
        const QList<std::pair<QString, QStringList>> steps{
            {QStringLiteral("root-resize"), notThisGuest},
            {QStringLiteral("ssh-key-injection"), QStringList(notThisGuest) << QStringLiteral("# Install cloud-init")}};
        for (const auto &[id, skip] : steps) {
            const QString failed = runDebianFix(id, image, skip);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }

        const QStringList cloudInitIds = QStringList(ids) << QStringLiteral("cloud-init-user");
        const auto after = checkStatuses(copy, cloudInitIds);
        for (const QString &id : cloudInitIds)
            QVERIFY2(after.value(id) == QLatin1String("pass"), qPrintable(id + QStringLiteral(": ") + after.value(id)));
        QCOMPARE(sha256(m_original), m_originalSum);
    }
};

QTEST_GUILESS_MAIN(TestManualFixesDebian12)
#include "tst_manualfixes_debian12.moc"
