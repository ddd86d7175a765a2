#include "checks/ManualSteps.h"

#include "checks/Catalogue.h"
#include "requirements/StepText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace imageprep {

using namespace Qt::StringLiterals;

namespace {

using steps::Block;
using steps::DebianFamily;
using steps::RedHatFamily;
using steps::mountGuest;
using steps::unmountGuest;

struct Steps {
    QList<Block> check;
    QList<Block> fix;
    bool fixOnCopy = true; // fix commands change COPY: start by making it
};

// Shared by ssh-key-injection and user-data: is cloud-init installed, started
// at boot and not switched off, as cloudInitState() in CloudInitChecks decides.
QList<Block> cloudInitStateCheck()
{
    return {
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data". Shown as a shell comment; command lines stay untranslated.
        {QT_TRANSLATE_NOOP("ManualSteps", "Is the cloud-init package installed?"),
         {uR"~(virt-inspector -a IMAGE | grep '<name>cloud-init</name>')~"_s}},
        mountGuest(),
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data": systemd unit names stay as they are.
        {QT_TRANSLATE_NOOP("ManualSteps",
                           "Its services must start at boot: cloud-init.service (cloud-init-network.service from 24.3) and "
                           "cloud-final.service linked in a .wants directory:"),
         {uR"~(ls /tmp/guest/etc/systemd/system/cloud-init.target.wants /tmp/guest/etc/systemd/system/multi-user.target.wants | grep -E '^cloud-(init|init-network|init-main|final)\.service$')~"_s}},
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data": file names and the kernel argument stay as they are.
        {QT_TRANSLATE_NOOP("ManualSteps",
                           "Nothing may switch it off: no /etc/cloud/cloud-init.disabled, no cloud-init=disabled on the kernel "
                           "command line, no unit masked (linked to /dev/null):"),
         {uR"~(ls -l /tmp/guest/etc/cloud/cloud-init.disabled)~"_s,
          uR"~(grep -rns 'cloud-init=disabled' /tmp/guest/etc/default/grub /tmp/guest/boot/grub/grub.cfg /tmp/guest/boot/grub2/grub.cfg /tmp/guest/boot/loader/entries)~"_s,
          uR"~(ls -l /tmp/guest/etc/systemd/system/ | grep -E 'cloud-.*\.service -> /dev/null')~"_s}},
    };
}

QList<Block> cloudInitStateFix()
{
    return {
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data". Shown as a shell comment; command lines stay untranslated.
        {QT_TRANSLATE_NOOP("ManualSteps", "Install cloud-init (the appliance needs network for this); Debian's package enables its services:"),
         {}},
        {DebianFamily, {uR"~(virt-customize -a COPY --install cloud-init)~"_s}},
        {RedHatFamily,
         {uR"~(virt-customize -a COPY --install cloud-init --run-command 'systemctl enable cloud-init-local.service cloud-init.service cloud-config.service cloud-final.service' --selinux-relabel)~"_s}},
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data". Shown as a shell comment; command lines stay untranslated.
        {QT_TRANSLATE_NOOP("ManualSteps", "Switched off: remove the flag file and unmask the units (and drop cloud-init=disabled from /etc/default/grub):"),
         {uR"~(virt-customize -a COPY --delete /etc/cloud/cloud-init.disabled --run-command 'systemctl unmask cloud-init-local.service cloud-init.service cloud-config.service cloud-final.service')~"_s}},
    };
}

QHash<QString, Steps> buildSteps()
{
    QHash<QString, Steps> s;

    // ---- disk-boot ----
    s.insert(u"partition-layout"_s,
             {{
                  //: Lab mode, manual steps for "partition-layout". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "List partitions, file systems and LVM volumes: root (or, with LVM, its physical volume) "
                                     "must be the last partition of its disk, on ext3, ext4, XFS or Btrfs:"),
                   {u"virt-filesystems -a IMAGE --all --long -h"_s, u"guestfish --ro -a IMAGE -i inspect-get-roots"_s}},
                  //: Lab mode, manual steps for "partition-layout": growpart and xfs_growfs are program names.
                  {QT_TRANSLATE_NOOP("ManualSteps", "XFS root: growpart and xfs_growfs must both be in the guest (true, true):"),
                   {u"guestfish --ro -a IMAGE -i is-file /usr/bin/growpart : is-file /usr/sbin/xfs_growfs"_s}},
                  mountGuest(),
                  //: Lab mode, manual steps for "partition-layout": pvresize, lvextend and growvols are program names.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Root on LVM: cloud-init or a first-boot script must grow the volume (pvresize, lvextend or growvols):"),
                   {uR"~(grep -rnsE 'pvresize|lvextend|growvols' /tmp/guest/etc/cloud /tmp/guest/etc/rc.local /tmp/guest/etc/systemd/system /tmp/guest/usr/local/bin /tmp/guest/var/lib/cloud/scripts)~"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "partition-layout": virt-resize and the device names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "A partition after root (often swap) cannot be moved in place. Copy the disk with virt-resize "
                                     "into a new one without it and with root grown; use the device names virt-filesystems showed:"),
                   {u"qemu-img create -f qcow2 COPY 20G"_s, u"virt-resize --delete /dev/sda2 --expand /dev/sda1 IMAGE COPY"_s}},
                  //: Lab mode, manual steps for "partition-layout": /etc/fstab is a file name.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Then comment out the swap lines in /etc/fstab (the deleted partition's swap is gone):"),
                   {uR"~(virt-customize -a COPY --edit '/etc/fstab:s/^(\S+\s+\S+\s+swap\s)/# $1/')~"_s}},
                  //: Lab mode, manual steps for "partition-layout": the cases below change the image in place. Command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Root already last: the cases below change the image itself, so make a plain copy first:"),
                   {u"cp --sparse=always IMAGE COPY"_s}},
                  //: Lab mode, manual steps for "partition-layout". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "XFS root: install growpart and xfs_growfs."), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install cloud-guest-utils,xfsprogs"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install cloud-utils-growpart,xfsprogs --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "partition-layout": names of volume groups and volumes are examples to adapt.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Root on LVM: grow the partition, the physical volume and the root volume at first boot "
                                     "(adapt the disk, partition and volume names):"),
                   {uR"~(virt-customize -a COPY --write $'/etc/cloud/cloud.cfg.d/90-grow-lvm.cfg:runcmd:\n  - [growpart, /dev/vda, "2"]\n  - [pvresize, /dev/vda2]\n  - [lvextend, -r, -l, +100%FREE, /dev/mapper/rl-root]\n')~"_s}},
              },
              false});

    s.insert(u"root-resize"_s,
             {{
                  //: Lab mode, manual steps for "root-resize": package names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Installed packages: cloud-init with growpart (cloud-guest-utils on Debian and Ubuntu, "
                                     "cloud-utils-growpart on RHEL), or an initramfs growroot package:"),
                   {uR"~(virt-inspector -a IMAGE | grep -E '<name>(cloud-init|cloud-guest-utils|cloud-utils|cloud-utils-growpart|growpart|cloud-initramfs-growroot|dracut-modules-growroot)</name>')~"_s}},
                  mountGuest(),
                  //: Lab mode, manual steps for "root-resize": the cloud-init keys and the file name stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "cloud-init must not turn growpart off (mode: off) nor set resize_rootfs: false, and "
                                     "/etc/growroot-disabled must not exist:"),
                   {uR"~(grep -nE -A3 '^(growpart|resize_rootfs):' /tmp/guest/etc/cloud/cloud.cfg /tmp/guest/etc/cloud/cloud.cfg.d/*.cfg)~"_s,
                    u"ls -l /tmp/guest/etc/growroot-disabled"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "root-resize". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install cloud-init and growpart (the appliance needs network for this)."), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install cloud-init,cloud-guest-utils"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install cloud-init,cloud-utils-growpart --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "root-resize": the cloud-init keys and the file name stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Turn growing back on where cloud-init's configuration or a flag file stops it:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/cloud/cloud.cfg:s/^resize_rootfs:\s*[Ff]alse/resize_rootfs: true/; s/^(\s+mode:\s*)(off|false)\b/${1}auto/' --delete /etc/growroot-disabled)~"_s}},
              }});

    s.insert(u"fstab-stable-names"_s,
             {{
                  //: Lab mode, manual steps for "fstab-stable-names": device names are examples.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Lines of /etc/fstab whose first field is a kernel device name (/dev/sda1, /dev/vda1, /dev/nvme0n1p1, …):"),
                   {uR"~(virt-cat -a IMAGE /etc/fstab | grep -nE '^\s*/dev/(sd|vd|hd|xvd|nvme|mmcblk)')~"_s}},
                  //: Lab mode, manual steps for "fstab-stable-names". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "The UUID and label of each file system, to use instead:"),
                   {u"virt-filesystems -a IMAGE --filesystems --long --uuid"_s}},
              },
              {
                  //: Lab mode, manual steps for "fstab-stable-names": UUID= is a keyword, the UUID in the command is an example.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Replace each device name with UUID= and the UUID virt-filesystems showed for it (one --edit per line):"),
                   {uR"~(virt-customize -a COPY --edit '/etc/fstab:s|^/dev/sda1(\s)|UUID=0b6c3f3e-6b43-4a3c-9a53-7d1c2f1a0001$1|')~"_s}},
              }});

    // ---- network ----
    s.insert(u"no-persistent-net-rules"_s,
             {{
                  //: Lab mode, manual steps for "no-persistent-net-rules": file names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "The rules file must be missing or hold only comments:"),
                   {u"virt-cat -a IMAGE /etc/udev/rules.d/70-persistent-net.rules"_s}},
                  //: Lab mode, manual steps for "no-persistent-net-rules": file names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "The generator that writes it must be gone (false) or masked by an empty file or a link to /dev/null in /etc/udev/rules.d:"),
                   {u"guestfish --ro -a IMAGE -i exists /lib/udev/rules.d/75-persistent-net-generator.rules : exists /usr/lib/udev/rules.d/75-persistent-net-generator.rules : ll /etc/udev/rules.d"_s}},
              },
              {
                  //: Lab mode, manual steps for "no-persistent-net-rules". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Delete the rules and mask the generator:"),
                   {u"virt-customize -a COPY --delete /etc/udev/rules.d/70-persistent-net.rules --link /dev/null:/etc/udev/rules.d/75-persistent-net-generator.rules"_s}},
              }});

    s.insert(u"no-hardcoded-mac"_s,
             {{
                  mountGuest(),
                  //: Lab mode, manual steps for "no-hardcoded-mac": the configuration keys stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "MAC addresses in ifcfg files (HWADDR, MACADDR), netplan (macaddress), NetworkManager "
                                     "(mac-address), systemd-networkd ([Match] MACAddress) and /etc/network/interfaces (hwaddress):"),
                   {uR"~(grep -nE '^\s*(HWADDR|MACADDR)=.' /tmp/guest/etc/sysconfig/network-scripts/ifcfg-* /tmp/guest/etc/sysconfig/network/ifcfg-*)~"_s,
                    uR"~(grep -rnE '^\s*macaddress:' /tmp/guest/etc/netplan)~"_s,
                    uR"~(grep -rnE '^\s*mac-address=.' /tmp/guest/etc/NetworkManager/system-connections)~"_s,
                    uR"~(grep -rnE '^\s*(Permanent)?MACAddress=' /tmp/guest/etc/systemd/network)~"_s,
                    uR"~(grep -rnE '^\s*hwaddress' /tmp/guest/etc/network/interfaces /tmp/guest/etc/network/interfaces.d)~"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "no-hardcoded-mac". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "ifcfg files (RHEL, SUSE): virt-sysprep removes HWADDR; MACADDR goes with sed:"),
                   {uR"~(virt-sysprep -a COPY --operations net-hwaddr,customize --run-command "sed -i -E '/^\s*MACADDR=/d' /etc/sysconfig/network-scripts/ifcfg-*")~"_s}},
                  //: Lab mode, manual steps for "no-hardcoded-mac": "match:" and "name:" are netplan keys.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "netplan, NetworkManager, /etc/network/interfaces: delete the lines (a netplan match: left "
                                     "empty needs a name: such as en* instead):"),
                   {uR"~(virt-customize -a COPY --run-command "sed -i -E '/^\s*macaddress:/d' /etc/netplan/*.yaml")~"_s,
                    uR"~(virt-customize -a COPY --run-command "sed -i -E '/^\s*mac-address=/d' /etc/NetworkManager/system-connections/*")~"_s,
                    uR"~(virt-customize -a COPY --edit '/etc/network/interfaces:$_ = "" if /^\s*hwaddress/')~"_s}},
                  //: Lab mode, manual steps for "no-hardcoded-mac": MACAddress= and Name= are systemd-networkd keys.
                  {QT_TRANSLATE_NOOP("ManualSteps", "systemd-networkd: match by name instead of MAC address (Name=en* in [Match]):"),
                   {uR"~(virt-customize -a COPY --run-command "sed -i -E 's/^\s*(Permanent)?MACAddress=.*/Name=en* eth*/' /etc/systemd/network/*.network /etc/systemd/network/*.link")~"_s}},
              }});

    s.insert(u"firewall-disabled"_s,
             {{
                  //: Lab mode, manual steps for "firewall-disabled": unit names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Firewall units that start at boot (firewalld, ufw, iptables, ip6tables, netfilter-persistent, "
                                     "nftables, SuSEfirewall2):"),
                   {uR"~(virt-ls -a IMAGE /etc/systemd/system/multi-user.target.wants | grep -E '^(firewalld|ufw|iptables|ip6tables|netfilter-persistent|nftables|SuSEfirewall2.*)\.service$')~"_s}},
                  //: Lab mode, manual steps for "firewall-disabled": ENABLED=yes is the ufw setting.
                  {QT_TRANSLATE_NOOP("ManualSteps", "ufw filters when ufw.conf says ENABLED=yes:"),
                   {u"virt-cat -a IMAGE /etc/ufw/ufw.conf | grep '^ENABLED='"_s}},
                  //: Lab mode, manual steps for "firewall-disabled": "-A" and drop/reject are rule syntax.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Saved rules: iptables rules are lines starting with -A; an nftables ruleset filters when it drops or rejects:"),
                   {uR"~(guestfish --ro -a IMAGE -i -- -cat /etc/sysconfig/iptables : -cat /etc/iptables/rules.v4 : -cat /etc/iptables/rules.v6 : -cat /etc/nftables.conf | grep -nE '^-A |\b(drop|reject)\b')~"_s}},
              },
              {
                  //: Lab mode, manual steps for "firewall-disabled": OpenStack security groups filter instead.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Stop them from starting at boot (security groups filter instead); units a guest lacks only print a warning:"),
                   {uR"~(virt-customize -a COPY --run-command 'systemctl disable firewalld.service ufw.service iptables.service ip6tables.service netfilter-persistent.service nftables.service || true')~"_s}},
                  //: Lab mode, manual steps for "firewall-disabled": ENABLED=no is the ufw setting.
                  {QT_TRANSLATE_NOOP("ManualSteps", "ufw: also switch it off in its own configuration:"),
                   {u"virt-customize -a COPY --edit '/etc/ufw/ufw.conf:s/^ENABLED=yes/ENABLED=no/'"_s}},
              }});

    // ---- access ----
    s.insert(u"ssh-server"_s,
             {{
                  //: Lab mode, manual steps for "ssh-server": package names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Is an SSH server installed (openssh-server, or dropbear)?"),
                   {uR"~(virt-inspector -a IMAGE | grep -E '<name>(openssh-server|openssh|dropbear)</name>')~"_s}},
                  //: Lab mode, manual steps for "ssh-server": unit names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Does it start at boot? ssh.service or ssh.socket on Debian and Ubuntu, sshd.service on RHEL, linked in a .wants directory:"),
                   {uR"~(guestfish --ro -a IMAGE -i -- -ls /etc/systemd/system/multi-user.target.wants : -ls /etc/systemd/system/sockets.target.wants | grep -E '^sshd?(\.service|\.socket)$')~"_s}},
              },
              {
                  //: Lab mode, manual steps for "ssh-server". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Install the server (the appliance needs network; nothing happens when it is there) and start it at boot:"),
                   {}},
                  {DebianFamily, {u"virt-customize -a COPY --install openssh-server --run-command 'systemctl enable ssh.service'"_s}},
                  {RedHatFamily,
                   {u"virt-customize -a COPY --install openssh-server --run-command 'systemctl enable sshd.service' --selinux-relabel"_s}},
              }});

    s.insert(u"ssh-host-keys"_s,
             {{
                  //: Lab mode, manual steps for "ssh-host-keys": file names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Private host keys in the image (ssh_host_*_key):"),
                   {uR"~(virt-ls -a IMAGE /etc/ssh | grep -E '^ssh_host_.*_key$')~"_s}},
                  //: Lab mode, manual steps for "ssh-host-keys": ssh_deletekeys is a cloud-init key.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "With cloud-init installed they are replaced at first boot, unless ssh_deletekeys: false keeps them:"),
                   {u"virt-cat -a IMAGE /etc/cloud/cloud.cfg | grep -n ssh_deletekeys"_s}},
              },
              {
                  //: Lab mode, manual steps for "ssh-host-keys": ssh-keygen -A is a command.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Remove the keys. cloud-init or RHEL's sshd-keygen make new ones at first boot; without "
                                     "them, let a first-boot command do it (ssh-keygen -A):"),
                   {uR"~(virt-sysprep -a COPY --operations ssh-hostkeys,customize --firstboot-command 'ssh-keygen -A && systemctl restart ssh.service')~"_s}},
                  //: Lab mode, manual steps for "ssh-host-keys": ssh_deletekeys is a cloud-init key.
                  {QT_TRANSLATE_NOOP("ManualSteps", "When cloud-init is installed, let it replace them too:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/cloud/cloud.cfg:s/^ssh_deletekeys:.*/ssh_deletekeys: true/')~"_s}},
              }});

    s.insert(u"root-password"_s,
             {{
                  //: Lab mode, manual steps for "root-password": the symbols are the start of the shadow password field.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "The start of root's password field in /etc/shadow: ! or * is locked, empty has no "
                                     "password, $ is a password hash:"),
                   {uR"~(virt-cat -a IMAGE /etc/shadow | awk -F: '$1 == "root" { print ($2 == "" ? "(empty)" : substr($2, 1, 3)) }')~"_s}},
              },
              {
                  //: Lab mode, manual steps for "root-password". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Lock the root password (users log in with their key pair):"),
                   {u"virt-customize -a COPY --root-password disabled"_s}},
              }});

    // ---- cloud-init ----
    {
        Steps keys{cloudInitStateCheck(), cloudInitStateFix()};
        keys.check << Block{
                          //: Lab mode, manual steps for "ssh-key-injection": data source names stay as they are.
                          QT_TRANSLATE_NOOP("ManualSteps",
                                                  "Its data sources must include OpenStack, ConfigDrive or Ec2 (no datasource_list means the defaults, which do):"),
                                {uR"~(grep -n -A3 '^datasource_list' /tmp/guest/etc/cloud/cloud.cfg /tmp/guest/etc/cloud/cloud.cfg.d/*.cfg)~"_s}};
        keys.check << Block{
            //: Lab mode, manual steps for "ssh-key-injection": 169.254.169.254 is the metadata service address.
            QT_TRANSLATE_NOOP("ManualSteps", "Without cloud-init, a first-boot script must fetch the key from 169.254.169.254:"),
            {uR"~(grep -rns '169.254.169.254.*public-keys' /tmp/guest/etc/rc.local /tmp/guest/etc/local.d /tmp/guest/etc/init.d /tmp/guest/etc/systemd/system /tmp/guest/usr/local/bin /tmp/guest/usr/local/sbin /tmp/guest/var/lib/cloud/scripts)~"_s}};
        keys.check << unmountGuest();
        keys.fix << Block{
            //: Lab mode, manual steps for "ssh-key-injection": data source names stay as they are.
            QT_TRANSLATE_NOOP("ManualSteps", "A datasource_list without OpenStack: a later file that names it wins:"),
            {u"virt-customize -a COPY --write '/etc/cloud/cloud.cfg.d/99-openstack.cfg:datasource_list: [ ConfigDrive, OpenStack, None ]'"_s}};
        keys.fix << Block{
            //: Lab mode, manual steps for "ssh-key-injection": a systemd unit that fetches the key when cloud-init is not wanted.
            QT_TRANSLATE_NOOP("ManualSteps", "Or, without cloud-init, a unit that fetches the key at first boot:"),
            {uR"~(virt-customize -a COPY --write $'/etc/systemd/system/openstack-ssh-key.service:[Unit]\nDescription=SSH key from the OpenStack metadata service\nWants=network-online.target\nAfter=network-online.target\nConditionPathExists=!/root/.ssh/authorized_keys\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c \'mkdir -p -m 700 /root/.ssh && curl -sf http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key > /root/.ssh/authorized_keys\'\n\n[Install]\nWantedBy=multi-user.target\n' --run-command 'systemctl enable openstack-ssh-key.service')~"_s}};
        s.insert(u"ssh-key-injection"_s, keys);
    }
    {
        Steps data{cloudInitStateCheck(), cloudInitStateFix()};
        data.check << unmountGuest();
        s.insert(u"user-data"_s, data);
    }

    s.insert(u"cloud-init-user"_s,
             {{
                  mountGuest(),
                  //: Lab mode, manual steps for "cloud-init-user": users, default, system_info, default_user and name are cloud-init keys.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "The key goes to the user named in users: (when it lists no \"default\") or else to "
                                     "system_info: default_user: name:, the last file that sets it wins:"),
                   {uR"~(grep -n -A4 -E '^users:|^\s+default_user:' /tmp/guest/etc/cloud/cloud.cfg /tmp/guest/etc/cloud/cloud.cfg.d/*.cfg)~"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "cloud-init-user": the user name in the command is an example (debian, ubuntu, cloud-user…).
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Name a default user (the name users expect: debian, ubuntu, cloud-user, rocky…); cloud-init creates it at first boot:"),
                   {uR"~(virt-customize -a COPY --write $'/etc/cloud/cloud.cfg.d/90-default-user.cfg:system_info:\n  default_user:\n    name: debian\n')~"_s}},
                  //: Lab mode, manual steps for "cloud-init-user": "users:" and "default" are cloud-init syntax.
                  {QT_TRANSLATE_NOOP("ManualSteps", "And make sure a users: list, if there is one, starts with default:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/cloud/cloud.cfg:s/^users:\s*$/users:\n  - default/')~"_s}},
              }});

    // ---- kernel and boot ----
    s.insert(u"xen-pv-kernel"_s,
             {{
                  //: Lab mode, manual steps for "xen-pv-kernel". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Installed kernel versions; 3.0 and later include Xen PV support:"),
                   {u"virt-ls -a IMAGE /boot | grep -E '^vmlinu[xz]-'"_s}},
                  //: Lab mode, manual steps for "xen-pv-kernel": CONFIG_XEN=y is a kernel configuration line; VERSION is a placeholder to replace.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "An older kernel needs CONFIG_XEN=y or a Xen flavour (a version ending in xen); replace VERSION:"),
                   {u"virt-cat -a IMAGE /boot/config-VERSION | grep '^CONFIG_XEN='"_s}},
              },
              {
                  //: Lab mode, manual steps for "xen-pv-kernel". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install a current kernel, or the distribution's Xen kernel flavour on old releases:"),
                   {}},
                  {DebianFamily, {u"virt-customize -a COPY --install linux-image-amd64 --run-command update-grub"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install kernel-xen --selinux-relabel"_s}},
              }});

    s.insert(u"virtio-drivers"_s,
             {{
                  //: Lab mode, manual steps for "virtio-drivers": "y" and "m" are kernel configuration values; VERSION is a placeholder.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "For each kernel (replace VERSION): y is built in, m a module, missing or \"is not set\" means no driver:"),
                   {u"virt-ls -a IMAGE /boot | grep '^config-'"_s,
                    uR"~(virt-cat -a IMAGE /boot/config-VERSION | grep -E 'CONFIG_(VIRTIO_PCI|VIRTIO_BLK|SCSI_VIRTIO|VIRTIO_NET)[= ]')~"_s,
                    u"virt-cat -a IMAGE /lib/modules/VERSION/modules.builtin | grep virtio"_s}},
                  //: Lab mode, manual steps for "virtio-drivers": MODULES=most, hostonly, add_drivers and features are settings of the initramfs tools.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Disk drivers built as modules must be in the initramfs: MODULES=most (initramfs-tools), "
                                     "hostonly=no or add_drivers with virtio_blk (dracut), the virtio feature (Alpine mkinitfs):"),
                   {u"virt-cat -a IMAGE /etc/initramfs-tools/initramfs.conf | grep '^MODULES='"_s,
                    u"virt-cat -a IMAGE /etc/initramfs-tools/modules | grep virtio"_s,
                    uR"~(guestfish --ro -a IMAGE -i -- -cat /etc/dracut.conf : -glob cat '/etc/dracut.conf.d/*.conf' | grep -nE 'hostonly|add_drivers|force_drivers')~"_s,
                    u"virt-cat -a IMAGE /etc/mkinitfs/mkinitfs.conf | grep '^features='"_s}},
              },
              {
                  //: Lab mode, manual steps for "virtio-drivers". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Put the virtio drivers into every initramfs:"), {}},
                  {DebianFamily,
                   {u"virt-customize -a COPY --edit '/etc/initramfs-tools/initramfs.conf:s/^MODULES=.*/MODULES=most/' --run-command 'update-initramfs -u -k all'"_s}},
                  {RedHatFamily,
                   {uR"~(virt-customize -a COPY --write '/etc/dracut.conf.d/90-virtio.conf:add_drivers+=" virtio_pci virtio_blk virtio_scsi virtio_net "' --run-command 'dracut -f --regenerate-all' --selinux-relabel)~"_s}},
                  //: Lab mode, manual steps for "virtio-drivers": Alpine is a distribution name.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Alpine:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/mkinitfs/mkinitfs.conf:s/^features="(.*)"/features="$1 virtio"/' --run-command 'mkinitfs $(ls /lib/modules)')~"_s}},
                  //: Lab mode, manual steps for "virtio-drivers". Shown as a shell comment.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "A kernel built without them (not set) needs the distribution's standard kernel instead, as for xen-pv-kernel."),
                   {}},
              }});

    s.insert(u"acpi-shutdown"_s,
             {{
                  //: Lab mode, manual steps for "acpi-shutdown": package, service and file names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "With systemd, logind handles the power button when a system bus runs: is dbus (or "
                                     "dbus-broker) installed and its socket linked to start? Without systemd, acpid needs a "
                                     "power-button event:"),
                   {u"virt-inspector -a IMAGE | grep -E '<name>(dbus|dbus-broker|acpid)</name>'"_s,
                    u"guestfish --ro -a IMAGE -i -- -ls /lib/systemd/system/sockets.target.wants : -ls /etc/acpi/events"_s}},
              },
              {
                  //: Lab mode, manual steps for "acpi-shutdown". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install the system bus (the appliance needs network for this):"), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install dbus"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install dbus --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "acpi-shutdown": Alpine, OpenRC and acpid are names.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Alpine (OpenRC): acpid with a power-button event:"),
                   {uR"~(virt-customize -a COPY --install acpid --run-command 'rc-update add acpid default' --run-command 'mkdir -p /etc/acpi/events; printf "event=button[ /]power\naction=/sbin/poweroff\n" > /etc/acpi/events/imageprep-powerbutton')~"_s}},
              }});

    // ---- hygiene ----
    s.insert(u"qemu-guest-agent"_s,
             {{
                  //: Lab mode, manual steps for "qemu-guest-agent": package and service names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Is qemu-guest-agent installed? With systemd that is enough (udev starts it); other init "
                                     "systems must start it at boot:"),
                   {u"virt-inspector -a IMAGE | grep '<name>qemu-guest-agent</name>'"_s,
                    u"guestfish --ro -a IMAGE -i -- -ls /etc/runlevels/default : -ls /etc/rc3.d"_s}},
              },
              {
                  //: Lab mode, manual steps for "qemu-guest-agent". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install it (the appliance needs network for this):"), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install qemu-guest-agent"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install qemu-guest-agent --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "qemu-guest-agent": Alpine and OpenRC are names.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Alpine (OpenRC) also starts it at boot:"),
                   {u"virt-customize -a COPY --install qemu-guest-agent --run-command 'rc-update add qemu-guest-agent default'"_s}},
              }});

    s.insert(u"machine-id"_s,
             {{
                  //: Lab mode, manual steps for "machine-id": 32 hexadecimal digits are a machine ID.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "32 hexadecimal digits here is an ID every instance would share; empty or missing is right "
                                     "(the dbus copy counts unless it is a link):"),
                   {u"virt-cat -a IMAGE /etc/machine-id"_s,
                    u"guestfish --ro -a IMAGE -i -- -readlink /var/lib/dbus/machine-id : -cat /var/lib/dbus/machine-id"_s}},
              },
              {
                  //: Lab mode, manual steps for "machine-id". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Empty the ID (systemd makes a new one at first boot) and drop the dbus copy. Do this "
                                     "last: virt-customize writes a new ID into a guest that has none, so any virt-customize "
                                     "run after this one undoes it."),
                   {u"virt-sysprep -a COPY --operations machine-id"_s}},
              }});

    s.insert(u"leftover-state"_s,
             {{
                  mountGuest(),
                  //: Lab mode, manual steps for "leftover-state". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Non-empty shell histories and DHCP leases:"),
                   {uR"~(find /tmp/guest/root /tmp/guest/home -maxdepth 2 -name '.*_history' -size +0)~"_s,
                    uR"~(find /tmp/guest/var/lib/dhcp /tmp/guest/var/lib/dhclient /tmp/guest/var/lib/NetworkManager /tmp/guest/var/lib/wicked /tmp/guest/var/lib/udhcpc \( -name '*.lease*' -o -name 'dhclient*' \) -size +0)~"_s}},
                  //: Lab mode, manual steps for "leftover-state". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Non-empty logs, three levels deep:"),
                   {u"find /tmp/guest/var/log -maxdepth 3 -type f -size +0"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "leftover-state": the names after --operations are virt-sysprep operations.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Remove histories and leases, and empty the logs:"),
                   {uR"~(virt-sysprep -a COPY --operations bash-history,dhcp-client-state,dhcp-server-state,tmp-files,customize --delete '/root/.*_history' --delete '/home/*/.*_history' --truncate-recursive /var/log)~"_s}},
              }});

    s.insert(u"selinux-relabel"_s,
             {{
                  //: Lab mode, manual steps for "selinux-relabel": SELINUX and SELINUXTYPE are settings; "targeted" is a policy name.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "SELinux mode and policy; the policy's folder must exist (here for targeted), and "
                                     "/.autorelabel schedules a relabel:"),
                   {u"virt-cat -a IMAGE /etc/selinux/config | grep -E '^SELINUX(TYPE)?='"_s,
                    u"guestfish --ro -a IMAGE -i is-dir /etc/selinux/targeted : exists /.autorelabel"_s}},
              },
              {
                  //: Lab mode, manual steps for "selinux-relabel". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "After any change, relabel (or schedule it for the next boot):"),
                   {u"virt-customize -a COPY --selinux-relabel"_s, u"virt-customize -a COPY --touch /.autorelabel"_s}},
                  //: Lab mode, manual steps for "selinux-relabel": the package name is the targeted policy.
                  {QT_TRANSLATE_NOOP("ManualSteps", "The configured policy is missing: install it first:"),
                   {u"virt-customize -a COPY --install selinux-policy-targeted --selinux-relabel"_s}},
              }});
    return s;
}

