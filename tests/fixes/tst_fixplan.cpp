// Plans on an in-memory Debian guest with the defects the checklist knows:
// each alternative is planned, applied with the in-memory editor, and the
// checklist re-run must pass every check the plan fixed. Package installs
// and systemctl are simulated here (the hooks add what dpkg and systemctl
// would: package records, unit files, wants links); the real package path is
// proven by the slow test on a debootstrap image.
#include "GuestFixtures.h"

#include "checks/CheckRun.h"
#include "fixes/FixPlan.h"
#include "fixes/FixRunner.h"
#include "fixes/GuestEditor.h"
#include "guest/FileFacts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

namespace {

const QString Wants = QStringLiteral("/etc/systemd/system/multi-user.target.wants/");

void addUnit(Guest &g, const QString &unit, bool enable, const QString &target = QStringLiteral("multi-user.target"))
{
    const QString path = QStringLiteral("/lib/systemd/system/") + unit;
    g.files.addFile(path, QStringLiteral("[Unit]\nDescription=%1\n\n[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=%2\n")
                              .arg(unit, target).toUtf8());
    if (enable)
        g.files.addSymlink(QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(target, unit), path);
}

// What inspection would say again after edits (services from links).
void refresh(Guest &g)
{
    g.facts.enabledServices = detectEnabledServices(g.files, g.facts.init);
}

Guest defectsGuest()
{
    Guest g = cleanGuest(Family::Debian);
    g.label = QStringLiteral("debian-defects");
    // Services as links, so that edits change what a re-inspection sees.
    g.facts.enabledServices.clear();
    g.removePackage(QStringLiteral("cloud-init"));
    g.removePackage(QStringLiteral("cloud-guest-utils"));
    g.removePackage(QStringLiteral("openssh-server"));
    g.files.remove(QStringLiteral("/etc/cloud/cloud.cfg"));
    g.removePackage(QStringLiteral("dbus")); // no system bus: logind cannot handle the power button
    g.files.remove(QStringLiteral("/lib/systemd/system/sockets.target.wants/dbus.socket"));
    g.addPackage(QStringLiteral("ufw"));
    addUnit(g, QStringLiteral("ufw.service"), true);
    addUnit(g, QStringLiteral("qemu-guest-agent.service"), true);
    g.file(QStringLiteral("/etc/ufw/ufw.conf"), "# /etc/ufw/ufw.conf\nENABLED=yes\nLOGLEVEL=low\n");
    g.file(QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules"),
           "# generated\nSUBSYSTEM==\"net\", ATTR{address}==\"52:54:00:12:34:56\", NAME=\"eth0\"\n");
    g.file(QStringLiteral("/etc/network/interfaces"), "auto eth0\niface eth0 inet dhcp\n    hwaddress ether 52:54:00:12:34:56\n");
    g.file(QStringLiteral("/etc/default/grub"), "GRUB_DEFAULT=0\nGRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\nGRUB_CMDLINE_LINUX=\"\"\n");
    g.file(QStringLiteral("/boot/grub/grub.cfg"), "menuentry 'Debian' {\n\tlinux /boot/vmlinuz-6.1.0-13-amd64 root=/dev/sda1 ro quiet\n}\n");
    g.file(QStringLiteral("/etc/machine-id"), "0123456789abcdef0123456789abcdef\n");
    g.file(QStringLiteral("/etc/ssh/ssh_host_ed25519_key"), "fake host key\n");
    g.file(QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub"), "ssh-ed25519 AAAA fake\n");
    g.file(QStringLiteral("/root/.bash_history"), "ls\n");
    g.file(QStringLiteral("/var/lib/dhcp/dhclient.eth0.leases"), "lease { interface \"eth0\"; }\n");
    g.file(QStringLiteral("/etc/fstab"), "/dev/sda1 / ext4 errors=remount-ro 0 1\n");
    g.file(QStringLiteral("/var/log/dpkg.log"), "2024-01-01 install ufw\n");
    g.facts.mountpoints.insert(QStringLiteral("/"), QStringLiteral("/dev/sda1"));
    return g;
}

// dpkg and systemctl, as far as the checks can see them.
void simulateGuestTools(MemoryGuestEditor &editor, Guest &g)
{
    editor.onInstall = [&g](const PackageInstall &in) {
        g.file(QStringLiteral("/var/log/dpkg.log"), "2024-01-01 install ufw\n2024-06-01 install " + in.packages.join(QLatin1Char(' ')).toUtf8() + "\n");
        for (const QString &p : in.packages) {
            g.addPackage(p);
            if (p == QLatin1String("cloud-init")) {
                for (const QString &u : {QStringLiteral("cloud-init-local.service"), QStringLiteral("cloud-init.service"),
                                         QStringLiteral("cloud-config.service"), QStringLiteral("cloud-final.service")})
                    addUnit(g, u, false, QStringLiteral("cloud-init.target"));
                g.file(QStringLiteral("/etc/cloud/cloud.cfg"),
                       "users:\n   - default\nsystem_info:\n   default_user:\n     name: debian\n");
            } else if (p == QLatin1String("cloud-guest-utils")) {
                g.file(QStringLiteral("/usr/bin/growpart"), "#!/bin/sh\n");
            } else if (p == QLatin1String("dbus")) {
                g.files.addSymlink(QStringLiteral("/lib/systemd/system/sockets.target.wants/dbus.socket"), QStringLiteral("../dbus.socket"));
            } else if (p == QLatin1String("openssh-server")) {
                addUnit(g, QStringLiteral("ssh.service"), false);
            }
        }
    };
    editor.onRun = [&g](const QStringList &argv) {
        if (argv.value(0) == QLatin1String("systemctl") && argv.value(1) == QLatin1String("enable")) {
            const QString unit = argv.value(2);
            const QString target = unit.startsWith(QLatin1String("cloud")) ? QStringLiteral("cloud-init.target")
                                                                          : QStringLiteral("multi-user.target");
            g.files.addSymlink(QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(target, unit),
                               QStringLiteral("/lib/systemd/system/") + unit);
        }
    };
}

QByteArray snapshot(const GuestFiles &files, const QString &dir = QStringLiteral("/"))
{
    QByteArray out;
    for (const QString &name : files.list(dir)) {
        const QString p = dir == QLatin1String("/") ? dir + name : dir + QLatin1Char('/') + name;
        const GuestStat st = files.lstat(p);
        out += p.toUtf8() + ' ' + QByteArray::number(int(st.type)) + ' ' + QByteArray::number(st.mode) + '\n';
        if (st.type == GuestStat::Type::Directory)
            out += snapshot(files, p);
        else if (st.type == GuestStat::Type::Regular)
            out += files.readBytes(p, 1 << 20) + '\n';
        else if (st.type == GuestStat::Type::Symlink)
            out += files.readlink(p).toUtf8() + '\n';
    }
    return out;
}

} // namespace

class TestFixPlan final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void planningChangesNothing()
    {
        Guest g = defectsGuest();
        const QByteArray before = snapshot(g.files);
        const CheckRun run = runChecklist(g.facts, g.files);
        const FixPlan plan = planFixes(g.facts, g.files, run);
        QVERIFY(plan.editCount() > 10);
        QCOMPARE(snapshot(g.files), before);
    }

