// The catalogue-wide promise of the default plan: for every requirement the
// planner claims to fix, a guest that fails it (the clean Debian guest with
// that requirement's lab defect planted) gets a default plan that is proven
// before it is shown, and that, applied in memory, leaves the requirement at
// pass. A fixable requirement without a way to make a failing guest fails
// this test too, so a new fix cannot go untested.
#include "GuestFixtures.h"
#include "LabGuest.h"

#include "checks/CheckRun.h"
#include "fixes/FixRunner.h"
#include "fixes/GuestEditor.h"
#include "lab/LabDefects.h"

#include <QRegularExpression>
#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

namespace {

// update-grub, as far as the checks read its output: the kernel lines of
// grub.cfg carry GRUB_CMDLINE_LINUX then GRUB_CMDLINE_LINUX_DEFAULT.
void regenerateGrubCfg(Guest &g)
{
    QString linux, linuxDefault;
    for (const QString &l : g.files.readText(QStringLiteral("/etc/default/grub")).split(QLatin1Char('\n'))) {
        static const QRegularExpression assign(QStringLiteral("^(GRUB_CMDLINE_LINUX(?:_DEFAULT)?)=\"(.*)\"$"));
        const auto m = assign.match(l);
        if (m.hasMatch())
            (m.captured(1).endsWith(QLatin1String("DEFAULT")) ? linuxDefault : linux) = m.captured(2);
    }
    const QString cmdline = QStringList{QStringLiteral("root=UUID=0b8a3c1e ro"), linux, linuxDefault}.join(QLatin1Char(' ')).simplified();
    g.file(QStringLiteral("/boot/grub/grub.cfg"),
           "menuentry 'Debian GNU/Linux' {\n\tlinux\t/boot/vmlinuz-6.1.0-13-amd64 " + cmdline.toUtf8() + "\n}\n");
}

// What dpkg, systemctl, update-grub and passwd change, as the checks see it.
void simulateGuestTools(MemoryGuestEditor &editor, Guest &g)
{
    editor.onInstall = [&g](const PackageInstall &in) {
        for (const QString &p : in.packages) {
            // Installing an installed package upgrades it: its security update is applied.
            g.facts.securityUpdates.updates.removeIf([&p](const PendingUpdate &u) { return u.name == p; });
            addDpkgRecord(g, p);
            if (p == QLatin1String("dbus"))
                g.files.addSymlink(QStringLiteral("/lib/systemd/system/sockets.target.wants/dbus.socket"), QStringLiteral("../dbus.socket"));
            else if (p == QLatin1String("openssh-server"))
                g.file(QStringLiteral("/lib/systemd/system/ssh.service"), "[Install]\nWantedBy=multi-user.target\n");
        }
    };
    editor.onRun = [&g](const QStringList &argv) {
        const QString command = argv.join(QLatin1Char(' '));
        if (argv.value(0) == QLatin1String("systemctl") && argv.value(1) == QLatin1String("enable")) {
            g.files.addSymlink(QStringLiteral("/etc/systemd/system/multi-user.target.wants/") + argv.value(2),
                               QStringLiteral("/lib/systemd/system/") + argv.value(2));
        } else if (command.contains(QLatin1String("update-grub"))) {
            regenerateGrubCfg(g);
        } else if (command == QLatin1String("passwd -l root")) {
            QByteArray shadow = g.files.readBytes(QStringLiteral("/etc/shadow"), 1 << 16);
            shadow.replace("root:", "root:!");
            g.file(QStringLiteral("/etc/shadow"), shadow);
        } else if (argv.value(0) == QLatin1String("rm")) {
            for (const QString &path : argv.mid(3))
                g.files.remove(path);
        }
    };
}

// The root partition becomes the physical volume of a root logical volume.
void putRootOnLvm(Guest &g)
{
    const QString pv = g.facts.rootDevice;
    for (PartitionInfo &p : g.facts.partitions) {
        if (p.device == pv)
            p.fstype = QStringLiteral("LVM2_member");
    }
    g.facts.lvm.physicalVolumes = {pv};
    g.facts.lvm.volumeGroups = {QStringLiteral("vg0")};
    g.facts.lvm.logicalVolumes = {LogicalVolume{QStringLiteral("root"), QStringLiteral("vg0"), QStringLiteral("/dev/vg0/root"),
                                                8589934592, g.facts.rootFsType, QStringLiteral("/")}};
    g.facts.rootDevice = QStringLiteral("/dev/vg0/root");
}

CheckStatus statusOf(const Guest &g, const QString &id)
{
    const CheckRun run = runChecklist(g.facts, g.files, {id});
    return run.results.isEmpty() ? CheckStatus::Unknown : run.results.first().status;
}

} // namespace