QString shellQuote(const QString &s)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(s).hasMatch())
        return s;
    return u"'"_s + QString(s).replace(u"'"_s, uR"~('\'')~"_s) + u"'"_s;
}

} // namespace

ManualSteps manualSteps(const QString &requirementId)
{
    if (const Requirement *unit = Catalogue::instance().find(requirementId)) {
        ManualSteps own = unit->manualSteps();
        if (!own.isEmpty())
            return own;
    }
    static const QHash<QString, Steps> table = buildSteps();
    const auto it = table.constFind(requirementId);
    if (it == table.cend())
        return {};
    return steps::render(it->check, it->fix, it->fixOnCopy);
}

QString manualImagePlaceholder()
{
    return u"IMAGE"_s;
}

QString manualCopyPlaceholder()
{
    return u"COPY"_s;
}

QString manualCopyPath(const QString &imagePath)
{
    const QFileInfo fi(imagePath);
    const QString suffix = fi.suffix();
    const QString name = suffix.isEmpty() ? fi.fileName() + u"-fixed"_s
                                          : fi.completeBaseName() + u"-fixed."_s + suffix;
    return fi.path() == u"."_s && !imagePath.startsWith(u"./"_s) ? name : fi.path() + u'/' + name;
}

QString withImagePath(const QString &steps, const QString &imagePath)
{
    if (imagePath.isEmpty())
        return steps;
    static const QRegularExpression image(u"\\bIMAGE\\b"_s);
    static const QRegularExpression copy(u"\\bCOPY\\b"_s);
    const QString quotedImage = shellQuote(imagePath);
    const QString quotedCopy = shellQuote(manualCopyPath(imagePath));
    QStringList lines = steps.split(u'\n');
    for (QString &line : lines) {
        if (line.trimmed().startsWith(u'#'))
            continue;
        line.replace(image, quotedImage);
        line.replace(copy, quotedCopy);
    }
    return lines.join(u'\n');
}

} // namespace imageprep
