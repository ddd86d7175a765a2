// ssh-key-injection, user-data, cloud-init-user against in-memory guests of every family.
#include "GuestFixtures.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestCloudInitChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sshKeyInjection_data();
    void sshKeyInjection() { verifyCheck(s("ssh-key-injection")); }
    void userData_data();
    void userData() { verifyCheck(s("user-data")); }
    void cloudInitUser_data();
    void cloudInitUser() { verifyCheck(s("cloud-init-user")); }
};

namespace {

void disableCloudInit(Guest &g)
{
    for (const char *u : {"cloud-init-local", "cloud-init", "cloud-config", "cloud-final"})
        g.disableService(QString::fromLatin1(u));
}

} // namespace

void TestCloudInitChecks::sshKeyInjection_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("cloud-init with default data sources"), "pass", {Expected{{}, 0, {}, s("package cloud-init")}});

        Guest noCloud = clean;
        noCloud.file(s("/etc/cloud/cloud.cfg.d/90_dpkg.cfg"), "# to update this file, run dpkg-reconfigure cloud-init\ndatasource_list: [ NoCloud, None ]\n");
        row(noCloud, s("only NoCloud data source"), "fail",
            {Expected{s("/etc/cloud/cloud.cfg.d/90_dpkg.cfg"), 2, s("datasource_list: [ NoCloud, None ]")}});

        Guest openstack = clean;
        openstack.file(s("/etc/cloud/cloud.cfg.d/90_dpkg.cfg"), "datasource_list:\n  - ConfigDrive\n  - OpenStack\n");
        row(openstack, s("ConfigDrive and OpenStack data sources"), "pass",
            {Expected{s("/etc/cloud/cloud.cfg.d/90_dpkg.cfg"), 1, s("datasource_list:")}});

        Guest missing = clean;
        missing.removePackage(s("cloud-init"));
        row(missing, s("no cloud-init and no script"), "fail", {Expected{{}, 0, {}, s("package cloud-init is not installed")}});

        Guest off = clean;
        disableCloudInit(off);
        row(off, s("cloud-init services not enabled"), "fail", {Expected{{}, 0, {}, s("service cloud-init is not enabled")}});
    }

    Guest overridden = cleanGuest(Family::Ubuntu);
    overridden.file(s("/etc/cloud/cloud.cfg.d/10-ec2.cfg"), "datasource_list: [ Ec2 ]\n");
    overridden.file(s("/etc/cloud/cloud.cfg.d/99-local.cfg"), "datasource_list: [ NoCloud ]\n");
    row(overridden, s("a later file narrows the list to NoCloud"), "fail",
        {Expected{s("/etc/cloud/cloud.cfg.d/99-local.cfg"), 1, s("datasource_list: [ NoCloud ]")}});

    Guest ec2 = cleanGuest(Family::Rocky);
    ec2.file(s("/etc/cloud/cloud.cfg.d/10-ec2.cfg"), "datasource_list: [ 'Ec2', 'None' ]\n");
    row(ec2, s("quoted Ec2 data source"), "pass", {Expected{s("/etc/cloud/cloud.cfg.d/10-ec2.cfg"), 1, s("datasource_list: [ 'Ec2', 'None' ]")}});

    Guest script = cleanGuest(Family::Debian);
    script.removePackage(s("cloud-init"));
    script.file(s("/etc/rc.local"),
                "#!/bin/sh\n"
                "# fetch the key\n"
                "curl -sf http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key >> /root/.ssh/authorized_keys\n");
    row(script, s("rc.local fetches the key"), "pass",
        {Expected{s("/etc/rc.local"), 3, s("curl -sf http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key >> /root/.ssh/authorized_keys")}});

    Guest disabledFile = cleanGuest(Family::OpenSuse);
    disabledFile.file(s("/etc/cloud/cloud-init.disabled"), "");
    row(disabledFile, s("cloud-init.disabled present"), "fail", {Expected{s("/etc/cloud/cloud-init.disabled"), 0, {}, {}}});

    Guest tiny = cleanGuest(Family::Alpine);
    tiny.removePackage(s("cloud-init"));
    tiny.addPackage(s("tiny-cloud"));
    row(tiny, s("tiny-cloud instead of cloud-init"), "warning", {Expected{{}, 0, {}, s("package tiny-cloud")}});
}