class TestDefaultFixes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultFixLeavesPass_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : Catalogue::instance().ids()) {
            if (fixableRequirements().contains(id))
                QTest::newRow(qPrintable(id)) << id;
        }
    }

    void defaultFixLeavesPass()
    {
        QFETCH(QString, id);
        Guest g = labGuest();
        g.file(QStringLiteral("/usr/sbin/update-grub"), "#!/bin/sh\n");
        g.file(QStringLiteral("/usr/bin/passwd"), "#!/bin/sh\n");
        refresh(g);
        QVERIFY(statusOf(g, id) == CheckStatus::Pass);

        // A guest that fails it. A pending security update cannot be planted
        // in files (it needs a repository): the session's scan result says so.
        // partition-layout's defect is the disk layout that no file edit
        // plants: root moved onto LVM with nothing to grow the volume.
        if (id == QLatin1String("security-updates")) {
            g.facts.securityUpdates.updates = {PendingUpdate{QStringLiteral("openssh-server"), QStringLiteral("1.0"), QStringLiteral("1.1"),
                                                             QStringLiteral("Debian-Security:12/stable-security")}};
            verifyDefaultFix(g, id);
            return;
        }
        if (id == QLatin1String("partition-layout")) {
            putRootOnLvm(g);
            verifyDefaultFix(g, id);
            return;
        }
        const DefectPlan defect = planDefects(g.facts, g.files, {id});
        QVERIFY2(findLabDefect(id), qPrintable(id + QStringLiteral(" is fixable but has no lab defect to make a failing guest")));
        QVERIFY2(defect.ok(), qPrintable(defect.errors.join(QLatin1Char('\n'))));
        {
            MemoryGuestEditor editor(g.files);
            simulateGuestTools(editor, g);
            QVERIFY(FixRunner(editor).run(defect.plan).outcome == FixReport::Outcome::Finished);
        }
        verifyDefaultFix(g, id);
    }

private:
    // g fails id: its default plan is proven and, applied in memory, passes.
    static void verifyDefaultFix(Guest &g, const QString &id)
    {
        refresh(g);
        const CheckRun before = runChecklist(g.facts, g.files);
        QVERIFY2(defectShows(*before.result(id)), qPrintable(before.result(id)->summary));

        // The default plan for it, proven before it is shown.
        PlanOptions options;
        options.only = {id};
        const FixPlan plan = planFixes(g.facts, g.files, before, options);
        QVERIFY2(plan.fix(id), qPrintable(plan.renderDiff()));
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QStringList unproven;
        for (const Unfixed &u : plan.unproven)
            unproven << u.reason;
        QVERIFY2(unproven.isEmpty(), qPrintable(unproven.join(QLatin1Char('\n'))));

        // Applied in memory, it leaves the requirement at pass.
        MemoryGuestEditor editor(g.files);
        simulateGuestTools(editor, g);
        const FixReport report = FixRunner(editor).run(plan);
        QVERIFY2(report.outcome == FixReport::Outcome::Finished, qPrintable(report.toText()));
        refresh(g);
        const CheckRun after = runChecklist(g.facts, g.files, {id});
        QVERIFY2(after.results.first().status == CheckStatus::Pass,
                 qPrintable(toString(after.results.first().status) + QStringLiteral(": ") + after.results.first().summary));
    }
};

QTEST_GUILESS_MAIN(TestDefaultFixes)
#include "tst_defaultfixes.moc"
