// no-persistent-net-rules, no-hardcoded-mac, firewall-disabled against in-memory guests of every family.
#include "GuestFixtures.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestNetworkChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void persistentNetRules_data();
    void persistentNetRules() { verifyCheck(s("no-persistent-net-rules")); }
    void hardcodedMac_data();
    void hardcodedMac() { verifyCheck(s("no-hardcoded-mac")); }
    void firewall_data();
    void firewall() { verifyCheck(s("firewall-disabled")); }
};

void TestNetworkChecks::persistentNetRules_data()
{
    addCheckColumns();
    const QByteArray rule = "SUBSYSTEM==\"net\", ACTION==\"add\", ATTR{address}==\"52:54:00:12:34:56\", NAME=\"eth0\"";
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("no rules and no generator"), "pass");

        Guest rules = clean;
        rules.file(s("/etc/udev/rules.d/70-persistent-net.rules"), "# This file was automatically generated\n\n" + rule + "\n");
        row(rules, s("persistent-net rules with an entry"), "fail",
            {Expected{s("/etc/udev/rules.d/70-persistent-net.rules"), 3, QString::fromUtf8(rule)}});

        Guest commentsOnly = clean;
        commentsOnly.file(s("/etc/udev/rules.d/70-persistent-net.rules"), "# This file was automatically generated\n\n");
        row(commentsOnly, s("persistent-net rules with comments only"), "pass");

        Guest generator = clean;
        generator.file(s("/lib/udev/rules.d/75-persistent-net-generator.rules"), "# generator\nACTION!=\"add\", GOTO=\"persistent_net_generator_end\"\n");
        row(generator, s("generator in /lib"), "fail",
            {Expected{s("/lib/udev/rules.d/75-persistent-net-generator.rules"), 2,
                      s("ACTION!=\"add\", GOTO=\"persistent_net_generator_end\""), s("generator")}});
    }

    Guest usrGenerator = cleanGuest(Family::Rocky);
    usrGenerator.file(s("/usr/lib/udev/rules.d/75-persistent-net-generator.rules"), "SUBSYSTEM==\"net\", IMPORT{program}=\"write_net_rules\"\n");
    row(usrGenerator, s("generator in /usr/lib"), "fail",
        {Expected{s("/usr/lib/udev/rules.d/75-persistent-net-generator.rules"), 1, s("SUBSYSTEM==\"net\", IMPORT{program}=\"write_net_rules\"")}});

    Guest masked = cleanGuest(Family::Debian);
    masked.file(s("/lib/udev/rules.d/75-persistent-net-generator.rules"), "ACTION!=\"add\", GOTO=\"end\"\n");
    masked.files.addSymlink(s("/etc/udev/rules.d/75-persistent-net-generator.rules"), s("/dev/null"));
    row(masked, s("generator masked by a /dev/null link"), "pass",
        {Expected{s("/etc/udev/rules.d/75-persistent-net-generator.rules"), 0, {}, s("masks")}});
}