void TestCloudInitChecks::userData_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("cloud-init installed and enabled"), "pass");

        Guest missing = clean;
        missing.removePackage(s("cloud-init"));
        row(missing, s("cloud-init not installed"), "fail", {Expected{{}, 0, {}, s("package cloud-init is not installed")}});

        Guest noFinal = clean;
        noFinal.disableService(s("cloud-final"));
        row(noFinal, s("cloud-final not enabled"), "fail", {Expected{{}, 0, {}, s("service cloud-final is not enabled")}});

        Guest flag = clean;
        flag.file(s("/etc/cloud/cloud-init.disabled"), "");
        row(flag, s("cloud-init.disabled present"), "fail", {Expected{s("/etc/cloud/cloud-init.disabled"), 0, {}, s("switches cloud-init off")}});

        Guest noPackages = clean;
        noPackages.facts.packages.clear();
        row(noPackages, s("no package list"), "unknown");
    }

    Guest grubArg = cleanGuest(Family::Debian);
    grubArg.file(s("/etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"cloud-init=disabled\"\nGRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8\"\n");
    row(grubArg, s("cloud-init=disabled in /etc/default/grub"), "fail",
        {Expected{s("/etc/default/grub"), 1, s("GRUB_CMDLINE_LINUX_DEFAULT=\"cloud-init=disabled\"")}});

    Guest blsArg = cleanGuest(Family::Rocky);
    blsArg.file(s("/boot/grub2/grubenv"), "kernelopts=root=UUID=5f2c ro console=tty0 console=ttyS0,115200n8 cloud-init=disabled\n");
    row(blsArg, s("cloud-init=disabled through grubenv kernelopts"), "fail",
        {Expected{s("/boot/grub2/grubenv"), 1, s("kernelopts=root=UUID=5f2c ro console=tty0 console=ttyS0,115200n8 cloud-init=disabled")}});

    Guest masked = cleanGuest(Family::Ubuntu);
    masked.files.addSymlink(s("/etc/systemd/system/cloud-init.service"), s("/dev/null"));
    row(masked, s("cloud-init.service masked"), "fail", {Expected{s("/etc/systemd/system/cloud-init.service"), 0, {}, s("masked")}});

    Guest newStages = cleanGuest(Family::Ubuntu);
    newStages.disableService(s("cloud-init"));
    newStages.enableService(s("cloud-init-network"));
    row(newStages, s("cloud-init 24.3 stage names"), "pass", {Expected{{}, 0, {}, s("cloud-init-network")}});

    Guest alpineOff = cleanGuest(Family::Alpine);
    alpineOff.files.remove(s("/etc/runlevels/default/cloud-init"));
    row(alpineOff, s("OpenRC cloud-init not in a runlevel"), "fail", {Expected{{}, 0, {}, s("service cloud-init is not enabled")}});
}

void TestCloudInitChecks::cloudInitUser_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("default_user named"), "pass");

        Guest noUser = clean;
        noUser.file(s("/etc/cloud/cloud.cfg"), "disable_root: true\nsystem_info:\n  distro: generic\n");
        row(noUser, s("no default_user"), "warning");

        Guest emptyUsers = clean;
        emptyUsers.file(s("/etc/cloud/cloud.cfg.d/50-nousers.cfg"), "users: []\n");
        row(emptyUsers, s("users list emptied"), "warning", {Expected{s("/etc/cloud/cloud.cfg.d/50-nousers.cfg"), 1, s("users: []")}});

        Guest none = clean;
        none.removePackage(s("cloud-init"));
        row(none, s("cloud-init not installed"), "not-applicable");
    }

    Guest debian = cleanGuest(Family::Debian);
    row(debian, s("default user reported with its line"), "pass", {Expected{s("/etc/cloud/cloud.cfg"), 7, s("     name: debian")}});

    Guest override = cleanGuest(Family::Rocky);
    override.file(s("/etc/cloud/cloud.cfg.d/20-user.cfg"), "system_info:\n  default_user:\n    name: cloud-user\n");
    row(override, s("cloud.cfg.d overrides the default user"), "pass",
        {Expected{s("/etc/cloud/cloud.cfg.d/20-user.cfg"), 3, s("    name: cloud-user")}});

    Guest explicitUser = cleanGuest(Family::OpenSuse);
    explicitUser.file(s("/etc/cloud/cloud.cfg.d/30-users.cfg"), "users:\n  - name: ops\n    sudo: ALL=(ALL) NOPASSWD:ALL\n");
    row(explicitUser, s("explicit users entry without default"), "pass", {Expected{s("/etc/cloud/cloud.cfg.d/30-users.cfg"), 2, s("  - name: ops")}});
}

QTEST_GUILESS_MAIN(TestCloudInitChecks)
#include "tst_cloudinitchecks.moc"
