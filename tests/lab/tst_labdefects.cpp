// The lab defect catalogue on an in-memory clean Debian guest: every defect
// names a real requirement, and its edits, applied by the fix runner, turn
// exactly that requirement from pass to fail (or warning, when recommended).
// Services are links and packages a dpkg status file here, so a re-read of
// the files sees what the edits changed, as the session's re-check does.
#include "GuestFixtures.h"

#include "checks/CheckRun.h"
#include "fixes/FixRunner.h"
#include "fixes/GuestEditor.h"
#include "guest/FileFacts.h"
#include "lab/LabDefects.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

namespace {

const QString Status = QStringLiteral("/var/lib/dpkg/status");

// What inspection reads again after edits: services from links, packages from dpkg.
void refresh(Guest &g)
{
    g.facts.enabledServices = detectEnabledServices(g.files, g.facts.init);
    g.facts.packages.clear();
    QString name;
    for (const QByteArray &line : g.files.readBytes(Status, 1 << 20).split('\n')) {
        if (line.startsWith("Package: "))
            name = QString::fromUtf8(line.mid(9));
        else if (line == "Status: install ok installed" && !name.isEmpty())
            g.addPackage(name);
        else if (line.isEmpty())
            name.clear();
    }
}

// The clean Debian guest of the check tests, with its services as systemd
// links and its packages in a dpkg status file.
Guest labGuest()
{
    Guest g = cleanGuest(Family::Debian);
    for (const QString &unit : std::as_const(g.facts.enabledServices)) {
        const QString target = unit.startsWith(QLatin1String("cloud-")) && unit != QLatin1String("cloud-init.service")
            ? QStringLiteral("cloud-init.target") : QStringLiteral("multi-user.target");
        const QString path = QStringLiteral("/lib/systemd/system/") + unit;
        g.file(path, QStringLiteral("[Unit]\nDescription=%1\n\n[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=%2\n")
                         .arg(unit, target).toUtf8());
        g.files.addSymlink(QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(target, unit), path);
    }
    g.addPackage(QStringLiteral("base-files"));
    QByteArray status;
    for (const PackageInfo &p : std::as_const(g.facts.packages))
        status += "Package: " + p.name.toUtf8() + "\nStatus: install ok installed\nVersion: " + p.version.toUtf8() + "\n\n";
    g.file(Status, status);
    g.file(QStringLiteral("/var/lib/dpkg/info/qemu-guest-agent.list"),
           "/.\n/usr\n/usr/sbin\n/usr/sbin/qemu-ga\n/usr/share/doc/qemu-guest-agent/copyright\n");
    g.file(QStringLiteral("/var/lib/dpkg/info/qemu-guest-agent.md5sums"), "0123  usr/sbin/qemu-ga\n");
    g.file(QStringLiteral("/usr/sbin/qemu-ga"), QByteArray("\x7f" "ELF\0\0binary", 12));
    g.file(QStringLiteral("/usr/share/doc/qemu-guest-agent/copyright"), "Format: https://www.debian.org/doc/packaging-manuals/\n");
    g.file(QStringLiteral("/bin/rm"), QByteArray("\x7f" "ELF\0rm", 7));
    refresh(g);
    return g;
}

CheckStatus statusOf(const Guest &g, const QString &id)
{
    const CheckRun run = runChecklist(g.facts, g.files, {id});
    return run.results.isEmpty() ? CheckStatus::Unknown : run.results.first().status;
}

// Plants ids with the fix runner; the report of the run.
FixReport plant(Guest &g, const DefectPlan &defects, MemoryGuestEditor &editor)
{
    FixRunner runner(editor);
    FixReport report = runner.run(defects.plan);
    refresh(g);
    return report;
}

} // namespace

