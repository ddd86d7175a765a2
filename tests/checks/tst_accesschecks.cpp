// ssh-server, ssh-host-keys, root-password against in-memory guests of every family.
#include "GuestFixtures.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestAccessChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sshServer_data();
    void sshServer() { verifyCheck(s("ssh-server")); }
    void sshHostKeys_data();
    void sshHostKeys() { verifyCheck(s("ssh-host-keys")); }
    void rootPassword_data();
    void rootPassword() { verifyCheck(s("root-password")); }
};

void TestAccessChecks::sshServer_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        const FamilyProfile &profile = profileFor(clean.facts.family());
        row(clean, s("installed and enabled"), "pass", {Expected{{}, 0, {}, s("openssh-server")}});

        Guest notInstalled = clean;
        for (const QString &p : profile.sshServerPackages)
            notInstalled.removePackage(p);
        row(notInstalled, s("package missing"), "fail", {Expected{{}, 0, {}, s("is not installed")}});

        Guest disabled = clean;
        for (const QString &svc : profile.sshServices)
            disabled.disableService(svc);
        row(disabled, s("installed, not enabled"), "fail", {Expected{{}, 0, {}, s("none of ")}});

        Guest unlisted = clean;
        unlisted.facts.packages.clear();
        row(unlisted, s("no package list, no sshd"), "unknown");
    }

    // Ubuntu 22.10+ starts sshd through socket activation.
    Guest socket = cleanGuest(Family::Ubuntu);
    socket.disableService(s("ssh"));
    socket.files.addSymlink(s("/etc/systemd/system/sockets.target.wants/ssh.socket"), s("/lib/systemd/system/ssh.socket"));
    row(socket, s("ssh.socket in sockets.target.wants"), "pass",
        {Expected{s("/etc/systemd/system/sockets.target.wants/ssh.socket"), 0, {}, s("systemd starts ssh.socket")}});

    Guest wants = cleanGuest(Family::Rocky);
    wants.disableService(s("sshd"));
    wants.files.addSymlink(s("/etc/systemd/system/multi-user.target.wants/sshd.service"), s("/usr/lib/systemd/system/sshd.service"));
    row(wants, s("sshd.service link found in the tree"), "pass",
        {Expected{s("/etc/systemd/system/multi-user.target.wants/sshd.service"), 0, {}, {}}});

    Guest suseOld = cleanGuest(Family::OpenSuse);
    suseOld.removePackage(s("openssh-server"));
    row(suseOld, s("older SUSE with the openssh package"), "pass", {Expected{{}, 0, {}, s("package openssh")}});

    Guest alpineDisabled = cleanGuest(Family::Alpine);
    alpineDisabled.files.remove(s("/etc/runlevels/default/sshd"));
    alpineDisabled.files.addSymlink(s("/etc/runlevels/boot/sshd"), s("/etc/init.d/sshd"));
    row(alpineDisabled, s("sshd in the boot runlevel"), "pass", {Expected{s("/etc/runlevels/boot/sshd"), 0, {}, s("OpenRC")}});

    Guest sysv = cleanGuest(Family::Debian);
    sysv.facts.init = InitSystem::SysV;
    sysv.disableService(s("ssh"));
    sysv.files.addSymlink(s("/etc/rc2.d/S01ssh"), s("../init.d/ssh"));
    row(sysv, s("SysV rc2.d link"), "pass", {Expected{s("/etc/rc2.d/S01ssh"), 0, {}, {}}});

    Guest binary = cleanGuest(Family::Debian);
    binary.facts.packages.clear();
    binary.file(s("/usr/sbin/sshd"), "\x7f" "ELF");
    row(binary, s("no package list but sshd present"), "pass", {Expected{s("/usr/sbin/sshd"), 0, {}, {}}});
}

void TestAccessChecks::sshHostKeys_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("no host keys"), "pass");

        Guest baked = clean;
        baked.removePackage(s("cloud-init"));
        baked.file(s("/etc/ssh/ssh_host_ed25519_key"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        baked.file(s("/etc/ssh/ssh_host_ed25519_key.pub"), "ssh-ed25519 AAAA\n");
        row(baked, s("host key without cloud-init"), "fail", {Expected{s("/etc/ssh/ssh_host_ed25519_key"), 0, {}, {}}});

        Guest replaced = clean;
        replaced.file(s("/etc/ssh/ssh_host_rsa_key"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        row(replaced, s("host key replaced by cloud-init"), "warning", {Expected{s("/etc/ssh/ssh_host_rsa_key"), 0, {}, {}}});
    }
    Guest kept = cleanGuest(Family::Rocky);
    kept.file(s("/etc/ssh/ssh_host_ecdsa_key"), "key\n");
    kept.file(s("/etc/cloud/cloud.cfg.d/05-keep.cfg"), "ssh_deletekeys: false\n");
    row(kept, s("cloud-init told to keep host keys"), "fail",
        {Expected{s("/etc/cloud/cloud.cfg.d/05-keep.cfg"), 1, s("ssh_deletekeys: false")}});
}

void TestAccessChecks::rootPassword_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("root locked"), "pass");

        Guest hash = clean;
        hash.file(s("/etc/shadow"), "daemon:*:19000:0:99999:7:::\nroot:$6$salt$0123456789abcdef:19000:0:99999:7:::\n");
        // The hash itself never reaches a report.
        row(hash, s("root has a password hash"), "fail", {Expected{s("/etc/shadow"), 2, s("root:<hash>:19000:0:99999:7:::")}});

        Guest empty = clean;
        empty.file(s("/etc/shadow"), "root::19000:0:99999:7:::\n");
        row(empty, s("root password empty"), "warning", {Expected{s("/etc/shadow"), 1, s("root::19000:0:99999:7:::")}});

        Guest none = clean;
        none.files.remove(s("/etc/shadow"));
        row(none, s("no shadow file"), "unknown");
    }
    Guest lockedHash = cleanGuest(Family::Rocky);
    lockedHash.file(s("/etc/shadow"), "root:!$6$salt$0123:19000:0:99999:7:::\n");
    row(lockedHash, s("locked hash"), "pass", {Expected{s("/etc/shadow"), 1, s("root:!$6$salt$0123:19000:0:99999:7:::")}});
}

QTEST_GUILESS_MAIN(TestAccessChecks)
#include "tst_accesschecks.moc"