void TestNetworkChecks::hardcodedMac_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("DHCP configuration without MAC"), "pass");

        Guest nm = clean;
        nm.file(s("/etc/NetworkManager/system-connections/Wired.nmconnection"),
                "[connection]\nid=Wired\ntype=ethernet\n\n[ethernet]\nmac-address=52:54:00:AA:BB:CC\n");
        row(nm, s("NetworkManager keyfile with mac-address"), "fail",
            {Expected{s("/etc/NetworkManager/system-connections/Wired.nmconnection"), 6, s("mac-address=52:54:00:AA:BB:CC")}});

        Guest networkd = clean;
        networkd.file(s("/etc/systemd/network/10-eth.network"),
                      "[Match]\nMACAddress=52:54:00:aa:bb:cc\n\n[Network]\nDHCP=yes\n");
        row(networkd, s("systemd-networkd Match MACAddress"), "fail",
            {Expected{s("/etc/systemd/network/10-eth.network"), 2, s("MACAddress=52:54:00:aa:bb:cc")}});
    }

    Guest rhel = cleanGuest(Family::Rocky);
    rhel.file(s("/etc/sysconfig/network-scripts/ifcfg-ens3"), "DEVICE=ens3\nHWADDR=52:54:00:12:34:56\nBOOTPROTO=dhcp\n");
    row(rhel, s("HWADDR in ifcfg-ens3 (not eth0)"), "fail",
        {Expected{s("/etc/sysconfig/network-scripts/ifcfg-ens3"), 2, s("HWADDR=52:54:00:12:34:56")}});

    Guest macaddr = cleanGuest(Family::Rocky);
    macaddr.file(s("/etc/sysconfig/network-scripts/ifcfg-eth0"), "DEVICE=eth0\nBOOTPROTO=dhcp\nMACADDR=\"52:54:00:12:34:57\"\n");
    row(macaddr, s("MACADDR in ifcfg-eth0"), "fail",
        {Expected{s("/etc/sysconfig/network-scripts/ifcfg-eth0"), 3, s("MACADDR=\"52:54:00:12:34:57\"")}});

    Guest emptyHw = cleanGuest(Family::Rocky);
    emptyHw.file(s("/etc/sysconfig/network-scripts/ifcfg-eth0"), "DEVICE=eth0\nHWADDR=\n#HWADDR=52:54:00:12:34:56\nBOOTPROTO=dhcp\n");
    row(emptyHw, s("empty and commented HWADDR"), "pass");

    Guest suse = cleanGuest(Family::OpenSuse);
    suse.file(s("/etc/sysconfig/network/ifcfg-eth1"), "BOOTPROTO='dhcp'\nHWADDR='52:54:00:12:34:58'\n");
    row(suse, s("HWADDR in SUSE ifcfg-eth1"), "fail",
        {Expected{s("/etc/sysconfig/network/ifcfg-eth1"), 2, s("HWADDR='52:54:00:12:34:58'")}});

    Guest netplan = cleanGuest(Family::Ubuntu);
    netplan.file(s("/etc/netplan/50-cloud-init.yaml"),
                 "network:\n  version: 2\n  ethernets:\n    eth0:\n      match:\n        macaddress: 52:54:00:12:34:56\n      set-name: eth0\n      dhcp4: true\n");
    row(netplan, s("netplan match macaddress"), "fail",
        {Expected{s("/etc/netplan/50-cloud-init.yaml"), 6, s("        macaddress: 52:54:00:12:34:56")}});

    Guest interfaces = cleanGuest(Family::Debian);
    interfaces.file(s("/etc/network/interfaces"), "auto eth0\niface eth0 inet dhcp\n    hwaddress ether 52:54:00:12:34:56\n");
    row(interfaces, s("hwaddress in /etc/network/interfaces"), "fail",
        {Expected{s("/etc/network/interfaces"), 3, s("    hwaddress ether 52:54:00:12:34:56")}});

    Guest alpine = cleanGuest(Family::Alpine);
    alpine.file(s("/etc/network/interfaces.d/eth1"), "iface eth1 inet dhcp\n  hwaddress 52:54:00:12:34:59\n");
    row(alpine, s("hwaddress in interfaces.d"), "fail",
        {Expected{s("/etc/network/interfaces.d/eth1"), 2, s("  hwaddress 52:54:00:12:34:59")}});

    Guest linkOutsideMatch = cleanGuest(Family::Debian);
    linkOutsideMatch.file(s("/etc/systemd/network/20-eth.network"), "[Match]\nName=eth0\n\n[Link]\nMACAddress=52:54:00:aa:bb:cc\n");
    // Setting a MAC in [Link] is a choice, not a match against the old card.
    row(linkOutsideMatch, s("networkd MACAddress outside Match"), "pass");
}