class TestLabDefects final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueNamesRealRequirements()
    {
        QVERIFY(labDefects().size() >= 10);
        QStringList seen;
        for (const LabDefect &d : labDefects()) {
            QVERIFY2(Catalogue::instance().find(d.id), qPrintable(d.id));
            QVERIFY2(!seen.contains(d.id), qPrintable(d.id));
            seen << d.id;
            QVERIFY(!d.translatedDescription().isEmpty());
            QCOMPARE(findLabDefect(d.id), &d);
        }
        QCOMPARE(labDefectIds(), seen);
        QCOMPARE(findLabDefect(QStringLiteral("no-such-check")), nullptr);
    }

    void cleanGuestPassesEveryDefectRequirement()
    {
        const Guest g = labGuest();
        for (const QString &id : labDefectIds())
            QVERIFY2(statusOf(g, id) == CheckStatus::Pass, qPrintable(id));
    }

    void eachDefectBreaksItsRequirement_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : labDefectIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void eachDefectBreaksItsRequirement()
    {
        QFETCH(QString, id);
        Guest g = labGuest();
        const DefectPlan defects = planDefects(g.facts, g.files, {id});
        QVERIFY2(defects.ok(), qPrintable(defects.errors.join(QLatin1Char('\n'))));
        QCOMPARE(defects.plan.fixes.size(), 1);
        QCOMPARE(defects.plan.fixes.first().requirementId, id);
        QVERIFY(!defects.plan.fixes.first().edits.isEmpty());
        // Planning alone changes nothing.
        QVERIFY(statusOf(g, id) == CheckStatus::Pass);

        MemoryGuestEditor editor(g.files);
        const FixReport report = plant(g, defects, editor);
        QVERIFY2(report.outcome == FixReport::Outcome::Finished, qPrintable(report.toText()));
        const CheckRun after = runChecklist(g.facts, g.files);
        const CheckResult *r = after.result(id);
        QVERIFY(r);
        QVERIFY2(defectShows(*r), qPrintable(toString(r->status) + QStringLiteral(": ") + r->summary));
        QVERIFY(defectsNotShown({id}, after).isEmpty());
        if (Catalogue::instance().find(id)->severity() == Severity::Required)
            QVERIFY(r->status == CheckStatus::Fail);
    }

    void everyDefectAtOnce()
    {
        Guest g = labGuest();
        const DefectPlan defects = planDefects(g.facts, g.files, labDefectIds());
        QVERIFY2(defects.ok(), qPrintable(defects.errors.join(QLatin1Char('\n'))));
        QCOMPARE(defects.plan.fixes.size(), labDefectIds().size());
        MemoryGuestEditor editor(g.files);
        const FixReport report = plant(g, defects, editor);
        QVERIFY2(report.outcome == FixReport::Outcome::Finished, qPrintable(report.toText()));
        QCOMPARE(defectsNotShown(labDefectIds(), runChecklist(g.facts, g.files)), QStringList());
    }

    void plantedFilesAreWhatTheDefectSays()
    {
        Guest g = labGuest();
        MemoryGuestEditor editor(g.files);
        const QStringList ids{QStringLiteral("fstab-stable-names"), QStringLiteral("serial-console"), QStringLiteral("ssh-server"),
                              QStringLiteral("qemu-guest-agent"), QStringLiteral("firewall-disabled")};
        QVERIFY(plant(g, planDefects(g.facts, g.files, ids), editor).outcome == FixReport::Outcome::Finished);
        QCOMPARE(g.files.readBytes(QStringLiteral("/etc/fstab"), 4096).split('\n').value(1), QByteArray("/dev/sda1 / ext4 errors=remount-ro 0 1"));
        const QByteArray grub = g.files.readBytes(QStringLiteral("/etc/default/grub"), 4096);
        QVERIFY(grub.contains("GRUB_CMDLINE_LINUX=\"\"\n"));
        QVERIFY(grub.contains("GRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\n"));
        // No update-grub in this guest: grub.cfg is edited directly.
        QVERIFY(!g.files.readBytes(QStringLiteral("/boot/grub/grub.cfg"), 4096).contains("console="));
        QVERIFY(g.files.lstat(QStringLiteral("/etc/systemd/system/multi-user.target.wants/ssh.service")).type == GuestStat::Type::Missing);
        QVERIFY(g.files.isFile(QStringLiteral("/lib/systemd/system/ssh.service"))); // disabled, not removed
        // The package's text files and records go; its binaries by one rm in the guest.
        QVERIFY(!g.files.exists(QStringLiteral("/usr/share/doc/qemu-guest-agent/copyright")));
        QVERIFY(!g.files.exists(QStringLiteral("/var/lib/dpkg/info/qemu-guest-agent.list")));
        QVERIFY(!g.facts.hasPackage(QStringLiteral("qemu-guest-agent")));
        QVERIFY(g.facts.hasPackage(QStringLiteral("openssh-server")));
        QVERIFY(editor.commands.contains(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), QStringLiteral("/usr/sbin/qemu-ga")}));
        // No firewall package: a hand-made iptables unit, enabled by a link.
        QCOMPARE(g.files.readlink(QStringLiteral("/etc/systemd/system/multi-user.target.wants/iptables.service")),
                 QStringLiteral("/etc/systemd/system/iptables.service"));
    }

    void unknownIdsAreRefused()
    {
        const Guest g = labGuest();
        const DefectPlan defects = planDefects(g.facts, g.files, {QStringLiteral("machine-id"), QStringLiteral("no-such-defect")});
        QVERIFY(!defects.ok());
        QCOMPARE(defects.unknownIds, QStringList{QStringLiteral("no-such-defect")});
        QVERIFY(defects.plan.fixes.isEmpty());
    }

    void defectsThatCannotBePlantedAreErrors_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("missingPackage");
        QTest::addColumn<QString>("why");
        QTest::newRow("user-data without cloud-init") << QStringLiteral("user-data") << QStringLiteral("cloud-init") << QStringLiteral("cloud-init is not installed");
        QTest::newRow("ssh-server without a server") << QStringLiteral("ssh-server") << QStringLiteral("openssh-server") << QStringLiteral("no SSH server package");
        QTest::newRow("qemu-guest-agent without the agent") << QStringLiteral("qemu-guest-agent") << QStringLiteral("qemu-guest-agent")
                                                            << QStringLiteral("qemu-guest-agent is not installed");
    }

    void defectsThatCannotBePlantedAreErrors()
    {
        QFETCH(QString, id);
        QFETCH(QString, missingPackage);
        QFETCH(QString, why);
        Guest g = labGuest();
        g.removePackage(missingPackage);
        const DefectPlan defects = planDefects(g.facts, g.files, {QStringLiteral("machine-id"), id});
        QVERIFY(!defects.ok());
        QCOMPARE(defects.errors.size(), 1);
        QVERIFY2(defects.errors.first().startsWith(id + QStringLiteral(": ")), qPrintable(defects.errors.first()));
        QVERIFY2(defects.errors.first().contains(why), qPrintable(defects.errors.first()));
    }

    void alreadyPresentDefectIsAnError()
    {
        Guest g = labGuest();
        g.file(QStringLiteral("/etc/cloud/cloud-init.disabled"), "");
        const DefectPlan defects = planDefects(g.facts, g.files, {QStringLiteral("user-data")});
        QCOMPARE(defects.errors.size(), 1);
        QVERIFY2(defects.errors.first().contains(QStringLiteral("already")), qPrintable(defects.errors.first()));
    }
};

QTEST_GUILESS_MAIN(TestLabDefects)
#include "tst_labdefects.moc"
