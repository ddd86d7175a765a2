// qemu-guest-agent, machine-id, leftover-state, selinux-relabel against in-memory guests of every family.
#include "GuestFixtures.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestHygieneChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qemuGuestAgent_data();
    void qemuGuestAgent() { verifyCheck(s("qemu-guest-agent")); }
    void machineId_data();
    void machineId() { verifyCheck(s("machine-id")); }
    void leftoverState_data();
    void leftoverState() { verifyCheck(s("leftover-state")); }
    void selinuxRelabel_data();
    void selinuxRelabel() { verifyCheck(s("selinux-relabel")); }
};

void TestHygieneChecks::qemuGuestAgent_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("agent installed"), "pass", {Expected{{}, 0, {}, s("package qemu-guest-agent")}});

        Guest missing = clean;
        missing.removePackage(s("qemu-guest-agent"));
        row(missing, s("agent missing"), "fail", {Expected{{}, 0, {}, s("package qemu-guest-agent is not installed")}});

        Guest unlisted = clean;
        unlisted.facts.packages.clear();
        row(unlisted, s("no package list"), "unknown");
    }
    Guest notStarted = cleanGuest(Family::Alpine);
    notStarted.files.remove(s("/etc/runlevels/default/qemu-guest-agent"));
    row(notStarted, s("OpenRC agent not in a runlevel"), "warning");
}

void TestHygieneChecks::machineId_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("empty machine-id"), "pass");

        Guest baked = clean;
        baked.file(s("/etc/machine-id"), "4f9a1c2b3d4e5f60718293a4b5c6d7e8\n");
        row(baked, s("machine-id set"), "fail", {Expected{s("/etc/machine-id"), 1, s("4f9a1c2b3d4e5f60718293a4b5c6d7e8")}});

        Guest absent = clean;
        absent.files.remove(s("/etc/machine-id"));
        row(absent, s("machine-id absent"), "pass");
    }
    Guest dbus = cleanGuest(Family::Debian);
    dbus.file(s("/var/lib/dbus/machine-id"), "0123456789abcdef0123456789abcdef\n");
    row(dbus, s("dbus machine-id file set"), "fail", {Expected{s("/var/lib/dbus/machine-id"), 1, s("0123456789abcdef0123456789abcdef")}});

    Guest dbusLink = cleanGuest(Family::Ubuntu);
    dbusLink.files.addSymlink(s("/var/lib/dbus/machine-id"), s("/etc/machine-id"));
    row(dbusLink, s("dbus machine-id links to the empty one"), "pass");

    Guest uninit = cleanGuest(Family::Rocky);
    uninit.file(s("/etc/machine-id"), "uninitialized\n");
    row(uninit, s("machine-id uninitialized"), "pass");
}

void TestHygieneChecks::leftoverState_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("nothing left"), "pass");

        Guest history = clean;
        history.file(s("/root/.bash_history"), "mysql -u root -psecret\n");
        row(history, s("root shell history"), "fail", {Expected{s("/root/.bash_history"), 0, {}, s("23 byte")}});

        Guest logs = clean;
        logs.file(s("/var/log/messages"), QByteArray(100, 'x'));
        logs.file(s("/var/log/empty.log"), "");
        row(logs, s("non-empty log only"), "warning", {Expected{s("/var/log/messages"), 0, {}, s("100 byte")}});
    }
    Guest home = cleanGuest(Family::Alpine);
    home.file(s("/home/alpine/.ash_history"), "doas apk add vim\n");
    row(home, s("user ash history"), "fail", {Expected{s("/home/alpine/.ash_history"), 0, {}, {}}});

    Guest lease = cleanGuest(Family::Debian);
    lease.file(s("/var/lib/dhcp/dhclient.eth0.leases"), "lease {\n  interface \"eth0\";\n}\n");
    row(lease, s("dhclient lease"), "fail", {Expected{s("/var/lib/dhcp/dhclient.eth0.leases"), 0, {}, {}}});

    Guest rhLease = cleanGuest(Family::Rocky);
    rhLease.file(s("/var/lib/NetworkManager/internal-1234-eth0.lease"), "ADDRESS=10.0.0.5\n");
    row(rhLease, s("NetworkManager lease"), "fail", {Expected{s("/var/lib/NetworkManager/internal-1234-eth0.lease"), 0, {}, {}}});

    Guest journal = cleanGuest(Family::OpenSuse);
    journal.file(s("/var/log/journal/0123/system.journal"), QByteArray(4096, '\0'));
    row(journal, s("journal two levels down"), "warning", {Expected{s("/var/log/journal/0123/system.journal"), 0, {}, s("4096 byte")}});
}

void TestHygieneChecks::selinuxRelabel_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        const bool selinux = clean.files.isFile(s("/etc/selinux/config"));
        row(clean, selinux ? s("enforcing with policy, nothing edited") : s("no SELinux"), selinux ? "pass" : "not-applicable");

        Guest noPolicy = clean;
        noPolicy.file(s("/etc/selinux/config"), "# SELinux\nSELINUX=enforcing\nSELINUXTYPE=mls\n");
        row(noPolicy, s("enforcing, policy directory missing"), "fail", {Expected{s("/etc/selinux/config"), 3, s("SELINUXTYPE=mls")}});

        Guest disabled = clean;
        disabled.file(s("/etc/selinux/config"), "SELINUX=disabled\n");
        row(disabled, s("SELinux disabled"), "not-applicable", {Expected{s("/etc/selinux/config"), 1, s("SELINUX=disabled")}});

        Guest scheduled = clean;
        scheduled.file(s("/etc/selinux/config"), "SELINUX=permissive\nSELINUXTYPE=targeted\n");
        scheduled.files.addDir(s("/etc/selinux/targeted"));
        scheduled.file(s("/.autorelabel"), "");
        row(scheduled, s("permissive with autorelabel"), "pass", {Expected{s("/.autorelabel"), 0, {}, {}}});
    }
}

QTEST_GUILESS_MAIN(TestHygieneChecks)
#include "tst_hygienechecks.moc"
