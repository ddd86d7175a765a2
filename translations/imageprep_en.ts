<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CacheReport</name>
    <message>
        <location filename="../core/cache/CacheReportFormat.cpp" line="+67"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not managed by nova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept: the run fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resized to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>small (old naming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swap template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ephemeral template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cache/NovaConfig.cpp" line="+37"/>
        <source>nova.conf line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+296"/>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <location filename="../core/checks/Requirement.cpp" line="+30"/>
        <source>PASS</source>
        <extracomment>Check status shown next to a requirement; keep it short (one word).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <extracomment>Check status: the image does not meet the requirement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARN</source>
        <extracomment>Check status: probably fine, but a person should look.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <extracomment>Check status: the requirement does not apply to this guest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UNKNOWN</source>
        <extracomment>Check status: the guest did not give enough information to decide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not read %1, so this cannot be decided. Check the file in the guest.</source>
        <extracomment>%1 is a list of guest file paths; the check cannot decide without them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+63"/>
        <source>sshd is present (no package list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection found no package list and no /usr/sbin/sshd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No SSH server is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+70"/>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+54"/>
        <location filename="../core/requirements/RootResize.cpp" line="+74"/>
        <location filename="../core/requirements/SshServer.cpp" line="+1"/>
        <source>package %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+5"/>
        <source>none of %1 is enabled for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH server is installed but does not start at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH server starts at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+63"/>
        <source>private host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No SSH host keys in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n SSH host key(s) in the image, and cloud-init, which would replace them, is switched off.</source>
        <translation>
            <numerusform>%n SSH host key in the image, and cloud-init, which would replace it, is switched off.</numerusform>
            <numerusform>%n SSH host keys in the image, and cloud-init, which would replace them, is switched off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n SSH host key(s) in the image; cloud-init replaces them at first boot.</source>
        <translation>
            <numerusform>%n SSH host key in the image; cloud-init replaces it at first boot.</numerusform>
            <numerusform>%n SSH host keys in the image; cloud-init replaces them at first boot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init keeps the image&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n SSH host key(s) in the image that every instance would share.</source>
        <translation>
            <numerusform>%n SSH host key in the image that every instance would share.</numerusform>
            <numerusform>%n SSH host keys in the image that every instance would share.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+101"/>
        <source>The root password is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root has an empty password: SSH refuses it, but the console lets anyone in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root has a password set in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No root entry in /etc/shadow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+305"/>
        <source>No boot loader configuration found (grub, BLS, extlinux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no console=ttyS0,115200n8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>console=ttyS0,115200n8 is not the last console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no console=tty0, the graphical console shows no kernel messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quiet hides kernel messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n kernel command line(s) do not log to the serial console.</source>
        <translation>
            <numerusform>%n kernel command line does not log to the serial console.</numerusform>
            <numerusform>%n kernel command lines do not log to the serial console.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel logs to ttyS0, but part of the boot log is hidden or missing on a console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel logs to tty0 and ttyS0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+51"/>
        <location filename="../core/requirements/XenPvKernel.cpp" line="+33"/>
        <source>Inspection found no kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/XenPvKernel.cpp" line="+8"/>
        <source>kernel %1 is a Xen flavour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kernel %1 has no Xen support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel %1 is older than 3.0 and not a Xen flavour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every kernel is 3.0 or later, which includes Xen PV support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Xen-capable kernel is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel predates 3.0 and has no Xen support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+14"/>
        <source>kernel %1: no %2 and no modules.builtin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>kernel %1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel %1: %2 not in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 loads as a module after root is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 is a module; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A kernel lacks virtio drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kernel configuration found to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtio disk drivers are modules and the initramfs may not include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>virtio drivers are built in or in the initramfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>initramfs-tools MODULES=most includes virtio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initramfs-tools default MODULES=most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initramfs-tools MODULES=%1 may leave virtio out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dracut-config-generic builds a generic initramfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dracut hostonly=no includes all drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dracut hostonly=yes includes only the build host&apos;s drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dracut adds virtio drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dracut builds host-only images by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no hostonly setting in /etc/dracut.conf(.d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mkinitfs feature virtio is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mkinitfs features lack virtio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the initramfs tool of this family is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/CheckSupport.cpp" line="+242"/>
        <source>%1 is masked (linked to /dev/null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>service %1 is enabled at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="-27"/>
        <source>systemd starts %1 at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+112"/>
        <source>systemd-logind is not in the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd-logind.service is masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd-logind handles the power button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no system bus: package %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system bus does not start at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systemd-logind with a system bus handles the power button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acpid handles the power button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing at boot handles the ACPI power button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>acpid does not start at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>power-button event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no power-button event in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/CheckSupport.cpp" line="+7"/>
        <source>SysV init starts %1 at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OpenRC starts %1 in runlevel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>package %1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package %1 %2 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/CloudInitSwitches.cpp" line="+13"/>
        <source>this file switches cloud-init off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kernel argument cloud-init=disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no OpenStack, ConfigDrive or Ec2 data source: cloud-init reads no metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+50"/>
        <source>cloud-init uses its default data sources, which include OpenStack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cloud-init reads keys from the %1 data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init&apos;s data sources (%1) do not include OpenStack, ConfigDrive or Ec2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A first-boot script fetches the key from the metadata service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is installed; make sure it is configured for OpenStack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/requirements/UserData.cpp" line="+50"/>
        <source>cloud-init is installed but switched off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+57"/>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="-4"/>
        <location filename="../core/requirements/RootResize.cpp" line="-25"/>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="-5"/>
        <location filename="../core/requirements/UserData.cpp" line="-5"/>
        <source>Inspection found no package list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+1"/>
        <source>Nothing fetches SSH keys: cloud-init is not installed and no first-boot script does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/requirements/UserData.cpp" line="+2"/>
        <source>package cloud-init is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/requirements/UserData.cpp" line="+8"/>
        <source>service %1 is not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cloud-init is installed but does not start at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="+33"/>
        <location filename="../core/requirements/UserData.cpp" line="-9"/>
        <source>cloud-init is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="+10"/>
        <source>cloud-init&apos;s services do not start at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init runs but reads no user data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init runs at boot and processes user data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="+13"/>
        <location line="+32"/>
        <source>cloud-init puts the key into user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>cloud-init&apos;s users list names no user to receive the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cloud-init has no default user; users will not know which account holds their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no /etc/cloud/cloud.cfg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="+44"/>
        <source>another partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/Support.cpp" line="+38"/>
        <source>growpart is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xfs_growfs is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="+23"/>
        <source>Inspection did not find the root file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>physical volume %1 is followed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LVM physical volume %1 is not the last partition; growpart cannot grow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is followed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root %1 is not the last partition; growpart cannot grow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root %1 is not among the partitions inspection listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Root is XFS but %1 is missing; XFS can only grow online with both growpart and xfs_growfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cloud-init cannot grow a %1 root file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Root can grow to fill the disk at first boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="+11"/>
        <source>%1 grows root in the initramfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing grows root at first boot: %1 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cloud-init is switched off, so growpart never runs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cloud-init&apos;s growpart module is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cloud-init is told not to resize the root file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stops growpart from growing root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>growpart grows root at first boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+110"/>
        <source>The guest has no /etc/fstab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a kernel device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fstab entr(y/ies) name a kernel device.</source>
        <translation>
            <numerusform>%n fstab entry names a kernel device.</numerusform>
            <numerusform>%n fstab entries name a kernel device.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fstab names file systems by UUID, LABEL or stable paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+3"/>
        <source>The QEMU guest agent is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QEMU guest agent is installed; systemd starts it when the port appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QEMU guest agent is installed but does not start at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QEMU guest agent starts at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+68"/>
        <source>The image carries a machine ID that every instance would share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No machine ID in the image; each instance creates its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requirements/LeftoverState.cpp" line="+66"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n history or lease file(s) left in the image.</source>
        <translation>
            <numerusform>%n history or lease file left in the image.</numerusform>
            <numerusform>%n history or lease files left in the image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n non-empty log file(s) left in the image.</source>
        <translation>
            <numerusform>%n non-empty log file left in the image.</numerusform>
            <numerusform>%n non-empty log files left in the image.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shell history, DHCP leases or logs left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="+40"/>
        <source>The guest has no SELinux configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SELinux is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SELinux is %1 with policy %2, but %3 is missing: no relabel can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relabel at next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A relabel is scheduled for the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELinux is %1; nothing is edited yet, the fix plans schedule a relabel after edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+74"/>
        <source>masks the persistent-net generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the generator writes 70-persistent-net.rules on every boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>udev pins network interface names to MAC addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No persistent network rules and no generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+103"/>
        <source>%n network configuration line(s) pin a MAC address.</source>
        <translation>
            <numerusform>%n network configuration line pins a MAC address.</numerusform>
            <numerusform>%n network configuration lines pin a MAC address.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network configuration names a MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+137"/>
        <source>ufw starts but leaves traffic alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 starts at boot with no saved rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nftables starts at boot; its ruleset drops nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A firewall filters traffic at boot; security groups should do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A firewall service starts at boot but filters nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No firewall starts at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/CloudInitLocale.cpp" line="+149"/>
        <source>cloud-init&apos;s locale setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the guest&apos;s default locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no locale is configured: cloud-init uses its default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is built into the C library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locale %1 is generated in the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>locale-gen builds %1 at first boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locale %1 is neither generated nor listed in /etc/locale.gen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale %1 is not generated and locale-gen is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="+72"/>
        <source>Only Debian-family guests run update-locale from cloud-init&apos;s locale module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init&apos;s locale module does not run in this guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init sets locale %1, which the guest has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init sets locale %1, which the guest does not have: its locale module fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="+32"/>
        <source>user %1 has an empty password: logs in without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1 has a usable password (hash not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, owner %2, %n entry(ies), %3</source>
        <translation>
            <numerusform>%1, owner %2, %n entry, %3</numerusform>
            <numerusform>%1, owner %2, %n entries, %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No SSH keys, credential files or user passwords found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n credential(s) baked into the image.</source>
        <translation>
            <numerusform>%n credential baked into the image.</numerusform>
            <numerusform>%n credentials baked into the image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requirements/PublishSummary.cpp" line="+27"/>
        <source>%n package(s) with security updates pending</source>
        <translation>
            <numerusform>%n package with a security update pending</numerusform>
            <numerusform>%n packages with security updates pending</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Baked credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For release notes: counts and kinds only; no key, password or token is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="+40"/>
        <source>Pending security updates could not be listed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guest&apos;s package sources have no security repository: instances will not get security fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No security updates are pending (%1 asked in %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; held in the image, so no upgrade takes it</source>
        <extracomment>Evidence of security-updates: %1 is where the update comes from (e.g. Debian-Security:12/stable-security).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n held package(s) have security updates that the hold keeps out of the image.</source>
        <translation>
            <numerusform>%n held package has a security update that the hold keeps out of the image.</numerusform>
            <numerusform>%n held packages have security updates that the hold keeps out of the image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) have security updates pending in the guest&apos;s repositories.</source>
        <translation>
            <numerusform>%n package has a security update pending in the guest&apos;s repositories.</numerusform>
            <numerusform>%n packages have security updates pending in the guest&apos;s repositories.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/checks/LvmGrowth.cpp" line="+44"/>
        <source>cloud-init&apos;s growpart module grows LVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cloud-init&apos;s growpart module has no LVM step (no pvresize or lvextend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the growpart module of cloud-init %1 has no LVM step (no pvresize or lvextend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Root is on LVM; a boot script grows the partition, the physical volume and the logical volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Root is on LVM; the guest&apos;s cloud-init grows the partition, the physical volume and the logical volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cloud-init&apos;s growpart module was not found; cloud-init %1 is taken to grow partitions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Root is on LVM and nothing grows the logical volume at boot: growpart grows the partition only (no pvresize/lvextend step in cloud-init or a boot script).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../ui/UiSupport.cpp" line="+30"/>
        <source>Disk and boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init</source>
        <extracomment>Product name, usually not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hygiene</source>
        <extracomment>Checklist group: leftovers that should not be in a shared image (logs, keys, machine id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BootTestCommand.cpp" line="+97"/>
        <source>Boot a throw-away overlay of IMAGE in qemu-system-x86_64 the way Nova would (virtio disk and network, a ConfigDrive with a fresh SSH key, a larger disk) and check the serial console: kernel log, login prompt, cloud-init with ConfigDrive, grown root filesystem, SSH login with the key, ACPI power-off. IMAGE is never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The (fixed) disk image to boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the disk by GIB, as a larger flavor would (default 1; 0 skips the check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kill the guest after S seconds (default 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (from the partition table), bios or uefi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (KVM when it works, else TCG), kvm or tcg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image&apos;s cloud-init default user (default debian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save the serial console log to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the serial console as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+19"/>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>boot-test needs exactly one IMAGE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--grow wants a number of GiB from 0 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--timeout wants a number of seconds, at least 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--firmware is auto, bios or uefi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--accel is auto, kvm or tcg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Boot test of %1 (%2, %3, %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evidence (console line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CacheReportCommand.cpp" line="+70"/>
        <source>nova&apos;s instances_path, e.g. /var/lib/nova/instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the cache options from this nova.conf (default: nova&apos;s defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Report what the image cache of a compute node ($instances_path/_base) holds, which instance disks use each file, and what nova&apos;s image cache manager will do with it. Reads only.

&quot;In use&quot; follows Nova&apos;s own rules on an instance list: --instances-json, else the libvirt domain XML (--libvirt-xml-dir), else a guess from every instance folder&apos;s disk chains (the report says which).

Exit status: 0 nothing to act on, 1 files would be removed or the next run would fail, 2 input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report time: epoch seconds or ISO 8601 with an offset (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glance image ids to name base files by (comma-separated, repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the report as HTML to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the instance list from the libvirt domain XML in DIR (default: /etc/libvirt/qemu when it holds a Nova instance; an empty DIR turns it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the instance list from FILE, the output of &apos;openstack server list --host HOST --long -f json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cache-report needs exactly one INSTANCES_DIR (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--at &apos;%1&apos; is neither epoch seconds nor an ISO 8601 time (e.g. 2024-05-01T12:00:00+02:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to write %1 inside the instances folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+39"/>
        <source>Check a disk image against the OpenStack image requirements. Exit code 0 when every required check passes, 1 when one fails, 2 on input errors. The image is never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ExportCommand.cpp" line="-3"/>
        <location filename="../app/cli/FixCommand.cpp" line="+86"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+189"/>
        <source>Disk image, OVA/tar, or compressed image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write JUnit XML to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write an HTML report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only these check ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip these check ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the appliance network on, so security-updates can ask the guest&apos;s own repositories what is pending (without it that check is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check takes one IMAGE (see check --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-103"/>
        <location line="+91"/>
        <source>unknown check id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+12"/>
        <location filename="../app/cli/main.cpp" line="+49"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>Interrupted: stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-4"/>
        <source>Export a disk image for OpenStack: the image (qcow2 or raw, written under a temporary name, verified, then renamed), its Glance properties as JSON, YAML and an &apos;openstack image create&apos; script, SHA256SUMS and SHA512SUMS, optionally a bundle archive and an upload to Glance. The input image is never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2 (default) or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportArgs.cpp" line="+54"/>
        <source>Also write one archive: tar, tar.gz or tar.zst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set or override a property (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a derived property (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_ram in MiB (default: per family).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With virtio drivers, use virtio-scsi (discard) instead of virtio-blk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace existing output files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud in clouds.yaml (default: $OS_CLOUD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance endpoint, instead of a cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token for --os-image-url (default: $OS_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+2"/>
        <source>Print the derived properties and why; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export takes one IMAGE (see export --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs -o DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown --format %1 (qcow2 or raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportArgs.cpp" line="+36"/>
        <source>unknown --bundle %1 (tar, tar.gz or tar.zst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--compress needs --format qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--min-ram takes a number of MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the properties are not valid for Glance (fix or --unset them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+36"/>
        <source>the export ended without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportArgs.cpp" line="+49"/>
        <source>image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (%2 bytes)</source>
        <extracomment>%1 is a file path, %2 its size in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Compress the qcow2 clusters (the default for --upload when the cloud takes qcow2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not compress, also for --upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance image name; also names the files unless --base-name (default: the input&apos;s file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file stem (default: --name, else the input&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to Glance after writing (credentials, endpoint and name are checked first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an image of the same name in the project once the new one is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default: direct upload, Glance&apos;s image import where that is forbidden), direct or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--os-cloud, --os-image-url, --replace and --upload-method need --upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--compress and --no-compress exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --upload-method %1 (auto, direct or import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sums:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, checksum and os_hash_value match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploaded through Glance&apos;s image import (glance-direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-18"/>
        <source>Free space not trimmed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space trimmed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FixCommand.cpp" line="-46"/>
        <source>Exporting %1 to %2…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--export would write %1 over OUT; choose another folder or --base-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists; choose another folder or --overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix the image for OpenStack: shows the plan (see plan), applies it on a copy-on-write overlay, checks again and writes the fixed image to OUT. Exit code 0 when every applied fix turned its check to pass and every required check passes, 1 when not (or cancelled), 2 on input errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the fixed image to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: qcow2 (default) or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No appliance network (repository installs then fail; use --local-packages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot OUT with boot-test before reporting success (exit 1 when it fails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --boot-test: the image&apos;s cloud-init default user (default debian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also export OUT to DIR from the same session: Glance properties of the fixed image, SHA256SUMS and SHA512SUMS, and with the export options a bundle and an upload (see export --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fix takes one IMAGE (see fix --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fix needs -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format is qcow2 or raw, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists; choose a new output name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT must differ from IMAGE: the input is never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs --export DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a terminal: pass --yes to apply the plan above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply these %1 edits? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk: %1 %2, %3 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not exported: the fixed image does not pass its checks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not exported: the boot test failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InspectCommand.cpp" line="+29"/>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2%3, %4 virtual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (boots with %2)</source>
        <extracomment>%1 the firmware a cloud must give the guest (UEFI, BIOS), %2 what its boot loaders can do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kernels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, on LVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LVM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volume group %1: %2, %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At boot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspect a disk image: operating system, disks, LVM, firmware, kernels, packages and services. The image is never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk image (qcow2, raw, vmdk, vdi, vhd, vhdx), OVA/tar, or .gz/.xz/.zst/.bz2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the facts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: include the package list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inspect takes one IMAGE (see inspect --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-129"/>
        <source>Fix only these check ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder of .deb/.rpm/.apk files for the *-local alternatives (air-gapped hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose an alternative: ssh-key-injection=cloud-init-repo|cloud-init-local|firstboot-script, ssh-server, acpi-shutdown, qemu-guest-agent=packages-repo|packages-local, serial-console=remove-quiet|keep-quiet, root-password=lock|keep (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep quiet, splash and rhgb on the kernel command line (serial-console=keep-quiet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted for older scripts; removing quiet is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the package manager&apos;s caches after installs (removed by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix failing checks only, not warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--alternative takes ID=NAME, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--keep-quiet and --remove-quiet contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Show the fixes imageprep would make, as unified diffs for files and lists for services, packages and commands. Nothing is written: the image is opened read-only through an overlay. Exit code 0, or 2 on input errors and invalid alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>plan takes one IMAGE (see plan --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-97"/>
        <source>Show what the image holds: OS, disks, kernels, packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the image against the OpenStack image requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the fixes as diffs; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the fixes, check again and write the fixed image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report what a compute node&apos;s image cache keeps and removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the image for OpenStack: properties, sums, bundle, upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot a fixed image the way Nova would and check that it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training labs: make practice images with defects, grade fixed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: imageprep-cli [--quiet|--verbose] [--lang LANG] COMMAND [OPTIONS] ARGS</source>
        <extracomment>Command-line usage; COMMAND, OPTIONS and ARGS are placeholders, keep the option names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an existing Linux VM disk image ready for OpenStack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only results and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also print the libguestfs log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the output: %1 (default: the system locale).</source>
        <extracomment>%1 is the list of language codes, e.g. &quot;en, zh_CN&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imageprep-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 a check failed, 2 input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown language &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--lang needs a value (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message>
        <location filename="../core/glance/CloudConfig.cpp" line="+112"/>
        <source>%1 is not valid YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cloud &quot;%1&quot; uses auth_type %2 but gives no image_endpoint_override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloud &quot;%1&quot; uses auth_type %2; imageprep supports password and v3applicationcredential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud &quot;%1&quot; has no auth.auth_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud &quot;%1&quot; needs auth.username and auth.password (in clouds.yaml or secure.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud &quot;%1&quot; needs application_credential_id and application_credential_secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no &quot;clouds&quot; mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud &quot;%1&quot; is not in %2 (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud &quot;%1&quot; in %2 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The OS_* variables could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cloud named: give --os-cloud NAME, set OS_CLOUD, or set OS_AUTH_URL and the other OS_* variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No clouds.yaml found (looked in ./, ~/.config/openstack/, /etc/openstack/ and $OS_CLIENT_CONFIG_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudInitStatusText</name>
    <message>
        <location filename="../core/boot/CloudInitStatus.cpp" line="+104"/>
        <source>no module named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init finished without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init ended with status error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init finished degraded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init is disabled in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init had not finished when the test asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init status could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The guest has no cloud-init command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(ssh timed out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <location filename="../core/checks/BakedCredentials.cpp" line="+107"/>
        <source>not read: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>authorized SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known SSH hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.netrc password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStack cloud password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container registry login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../core/fixes/Edit.cpp" line="+30"/>
        <source>%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was created since the plan was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is no longer a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a binary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content changed since the plan was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>new file, mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new content is binary or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>removed (%n byte(s), sha256 %1)</source>
        <translation>
            <numerusform>removed (%n byte, sha256 %1)</numerusform>
            <numerusform>removed (%n bytes, sha256 %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it changed since the plan was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enable the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the service %1 (it stays installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>something else exists at that path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not a service link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Install %1 from the local folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install %1 from the guest&apos;s package repositories (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>packages (%1, local files from %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>packages (%1, from the guest&apos;s repositories, appliance network on):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Empty the log files under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty every non-empty file under %1 when applied (journal files removed); now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message>
        <location filename="../core/fixes/GuestfsEditor.cpp" line="+56"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not restore the owner and mode of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not restore the SELinux context of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The command %1 failed in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A command failed in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not create %1 in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not copy %1 into the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>imageprep cannot install packages with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installing packages in the guest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/Bundle.cpp" line="+105"/>
        <source>libarchive cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk holding %1 is full; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../core/export/Digests.cpp" line="+46"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot add %1 to the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../core/export/Digests.cpp" line="+8"/>
        <source>Reading %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/export/Digests.cpp" line="+10"/>
        <location filename="../core/export/Exporter.cpp" line="+34"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Writing %1 into the bundle failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the bundle failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flushing the bundle failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename the bundle to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+21"/>
        <source>Cannot open %1 to flush it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flushing %1 to disk failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>qemu-img cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not enough free space in %1: the image needs %2 MiB, %3 MiB are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding %1 is full; no image was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qemu-img could not write the image; no image was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The written image failed qemu-img check; it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The written image has virtual size %1, the source %2; it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Digests.cpp" line="-2"/>
        <source>Hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OpenSSL digests failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+143"/>
        <source>No output folder given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The file name &quot;%1&quot; must not contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exists; choose another folder or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the exported image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a plain disk image, no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image properties are not valid for Glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>virtual size %1 bytes, rounded up to whole GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <location filename="../core/util/VerifiedWrite.cpp" line="+27"/>
        <source>The disk holding %1 is full; the file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstBootText</name>
    <message>
        <location filename="../core/fixes/FirstBoot.cpp" line="+101"/>
        <source>First-boot script that grows the LVM root (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-boot script that fetches the SSH key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the first-boot script from OpenRC&apos;s local service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run the first-boot script from /etc/rc.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>systemd unit that runs the first-boot script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <location filename="../core/glance/Http.cpp" line="+20"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceClient.cpp" line="+348"/>
        <location filename="../core/glance/Http.cpp" line="+37"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/Http.cpp" line="+2"/>
        <source>%1: the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceClient.cpp" line="-282"/>
        <source>Glance refused the request (400 Bad Request): a property has a wrong name, type or value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance refused the credentials (401 Unauthorized): the token is missing or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance forbids this (403 Forbidden): a reserved or protected attribute, or a policy that denies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance does not know this image (404 Not Found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance reports a conflict (409): the image is not in a state that allows this (already uploaded or being deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance refused the data (413): the image exceeds the size limit or your storage quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance refused the content type (415).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance failed (HTTP %1): a server-side error; see the Glance log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/Keystone.cpp" line="+154"/>
        <source>Cloud &quot;%1&quot; gives no image endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Keystone at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No region named: using region %1, the first with a %2 image endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloud &quot;%1&quot; has no %2 image endpoint in region %3; it has one in: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service catalog of cloud &quot;%1&quot; has no image (Glance) endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service catalog of cloud &quot;%1&quot; has no %2 image endpoint (only: %3); set interface or image_interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keystone refused the credentials of cloud &quot;%1&quot; (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystone answered HTTP %1 for cloud &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keystone returned no X-Subject-Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceClient.cpp" line="+132"/>
        <source>Creating the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance created an image but returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Uploading the image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staging the image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the image import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the image record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking Glance for its import methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading Glance&apos;s image schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for images named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Glance marked the image %1 after the upload; see the Glance log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glance&apos;s import of the image failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is still %1 after %2 s; Glance did not finish processing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceUpload.cpp" line="+28"/>
        <source>This Glance does not offer the glance-direct import (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glance already has an image named &quot;%1&quot; (%2): choose another name, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The direct upload is not allowed here; using Glance&apos;s image import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the staged image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Creating the Glance image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The half-created image %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image %1 is left in Glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for Glance to activate the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Glance&apos;s checksum %1 differs from the file&apos;s MD5 %2: the upload was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glance&apos;s os_hash_value differs from the file&apos;s SHA-512: the upload was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 is active, but the older image %2 of the same name could not be deleted: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <location filename="../core/image/ArchiveSupport.cpp" line="+11"/>
        <location filename="../core/image/ImageProbe.cpp" line="+37"/>
        <location filename="../core/image/ImageSource.cpp" line="+26"/>
        <source>Opening the image was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ends too early: the archive or compressed file is truncated. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be unpacked: the archive or compressed data is damaged. Copy or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 is refused: its entry &quot;%2&quot; %3. Such archives can overwrite files outside the folder they are unpacked into; imageprep does not open them. Unpack it yourself after checking where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a hard link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/image/ArchiveSupport.h" line="+88"/>
        <source>Cannot create %1 in the work folder: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Not enough space in the work folder %1 to unpack %2: %3 free after writing %4, and imageprep keeps %5 free. Free some space or set IMAGEPREP_WORKDIR to a folder on a larger disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 expands to more than %2, the limit for an unpacked disk; imageprep stopped to protect against a decompression bomb. If the image really is that large, raise IMAGEPREP_MAX_EXTRACT_BYTES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/image/Archive.cpp" line="+92"/>
        <source>%1 is not a tar archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has more than %2 entries; an OVA or disk archive never needs that many. Unpack it yourself after checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is refused: it contains &quot;%2&quot; twice, so it is unclear which one is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is refused: its descriptor &quot;%2&quot; is larger than it declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 does not contain &quot;%2&quot;. The archive is incomplete; export or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 is refused: its member &quot;%2&quot; is %3, more than the %4 the disk can need. Export or download the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The OVF says &quot;%1&quot; is gzip-compressed, but it is not readable as gzip. Export or download the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/image/ImageProbe.cpp" line="+62"/>
        <location filename="../core/image/Workspace.cpp" line="+212"/>
        <source>qemu-img was not found. Install the qemu-utils package and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is truncated: the file ends before the image data it describes. It was probably cut short while copying or downloading; copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 looks like a %2 image but its structure is damaged. Copy it again from its source, or try `qemu-img check -r all` on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is encrypted (%2). imageprep cannot inspect encrypted disks; decrypt it first, e.g. with `qemu-img convert` and the key, then open the decrypted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>libblkid could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be read. Check the file and the disk it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a disk image: it has no partition table and no file system. Choose a qcow2, raw, VMDK, VDI, VHD or VHDX disk, or an OVA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: permission denied. Make the file readable for your user (it is only read, never written) or copy it somewhere you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder. Choose the disk image file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2). Check the file and the disk it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-200"/>
        <source>%1 is not a regular file. Choose a disk image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is a named pipe (FIFO), not a disk image file. Save the image to a regular file and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The VMDK descriptor %1 refers to %2, which is not a regular file. imageprep only opens VMDK extents that are files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+211"/>
        <source>qemu-img did not answer within %1 s while reading %2; a file it needs may be a pipe or on a hung network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>qemu-img cannot open %1: its header is damaged or of an unsupported version. Copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>qemu-img gave no format for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 is an overlay on the backing file %2. Flatten it into one self-contained image first: qemu-img convert -O qcow2 %1 flat.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 keeps its data in the separate file %2. Convert it into one self-contained image first: qemu-img convert -O qcow2 %1 flat.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The VMDK descriptor %1 refers to %2, which is not a file in its own folder. imageprep only opens VMDK files whose extents lie next to the descriptor; convert it first: qemu-img convert -O qcow2 %1 disk.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is empty (0 bytes), not a disk image. Copy the image again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a %2 image, which imageprep does not support. Convert it to qcow2 with qemu-img convert first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/image/ImageSource.cpp" line="+40"/>
        <source>&quot;%1&quot; inside %2 does not match the %3 digest in the OVA&apos;s manifest: the file was damaged or altered. Export or download the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is an archive without any file in it. Choose the disk image or the OVA itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The OVF descriptor in %1 lists no disk with a file. Export the appliance again with its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk %1 is compressed with &quot;%2&quot;, which imageprep does not support. Export the appliance without compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OVF descriptor names the disk file %1, but %2 does not contain it. Export or download the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is refused: its member %2 is %3 bytes, larger than the %4 bytes its OVF declares. Export or download the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&quot;%1&quot; inside %2 is a VMDK descriptor that refers to other files. imageprep only opens self-contained disks from archives; export the appliance with a monolithic or stream-optimized disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/image/Ovf.cpp" line="+58"/>
        <source>The OVF descriptor is invalid: %1. Export the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The OVF descriptor contains a DOCTYPE, which imageprep refuses (OVF files never need one). Check where the appliance came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not an OVF descriptor (the root element is not an OVF Envelope). Choose an .ova exported by VMware or VirtualBox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The OVF descriptor is empty or not XML. Export the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The OVA manifest (.mf) line %1 is not a digest line. Export the appliance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OVA manifest (.mf) has a %1 digest of the wrong length for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2, %3 GiB)</source>
        <extracomment>%1 is the OVF disk id, %2 its file, %3 its capacity in GiB.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, the boot disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The appliance has %1 disks: %2. A Glance image is one disk, and imageprep exports only the boot disk of single-disk appliances; the guest may keep /var, /home or data on the others. Move everything onto one disk, or export the other disks separately as volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/image/Workspace.cpp" line="-121"/>
        <source>Cannot create a work folder in %1. Make sure the folder exists and is writable, or set IMAGEPREP_WORKDIR to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Not enough space in the work folder %1: %2 needed, %3 free. Free some space there or set IMAGEPREP_WORKDIR to a folder on a larger disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>An overlay needs a probed base image (path and format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image&apos;s virtual size (%1 bytes) is larger than a qcow2 overlay can hold, so imageprep cannot open it. Check the image&apos;s header: a real disk of this size is unlikely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create the session overlay in %1. Check that the work folder is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qemu-img could not create the session overlay in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <location filename="../app/cli/LabCommand.cpp" line="+78"/>
        <source>Build a practice image with the chosen defects (--list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade an image: which expected requirements pass, which still fail, and a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Usage: imageprep-cli lab make|grade|steps [OPTIONS] ARGS

Training labs: practice images with chosen defects, and grading of a trainee&apos;s fixed image.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check and fix requirements by hand, with the libguestfs tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imageprep-cli lab COMMAND --help&apos; for the options of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Build a practice image: plant the chosen defects into a copy of a clean guest (BASE, or a generated Debian practice guest when --base is not given), check that each one now fails, and write OUT as qcow2. The base image is never written. Exit code 0 when every defect was planted and shows, 2 on input errors (unknown defect, one that cannot be planted on this guest, or one the re-check does not show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The practice image to write (qcow2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects to plant, named by the requirement they break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean guest image to start from (default: a generated Debian guest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the available defects and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --list: print the defects as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace OUT when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lab make takes one OUT (see lab make --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lab make needs --defects ID,... (see lab make --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no defect named %1; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists; choose a new output name or pass --overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OUT must differ from the base image: the base is never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating a clean Debian practice guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the base image does not pass %1, so the defect cannot be planted there; start from a clean guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot plant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n defect(s) cannot be planted on this guest</source>
        <translation>
            <numerusform>%n defect cannot be planted on this guest</numerusform>
            <numerusform>%n defects cannot be planted on this guest</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>after planting, the checklist does not show %1; no image was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Cancelled; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <source>Planted %n defect(s):</source>
        <translation>
            <numerusform>Planted %n defect:</numerusform>
            <numerusform>Planted %n defects:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(also affected) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pass, %2 fail, %3 warning, %4 not applicable, %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Grade a trainee&apos;s image: runs the checklist (read-only) and reports which expected requirements pass, which still fail, and a score. Exit code 0 when every expected requirement passes, 1 when not, 2 on input errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement ids that must pass (default: every required requirement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the grade as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lab grade takes one IMAGE (see lab grade --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--expect needs at least one requirement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-325"/>
        <source>unknown requirement id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-302"/>
        <source>PASS</source>
        <extracomment>Grade of one expected requirement; keep it short (one word), like the checklist&apos;s PASS/FAIL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Other requirements (not graded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1 of %2 expected requirements pass (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>How to check and fix requirements by hand: the guestfish, virt-cat, virt-inspector, virt-customize and virt-sysprep commands that read and change what imageprep&apos;s checks and fixes do. Fix commands work on a copy of the image, never on the original. Nothing is opened or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requirement ids (default: every requirement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in this image&apos;s path (and its copy&apos;s) in the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the steps that check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the steps that fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Check by hand</source>
        <extracomment>lab steps: heading (a shell comment) above the commands that check one requirement by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix by hand</source>
        <extracomment>lab steps: heading (a shell comment) above the commands that fix one requirement by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown lab command &apos;%1&apos; (make, grade or steps)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabDefects</name>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="+50"/>
        <source>turns cloud-init&apos;s growpart module off in /etc/cloud/cloud.cfg.d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+33"/>
        <source>names the file systems in /etc/fstab by kernel device (/dev/sda1) instead of UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+32"/>
        <source>leaves a udev 70-persistent-net.rules that pins eth0 to a MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+47"/>
        <source>writes a MAC address into the network configuration (/etc/network/interfaces or systemd-networkd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+41"/>
        <source>enables a guest firewall at boot (ufw, nftables or a hand-made iptables unit) that drops traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+30"/>
        <source>stops the SSH server from starting at boot (the package stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+39"/>
        <source>leaves an SSH host key pair in /etc/ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+40"/>
        <source>sets a root password in /etc/shadow (the password is &quot;training&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+38"/>
        <source>limits cloud-init&apos;s data sources to NoCloud, so it never asks OpenStack for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="+23"/>
        <source>switches cloud-init off with /etc/cloud/cloud-init.disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+52"/>
        <source>removes the serial console from the kernel command line (GRUB defaults and grub.cfg) and adds quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+29"/>
        <source>removes the qemu-guest-agent package (its files and its dpkg record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+57"/>
        <source>removes the dbus package, so systemd-logind cannot handle the ACPI power button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+44"/>
        <source>leaves a machine ID in /etc/machine-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="+43"/>
        <source>leaves root&apos;s shell history and an old DHCP lease in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="+108"/>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanServices.cpp" line="+99"/>
        <source>the guest does not boot with systemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="+116"/>
        <source>package %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="-135"/>
        <source>Turn cloud-init&apos;s growpart module off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="-71"/>
        <source>Name file systems by kernel device in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no UUID= or LABEL= entry of /etc/fstab matches a partition of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="-81"/>
        <source>Pin eth0 to a MAC address in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="-96"/>
        <source>Pin the first interface of %1 to a MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no interface in /etc/network/interfaces and the guest does not boot with systemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configure eth0 by its MAC address in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="-166"/>
        <source>Set ENABLED=yes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write an nftables ruleset that drops incoming traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no ufw or nftables in the guest and it does not boot with systemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write iptables rules that drop incoming traffic to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a unit that loads them at boot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="-78"/>
        <source>no SSH server package is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no start link of %1 was found to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="-91"/>
        <source>the guest has no /etc/ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Leave the SSH host key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="-80"/>
        <source>Set a root password in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/etc/shadow has no root entry to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="-101"/>
        <source>Limit cloud-init&apos;s data sources to NoCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="-63"/>
        <source>Switch cloud-init off with /etc/cloud/cloud-init.disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-137"/>
        <source>Remove the serial console from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regenerate the boot configuration (update-grub, guest disk as hd0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the serial console from the kernel lines of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no GRUB configuration (/etc/default/grub, grub.cfg) to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="+33"/>
        <source>removing a package is planted on dpkg guests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the guest has no rm to remove the package&apos;s programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the %n program file(s) of %1</source>
        <translation>
            <numerusform>Remove the %n program file of %1</numerusform>
            <numerusform>Remove the %n program files of %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 from the dpkg status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no record in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="-78"/>
        <source>Leave a machine ID in /etc/machine-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="-125"/>
        <source>Leave root&apos;s shell history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave an old DHCP lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lab/LabDefects.cpp" line="+78"/>
        <source>the guest already has this defect; nothing to plant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="+69"/>
        <source>has cloud-init set locale fr_FR.UTF-8, which the guest does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest already has locale %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have cloud-init set locale %1, which the guest does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="+85"/>
        <source>leaves the builder&apos;s SSH key in root&apos;s authorized_keys and a .netrc with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the builder&apos;s SSH key in root&apos;s authorized_keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave a .netrc with a mirror password in /root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LvmGrowText</name>
    <message>
        <location filename="../core/fixes/LvmGrow.cpp" line="+69"/>
        <source>Boot script that grows the LVM root: growpart, pvresize, lvextend -r (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systemd unit that runs the LVM grow step at boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The LVM grow step is a systemd service; this guest does not boot with systemd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualSteps</name>
    <message>
        <location filename="../core/requirements/StepText.cpp" line="+8"/>
        <source>Debian, Ubuntu:</source>
        <extracomment>Lab mode, manual steps: heading above the commands for Debian-family guests. Shown as a shell comment; the commands below stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RHEL, Rocky, AlmaLinux, Fedora (SELinux: relabel after the change):</source>
        <extracomment>Lab mode, manual steps: heading above the commands for Red Hat-family guests. Shown as a shell comment; the commands below stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These commands change the image they are given: work on a copy, never on the original.</source>
        <extracomment>Lab mode, manual steps: first line of every &quot;fix by hand&quot; text. Shown as a shell comment above a cp command that stays untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount the guest read-only on the host (FUSE) to search it:</source>
        <extracomment>Lab mode, manual steps: mounts the guest read-only on the host so that ordinary tools (grep, find, ls) can search it; the commands stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmount it when done:</source>
        <extracomment>Lab mode, manual steps: said after the search commands, above &quot;guestunmount&quot;. The command stays untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="+204"/>
        <source>Is the cloud-init package installed?</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its services must start at boot: cloud-init.service (cloud-init-network.service from 24.3) and cloud-final.service linked in a .wants directory:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;: systemd unit names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing may switch it off: no /etc/cloud/cloud-init.disabled, no cloud-init=disabled on the kernel command line, no unit masked (linked to /dev/null):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;: file names and the kernel argument stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Install cloud-init (the appliance needs network for this); Debian&apos;s package enables its services:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switched off: remove the flag file and unmask the units (and drop cloud-init=disabled from /etc/default/grub):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="+60"/>
        <source>List partitions, file systems and LVM volumes: root (or, with LVM, its physical volume) must be the last partition of its disk, on ext3, ext4, XFS or Btrfs:</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>XFS root: growpart and xfs_growfs must both be in the guest (true, true):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: growpart and xfs_growfs are program names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root on LVM: cloud-init or a first-boot script must grow the volume (pvresize, lvextend or growvols):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: pvresize, lvextend and growvols are program names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A partition after root (often swap) cannot be moved in place. Copy the disk with virt-resize into a new one without it and with root grown; use the device names virt-filesystems showed:</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: virt-resize and the device names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then comment out the swap lines in /etc/fstab (the deleted partition&apos;s swap is gone):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: /etc/fstab is a file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root already last: the cases below change the image itself, so make a plain copy first:</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: the cases below change the image in place. Command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XFS root: install growpart and xfs_growfs.</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root on LVM: grow the partition, the physical volume and the root volume at first boot (adapt the disk, partition and volume names):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: names of volume groups and volumes are examples to adapt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="+109"/>
        <source>Installed packages: cloud-init with growpart (cloud-guest-utils on Debian and Ubuntu, cloud-utils-growpart on RHEL), or an initramfs growroot package:</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;: package names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cloud-init must not turn growpart off (mode: off) nor set resize_rootfs: false, and /etc/growroot-disabled must not exist:</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;: the cloud-init keys and the file name stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install cloud-init and growpart (the appliance needs network for this).</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn growing back on where cloud-init&apos;s configuration or a flag file stops it:</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;: the cloud-init keys and the file name stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+52"/>
        <source>Lines of /etc/fstab whose first field is a kernel device name (/dev/sda1, /dev/vda1, /dev/nvme0n1p1, …):</source>
        <extracomment>Lab mode, manual steps for &quot;fstab-stable-names&quot;: device names are examples.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The UUID and label of each file system, to use instead:</source>
        <extracomment>Lab mode, manual steps for &quot;fstab-stable-names&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace each device name with UUID= and the UUID virt-filesystems showed for it (one --edit per line):</source>
        <extracomment>Lab mode, manual steps for &quot;fstab-stable-names&quot;: UUID= is a keyword, the UUID in the command is an example.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+65"/>
        <source>The rules file must be missing or hold only comments:</source>
        <extracomment>Lab mode, manual steps for &quot;no-persistent-net-rules&quot;: file names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generator that writes it must be gone (false) or masked by an empty file or a link to /dev/null in /etc/udev/rules.d:</source>
        <extracomment>Lab mode, manual steps for &quot;no-persistent-net-rules&quot;: file names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the rules and mask the generator:</source>
        <extracomment>Lab mode, manual steps for &quot;no-persistent-net-rules&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+56"/>
        <source>MAC addresses in ifcfg files (HWADDR, MACADDR), netplan (macaddress), NetworkManager (mac-address), systemd-networkd ([Match] MACAddress) and /etc/network/interfaces (hwaddress):</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;: the configuration keys stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ifcfg files (RHEL, SUSE): virt-sysprep removes HWADDR; MACADDR and SUSE&apos;s LLADDR go with sed:</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>netplan, NetworkManager, /etc/network/interfaces: delete the lines (a netplan match: left empty needs a name: such as en* instead):</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;: &quot;match:&quot; and &quot;name:&quot; are netplan keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systemd-networkd: match by name instead of MAC address (Name=en* in [Match]):</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;: MACAddress= and Name= are systemd-networkd keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+110"/>
        <source>Firewall units that start at boot (firewalld, ufw, iptables, ip6tables, netfilter-persistent, nftables, SuSEfirewall2):</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: unit names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ufw filters when ufw.conf says ENABLED=yes:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: ENABLED=yes is the ufw setting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved rules: iptables rules are lines starting with -A; an nftables ruleset filters when it drops or rejects:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: &quot;-A&quot; and drop/reject are rule syntax.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop them from starting at boot (security groups filter instead); units a guest lacks only print a warning:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: OpenStack security groups filter instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ufw: also switch it off in its own configuration:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: ENABLED=no is the ufw setting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+51"/>
        <source>Is an SSH server installed (openssh-server, or dropbear)?</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-server&quot;: package names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does it start at boot? ssh.service or ssh.socket on Debian and Ubuntu, sshd.service on RHEL, linked in a .wants directory:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-server&quot;: unit names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install the server (the appliance needs network; nothing happens when it is there) and start it at boot:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-server&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+61"/>
        <source>Private host keys in the image (ssh_host_*_key):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: file names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With cloud-init installed they are replaced at first boot, unless ssh_deletekeys: false keeps them:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: ssh_deletekeys is a cloud-init key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the keys. cloud-init or RHEL&apos;s sshd-keygen make new ones at first boot; without them, let a first-boot command do it (ssh-keygen -A):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: ssh-keygen -A is a command.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When cloud-init is installed, let it replace them too:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: ssh_deletekeys is a cloud-init key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+64"/>
        <source>The start of root&apos;s password field in /etc/shadow: ! or * is locked, empty has no password, $ is a password hash:</source>
        <extracomment>Lab mode, manual steps for &quot;root-password&quot;: the symbols are the start of the shadow password field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the root password (users log in with their key pair):</source>
        <extracomment>Lab mode, manual steps for &quot;root-password&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+80"/>
        <source>Its data sources must include OpenStack, ConfigDrive or Ec2 (no datasource_list means the defaults, which do):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: data source names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without cloud-init, a first-boot script must fetch the key from 169.254.169.254:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: 169.254.169.254 is the metadata service address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A datasource_list without OpenStack: a later file that names it wins:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: data source names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or, without cloud-init, a unit that fetches the key at first boot:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: a systemd unit that fetches the key when cloud-init is not wanted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="+9"/>
        <source>The key goes to the user named in users: (when it lists no &quot;default&quot;) or else to system_info: default_user: name:, the last file that sets it wins:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-user&quot;: users, default, system_info, default_user and name are cloud-init keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name a default user (the name users expect: debian, ubuntu, cloud-user, rocky…); cloud-init creates it at first boot:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-user&quot;: the user name in the command is an example (debian, ubuntu, cloud-user…).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And make sure a users: list, if there is one, starts with default:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-user&quot;: &quot;users:&quot; and &quot;default&quot; are cloud-init syntax.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+91"/>
        <source>The boot loader defaults: console=ttyS0,115200n8 must be the last console= (console=tty0 before it; no quiet):</source>
        <extracomment>Lab mode, manual steps for &quot;serial-console&quot;: console=ttyS0,115200n8 and the variable names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What boots now: the linux lines of grub.cfg (Debian, Ubuntu), or the BLS entries and grubenv (RHEL 8 and later):</source>
        <extracomment>Lab mode, manual steps for &quot;serial-console&quot;: grub.cfg, BLS and grubenv are names of boot files.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put the consoles at the end of the defaults (ttyS0 last) and drop quiet, then write the boot menu again.</source>
        <extracomment>Lab mode, manual steps for &quot;serial-console&quot;: the commands replace console= arguments and put ttyS0 last.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/XenPvKernel.cpp" line="+8"/>
        <source>Installed kernel versions; 3.0 and later include Xen PV support:</source>
        <extracomment>Lab mode, manual steps for &quot;xen-pv-kernel&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An older kernel needs CONFIG_XEN=y or a Xen flavour (a version ending in xen); replace VERSION:</source>
        <extracomment>Lab mode, manual steps for &quot;xen-pv-kernel&quot;: CONFIG_XEN=y is a kernel configuration line; VERSION is a placeholder to replace.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install a current kernel, or the distribution&apos;s Xen kernel flavour on old releases:</source>
        <extracomment>Lab mode, manual steps for &quot;xen-pv-kernel&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+8"/>
        <source>For each kernel (replace VERSION): y is built in, m a module, missing or &quot;is not set&quot; means no driver:</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;: &quot;y&quot; and &quot;m&quot; are kernel configuration values; VERSION is a placeholder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk drivers built as modules must be in the initramfs: MODULES=most (initramfs-tools), hostonly=no or add_drivers with virtio_blk (dracut), the virtio feature (Alpine mkinitfs):</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;: MODULES=most, hostonly, add_drivers and features are settings of the initramfs tools.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put the virtio drivers into every initramfs:</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alpine:</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;: Alpine is a distribution name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kernel built without them (not set) needs the distribution&apos;s standard kernel instead, as for xen-pv-kernel.</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;. Shown as a shell comment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="-20"/>
        <source>With systemd, logind handles the power button when a system bus runs: is dbus (or dbus-broker) installed and its socket linked to start? Without systemd, acpid needs a power-button event:</source>
        <extracomment>Lab mode, manual steps for &quot;acpi-shutdown&quot;: package, service and file names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the system bus (the appliance needs network for this):</source>
        <extracomment>Lab mode, manual steps for &quot;acpi-shutdown&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alpine (OpenRC): acpid with a power-button event:</source>
        <extracomment>Lab mode, manual steps for &quot;acpi-shutdown&quot;: Alpine, OpenRC and acpid are names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="-19"/>
        <source>Is qemu-guest-agent installed? With systemd that is enough (udev starts it); other init systems must start it at boot:</source>
        <extracomment>Lab mode, manual steps for &quot;qemu-guest-agent&quot;: package and service names stay as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install it (the appliance needs network for this):</source>
        <extracomment>Lab mode, manual steps for &quot;qemu-guest-agent&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alpine (OpenRC) also starts it at boot:</source>
        <extracomment>Lab mode, manual steps for &quot;qemu-guest-agent&quot;: Alpine and OpenRC are names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+60"/>
        <source>32 hexadecimal digits here is an ID every instance would share; empty or missing is right (the dbus copy counts unless it is a link):</source>
        <extracomment>Lab mode, manual steps for &quot;machine-id&quot;: 32 hexadecimal digits are a machine ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty the ID (systemd makes a new one at first boot) and drop the dbus copy. Do this last: virt-customize writes a new ID into a guest that has none, so any virt-customize run after this one undoes it.</source>
        <extracomment>Lab mode, manual steps for &quot;machine-id&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="+104"/>
        <source>Non-empty shell histories and DHCP leases:</source>
        <extracomment>Lab mode, manual steps for &quot;leftover-state&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-empty logs, three levels deep:</source>
        <extracomment>Lab mode, manual steps for &quot;leftover-state&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove histories and leases, and empty the logs:</source>
        <extracomment>Lab mode, manual steps for &quot;leftover-state&quot;: the names after --operations are virt-sysprep operations.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="+24"/>
        <source>SELinux mode and policy; the policy&apos;s folder must exist (here for targeted), and /.autorelabel schedules a relabel:</source>
        <extracomment>Lab mode, manual steps for &quot;selinux-relabel&quot;: SELINUX and SELINUXTYPE are settings; &quot;targeted&quot; is a policy name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After any change, relabel (or schedule it for the next boot):</source>
        <extracomment>Lab mode, manual steps for &quot;selinux-relabel&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configured policy is missing: install it first:</source>
        <extracomment>Lab mode, manual steps for &quot;selinux-relabel&quot;: the package name is the targeted policy.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="-33"/>
        <source>The locale cloud-init sets: locale: in its configuration, else LANG in /etc/default/locale, else en_US.UTF-8:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;: locale: is a cloud-init key, LANG a variable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The locales the guest has, and those locale-gen builds (C, C.UTF-8 and POSIX always exist):</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate the locale (fr_FR.UTF-8 here: use the one found above):</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;: put the locale the check found in place of fr_FR.UTF-8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or have cloud-init set C.UTF-8, which every guest has:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="-38"/>
        <source>SSH keys, known hosts, .netrc and cloud or registry credentials in /root and the home folders (names and owners only):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: lists the files by name and owner, never their content.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files that are private keys, whatever their name:</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprints of authorized keys (never the keys themselves):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: a fingerprint identifies a key without showing it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login users other than root with a usable password (names only):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: prints user names only, never the hashes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove every user&apos;s .ssh folder (keys, known hosts):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: ssh-userdir is a virt-sysprep operation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the credential files and any private key found above:</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock each password found above (USER is the name), or remove the user:</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: USER stands for each name the check printed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="+43"/>
        <source>On a scratch copy (libguestfs swaps its resolv.conf to give commands the network), list what the repositories offer as security updates; Debian, Ubuntu: the -security suites:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;: -security is the name of Debian&apos;s and Ubuntu&apos;s security suites; /dev/s is memory in the appliance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RHEL, Rocky, AlmaLinux, Fedora: the security advisories that apply:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debian, Ubuntu: upgrade only the packages with security updates, then clean the caches:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;: only the packages with security updates are upgraded, then the caches are cleaned.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RHEL, Rocky, AlmaLinux, Fedora:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/UiSupport.cpp" line="+33"/>
        <source>Error:</source>
        <extracomment>Prefix of an error message; the word matters, the colour is only a hint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetplanText</name>
    <message>
        <location filename="../core/fixes/NetplanMac.cpp" line="+102"/>
        <source>The netplan file does not parse as YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Without its MAC lines the netplan file would not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The netplan file names a MAC address in a form this edit does not change (a flow mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the MAC match (and the set-name it needs) from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputText</name>
    <message>
        <location filename="../core/fixes/FixOutput.cpp" line="+63"/>
        <source>Unknown output format %1 (qcow2 or raw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists; choose a new output name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>qemu-img is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>qemu-img could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cancelled; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>qemu-img convert failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The converted image did not pass qemu-img check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flushing %1 to disk failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot rename the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../core/fixes/FixPlan.cpp" line="+44"/>
        <source># no edits of its own: the %1 edits above fix it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (unavailable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not fixed automatically: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/PlannedFiles.cpp" line="+22"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a regular file; not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 bytes; not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a binary file; not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="-127"/>
        <source>No package file for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="-93"/>
        <source>Empty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mask the persistent-net generator with an empty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="-109"/>
        <source>Remove the MAC address lines from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="-183"/>
        <source>Set ENABLED=no in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-243"/>
        <location line="+70"/>
        <source>Kernel console on tty0 and ttyS0 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove console= from every boot entry (grubby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the serial console to every boot entry (grubby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Regenerate the boot configuration (update-grub, guest disk as hd0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regenerate the boot configuration (grub2-mkconfig, guest disk as hd0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kernel console on tty0 and ttyS0 in %1 (no grub generator in the guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="-75"/>
        <source>Empty %1 (each instance generates its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="-94"/>
        <location line="+3"/>
        <source>Remove the SSH host key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="-132"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="-97"/>
        <source>Name file systems by UUID in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No UUID known for %1 in /etc/fstab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="-114"/>
        <source>Remove %1, which switches cloud-init off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unmask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="-43"/>
        <source>Install from the guest&apos;s package repositories (appliance network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from local package files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no local package folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="-91"/>
        <source>No cloud-init: a first-boot script fetches the SSH key (and grows an LVM root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="-19"/>
        <source>Unknown alternative %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-28"/>
        <source>Remove quiet, splash and rhgb from every boot entry (grubby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="+3"/>
        <source>Alternative %1 for %2 is not available: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/Planner.cpp" line="+67"/>
        <source>no automatic fix; see the check&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+181"/>
        <source>Remove quiet, splash and rhgb: the whole boot log on the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep quiet, splash and rhgb (the check stays a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="-25"/>
        <source>Lock the root password (&apos;!&apos; before the hash; passwd -u unlocks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the root password as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the password is kept, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="+51"/>
        <source>user data needs cloud-init; the first-boot script only fetches the SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="-32"/>
        <source>without cloud-init, growing a partition root needs growpart or growroot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/Planner.cpp" line="+10"/>
        <source>nothing to change was found for the check&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="-20"/>
        <source>Relabel SELinux contexts at next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/PlanProof.cpp" line="+65"/>
        <source>this plan does not fix it, because: %1</source>
        <extracomment>A planned fix that the simulated re-check does not pass; %1 is the check&apos;s summary and evidence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="-74"/>
        <source>acpid: power off when the power button is pressed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="-65"/>
        <source>No QEMU guest agent package is known for this distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="-95"/>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lock the root password (passwd -l root: &apos;!&apos; before the hash in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="+36"/>
        <source>cloud-init data sources: ConfigDrive and OpenStack first (%1 overrides %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cloud-init grows root again (%1 overrides %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1, which stops root from growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+59"/>
        <source>Keep the image free of machine IDs that package scripts create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="+50"/>
        <source>Remove the package manager&apos;s caches left by the installs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/Initramfs.cpp" line="+122"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>Add the virtio modules to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Rebuild every initramfs (update-initramfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make dracut add the virtio drivers to every initramfs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rebuild every initramfs with the virtio drivers (dracut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rebuild every initramfs (mkinitcpio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on the virtio feature in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild the initramfs of kernel %1 (mkinitfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/KernelArgs.cpp" line="+64"/>
        <source>Remove %1 from the kernel command line in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kernel console on tty0 and ttyS0 in %1 (kernels installed later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="-52"/>
        <source>Generate the locale in the guest (/etc/locale.gen and locale-gen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale-gen is not in the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Have cloud-init set C.UTF-8, which every guest has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Have cloud-init set locale C.UTF-8 (instead of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate locale %1 (/etc/locale.gen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build the locales /etc/locale.gen lists (locale-gen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="-70"/>
        <source>Remove the keys and credential files, lock the passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the users that own them (userdel -r); root&apos;s files are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the credentials are kept, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock the password of %1 (passwd -l: &apos;!&apos; before the hash in /etc/shadow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the %1 %2 (%3)</source>
        <extracomment>%1 is a kind of credential (&quot;private key&quot;), %2 a guest path, %3 a fingerprint such as SHA256:...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Remove user %1 with its home directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="-45"/>
        <source>the guest&apos;s package sources have no security repository: add the distribution&apos;s (e.g. bookworm-security) and fix again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>held in the image (%1): release the hold (apt-mark unhold, dnf versionlock delete) and fix again to include them</source>
        <extracomment>%1 lists package names; apt-mark unhold and dnf versionlock delete are commands, not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply the security updates only (%1), then clean the caches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../core/glance/Metadefs.cpp" line="+23"/>
        <source>The Glance metadata definitions table is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Glance metadata definitions table has no properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a boolean (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Property names are limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is reserved for Glance itself and cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a read-only image field that Glance sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not in Glance&apos;s metadata definitions; Glance stores it, but Nova may ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/Properties.cpp" line="+37"/>
        <source>the guest boots with BIOS and UEFI; BIOS is what every cloud offers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection found BIOS boot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no EFI system partition with a boot loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the guest boots with UEFI only (%1); with BIOS it would not boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection found UEFI boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UEFI-only guest on x86: q35 is the machine type every OVMF build supports, and the one Secure Boot needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the boot chain is signed (shim and a signed GRUB): Secure Boot where the cloud offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Property &quot;%1&quot; is not of the form KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An empty property name cannot be unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the %1 check did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 check: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the disk uses LVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk has %1 partitions, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the only partition %1 is %2, not ext3/ext4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unformatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one %1 partition (%2) without LVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plain disk image, no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inspection found a %1 guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inspection found distro %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection found distro %1 (libguestfs name), %2 in Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inspection found version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspection found architecture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+23"/>
        <source>%1; without virtio the guest boots from an emulated %2 disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; e1000 is emulated and needs no virtio driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/glance/Properties.cpp" line="+9"/>
        <source>the guest kernel has the virtio-rng driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>virtual size %1 bytes, rounded up to whole GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default for the %1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>package cloud-init %1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package cloud-init is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/checks/Reports.cpp" line="+62"/>
        <source>%1 pass, %2 fail, %3 warning, %4 not applicable, %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required checks: passed</source>
        <extracomment>Report verdict: all checks of severity &quot;required&quot; passed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required checks: NOT passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STATUS</source>
        <extracomment>Column headers of the text report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+141"/>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Guest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>OpenStack image check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OpenStack image check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirement</name>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="-52"/>
        <source>SSH server installed and started at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;ssh-server&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users reach Linux instances over SSH. Without an SSH server that starts when the instance boots there is no way to log in, whatever keys OpenStack injects.</source>
        <extracomment>Why OpenStack needs &quot;ssh-server&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+24"/>
        <source>No SSH host keys baked into the image</source>
        <extracomment>Title of the OpenStack image requirement &quot;ssh-host-keys&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host keys in an image are shared by every instance started from it, so one instance can impersonate another. Each instance should generate its own keys at first boot (cloud-init or sshd-keygen do).</source>
        <extracomment>Why OpenStack needs &quot;ssh-host-keys&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+29"/>
        <source>Root password locked</source>
        <extracomment>Title of the OpenStack image requirement &quot;root-password&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances are reached with the key pair OpenStack injects. A root password set in the image is the same on every instance and opens the console to anyone who knows it.</source>
        <extracomment>Why OpenStack needs &quot;root-password&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-66"/>
        <source>Boot log goes to the serial console</source>
        <extracomment>Title of the OpenStack image requirement &quot;serial-console&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack collects an instance&apos;s console log from its first serial port; it is what users see with &quot;openstack console log show&quot; and often the only way to find out why an instance does not come up. The kernel must be started with console=tty0 console=ttyS0,115200n8, ttyS0 last so that it also becomes /dev/console, both in the boot loader defaults and in what boots now.</source>
        <extracomment>Why OpenStack needs &quot;serial-console&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/XenPvKernel.cpp" line="-51"/>
        <source>Kernel supports paravirtualised Xen</source>
        <extracomment>Title of the OpenStack image requirement &quot;xen-pv-kernel&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clouds that run instances on Xen in paravirtualised mode need a kernel with Xen support. Mainline Linux has it since 3.0; older distributions shipped it as a separate Xen kernel flavour.</source>
        <extracomment>Why OpenStack needs &quot;xen-pv-kernel&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="-204"/>
        <source>virtio drivers available at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;virtio-drivers&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVM-based OpenStack clouds attach disks and network cards as virtio devices. Without virtio_blk/virtio_scsi built in or in the initramfs the kernel cannot find its root disk, and without virtio_net the instance has no network.</source>
        <extracomment>Why OpenStack needs &quot;virtio-drivers&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="-86"/>
        <source>SSH keys come from the metadata service</source>
        <extracomment>Title of the OpenStack image requirement &quot;ssh-key-injection&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack does not write the user&apos;s key pair into the disk; the instance must fetch the public key at boot from the metadata service (http://169.254.169.254/) or the config drive. cloud-init does this when its data sources include OpenStack, ConfigDrive or Ec2; otherwise a first-boot script has to.</source>
        <extracomment>Why OpenStack needs &quot;ssh-key-injection&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="-43"/>
        <source>User data and metadata are processed</source>
        <extracomment>Title of the OpenStack image requirement &quot;user-data&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besides the key, users pass user data (scripts, cloud-config) and OpenStack passes metadata such as the host name when they launch an instance. cloud-init applies them at boot, so it must be installed, its services enabled and nothing may switch it off.</source>
        <extracomment>Why OpenStack needs &quot;user-data&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="-82"/>
        <source>cloud-init has a default user for the key</source>
        <extracomment>Title of the OpenStack image requirement &quot;cloud-init-user&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init writes the injected key into its default user&apos;s authorized_keys and, by default, refuses root logins. Users need to know that login name to reach the instance.</source>
        <extracomment>Why OpenStack needs &quot;cloud-init-user&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="-109"/>
        <source>Root file system can grow at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;partition-layout&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A flavor&apos;s root disk is usually larger than the image. cloud-init&apos;s growpart grows the root partition to fill the disk at first boot, which works only when root is the last partition, on a file system it can resize (ext3, ext4, or XFS with xfs_growfs). A root file system on LVM needs its own grow step for the physical and logical volumes.</source>
        <extracomment>Why OpenStack needs &quot;partition-layout&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="-88"/>
        <source>Tools to grow root at first boot are installed</source>
        <extracomment>Title of the OpenStack image requirement &quot;root-resize&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a resize step an instance keeps the image&apos;s small root file system whatever disk size the flavor gives it. cloud-init together with growpart, or an initramfs growroot package, resizes the root partition and file system automatically when the instance boots.</source>
        <extracomment>Why OpenStack needs &quot;root-resize&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+42"/>
        <source>fstab uses UUID or LABEL, not device names</source>
        <extracomment>Title of the OpenStack image requirement &quot;fstab-stable-names&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk bus changes between hypervisors (sda on the source, vda with virtio on OpenStack), so a file system named by kernel device is not found and the instance stops in emergency mode. UUID= and LABEL= follow the file system.</source>
        <extracomment>Why OpenStack needs &quot;fstab-stable-names&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+16"/>
        <source>QEMU guest agent installed</source>
        <extracomment>Title of the OpenStack image requirement &quot;qemu-guest-agent&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With hw_qemu_guest_agent=yes, Nova talks to the guest agent to freeze file systems for consistent snapshots and to set passwords. It does nothing when the agent is missing.</source>
        <extracomment>Why OpenStack needs &quot;qemu-guest-agent&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="-44"/>
        <source>No machine ID baked into the image</source>
        <extracomment>Title of the OpenStack image requirement &quot;machine-id&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every instance started from an image with a machine ID shares it: DHCP client IDs, journald and monitoring then mix instances up. An empty or missing /etc/machine-id makes each instance generate its own at first boot.</source>
        <extracomment>Why OpenStack needs &quot;machine-id&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="+26"/>
        <source>No leftover history, leases or logs</source>
        <extracomment>Title of the OpenStack image requirement &quot;leftover-state&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shell history can hold passwords and host names of the machine the image came from; old DHCP leases make instances ask for the source machine&apos;s address; logs leak its past and mislead whoever debugs an instance.</source>
        <extracomment>Why OpenStack needs &quot;leftover-state&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="-51"/>
        <source>SELinux relabel scheduled after edits</source>
        <extracomment>Title of the OpenStack image requirement &quot;selinux-relabel&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files written from outside the guest carry no SELinux label. On an enforcing guest sshd or cloud-init then cannot read them and the instance is unreachable. A relabel at next boot (/.autorelabel) restores the labels.</source>
        <extracomment>Why OpenStack needs &quot;selinux-relabel&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+23"/>
        <source>No persistent network interface rules</source>
        <extracomment>Title of the OpenStack image requirement &quot;no-persistent-net-rules&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older udev records the MAC address of each network card in 70-persistent-net.rules. Every instance gets a new MAC address, so the card is renamed (eth1 instead of eth0), the network configuration no longer matches and the instance boots without network. The rules file must be empty and the generator that writes it must be gone.</source>
        <extracomment>Why OpenStack needs &quot;no-persistent-net-rules&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+38"/>
        <source>No MAC address in network configuration</source>
        <extracomment>Title of the OpenStack image requirement &quot;no-hardcoded-mac&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack gives every instance a new MAC address. A network configuration that names the source machine&apos;s MAC address (HWADDR in ifcfg files, macaddress in netplan, mac-address in NetworkManager, MACAddress in systemd-networkd, hwaddress in /etc/network/interfaces) does not match the new card, and the instance comes up without network.</source>
        <extracomment>Why OpenStack needs &quot;no-hardcoded-mac&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+65"/>
        <source>No guest firewall starts at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;firewall-disabled&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack filters traffic with security groups. A firewall inside the image duplicates them, blocks traffic the operator allowed and makes network problems hard to diagnose when nobody can reach the instance to look.</source>
        <extracomment>Why OpenStack needs &quot;firewall-disabled&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+9"/>
        <source>The guest shuts down when the ACPI power button is pressed</source>
        <extracomment>Title of the OpenStack image requirement &quot;acpi-shutdown&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nova&apos;s stop, shelve, resize and soft reboot press the virtual power button and pull the plug after shutdown_timeout (60 s) when the guest ignores it: an unclean shutdown every time. systemd-logind handles the button when a system bus (dbus or dbus-broker) runs; without systemd, acpid with a power-button event does.</source>
        <extracomment>Why OpenStack needs &quot;acpi-shutdown&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="-128"/>
        <source>The locale cloud-init sets exists in the guest</source>
        <extracomment>Title of the OpenStack image requirement &quot;cloud-init-locale&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At first boot cloud-init&apos;s locale module sets the configured locale (cloud.cfg locale:, else LANG in /etc/default/locale, else en_US.UTF-8). On Debian and Ubuntu it runs update-locale, which fails for a locale that is not generated: cloud-init then ends with status error, and tools that wait for it report a failed instance.</source>
        <extracomment>Why OpenStack needs &quot;cloud-init-locale&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="-126"/>
        <source>No credentials baked into the image</source>
        <extracomment>Title of the OpenStack image requirement &quot;no-baked-credentials&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whatever the image carries, every instance carries: an authorized SSH key lets its owner into all of them, a private key, .netrc, cloud or registry credentials leak to every tenant, and a user&apos;s password is the same everywhere. Keys belong in the instance&apos;s metadata, which cloud-init installs at first boot.</source>
        <extracomment>Why OpenStack needs &quot;no-baked-credentials&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="-73"/>
        <source>No security updates pending from the guest&apos;s repositories</source>
        <extracomment>Title of the OpenStack image requirement &quot;security-updates&quot;: a short statement of what a ready image has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every instance starts with the packages the image carries: a security fix its own repositories already offer is missing in all of them until each tenant upgrades. imageprep asks the guest&apos;s package manager (apt&apos;s -security suites, dnf or yum updateinfo, zypper security patches) with the appliance network on.</source>
        <extracomment>Why OpenStack needs &quot;security-updates&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpmHeaderText</name>
    <message>
        <location filename="../core/guest/RpmHeader.cpp" line="+40"/>
        <source>An installed package&apos;s rpm header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpmNdbText</name>
    <message>
        <location filename="../core/guest/RpmNdb.cpp" line="+67"/>
        <source>The guest&apos;s RPM package database (Packages.db) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The guest&apos;s RPM package database (Packages.db) is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+7"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RpmText</name>
    <message>
        <location filename="../core/guest/RpmDatabase.cpp" line="+51"/>
        <source>rpm is not installed on this computer; the guest&apos;s RPM packages cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rpm could not read the guest&apos;s package database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rpm found no packages in the guest&apos;s package database; this computer&apos;s rpm may not read its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>Could not create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <source>Could not copy %1 out of the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The guest has no RPM database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunnerText</name>
    <message numerus="yes">
        <location filename="../core/fixes/FixRunner.cpp" line="+40"/>
        <source>Applied %n edit(s).</source>
        <translation>
            <numerusform>Applied %n edit.</numerusform>
            <numerusform>Applied %n edits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed after %n edit(s): %1</source>
        <translation>
            <numerusform>Failed after %n edit: %1</numerusform>
            <numerusform>Failed after %n edits: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled after %n edit(s).</source>
        <translation>
            <numerusform>Cancelled after %n edit.</numerusform>
            <numerusform>Cancelled after %n edits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-check: every fixed check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-check: %1 is %2, not pass: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the check did not run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleGuest</name>
    <message>
        <location filename="../core/lab/SampleGuest.cpp" line="+36"/>
        <source>The sample generator (make-guests.sh) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not start the sample generator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample generation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample generator failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../core/checks/Requirement.cpp" line="-22"/>
        <source>required</source>
        <extracomment>Severity of a requirement: the image does not work on OpenStack without it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../ui/UiSupport.cpp" line="-20"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::BootChecklist</name>
    <message>
        <location filename="../core/boot/BootChecklist.cpp" line="+45"/>
        <source>The kernel log appears on the serial console</source>
        <extracomment>boot test checklist item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login prompt appears on the serial console</source>
        <extracomment>boot test checklist item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init ran and used the ConfigDrive datasource</source>
        <extracomment>boot test checklist item; ConfigDrive is OpenStack&apos;s metadata disk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root filesystem grew to the larger disk</source>
        <extracomment>boot test checklist item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH server answers and accepts the injected key</source>
        <extracomment>boot test checklist item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init finished without errors (cloud-init status --long)</source>
        <extracomment>boot test checklist item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guest shuts down on an ACPI power-off</source>
        <extracomment>boot test checklist item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WAIT</source>
        <extracomment>boot test item status: not decided yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <extracomment>boot test item status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <extracomment>boot test item status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <extracomment>boot test item status: not applicable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk was not grown for this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The system came up but the kernel&apos;s own boot messages (the &quot;Linux version&quot; banner, &quot;Command line:&quot;) never reached ttyS0; &quot;quiet&quot; on the kernel command line hides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>cloud-init finished with the %1 datasource instead of ConfigDrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>root filesystem %1; disk %2, grown from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The root filesystem did not grow: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cloud-init started but did not finish. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing at all appeared on the serial console; is console=ttyS0 on the kernel command line? %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::BootTest</name>
    <message>
        <location filename="../core/boot/BootRun.cpp" line="+76"/>
        <source>Could not create the overlay for the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not grow the test overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/boot/BootQemu.cpp" line="+21"/>
        <source>Could not copy the UEFI variable store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/boot/BootRun.cpp" line="+17"/>
        <source>Could not generate the SSH key for the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generated SSH public key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the ConfigDrive contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not build the ConfigDrive ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/boot/BootAttempt.cpp" line="+224"/>
        <source>Logged in with the key from the ConfigDrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH login with the injected key works (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ssh timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>QEMU exited before the test powered the guest off (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The guest did not finish within %1 s and was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The boot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The guest did not power off within %1 s of the ACPI power button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The guest is up; checking SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pressing the ACPI power button (QMP system_powerdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QEMU reported a guest shutdown and exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU exited %1 s after the power button; QMP SHUTDOWN event from the guest: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Not seen on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not tried: the guest never showed a login prompt. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last attempt said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read: no SSH login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image booted and passed every boot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The boot test failed (%1 of %2 checks): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The boot test failed: %1 of %2 checks did not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/boot/BootRun.cpp" line="+40"/>
        <source>%1 is not installed; the boot test needs it (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create a temporary folder for the boot test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The image boots with UEFI, but the OVMF firmware is not installed (Debian package ovmf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UEFI (OVMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free TCP port on 127.0.0.1 for SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>/dev/kvm is not usable; using software emulation (TCG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM hung on this host before (see %1); using software emulation (TCG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booting %1 (+%2 GiB) in QEMU with %3; SSH forwarded from 127.0.0.1:%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>software emulation (TCG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing on the serial console %1 s after a KVM start: KVM hangs on this host. Retrying with software emulation (-accel tcg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QEMU exited under KVM before anything appeared on the serial console: %1 Retrying with software emulation (-accel tcg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QEMU exited under KVM before anything appeared on the serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing appeared on the serial console within %1 s under KVM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>QEMU said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::Firmware</name>
    <message>
        <location filename="../core/guest/FirmwareFacts.cpp" line="+164"/>
        <source>EFI system partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EFI boot loader %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UEFI boot package %1 installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EFI system partition %1 holds no EFI boot loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no removable-media loader \EFI\BOOT\BOOTX64.EFI on %1: with the empty NVRAM a cloud starts with, the firmware may find no boot loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIOS boot partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIOS boot package %1 installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GRUB boot code in the master boot record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBR partition table without an EFI system partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shim and a signed GRUB: the boot chain is signed for Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BIOS and UEFI (hybrid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UEFI only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIOS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIOS (no boot loader found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::GuestSession</name>
    <message>
        <location filename="../core/guest/GuestSession.cpp" line="+270"/>
        <source>Could not create a libguestfs handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not add the disk to the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>KVM failed on this host before (see %1); using software emulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the libguestfs appliance (software emulation)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the libguestfs appliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the appliance did not come up within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+126"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+87"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guest/GuestSecurityScan.cpp" line="+21"/>
        <location filename="../core/guest/GuestSession.cpp" line="-231"/>
        <source>No guest is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the appliance network is off (repository look-ups need it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the guest&apos;s package manager is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imageprep cannot ask %1 for security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the guest&apos;s repositories for pending security updates (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the repositories could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guest&apos;s package sources have no -security suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pending security update(s) found in %1 s.</source>
        <translation>
            <numerusform>%n pending security update found in %1 s.</numerusform>
            <numerusform>%n pending security updates found in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/guest/GuestSession.cpp" line="+2"/>
        <source>The guest&apos;s filesystems could not be unmounted to remount them writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mounted the guest&apos;s filesystems read-write for the fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The libguestfs appliance did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accelerated (KVM) launch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying in software emulation (TCG); this is slower but needs no KVM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The libguestfs appliance did not start, with or without KVM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliance started in %1 s%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (software emulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The appliance is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The disk is encrypted (LUKS). Decrypt it, or prepare the image before encrypting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No operating system was found on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holds no filesystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filesystems found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <extracomment>An operating system found on the disk: %1 its product name, %2 its root device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holds several operating systems; imageprep prepares one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is %1 (%2), not Linux: imageprep prepares Linux guests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The guest&apos;s root filesystem could not be mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not mount %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Could not list the installed packages: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not list the installed packages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guest/GuestSessionBoot.cpp" line="+54"/>
        <source>Could not remount the guest&apos;s filesystems with the mount points read from its fstab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/guest/GuestTrim.cpp" line="+17"/>
        <source>Flushing the guest&apos;s writes failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::SessionWorker</name>
    <message>
        <location filename="../core/session/SessionSteps.cpp" line="+15"/>
        <source>No guest is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/fixes/SessionFixes.cpp" line="+14"/>
        <source>Planning fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/ExportWork.cpp" line="+12"/>
        <source>No image is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/Session.cpp" line="+98"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>Removed %n work folder(s) left by sessions that ended without cleaning up (%1 freed): %2</source>
        <translation>
            <numerusform>Removed %n work folder left by sessions that ended without cleaning up (%1 freed): %2</numerusform>
            <numerusform>Removed %n work folders left by sessions that ended without cleaning up (%1 freed): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove the abandoned work folder %1; remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image format: %1, virtual size %2 bytes; overlay %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Starting the libguestfs appliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Inspecting the guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the guest&apos;s repositories for security updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the OpenStack requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown requirement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/SessionSteps.cpp" line="+25"/>
        <source>Free space not trimmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space trimmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::ApplyPage</name>
    <message>
        <location filename="../ui/ApplyPage.cpp" line="+22"/>
        <source>Nothing applied yet: Next on the preview applies the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks before and after apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test &amp;boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot the fixed image in QEMU the way Nova would (the scratch overlay is copied first; the original is never booted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Applying %n change(s) to the scratch overlay…</source>
        <translation>
            <numerusform>Applying %n change to the scratch overlay…</numerusform>
            <numerusform>Applying %n changes to the scratch overlay…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+24"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Applied %n change(s); the checklist ran again.</source>
        <translation>
            <numerusform>Applied %n change; the checklist ran again.</numerusform>
            <numerusform>Applied %n changes; the checklist ran again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every fixed requirement passes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fixed requirement(s) still do not pass; see the comparison.</source>
        <translation>
            <numerusform>%n fixed requirement still does not pass; see the comparison.</numerusform>
            <numerusform>%n fixed requirements still do not pass; see the comparison.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every required check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some required checks still do not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Cancelled after %n change(s). The original image is untouched; the changes made so far are only in the scratch overlay.</source>
        <translation>
            <numerusform>Cancelled after %n change. The original image is untouched; the changes made so far are only in the scratch overlay.</numerusform>
            <numerusform>Cancelled after %n changes. The original image is untouched; the changes made so far are only in the scratch overlay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after %n change(s): %1</source>
        <translation>
            <numerusform>Stopped after %n change: %1</numerusform>
            <numerusform>Stopped after %n changes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imageprep::ui::BootTestWindow</name>
    <message>
        <location filename="../ui/BootTestWindow.cpp" line="+34"/>
        <source>Test boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>No image chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grow the disk by this much, as a larger flavor would.</source>
        <extracomment>tooltip: the boot test adds this much to the disk, like a larger flavor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start boot test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grow disk by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The guest&apos;s serial console appears here while it boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled; the test files were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Booting… (under software emulation this takes a few minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::CacheReportWindow</name>
    <message>
        <location filename="../ui/CacheReportWindow.cpp" line="+43"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute node image cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none: nova&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: Glance image ids, comma-separated</source>
        <extracomment>Glance image ids, used to name the cached files (SHA-1 of the id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: exported server list (JSON)</source>
        <extracomment>the output of &quot;openstack server list --host HOST --long -f json&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instances folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nova.conf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt XML folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removable from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backing chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Choose the instances folder of a compute node, then Report. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Instances folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nova.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration files (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the instances folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The next run fails and removes nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s): %1 in use, %2 kept, %3 removable now, %4 never removed, %5 not managed.</source>
        <translation>
            <numerusform>%n file: %1 in use, %2 kept, %3 removable now, %4 never removed, %5 not managed.</numerusform>
            <numerusform>%n files: %1 in use, %2 kept, %3 removable now, %4 never removed, %5 not managed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space freed by the next run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved by preallocated instance disks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a place outside the instances folder for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::ChecklistPage</name>
    <message>
        <location filename="../ui/ChecklistPage.cpp" line="+40"/>
        <location line="+72"/>
        <source>The checklist appears when the inspection is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Show &amp;problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only failed, warning and unknown requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requirement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a requirement to see why it matters and what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChecklistFixes.cpp" line="+22"/>
        <source>Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>Select a requirement to see its fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&amp;Apply this fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the fix for the selected requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChecklistLab.cpp" line="+66"/>
        <source>Lab: by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected requirement again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs this one check again on the image as it is now, fixes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check by han&amp;d</source>
        <extracomment>Lab mode: heading above the commands that check the selected requirement by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands to check the requirement by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fi&amp;x by hand</source>
        <extracomment>Lab mode: heading above the commands that fix the selected requirement by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands to fix the requirement by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChecklistPage.cpp" line="+29"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Every required check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some required checks do not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed: %1 · Failed: %2 · Warnings: %3 · Unknown: %4 · Not applicable: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Why OpenStack needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChecklistLab.cpp" line="+29"/>
        <source>Could not check again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a requirement to see how to check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a requirement to see how to fix it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Checked again at %2.</source>
        <extracomment>Lab mode: %1 says what changed (&quot;Now passes (was FAIL).&quot;), %2 is the time of day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now passes (was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now fails (was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changed from %1 to %2.</source>
        <extracomment>Lab mode: a check&apos;s status changed; %1 and %2 are status words such as FAIL and WARN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The evidence changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChecklistFixes.cpp" line="+31"/>
        <source>fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Looking for fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No automatic fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No automatic fix for this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n change)</numerusform>
            <numerusform>%1 (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the default choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follows the choice made on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::DiffView</name>
    <message>
        <location filename="../ui/DiffView.cpp" line="+56"/>
        <source>Unified diff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::ExportPage</name>
    <message>
        <location filename="../ui/ExportPage.cpp" line="+92"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpress (qcow2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+231"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance &amp;image name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace existing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upload to Glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from clouds.yaml; empty: $OS_CLOUD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or an image endpoint, e.g. http://glance:9292</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Glance properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New property as KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+344"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Export the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The written files and their checksums appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Double-click or press F2 to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 error(s) must be fixed before export; %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid; %1 warning(s) (unknown keys are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All properties are valid for Glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>set by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancel e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded to Glance as image %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled; no file was left under a final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: the export failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::FactsView</name>
    <message>
        <location filename="../ui/FactsView.cpp" line="+14"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (boots with %2)</source>
        <extracomment>%1 the firmware a cloud must give the guest (UEFI, BIOS), %2 what its boot loaders can do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n partition</numerusform>
            <numerusform>%n partitions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>mounted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n logical volume(s)</source>
        <translation>
            <numerusform>%n logical volume</numerusform>
            <numerusform>%n logical volumes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume group %1</source>
        <extracomment>%1 the volume group&apos;s size, %2 the space no logical volume uses yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Physical volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n kernel(s)</source>
        <translation>
            <numerusform>%n kernel</numerusform>
            <numerusform>%n kernels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::InspectPage</name>
    <message>
        <location filename="../ui/InspectPage.cpp" line="+20"/>
        <source>Nothing opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Appliance log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance log appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opened in %1 s, appliance started in %2 s, inspected in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance runs in software emulation (no KVM), so guest work is slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the OpenStack requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspection and checks finished. Next shows the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+36"/>
        <source>imageprep — prepare an image for OpenStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wizard steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+169"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Generating the sample image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowWiring.cpp" line="+29"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Boot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image &amp;Cache Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab &amp;Mode</source>
        <extracomment>Tools menu, a check box: the checklist also shows how to check and fix each requirement by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on the checklist how to check and fix each requirement by hand, and check one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About imageprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About imageprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;imageprep %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Makes an existing Linux VM disk image ready for OpenStack: inspect, check, preview fixes, apply, export.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System Language</source>
        <extracomment>Language menu entry: follow the desktop&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>imageprep will show %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imageprep will show %1 the next time it starts. Restart now? The open image is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — imageprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n change(s) planned.</source>
        <translation>
            <numerusform>%n change planned.</numerusform>
            <numerusform>%n changes planned.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fixes applied; every fixed requirement passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes applied; some requirements still do not pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1. Tools → Test Boot proves that it boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+73"/>
        <source>The image for the boot test could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Apply &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Image cache report — imageprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quit imageprep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work is still running. Cancel it and quit? The original image is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplyBootTest.cpp" line="+39"/>
        <location line="+1"/>
        <source>Writing the fixed image for the boot test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booting %1 in the boot test window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot test started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::OpenPage</name>
    <message>
        <location filename="../ui/OpenPage.cpp" line="+40"/>
        <source>Choose the disk image to prepare for OpenStack. It is never written: every change goes to a scratch copy in the workspace folder. You can also drop an image file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2, raw, vmdk, vdi, vhd(x), ova, or a compressed image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Open error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+3"/>
        <source>Recent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Practice image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image at hand? Generate a small Debian guest with the typical problems (about a minute; it starts the libguestfs appliance once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate a sample image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample generation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample generation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The sample generator is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow the appliance &amp;network (fixes that install packages from the guest&apos;s repositories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disk images (*.qcow2 *.qcow *.img *.raw *.vmdk *.vdi *.vhd *.vhdx *.ova *.ovf *.tar *.gz *.xz *.zst *.bz2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scratch files go to &lt;b&gt;%1&lt;/b&gt; (%2 free). The fixed image is only written when you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No recent images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Generating %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imageprep::ui::PreviewPage</name>
    <message>
        <location filename="../ui/PreviewPage.cpp" line="+23"/>
        <location line="+28"/>
        <source>Choose fixes on the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Fix, file or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planning the chosen fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: no plan. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) planned; nothing is written until Apply.</source>
        <translation>
            <numerusform>%n change planned; nothing is written until Apply.</numerusform>
            <numerusform>%n changes planned; nothing is written until Apply.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not fixed automatically: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No fix chosen, nothing to apply. Go back to choose fixes, or on to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Make an existing Linux VM disk image ready for OpenStack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the wizard in LANG: %1 (default: the system locale).</source>
        <extracomment>%1 is the list of language codes, e.g. &quot;en, zh_CN&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disk image to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