    void everyFixTurnsItsCheckToPass_data()
    {
        QTest::addColumn<QString>("alternative");
        QTest::addColumn<QStringList>("expectedUnfixed");
        QTest::newRow("cloud-init from the repositories") << QStringLiteral("cloud-init-repo") << QStringList{};
        QTest::newRow("cloud-init from local package files") << QStringLiteral("cloud-init-local") << QStringList{};
        QTest::newRow("first-boot script without cloud-init")
            << QStringLiteral("firstboot-script") << QStringList{QStringLiteral("root-resize"), QStringLiteral("user-data")};
    }
    void everyFixTurnsItsCheckToPass()
    {
        QFETCH(QString, alternative);
        QFETCH(QStringList, expectedUnfixed);
        Guest g = defectsGuest();
        QTemporaryDir pkgs;
        PlanOptions options;
        options.alternatives.insert(QStringLiteral("ssh-key-injection"), alternative);
        if (alternative == QLatin1String("cloud-init-local")) {
            for (const char *f : {"cloud-init_22.4.2-1_all.deb", "cloud-guest-utils_0.33-1_all.deb", "openssh-server_9.2p1-2_amd64.deb",
                                 "dbus_1.14.10-1_amd64.deb"}) {
                QFile file(pkgs.filePath(QString::fromLatin1(f)));
                QVERIFY(file.open(QIODevice::WriteOnly));
            }
            options.localPackageDir = pkgs.path();
            options.alternatives.insert(QStringLiteral("ssh-server"), QStringLiteral("packages-local"));
            options.alternatives.insert(QStringLiteral("acpi-shutdown"), QStringLiteral("packages-local"));
        }
        const CheckRun run = runChecklist(g.facts, g.files);
        const FixPlan plan = planFixes(g.facts, g.files, run, options);
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        // Proven before it is shown: the simulated re-check passes every planned fix.
        QStringList unproven;
        for (const Unfixed &u : plan.unproven)
            unproven << u.requirementId + QStringLiteral(": ") + u.reason;
        QVERIFY2(unproven.isEmpty(), qPrintable(unproven.join(QLatin1Char('\n'))));
        const QStringList mustFix{QStringLiteral("no-persistent-net-rules"), QStringLiteral("no-hardcoded-mac"),
                                  QStringLiteral("firewall-disabled"),        QStringLiteral("ssh-server"),
                                  QStringLiteral("serial-console"),           QStringLiteral("machine-id"),
                                  QStringLiteral("ssh-host-keys"),            QStringLiteral("leftover-state"),
                                  QStringLiteral("fstab-stable-names"),       QStringLiteral("ssh-key-injection"),
                                  QStringLiteral("acpi-shutdown")};
        for (const QString &id : mustFix) {
            QVERIFY2(run.result(id) && run.result(id)->status == CheckStatus::Fail, qPrintable(id));
            QVERIFY2(plan.fix(id), qPrintable(id + QStringLiteral(" has no fix")));
        }
        QStringList unfixed;
        for (const Unfixed &u : plan.unfixed)
            unfixed << u.requirementId;
        for (const QString &id : expectedUnfixed)
            QVERIFY2(unfixed.contains(id), qPrintable(id));
        QCOMPARE(plan.fix(QStringLiteral("ssh-key-injection"))->alternative, alternative);

        // The preview holds every edit's own diff.
        const QString preview = plan.renderDiff();
        for (const EditPtr &e : plan.edits())
            QVERIFY(preview.contains(e->diff()));

        MemoryGuestEditor editor(g.files);
        simulateGuestTools(editor, g);
        QList<int> progress;
        FixRunner runner(editor);
        FixReport report = runner.run(plan, [&](int done, int, const QString &) { progress << done; });
        QCOMPARE(toString(report.outcome), QStringLiteral("finished"));
        QCOMPARE(report.doneCount(), plan.editCount());
        QCOMPARE(progress.size(), plan.editCount() + 1);

        refresh(g);
        const CheckRun recheck = runChecklist(g.facts, g.files);
        recheckReport(plan, recheck, report);
        QStringList notFixed;
        for (const NotFixed &n : report.notFixed)
            notFixed << n.requirementId + QStringLiteral(": ") + n.why;
        QVERIFY2(notFixed.isEmpty(), qPrintable(notFixed.join(QLatin1Char('\n'))));
        QVERIFY(report.allFixed());

        // What the guide asks for, precisely.
        QVERIFY(g.files.lstat(QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules")).type == GuestStat::Type::Regular);
        QCOMPARE(g.files.readBytes(QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules"), 100), QByteArray());
        QVERIFY(g.files.readText(QStringLiteral("/etc/ufw/ufw.conf")).contains(QStringLiteral("\nENABLED=no\n")));
        QVERIFY(g.files.isFile(QStringLiteral("/lib/systemd/system/ufw.service"))); // disabled, not uninstalled
        QVERIFY(g.files.readText(QStringLiteral("/etc/default/grub"))
                    .contains(QStringLiteral("GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8\"")));
        QVERIFY(g.files.readText(QStringLiteral("/etc/default/grub")).contains(QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT=\"\"")));
        QCOMPARE(g.files.readText(QStringLiteral("/etc/fstab")), QStringLiteral("UUID=0b8a3c1e / ext4 errors=remount-ro 0 1\n"));
        QVERIFY(!g.files.exists(QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub")));

        // Idempotent: a second plan has nothing left to fix.
        const FixPlan again = planFixes(g.facts, g.files, recheck, options);
        QVERIFY2(again.isEmpty(), qPrintable(again.renderDiff()));
    }

    void quietIsRemovedByDefault()
    {
        Guest g = defectsGuest();
        PlanOptions options;
        options.only = QStringList{QStringLiteral("serial-console")};
        {
            // keep-quiet: quiet stays, the plan says so before apply, and the re-check says why it is not a pass.
            Guest kept = defectsGuest();
            PlanOptions keep = options;
            keep.keepQuiet = true;
            const FixPlan plan = planFixes(kept.facts, kept.files, runChecklist(kept.facts, kept.files), keep);
            QCOMPARE(plan.fix(QStringLiteral("serial-console"))->alternative, QStringLiteral("keep-quiet"));
            QCOMPARE(plan.unproven.size(), 1);
            QVERIFY(plan.unproven.first().reason.contains(QStringLiteral("quiet")));
            MemoryGuestEditor editor(kept.files);
            FixReport report = FixRunner(editor).run(plan);
            recheckReport(plan, runChecklist(kept.facts, kept.files), report);
            QCOMPARE(report.notFixed.size(), 1);
            QCOMPARE(toString(report.notFixed.first().status), QStringLiteral("warning"));
            QVERIFY(report.notFixed.first().why.contains(QStringLiteral("quiet")));
            QVERIFY(!report.allFixed());
        }
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        QCOMPARE(plan.fixes.size(), 1);
        QCOMPARE(plan.fixes.first().alternative, QStringLiteral("remove-quiet"));
        QVERIFY(plan.unproven.isEmpty());
        MemoryGuestEditor editor(g.files);
        QCOMPARE(toString(FixRunner(editor).run(plan).outcome), QStringLiteral("finished"));
        QVERIFY(!g.files.readText(QStringLiteral("/etc/default/grub")).contains(QStringLiteral("quiet")));
        QVERIFY(!g.files.readText(QStringLiteral("/boot/grub/grub.cfg")).contains(QStringLiteral("quiet")));
        QCOMPARE(toString(runChecklist(g.facts, g.files, {QStringLiteral("serial-console")}).results.first().status), QStringLiteral("pass"));
    }

    void bootConfigRegeneratedInsideTheGuest_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("command");
        QTest::newRow("update-grub") << QStringLiteral("/usr/sbin/update-grub") << QStringLiteral("; update-grub; rc=$?");
        QTest::newRow("grub2-mkconfig") << QStringLiteral("/usr/sbin/grub2-mkconfig")
                                        << QStringLiteral("; grub2-mkconfig -o /boot/grub/grub.cfg; rc=$?");
    }
    void bootConfigRegeneratedInsideTheGuest()
    {
        QFETCH(QString, tool);
        QFETCH(QString, command);
        Guest g = defectsGuest();
        g.file(tool, "#!/bin/sh\n");
        PlanOptions options;
        options.only = QStringList{QStringLiteral("serial-console")};
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        const Fix *fix = plan.fix(QStringLiteral("serial-console"));
        QVERIFY(fix);
        QCOMPARE(toString(fix->edits.last()->kind()), QStringLiteral("run-in-guest"));
        const QString diff = fix->edits.last()->diff();
        QVERIFY2(diff.startsWith(QLatin1String("$ sh -c ")) && diff.contains(command), qPrintable(diff));
        // The generator runs with the guest disk pinned to (hd0), and the
        // guest's own device map is restored afterwards.
        QVERIFY2(diff.contains(QLatin1String("m=/boot/grub/device.map")), qPrintable(diff));
        QVERIFY2(diff.contains(QLatin1String("(hd0) /dev/sda")), qPrintable(diff));
        QVERIFY2(diff.contains(QLatin1String("mv \"$s\" \"$m\"")), qPrintable(diff));
        for (const EditPtr &e : fix->edits)
            QVERIFY(e->path() != QLatin1String("/boot/grub/grub.cfg")); // the generator writes it
    }

    void blsEntriesThroughGrubby()
    {
        Guest g = cleanGuest(Family::Rocky);
        g.file(QStringLiteral("/etc/default/grub"), "GRUB_CMDLINE_LINUX=\"rhgb quiet\"\n");
        g.file(QStringLiteral("/boot/loader/entries/abc-5.14.0.conf"), "title Rocky\nlinux /vmlinuz\noptions root=/dev/mapper/rl-root ro rhgb quiet\n");
        g.file(QStringLiteral("/usr/sbin/grubby"), "#!/bin/sh\n");
        PlanOptions options;
        options.only = QStringList{QStringLiteral("serial-console")};
        const CheckRun run = runChecklist(g.facts, g.files, options.only);
        QCOMPARE(toString(run.results.first().status), QStringLiteral("fail"));
        const FixPlan plan = planFixes(g.facts, g.files, run, options);
        QVERIFY(plan.renderDiff().contains(QStringLiteral("$ grubby --update-kernel=ALL '--args=console=tty0 console=ttyS0,115200n8'\n")));
    }

    // Paths from GuestFiles::glob are full paths: drop-ins, BLS entries and
    // SysV links are edited where they are, never under a doubled folder.
    void globbedFilesAreEditedWhereTheyAre()
    {
        Guest g = defectsGuest();
        g.file(QStringLiteral("/etc/default/grub.d/50-cloudimg-settings.cfg"), "GRUB_CMDLINE_LINUX_DEFAULT=\"console=tty1\"\n");
        g.file(QStringLiteral("/etc/init.d/ufw"), "#!/bin/sh\n");
        g.files.addSymlink(QStringLiteral("/etc/rc2.d/S01ufw"), QStringLiteral("../init.d/ufw"));
        PlanOptions options;
        options.only = QStringList{QStringLiteral("serial-console"), QStringLiteral("firewall-disabled")};
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        QStringList paths;
        for (const Fix &fix : plan.fixes) {
            for (const EditPtr &e : fix.edits)
                paths << e->path();
        }
        QVERIFY2(paths.contains(QStringLiteral("/etc/default/grub.d/50-cloudimg-settings.cfg")), qPrintable(paths.join(u' ')));
        QVERIFY2(plan.renderDiff().contains(QStringLiteral("/etc/rc2.d/S01ufw")), qPrintable(plan.renderDiff()));
        for (const QString &p : std::as_const(paths))
            QVERIFY2(!p.contains(QLatin1String("grub.d//")) && p.count(QLatin1String("/etc/")) <= 1, qPrintable(p));
        MemoryGuestEditor editor(g.files);
        QCOMPARE(toString(FixRunner(editor).run(plan).outcome), QStringLiteral("finished"));
        QVERIFY(!g.files.readText(QStringLiteral("/etc/default/grub.d/50-cloudimg-settings.cfg")).contains(QStringLiteral("console=tty1")));
        QCOMPARE(g.files.lstat(QStringLiteral("/etc/rc2.d/S01ufw")).type, GuestStat::Type::Missing);
    }

    void blsEntriesEditedWithoutGrubby()
    {
        Guest g = cleanGuest(Family::Rocky);
        g.file(QStringLiteral("/etc/default/grub"), "GRUB_CMDLINE_LINUX=\"rhgb quiet\"\n");
        g.file(QStringLiteral("/boot/loader/entries/abc-5.14.0.conf"), "title Rocky\nlinux /vmlinuz\noptions root=/dev/mapper/rl-root ro rhgb quiet\n");
        PlanOptions options;
        options.only = QStringList{QStringLiteral("serial-console")};
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files, options.only), options);
        const QString diff = plan.renderDiff();
        QVERIFY2(diff.contains(QStringLiteral("+++ b/boot/loader/entries/abc-5.14.0.conf")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("console=ttyS0,115200n8")), qPrintable(diff));
    }

    void editsFollowGuestLinksInsideTheGuestOnly()
    {
        Guest g = defectsGuest();
        g.files.remove(QStringLiteral("/etc/network/interfaces"));
        g.file(QStringLiteral("/etc/network/interfaces.real"), "auto eth0\niface eth0 inet dhcp\n    hwaddress ether 52:54:00:12:34:56\n");
        g.files.addSymlink(QStringLiteral("/etc/network/interfaces"), QStringLiteral("interfaces.real"));
        g.files.remove(QStringLiteral("/etc/machine-id"));
        g.files.addSymlink(QStringLiteral("/etc/machine-id"), QStringLiteral("../../../../host-machine-id"));
        PlanOptions options;
        options.only = QStringList{QStringLiteral("no-hardcoded-mac"), QStringLiteral("machine-id")};
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        const Fix *mac = plan.fix(QStringLiteral("no-hardcoded-mac"));
        QVERIFY(mac);
        QCOMPARE(mac->edits.first()->path(), QStringLiteral("/etc/network/interfaces.real"));
        for (const EditPtr &e : plan.edits())
            QVERIFY(!e->path().contains(QStringLiteral("host-machine-id")));
    }

    void refusesBinaryAndOversizedFiles()
    {
        Guest g = defectsGuest();
        g.file(QStringLiteral("/etc/network/interfaces"), QByteArray("hwaddress ether 52:54:00:12:34:56\n\0\0", 37));
        g.file(QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules"), QByteArray(MaxEditableFileSize + 10, '#') + "\nSUBSYSTEM==\"net\"\n");
        PlanOptions options;
        options.only = QStringList{QStringLiteral("no-hardcoded-mac"), QStringLiteral("no-persistent-net-rules")};
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        QVERIFY(plan.edits().isEmpty());
        QCOMPARE(plan.errors.size(), 2);
    }

    void unknownIdsAndAlternatives()
    {
        Guest g = defectsGuest();
        const CheckRun run = runChecklist(g.facts, g.files);
        PlanOptions typo;
        typo.only = QStringList{QStringLiteral("serial-consol")};
        QCOMPARE(planFixes(g.facts, g.files, run, typo).unknownIds, QStringList{QStringLiteral("serial-consol")});
        PlanOptions badAlt;
        badAlt.alternatives.insert(QStringLiteral("ssh-key-injection"), QStringLiteral("cloud-init-local")); // no folder given
        const FixPlan plan = planFixes(g.facts, g.files, run, badAlt);
        QCOMPARE(plan.invalidChoices.size(), 1);
        QVERIFY(plan.invalidChoices.first().contains(QStringLiteral("not available")));
        QCOMPARE(plan.fix(QStringLiteral("ssh-key-injection"))->alternative, QStringLiteral("cloud-init-repo"));
    }

    void runnerOutcomes_data()
    {
        QTest::addColumn<bool>("cancelAfterFirst");
        QTest::addColumn<bool>("changeFileFirst");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("cancel between edits") << true << false << QStringLiteral("cancelled");
        QTest::newRow("guest file changed since the plan") << false << true << QStringLiteral("failed");
    }
    void runnerOutcomes()
    {
        QFETCH(bool, cancelAfterFirst);
        QFETCH(bool, changeFileFirst);
        QFETCH(QString, outcome);
        Guest g = defectsGuest();
        PlanOptions options;
        options.only = QStringList{QStringLiteral("machine-id"), QStringLiteral("leftover-state")};
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        QVERIFY(plan.editCount() >= 3);
        if (changeFileFirst)
            g.file(QStringLiteral("/etc/machine-id"), "fedcba9876543210fedcba9876543210\n");
        std::atomic_bool cancel{false};
        MemoryGuestEditor editor(g.files);
        FixRunner runner(editor, &cancel);
        const FixReport report = runner.run(plan, [&](int done, int, const QString &) {
            if (cancelAfterFirst && done == 1)
                cancel.store(true);
        });
        QCOMPARE(toString(report.outcome), outcome);
        QCOMPARE(report.doneCount(), cancelAfterFirst ? 1 : 0);
        QVERIFY(report.toText().contains(outcome == QLatin1String("failed") ? QStringLiteral("changed since") : QStringLiteral("Cancelled")));
        if (changeFileFirst)
            QCOMPARE(g.files.readText(QStringLiteral("/etc/machine-id")), QStringLiteral("fedcba9876543210fedcba9876543210\n"));
    }

    void firstBootScriptFollowsTheGuide()
    {
        Guest g = defectsGuest();
        g.facts.lvm.logicalVolumes << LogicalVolume{QStringLiteral("root"), QStringLiteral("vg"), QStringLiteral("/dev/vg/root"), 0,
                                                     QStringLiteral("ext4"), QStringLiteral("/")};
        g.facts.lvm.physicalVolumes << QStringLiteral("/dev/sda2");
        g.facts.rootDevice = QStringLiteral("/dev/vg/root");
        PlanOptions options;
        options.only = QStringList{QStringLiteral("ssh-key-injection"), QStringLiteral("root-resize")};
        options.alternatives.insert(QStringLiteral("cloud-init"), QStringLiteral("firstboot-script"));
        const FixPlan plan = planFixes(g.facts, g.files, runChecklist(g.facts, g.files), options);
        const QString preview = plan.renderDiff();
        QVERIFY(preview.contains(QStringLiteral("http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key")));
        for (const char *step : {"parted", "pvcreate", "vgextend", "lvextend", "resize2fs", "xfs_growfs"})
            QVERIFY2(preview.contains(QString::fromLatin1(step)), step);
        QVERIFY(preview.contains(QStringLiteral("+ /etc/systemd/system/multi-user.target.wants/imageprep-firstboot.service -> "
                                                "/etc/systemd/system/imageprep-firstboot.service")));
    }
};

QTEST_GUILESS_MAIN(TestFixPlan)
#include "tst_fixplan.moc"
