// The installer-style guest (issue 14) in memory: an Ubuntu with root on
// LVM, netplan matching the NIC by MAC, cloud-init switched off both ways
// and host keys. The checks must name each problem, root-resize and
// partition-layout must agree, and the default plan, applied with the
// in-memory editor, must make every one of them pass.
#include "GuestFixtures.h"

#include "checks/CheckRun.h"
#include "fixes/FixPlan.h"
#include "fixes/FixRunner.h"
#include "fixes/GuestEditor.h"
#include "guest/FileFacts.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

namespace {

const QString Netplan = QStringLiteral("/etc/netplan/00-installer-config.yaml");
const QString Installer = QStringLiteral("/etc/cloud/cloud.cfg.d/99-installer.cfg");
const QString Module = QStringLiteral("/usr/lib/python3/dist-packages/cloudinit/config/cc_growpart.py");

Guest installerGuest()
{
    Guest g = cleanGuest(Family::Ubuntu);
    GuestFacts &f = g.facts;
    f.partitionTable = QStringLiteral("gpt");
    f.partitions = {PartitionInfo{QStringLiteral("/dev/sda1"), 1, 1048576, 67108864, QStringLiteral("vfat"), {}, QStringLiteral("4E1A-2B3C"),
                                  QStringLiteral("/boot/efi"), {}, false},
                    PartitionInfo{QStringLiteral("/dev/sda2"), 2, 68157440, 335544320, QStringLiteral("ext4"), {}, QStringLiteral("0b7a3c52"),
                                  QStringLiteral("/boot"), {}, false},
                    PartitionInfo{QStringLiteral("/dev/sda3"), 3, 403701760, 2816475136, QStringLiteral("LVM2_member"), {}, {}, {}, {}, true}};
    f.lvm.physicalVolumes = {QStringLiteral("/dev/sda3")};
    f.lvm.volumeGroups = {QStringLiteral("ubuntu-vg")};
    f.lvm.logicalVolumes = {LogicalVolume{QStringLiteral("ubuntu-lv"), QStringLiteral("ubuntu-vg"), QStringLiteral("/dev/ubuntu-vg/ubuntu-lv"),
                                          1677721600, QStringLiteral("ext4"), QStringLiteral("/")}};
    f.rootDevice = QStringLiteral("/dev/ubuntu-vg/ubuntu-lv");
    g.file(QStringLiteral("/etc/fstab"), "/dev/mapper/ubuntu--vg-ubuntu--lv / ext4 defaults 0 1\nUUID=0b7a3c52 /boot ext4 defaults 0 1\n"
                                         "/swap.img none swap sw 0 0\n");
    g.files.remove(QStringLiteral("/etc/netplan/50-cloud-init.yaml"));
    g.file(Netplan, "# This is the network config written by 'subiquity'\nnetwork:\n  ethernets:\n    ens3:\n      match:\n"
                    "        macaddress: 52:54:00:de:fe:c8\n      set-name: ens3\n      dhcp4: true\n  version: 2\n");
    g.file(QStringLiteral("/etc/cloud/cloud-init.disabled"), "");
    g.file(Installer, "datasource:\n  None:\n    metadata:\n      instance-id: x\ndatasource_list: [ None ]\n");
    // cloud-init 22.4's growpart module: partitions (and LUKS), no LVM.
    g.file(Module, "def resize_devices(resizer, devices):\n    subp.subp([\"growpart\", disk, ptnum])\n");
    g.file(QStringLiteral("/etc/ssh/ssh_host_ed25519_key"), "fake host key\n");
    g.file(QStringLiteral("/etc/default/grub"), "GRUB_DEFAULT=0\nGRUB_CMDLINE_LINUX_DEFAULT=\"\"\nGRUB_CMDLINE_LINUX=\"\"\n");
    g.file(QStringLiteral("/boot/grub/grub.cfg"),
           "menuentry 'Ubuntu' {\n\tlinux /vmlinuz-5.15.0-86-generic root=/dev/mapper/ubuntu--vg-ubuntu--lv ro\n}\n");
    return g;
}

const CheckResult &resultOf(const CheckRun &run, const char *id)
{
    const CheckResult *r = run.result(QLatin1String(id));
    Q_ASSERT(r);
    return *r;
}

bool hasEvidence(const CheckResult &r, const QString &file)
{
    return std::any_of(r.evidence.cbegin(), r.evidence.cend(), [&](const Evidence &e) { return e.file == file; });
}

} // namespace