void TestNetworkChecks::firewall_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("no firewall"), "pass");

        Guest firewalld = clean;
        firewalld.enableService(s("firewalld"));
        row(firewalld, s("firewalld enabled"), "fail");

        Guest iptables = clean;
        iptables.enableService(s("iptables"));
        iptables.file(s("/etc/sysconfig/iptables"), "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -j REJECT\nCOMMIT\n");
        row(iptables, s("iptables with saved rules"), "fail",
            {Expected{s("/etc/sysconfig/iptables"), 3, s("-A INPUT -p tcp --dport 22 -j ACCEPT")}});
    }

    Guest ufw = cleanGuest(Family::Ubuntu);
    ufw.file(s("/etc/ufw/ufw.conf"), "# /etc/ufw/ufw.conf\n#\nENABLED=yes\nLOGLEVEL=low\n");
    ufw.enableService(s("ufw"));
    row(ufw, s("ufw ENABLED=yes"), "fail", {Expected{s("/etc/ufw/ufw.conf"), 3, s("ENABLED=yes")}});

    Guest ufwOff = cleanGuest(Family::Debian);
    ufwOff.file(s("/etc/ufw/ufw.conf"), "ENABLED=no\n");
    ufwOff.enableService(s("ufw"));
    row(ufwOff, s("ufw service with ENABLED=no"), "warning", {Expected{s("/etc/ufw/ufw.conf"), 1, s("ENABLED=no")}});

    Guest ufwInstalledOnly = cleanGuest(Family::Debian);
    ufwInstalledOnly.file(s("/etc/ufw/ufw.conf"), "ENABLED=no\n");
    row(ufwInstalledOnly, s("ufw installed, not enabled"), "pass");

    Guest persistent = cleanGuest(Family::Debian);
    persistent.enableService(s("netfilter-persistent"));
    persistent.file(s("/etc/iptables/rules.v4"), "*filter\n-A INPUT -i lo -j ACCEPT\nCOMMIT\n");
    row(persistent, s("netfilter-persistent with rules.v4"), "fail", {Expected{s("/etc/iptables/rules.v4"), 2, s("-A INPUT -i lo -j ACCEPT")}});

    Guest noRules = cleanGuest(Family::Rocky);
    noRules.enableService(s("ip6tables"));
    row(noRules, s("ip6tables without saved rules"), "warning");

    Guest nft = cleanGuest(Family::Debian);
    nft.enableService(s("nftables"));
    nft.file(s("/etc/nftables.conf"), "#!/usr/sbin/nft -f\nflush ruleset\ntable inet filter {\n  chain input {\n    type filter hook input priority 0; policy drop;\n  }\n}\n");
    row(nft, s("nftables dropping input"), "fail", {Expected{s("/etc/nftables.conf"), 5, s("    type filter hook input priority 0; policy drop;")}});

    Guest nftAccept = cleanGuest(Family::Debian);
    nftAccept.enableService(s("nftables"));
    nftAccept.file(s("/etc/nftables.conf"), "flush ruleset\ntable inet filter {\n  chain input {\n    type filter hook input priority 0;\n  }\n}\n");
    row(nftAccept, s("nftables default accept ruleset"), "warning");

    Guest nftRh = cleanGuest(Family::Rocky);
    nftRh.enableService(s("nftables"));
    nftRh.file(s("/etc/sysconfig/nftables.conf"), "table inet f {\n chain i { type filter hook input priority 0; tcp dport 23 reject; }\n}\n");
    row(nftRh, s("nftables rejecting telnet"), "fail",
        {Expected{s("/etc/sysconfig/nftables.conf"), 2, s(" chain i { type filter hook input priority 0; tcp dport 23 reject; }")}});

    Guest suse = cleanGuest(Family::OpenSuse);
    suse.enableService(s("SuSEfirewall2"));
    row(suse, s("SuSEfirewall2 enabled"), "fail", {Expected{{}, 0, {}, s("SuSEfirewall2")}});

    Guest alpine = cleanGuest(Family::Alpine);
    alpine.enableService(s("iptables"));
    alpine.file(s("/var/lib/iptables/rules-save"), "*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n");
    row(alpine, s("OpenRC iptables with rules-save"), "fail",
        {Expected{s("/etc/runlevels/default/iptables"), 0, {}, s("OpenRC")},
         Expected{s("/var/lib/iptables/rules-save"), 3, s("-A INPUT -p tcp --dport 22 -j ACCEPT")}});

    Guest sysv = cleanGuest(Family::Rocky);
    sysv.facts.init = InitSystem::SysV;
    sysv.files.addSymlink(s("/etc/rc.d/rc3.d/S08iptables"), s("../init.d/iptables"));
    sysv.file(s("/etc/sysconfig/iptables"), "*filter\n-A INPUT -j REJECT\nCOMMIT\n");
    row(sysv, s("SysV rc3 link to iptables"), "fail", {Expected{s("/etc/rc.d/rc3.d/S08iptables"), 0, {}, s("SysV")}});

    Guest maskedFirewalld = cleanGuest(Family::Rocky);
    maskedFirewalld.enableService(s("firewalld"));
    maskedFirewalld.files.addSymlink(s("/etc/systemd/system/firewalld.service"), s("/dev/null"));
    row(maskedFirewalld, s("firewalld masked"), "pass");
}

QTEST_GUILESS_MAIN(TestNetworkChecks)
#include "tst_networkchecks.moc"