class TestInstallerPlan final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdicts()
    {
        const Guest g = installerGuest();
        const CheckRun run = runChecklist(g.facts, g.files);
        QCOMPARE(toString(resultOf(run, "no-hardcoded-mac").status), QStringLiteral("fail"));
        QVERIFY(hasEvidence(resultOf(run, "no-hardcoded-mac"), Netplan));
        for (const char *id : {"user-data", "ssh-key-injection"}) {
            const CheckResult &r = resultOf(run, id);
            QCOMPARE(toString(r.status), QStringLiteral("fail"));
            // Both switches named, in the summary and the evidence.
            QVERIFY2(r.summary.contains(QLatin1String("cloud-init.disabled")) && r.summary.contains(Installer), qPrintable(r.summary));
            QVERIFY(hasEvidence(r, QStringLiteral("/etc/cloud/cloud-init.disabled")) && hasEvidence(r, Installer));
        }
        // One answer about growing the LVM root, from both checks.
        const CheckResult &resize = resultOf(run, "root-resize");
        const CheckResult &layout = resultOf(run, "partition-layout");
        QCOMPARE(toString(resize.status), QStringLiteral("fail"));
        QCOMPARE(toString(layout.status), QStringLiteral("fail"));
        QCOMPARE(resize.summary, layout.summary);
        QVERIFY(hasEvidence(resize, Module));
        // Nothing replaces the host keys while cloud-init is off.
        QCOMPARE(toString(resultOf(run, "ssh-host-keys").status), QStringLiteral("fail"));
        QCOMPARE(toString(resultOf(run, "serial-console").status), QStringLiteral("fail"));
    }

    void defaultPlanMakesEveryCheckPass()
    {
        Guest g = installerGuest();
        const CheckRun run = runChecklist(g.facts, g.files);
        const FixPlan plan = planFixes(g.facts, g.files, run);
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QStringList unfixed;
        for (const Unfixed &u : plan.unfixed + plan.unproven)
            unfixed << u.requirementId + QStringLiteral(": ") + u.reason;
        QVERIFY2(unfixed.isEmpty(), qPrintable(unfixed.join(QLatin1Char('\n'))));
        QVERIFY(plan.fix(QStringLiteral("partition-layout")));

        MemoryGuestEditor editor(g.files);
        editor.onInstall = [&g](const PackageInstall &in) {
            for (const QString &p : in.packages)
                g.addPackage(p);
        };
        editor.onRun = [](const QStringList &) {};
        FixRunner runner(editor);
        const FixReport report = runner.run(plan, [](int, int, const QString &) {});
        QCOMPARE(toString(report.outcome), QStringLiteral("finished"));
        // The clean guest records its services as facts; the plan's as links.
        g.facts.enabledServices += detectEnabledServices(g.files, g.facts.init);
        g.facts.enabledServices.removeDuplicates();

        const CheckRun after = runChecklist(g.facts, g.files);
        for (const CheckResult &r : after.results)
            QVERIFY2(r.status != CheckStatus::Fail, qPrintable(r.id + QStringLiteral(": ") + r.summary));
        // The netplan file keeps its other lines; the grow step is in place and enabled.
        QCOMPARE(g.files.readText(Netplan), QStringLiteral("# This is the network config written by 'subiquity'\nnetwork:\n  ethernets:\n"
                                                            "    ens3:\n      dhcp4: true\n  version: 2\n"));
        QVERIFY(g.files.readText(QStringLiteral("/usr/local/sbin/imageprep-lvm-growroot")).contains(QLatin1String("lvextend -r -l +100%FREE")));
        QVERIFY(g.files.lstat(QStringLiteral("/etc/systemd/system/multi-user.target.wants/imageprep-lvm-growroot.service")).type
                == GuestStat::Type::Symlink);
        QCOMPARE(resultOf(after, "root-resize").summary, resultOf(after, "partition-layout").summary);
    }
};

QTEST_GUILESS_MAIN(TestInstallerPlan)
#include "tst_installerplan.moc"
