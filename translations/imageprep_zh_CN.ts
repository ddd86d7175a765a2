<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CacheReport</name>
    <message>
        <location filename="../core/cache/CacheReportFormat.cpp" line="+67"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removable now</source>
        <translation>现在可删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never removed</source>
        <translation>永不删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not managed by nova</source>
        <translation>不受 nova 管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept: the run fails</source>
        <translation>保留：本次运行会失败</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resized to %1</source>
        <translation>已调整为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resized</source>
        <translation>已调整大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>small (old naming)</source>
        <translation>小尺寸（旧命名方式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown suffix</source>
        <translation>未知后缀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swap template</source>
        <translation>交换分区模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ephemeral template</source>
        <translation>临时盘模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/cache/NovaConfig.cpp" line="+37"/>
        <source>nova.conf line %1: %2</source>
        <translation>nova.conf 第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+296"/>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <location filename="../core/checks/Requirement.cpp" line="+30"/>
        <source>PASS</source>
        <extracomment>Check status shown next to a requirement; keep it short (one word).</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <extracomment>Check status: the image does not meet the requirement.</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WARN</source>
        <extracomment>Check status: probably fine, but a person should look.</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <extracomment>Check status: the requirement does not apply to this guest.</extracomment>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UNKNOWN</source>
        <extracomment>Check status: the guest did not give enough information to decide.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not read %1, so this cannot be decided. Check the file in the guest.</source>
        <extracomment>%1 is a list of guest file paths; the check cannot decide without them.</extracomment>
        <translation>无法读取 %1，因此无法判定。请检查客户机中的该文件。</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+63"/>
        <source>sshd is present (no package list)</source>
        <translation>sshd 存在（无软件包列表）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection found no package list and no /usr/sbin/sshd.</source>
        <translation>检查未找到软件包列表，也未找到 /usr/sbin/sshd。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No SSH server is installed.</source>
        <translation>未安装 SSH 服务器。</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+70"/>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+54"/>
        <location filename="../core/requirements/RootResize.cpp" line="+74"/>
        <location filename="../core/requirements/SshServer.cpp" line="+1"/>
        <source>package %1 is not installed</source>
        <translation>未安装软件包 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+5"/>
        <source>none of %1 is enabled for %2</source>
        <translation>%1 均未在 %2 中启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH server is installed but does not start at boot.</source>
        <translation>SSH 服务器已安装，但开机时不启动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH server starts at boot.</source>
        <translation>SSH 服务器开机时启动。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+63"/>
        <source>private host key</source>
        <translation>主机私钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No SSH host keys in the image.</source>
        <translation>镜像中没有 SSH 主机密钥。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n SSH host key(s) in the image, and cloud-init, which would replace them, is switched off.</source>
        <translation>
            <numerusform>镜像中有 %n 个 SSH 主机密钥，而本应替换它们的 cloud-init 已被关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n SSH host key(s) in the image; cloud-init replaces them at first boot.</source>
        <translation>
            <numerusform>镜像中有 %n 个 SSH 主机密钥；cloud-init 会在首次启动时替换它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init keeps the image&apos;s keys</source>
        <translation>cloud-init 保留镜像中的密钥</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n SSH host key(s) in the image that every instance would share.</source>
        <translation>
            <numerusform>镜像中有 %n 个 SSH 主机密钥，所有实例都会共用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+101"/>
        <source>The root password is locked.</source>
        <translation>root 密码已锁定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root has an empty password: SSH refuses it, but the console lets anyone in.</source>
        <translation>root 密码为空：SSH 会拒绝登录，但任何人都能通过控制台登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root has a password set in the image.</source>
        <translation>镜像中为 root 设置了密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No root entry in /etc/shadow.</source>
        <translation>/etc/shadow 中没有 root 条目。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+305"/>
        <source>No boot loader configuration found (grub, BLS, extlinux).</source>
        <translation>未找到引导加载程序配置（grub、BLS、extlinux）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no console=ttyS0,115200n8</source>
        <translation>缺少 console=ttyS0,115200n8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>console=ttyS0,115200n8 is not the last console</source>
        <translation>console=ttyS0,115200n8 不是最后一个 console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no console=tty0, the graphical console shows no kernel messages</source>
        <translation>缺少 console=tty0，图形控制台不显示内核消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quiet hides kernel messages</source>
        <translation>quiet 隐藏了内核消息</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n kernel command line(s) do not log to the serial console.</source>
        <translation>
            <numerusform>%n 条内核命令行未将日志输出到串口控制台。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel logs to ttyS0, but part of the boot log is hidden or missing on a console.</source>
        <translation>内核日志输出到 ttyS0，但部分启动日志在某个控制台上被隐藏或缺失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel logs to tty0 and ttyS0.</source>
        <translation>内核日志同时输出到 tty0 和 ttyS0。</translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+51"/>
        <location filename="../core/requirements/XenPvKernel.cpp" line="+33"/>
        <source>Inspection found no kernel.</source>
        <translation>检查未找到内核。</translation>
    </message>
    <message>
        <location filename="../core/requirements/XenPvKernel.cpp" line="+8"/>
        <source>kernel %1 is a Xen flavour</source>
        <translation>内核 %1 是 Xen 版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kernel %1 has no Xen support</source>
        <translation>内核 %1 不支持 Xen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel %1 is older than 3.0 and not a Xen flavour</source>
        <translation>内核 %1 早于 3.0，且不是 Xen 版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every kernel is 3.0 or later, which includes Xen PV support.</source>
        <translation>所有内核均为 3.0 或更高版本，已包含 Xen PV 支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Xen-capable kernel is installed.</source>
        <translation>已安装支持 Xen 的内核。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel predates 3.0 and has no Xen support.</source>
        <translation>内核早于 3.0，且不支持 Xen。</translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+14"/>
        <source>kernel %1: no %2 and no modules.builtin</source>
        <translation>内核 %1：缺少 %2，也没有 modules.builtin</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 built in</source>
        <translation>%1 已编译进内核</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>kernel %1 lacks %2</source>
        <translation>内核 %1 缺少 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel %1: %2 not in %3</source>
        <translation>内核 %1：%2 不在 %3 中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 loads as a module after root is mounted</source>
        <translation>%1 作为模块在根文件系统挂载后才加载</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 is a module; %2</source>
        <translation>%1 是模块；%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A kernel lacks virtio drivers.</source>
        <translation>有内核缺少 virtio 驱动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kernel configuration found to decide.</source>
        <translation>未找到可供判断的内核配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtio disk drivers are modules and the initramfs may not include them.</source>
        <translation>virtio 磁盘驱动是模块，initramfs 中可能未包含它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>virtio drivers are built in or in the initramfs.</source>
        <translation>virtio 驱动已编译进内核或包含在 initramfs 中。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>initramfs-tools MODULES=most includes virtio</source>
        <translation>initramfs-tools MODULES=most 包含 virtio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initramfs-tools default MODULES=most</source>
        <translation>initramfs-tools 默认为 MODULES=most</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>listed in %1</source>
        <translation>已列在 %1 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initramfs-tools MODULES=%1 may leave virtio out</source>
        <translation>initramfs-tools MODULES=%1 可能不包含 virtio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dracut-config-generic builds a generic initramfs</source>
        <translation>dracut-config-generic 生成通用 initramfs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dracut hostonly=no includes all drivers</source>
        <translation>dracut hostonly=no 包含所有驱动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dracut hostonly=yes includes only the build host&apos;s drivers</source>
        <translation>dracut hostonly=yes 仅包含构建主机所需的驱动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dracut adds virtio drivers</source>
        <translation>dracut 添加了 virtio 驱动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dracut builds host-only images by default</source>
        <translation>dracut 默认生成 host-only 镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no hostonly setting in /etc/dracut.conf(.d)</source>
        <translation>/etc/dracut.conf(.d) 中没有 hostonly 设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mkinitfs feature virtio is on</source>
        <translation>mkinitfs 的 virtio 特性已开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mkinitfs features lack virtio</source>
        <translation>mkinitfs 特性中缺少 virtio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the initramfs tool of this family is unknown</source>
        <translation>该发行版系列的 initramfs 工具未知</translation>
    </message>
    <message>
        <location filename="../core/checks/CheckSupport.cpp" line="+242"/>
        <source>%1 is masked (linked to /dev/null)</source>
        <translation>%1 已被屏蔽（链接到 /dev/null）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>service %1 is enabled at boot</source>
        <translation>服务 %1 已设为开机启动</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="-27"/>
        <source>systemd starts %1 at boot</source>
        <translation>systemd 在开机时启动 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+112"/>
        <source>systemd-logind is not in the guest</source>
        <translation>客户机中没有 systemd-logind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd-logind.service is masked</source>
        <translation>systemd-logind.service 已被屏蔽（masked）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd-logind handles the power button</source>
        <translation>systemd-logind 处理电源按钮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no system bus: package %1 is not installed</source>
        <translation>没有系统总线：未安装软件包 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system bus does not start at boot</source>
        <translation>系统总线不会在启动时运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systemd-logind with a system bus handles the power button.</source>
        <translation>systemd-logind 与系统总线一起处理电源按钮。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acpid handles the power button.</source>
        <translation>acpid 处理电源按钮。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing at boot handles the ACPI power button.</source>
        <translation>启动后没有任何程序处理 ACPI 电源按钮。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>acpid does not start at boot</source>
        <translation>acpid 不会在启动时运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>power-button event</source>
        <translation>电源按钮事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no power-button event in %1</source>
        <translation>%1 中没有电源按钮事件</translation>
    </message>
    <message>
        <location filename="../core/checks/CheckSupport.cpp" line="+7"/>
        <source>SysV init starts %1 at boot</source>
        <translation>SysV init 在开机时启动 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OpenRC starts %1 in runlevel %2</source>
        <translation>OpenRC 在运行级别 %2 中启动 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>package %1 is installed</source>
        <translation>已安装软件包 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package %1 %2 is installed</source>
        <translation>已安装软件包 %1 %2</translation>
    </message>
    <message>
        <location filename="../core/checks/CloudInitSwitches.cpp" line="+13"/>
        <source>this file switches cloud-init off</source>
        <translation>此文件关闭了 cloud-init</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kernel argument cloud-init=disabled</source>
        <translation>内核参数 cloud-init=disabled</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no OpenStack, ConfigDrive or Ec2 data source: cloud-init reads no metadata</source>
        <translation>没有 OpenStack、ConfigDrive 或 Ec2 数据源：cloud-init 读取不到元数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, line %3)</source>
        <translation>%1（%2，第 %3 行）</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+50"/>
        <source>cloud-init uses its default data sources, which include OpenStack.</source>
        <translation>cloud-init 使用默认数据源，其中包括 OpenStack。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cloud-init reads keys from the %1 data source.</source>
        <translation>cloud-init 从 %1 数据源读取密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init&apos;s data sources (%1) do not include OpenStack, ConfigDrive or Ec2.</source>
        <translation>cloud-init 的数据源（%1）不包括 OpenStack、ConfigDrive 或 Ec2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A first-boot script fetches the key from the metadata service.</source>
        <translation>有首次启动脚本从元数据服务获取密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is installed; make sure it is configured for OpenStack.</source>
        <translation>已安装 %1；请确认它已针对 OpenStack 进行配置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/requirements/UserData.cpp" line="+50"/>
        <source>cloud-init is installed but switched off: %1.</source>
        <translation>cloud-init 已安装但被关闭：%1。</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+57"/>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="-4"/>
        <location filename="../core/requirements/RootResize.cpp" line="-25"/>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="-5"/>
        <location filename="../core/requirements/UserData.cpp" line="-5"/>
        <source>Inspection found no package list.</source>
        <translation>检查未找到软件包列表。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+1"/>
        <source>Nothing fetches SSH keys: cloud-init is not installed and no first-boot script does.</source>
        <translation>没有任何组件获取 SSH 密钥：未安装 cloud-init，也没有首次启动脚本执行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/requirements/UserData.cpp" line="+2"/>
        <source>package cloud-init is not installed</source>
        <translation>未安装软件包 cloud-init</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/requirements/UserData.cpp" line="+8"/>
        <source>service %1 is not enabled</source>
        <translation>服务 %1 未启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cloud-init is installed but does not start at boot.</source>
        <translation>cloud-init 已安装，但开机时不启动。</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="+33"/>
        <location filename="../core/requirements/UserData.cpp" line="-9"/>
        <source>cloud-init is not installed.</source>
        <translation>未安装 cloud-init。</translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="+10"/>
        <source>cloud-init&apos;s services do not start at boot.</source>
        <translation>cloud-init 的服务开机时不启动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init runs but reads no user data: %1.</source>
        <translation>cloud-init 会运行，但读取不到用户数据：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init runs at boot and processes user data.</source>
        <translation>cloud-init 开机时运行并处理用户数据。</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="+13"/>
        <location line="+32"/>
        <source>cloud-init puts the key into user &quot;%1&quot;.</source>
        <translation>cloud-init 将密钥放入用户“%1”。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>cloud-init&apos;s users list names no user to receive the key.</source>
        <translation>cloud-init 的 users 列表中没有指定接收密钥的用户。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cloud-init has no default user; users will not know which account holds their key.</source>
        <translation>cloud-init 没有默认用户；用户将不知道哪个帐户持有他们的密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no /etc/cloud/cloud.cfg</source>
        <translation>缺少 /etc/cloud/cloud.cfg</translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="+44"/>
        <source>another partition</source>
        <translation>另一个分区</translation>
    </message>
    <message>
        <location filename="../core/requirements/Support.cpp" line="+38"/>
        <source>growpart is present</source>
        <translation>growpart 存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>xfs_growfs is present</source>
        <translation>xfs_growfs 存在</translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="+23"/>
        <source>Inspection did not find the root file system.</source>
        <translation>检查未找到根文件系统。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root is %1 (%2)</source>
        <translation>根为 %1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>physical volume %1 is followed by %2</source>
        <translation>物理卷 %1 之后还有 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The LVM physical volume %1 is not the last partition; growpart cannot grow it.</source>
        <translation>LVM 物理卷 %1 不是最后一个分区；growpart 无法扩展它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is followed by %2</source>
        <translation>%1 之后还有 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root %1 is not the last partition; growpart cannot grow it.</source>
        <translation>根分区 %1 不是最后一个分区；growpart 无法扩展它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root %1 is not among the partitions inspection listed.</source>
        <translation>根分区 %1 不在检查列出的分区中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Root is XFS but %1 is missing; XFS can only grow online with both growpart and xfs_growfs.</source>
        <translation>根为 XFS，但缺少 %1；XFS 只有同时具备 growpart 和 xfs_growfs 才能在线扩展。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cloud-init cannot grow a %1 root file system.</source>
        <translation>cloud-init 无法扩展 %1 根文件系统。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Root can grow to fill the disk at first boot.</source>
        <translation>根可在首次启动时扩展至占满磁盘。</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="+11"/>
        <source>%1 grows root in the initramfs.</source>
        <translation>%1 在 initramfs 中扩展根分区。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing grows root at first boot: %1 missing.</source>
        <translation>首次启动时没有任何组件扩展根分区：缺少 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cloud-init is switched off, so growpart never runs: %1.</source>
        <translation>cloud-init 已被关闭，growpart 永远不会运行：%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cloud-init&apos;s growpart module is turned off.</source>
        <translation>cloud-init 的 growpart 模块已关闭。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cloud-init is told not to resize the root file system.</source>
        <translation>cloud-init 被配置为不调整根文件系统大小。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stops growpart from growing root.</source>
        <translation>%1 阻止 growpart 扩展根分区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file exists</source>
        <translation>文件存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>growpart grows root at first boot.</source>
        <translation>growpart 在首次启动时扩展根分区。</translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+110"/>
        <source>The guest has no /etc/fstab.</source>
        <translation>客户机没有 /etc/fstab。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a kernel device name</source>
        <translation>%1 是内核设备名</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n fstab entr(y/ies) name a kernel device.</source>
        <translation>
            <numerusform>%n 个 fstab 条目使用内核设备名。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fstab names file systems by UUID, LABEL or stable paths.</source>
        <translation>fstab 通过 UUID、LABEL 或稳定路径指定文件系统。</translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+3"/>
        <source>The QEMU guest agent is not installed.</source>
        <translation>未安装 QEMU 客户机代理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QEMU guest agent is installed; systemd starts it when the port appears.</source>
        <translation>已安装 QEMU 客户机代理；端口出现时 systemd 会启动它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QEMU guest agent is installed but does not start at boot.</source>
        <translation>QEMU 客户机代理已安装，但开机时不启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QEMU guest agent starts at boot.</source>
        <translation>QEMU 客户机代理开机时启动。</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+68"/>
        <source>The image carries a machine ID that every instance would share.</source>
        <translation>镜像中带有机器 ID，所有实例都会共用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No machine ID in the image; each instance creates its own.</source>
        <translation>镜像中没有机器 ID；每个实例会生成自己的 ID。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requirements/LeftoverState.cpp" line="+66"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n history or lease file(s) left in the image.</source>
        <translation>
            <numerusform>镜像中残留 %n 个历史记录或租约文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n non-empty log file(s) left in the image.</source>
        <translation>
            <numerusform>镜像中残留 %n 个非空日志文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shell history, DHCP leases or logs left.</source>
        <translation>没有残留 shell 历史记录、DHCP 租约或日志。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="+40"/>
        <source>The guest has no SELinux configuration.</source>
        <translation>客户机没有 SELinux 配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SELinux is disabled.</source>
        <translation>SELinux 已禁用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SELinux is %1 with policy %2, but %3 is missing: no relabel can work.</source>
        <translation>SELinux 处于 %1 模式，策略为 %2，但缺少 %3：无法重新标记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relabel at next boot</source>
        <translation>下次启动时重新标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A relabel is scheduled for the next boot.</source>
        <translation>已安排在下次启动时重新标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SELinux is %1; nothing is edited yet, the fix plans schedule a relabel after edits.</source>
        <translation>SELinux 处于 %1 模式；目前尚未修改任何内容，修复计划会在修改后安排重新标记。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+74"/>
        <source>masks the persistent-net generator</source>
        <translation>屏蔽了 persistent-net 生成器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the generator writes 70-persistent-net.rules on every boot</source>
        <translation>该生成器每次启动都会写入 70-persistent-net.rules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>udev pins network interface names to MAC addresses.</source>
        <translation>udev 将网络接口名称绑定到 MAC 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No persistent network rules and no generator.</source>
        <translation>没有持久网络规则，也没有生成器。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+103"/>
        <source>%n network configuration line(s) pin a MAC address.</source>
        <translation>
            <numerusform>%n 行网络配置绑定了 MAC 地址。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network configuration names a MAC address.</source>
        <translation>没有网络配置指定 MAC 地址。</translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+137"/>
        <source>ufw starts but leaves traffic alone</source>
        <translation>ufw 会启动，但不过滤流量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 starts at boot with no saved rules</source>
        <translation>%1 开机时启动，但没有保存的规则</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nftables starts at boot; its ruleset drops nothing</source>
        <translation>nftables 开机时启动；其规则集不丢弃任何流量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A firewall filters traffic at boot; security groups should do that.</source>
        <translation>开机时有防火墙过滤流量；这应由安全组负责。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A firewall service starts at boot but filters nothing.</source>
        <translation>开机时有防火墙服务启动，但不过滤任何流量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No firewall starts at boot.</source>
        <translation>开机时没有防火墙启动。</translation>
    </message>
    <message>
        <location filename="../core/checks/CloudInitLocale.cpp" line="+149"/>
        <source>cloud-init&apos;s locale setting</source>
        <translation>cloud-init 的 locale 设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the guest&apos;s default locale</source>
        <translation>客户机的默认语言环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no locale is configured: cloud-init uses its default %1</source>
        <translation>未配置语言环境：cloud-init 使用其默认值 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is built into the C library</source>
        <translation>%1 内置于 C 库中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locale %1 is generated in the guest</source>
        <translation>客户机中已生成语言环境 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>locale-gen builds %1 at first boot</source>
        <translation>首次启动时 locale-gen 会生成 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locale %1 is neither generated nor listed in /etc/locale.gen</source>
        <translation>语言环境 %1 既未生成，也未列在 /etc/locale.gen 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale %1 is not generated and locale-gen is not installed</source>
        <translation>语言环境 %1 未生成，且未安装 locale-gen</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="+72"/>
        <source>Only Debian-family guests run update-locale from cloud-init&apos;s locale module.</source>
        <translation>只有 Debian 系客户机会在 cloud-init 的 locale 模块中运行 update-locale。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init&apos;s locale module does not run in this guest.</source>
        <translation>此客户机中不运行 cloud-init 的 locale 模块。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init sets locale %1, which the guest has.</source>
        <translation>cloud-init 会设置语言环境 %1，客户机中已有它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init sets locale %1, which the guest does not have: its locale module fails.</source>
        <translation>cloud-init 会设置语言环境 %1，但客户机中没有它：其 locale 模块会失败。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="+32"/>
        <source>user %1 has an empty password: logs in without one</source>
        <translation>用户 %1 的密码为空：无需密码即可登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1 has a usable password (hash not shown)</source>
        <translation>用户 %1 有可用的密码（不显示哈希值）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, owner %2, %n entry(ies), %3</source>
        <translation>
            <numerusform>%1，属主 %2，%n 项，%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No SSH keys, credential files or user passwords found in the image.</source>
        <translation>映像中未发现 SSH 密钥、凭据文件或用户密码。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n credential(s) baked into the image.</source>
        <translation>
            <numerusform>映像中内置了 %n 项凭据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requirements/PublishSummary.cpp" line="+27"/>
        <source>%n package(s) with security updates pending</source>
        <translation>
            <numerusform>%n 个软件包有待安装的安全更新</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security updates</source>
        <translation>安全更新</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Baked credentials</source>
        <translation>内置凭据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init locale</source>
        <translation>cloud-init 语言环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe to publish</source>
        <translation>可安全发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For release notes: counts and kinds only; no key, password or token is shown.</source>
        <translation>供发布说明使用：只列出数量和类型；不显示任何密钥、密码或令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="+40"/>
        <source>Pending security updates could not be listed: %1.</source>
        <translation>无法列出待安装的安全更新：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guest&apos;s package sources have no security repository: instances will not get security fixes.</source>
        <translation>客户机的软件源中没有安全仓库：实例将得不到安全修复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No security updates are pending (%1 asked in %2 s).</source>
        <translation>没有待安装的安全更新（已询问 %1，用时 %2 秒）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; held in the image, so no upgrade takes it</source>
        <extracomment>Evidence of security-updates: %1 is where the update comes from (e.g. Debian-Security:12/stable-security).</extracomment>
        <translation>%1；该软件包在镜像中被锁定（hold），任何升级都不会带上它</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n held package(s) have security updates that the hold keeps out of the image.</source>
        <translation>
            <numerusform>%n 个被锁定（hold）的软件包有安全更新，但锁定使这些更新无法进入镜像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) have security updates pending in the guest&apos;s repositories.</source>
        <translation>
            <numerusform>客户机的软件仓库中有 %n 个软件包的安全更新待安装。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/checks/LvmGrowth.cpp" line="+44"/>
        <source>cloud-init&apos;s growpart module grows LVM</source>
        <translation>cloud-init 的 growpart 模块会扩展 LVM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cloud-init&apos;s growpart module has no LVM step (no pvresize or lvextend)</source>
        <translation>cloud-init 的 growpart 模块没有 LVM 步骤（没有 pvresize 或 lvextend）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the growpart module of cloud-init %1 has no LVM step (no pvresize or lvextend)</source>
        <translation>cloud-init %1 的 growpart 模块没有 LVM 步骤（没有 pvresize 或 lvextend）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Root is on LVM; a boot script grows the partition, the physical volume and the logical volume.</source>
        <translation>根文件系统位于 LVM 上；一个启动脚本会扩展分区、物理卷和逻辑卷。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Root is on LVM; the guest&apos;s cloud-init grows the partition, the physical volume and the logical volume.</source>
        <translation>根文件系统位于 LVM 上；客户机自带的 cloud-init 会扩展分区、物理卷和逻辑卷。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cloud-init&apos;s growpart module was not found; cloud-init %1 is taken to grow partitions only</source>
        <translation>未找到 cloud-init 的 growpart 模块；认为 cloud-init %1 只扩展分区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Root is on LVM and nothing grows the logical volume at boot: growpart grows the partition only (no pvresize/lvextend step in cloud-init or a boot script).</source>
        <translation>根文件系统位于 LVM 上，启动时没有任何东西扩展逻辑卷：growpart 只扩展分区（cloud-init 或启动脚本中都没有 pvresize/lvextend 步骤）。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../ui/UiSupport.cpp" line="+30"/>
        <source>Disk and boot</source>
        <translation>磁盘与启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cloud-init</source>
        <extracomment>Product name, usually not translated.</extracomment>
        <translation>cloud-init</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hygiene</source>
        <extracomment>Checklist group: leftovers that should not be in a shared image (logs, keys, machine id).</extracomment>
        <translation>清理</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BootTestCommand.cpp" line="+97"/>
        <source>Boot a throw-away overlay of IMAGE in qemu-system-x86_64 the way Nova would (virtio disk and network, a ConfigDrive with a fresh SSH key, a larger disk) and check the serial console: kernel log, login prompt, cloud-init with ConfigDrive, grown root filesystem, SSH login with the key, ACPI power-off. IMAGE is never written.</source>
        <translation>以 Nova 的方式在 qemu-system-x86_64 中启动 IMAGE 的一次性覆盖层（virtio 磁盘和网络、带有新生成 SSH 密钥的 ConfigDrive、扩大的磁盘），并检查串口控制台输出：内核日志、登录提示符、cloud-init 使用 ConfigDrive、根文件系统已扩展、使用该密钥的 SSH 登录、ACPI 关机。IMAGE 本身绝不会被写入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The (fixed) disk image to boot.</source>
        <translation>要启动的（已修复）磁盘镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the disk by GIB, as a larger flavor would (default 1; 0 skips the check).</source>
        <translation>将磁盘扩大 GIB，模拟更大的云主机类型（默认 1；0 表示跳过该检查）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kill the guest after S seconds (default 900).</source>
        <translation>S 秒后强制终止客户机（默认 900）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (from the partition table), bios or uefi.</source>
        <translation>auto（根据分区表判断）、bios 或 uefi。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (KVM when it works, else TCG), kvm or tcg.</source>
        <translation>auto（KVM 可用时使用 KVM，否则使用 TCG）、kvm 或 tcg。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image&apos;s cloud-init default user (default debian).</source>
        <translation>镜像中 cloud-init 的默认用户（默认 debian）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save the serial console log to FILE.</source>
        <translation>同时将串口控制台日志保存到 FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the serial console as it comes.</source>
        <translation>实时打印串口控制台输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+19"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式打印结果。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>boot-test needs exactly one IMAGE (see --help)</source>
        <translation>boot-test 需要且只需要一个 IMAGE（参见 --help）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--grow wants a number of GiB from 0 to 1024</source>
        <translation>--grow 需要 0 到 1024 之间的 GiB 数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--timeout wants a number of seconds, at least 10</source>
        <translation>--timeout 需要一个秒数，至少为 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--firmware is auto, bios or uefi</source>
        <translation>--firmware 的取值为 auto、bios 或 uefi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--accel is auto, kvm or tcg</source>
        <translation>--accel 的取值为 auto、kvm 或 tcg</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Boot test of %1 (%2, %3, %4 s)</source>
        <translation>%1 的启动测试（%2，%3，%4 秒）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>evidence (console line %1): %2</source>
        <translation>证据（控制台第 %1 行）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CacheReportCommand.cpp" line="+70"/>
        <source>nova&apos;s instances_path, e.g. /var/lib/nova/instances.</source>
        <translation>nova 的 instances_path，例如 /var/lib/nova/instances。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the cache options from this nova.conf (default: nova&apos;s defaults).</source>
        <translation>从此 nova.conf 读取缓存选项（默认：nova 的默认值）。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Report what the image cache of a compute node ($instances_path/_base) holds, which instance disks use each file, and what nova&apos;s image cache manager will do with it. Reads only.

&quot;In use&quot; follows Nova&apos;s own rules on an instance list: --instances-json, else the libvirt domain XML (--libvirt-xml-dir), else a guess from every instance folder&apos;s disk chains (the report says which).

Exit status: 0 nothing to act on, 1 files would be removed or the next run would fail, 2 input error.</source>
        <translation>报告计算节点的镜像缓存（$instances_path/_base）中有哪些文件、哪些实例磁盘在使用每个文件，以及 nova 的镜像缓存管理器将如何处理它。只读。

“使用中”遵循 Nova 自身对实例列表的规则：先用 --instances-json，其次是 libvirt 域 XML（--libvirt-xml-dir），否则根据每个实例文件夹的磁盘链推测（报告会说明是哪一种）。

退出状态：0 无需处理，1 有文件将被删除或下一次运行会失败，2 输入错误。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report time: epoch seconds or ISO 8601 with an offset (default: now).</source>
        <translation>报告时间：Unix 纪元秒数或带时区偏移的 ISO 8601 时间（默认：现在）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glance image ids to name base files by (comma-separated, repeatable).</source>
        <translation>用于命名基础文件的 Glance 镜像 ID（以逗号分隔，可重复指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式打印报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write the report as HTML to FILE.</source>
        <translation>同时将报告以 HTML 格式写入 FILE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the instance list from the libvirt domain XML in DIR (default: /etc/libvirt/qemu when it holds a Nova instance; an empty DIR turns it off).</source>
        <translation>从 DIR 中的 libvirt 域 XML 读取实例列表（默认：/etc/libvirt/qemu，前提是其中有 Nova 实例；DIR 为空则关闭）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the instance list from FILE, the output of &apos;openstack server list --host HOST --long -f json&apos;.</source>
        <translation>从 FILE 读取实例列表，即 &apos;openstack server list --host HOST --long -f json&apos; 的输出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cache-report needs exactly one INSTANCES_DIR (see --help)</source>
        <translation>cache-report 需要且只需要一个 INSTANCES_DIR（参见 --help）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--at &apos;%1&apos; is neither epoch seconds nor an ISO 8601 time (e.g. 2024-05-01T12:00:00+02:00)</source>
        <translation>--at &apos;%1&apos; 既不是纪元秒数，也不是 ISO 8601 时间（例如 2024-05-01T12:00:00+02:00）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refusing to write %1 inside the instances folder</source>
        <translation>拒绝在实例文件夹中写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+39"/>
        <source>Check a disk image against the OpenStack image requirements. Exit code 0 when every required check passes, 1 when one fails, 2 on input errors. The image is never written.</source>
        <translation>对照 OpenStack 镜像要求检查磁盘镜像。所有必需检查项均通过时退出码为 0，有检查项失败时为 1，输入错误时为 2。镜像绝不会被写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ExportCommand.cpp" line="-3"/>
        <location filename="../app/cli/FixCommand.cpp" line="+86"/>
        <location filename="../app/cli/PlanCommand.cpp" line="+189"/>
        <source>Disk image, OVA/tar, or compressed image.</source>
        <translation>磁盘镜像、OVA/tar 或压缩镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the results as JSON.</source>
        <translation>以 JSON 格式打印结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write JUnit XML to FILE.</source>
        <translation>同时将 JUnit XML 写入 FILE。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write an HTML report to FILE.</source>
        <translation>同时将 HTML 报告写入 FILE。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only these check ids.</source>
        <translation>只运行这些 ID 的检查项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip these check ids.</source>
        <translation>跳过这些 ID 的检查项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the appliance network on, so security-updates can ask the guest&apos;s own repositories what is pending (without it that check is unknown).</source>
        <translation>打开 appliance 网络，以便 security-updates 向客户机自己的软件仓库查询待安装的更新（没有网络时该检查结果为未知）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check takes one IMAGE (see check --help)</source>
        <translation>check 只接受一个 IMAGE（参见 check --help）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/PlanCommand.cpp" line="-103"/>
        <location line="+91"/>
        <source>unknown check id: %1</source>
        <translation>未知的检查项 ID：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+12"/>
        <location filename="../app/cli/main.cpp" line="+49"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>Interrupted: stopping…</source>
        <translation>已中断：正在停止…</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-4"/>
        <source>Export a disk image for OpenStack: the image (qcow2 or raw, written under a temporary name, verified, then renamed), its Glance properties as JSON, YAML and an &apos;openstack image create&apos; script, SHA256SUMS and SHA512SUMS, optionally a bundle archive and an upload to Glance. The input image is never written.</source>
        <translation>为 OpenStack 导出磁盘镜像：镜像本身（qcow2 或 raw，先以临时名称写入并校验，然后重命名）、以 JSON、YAML 和 &apos;openstack image create&apos; 脚本形式给出的 Glance 属性、SHA256SUMS 和 SHA512SUMS，以及可选的打包文件和上传到 Glance。输入镜像绝不会被写入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output folder.</source>
        <translation>输出文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2 (default) or raw.</source>
        <translation>qcow2（默认）或 raw。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportArgs.cpp" line="+54"/>
        <source>Also write one archive: tar, tar.gz or tar.zst.</source>
        <translation>同时写入一个归档文件：tar、tar.gz 或 tar.zst。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set or override a property (repeatable).</source>
        <translation>设置或覆盖一个属性（可重复指定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a derived property (repeatable).</source>
        <translation>删除一个推导出的属性（可重复指定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min_ram in MiB (default: per family).</source>
        <translation>min_ram，单位 MiB（默认：按发行版系列确定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With virtio drivers, use virtio-scsi (discard) instead of virtio-blk.</source>
        <translation>使用 virtio 驱动时，采用 virtio-scsi（支持 discard）而不是 virtio-blk。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace existing output files.</source>
        <translation>替换已有的输出文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud in clouds.yaml (default: $OS_CLOUD).</source>
        <translation>clouds.yaml 中的云（默认：$OS_CLOUD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance endpoint, instead of a cloud.</source>
        <translation>Glance 端点，用于代替云。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token for --os-image-url (default: $OS_TOKEN).</source>
        <translation>用于 --os-image-url 的令牌（默认：$OS_TOKEN）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+2"/>
        <source>Print the derived properties and why; write nothing.</source>
        <translation>打印推导出的属性及其理由；不写入任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export takes one IMAGE (see export --help)</source>
        <translation>export 只接受一个 IMAGE（参见 export --help）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs -o DIR</source>
        <translation>export 需要 -o DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown --format %1 (qcow2 or raw)</source>
        <translation>未知的 --format %1（应为 qcow2 或 raw）</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportArgs.cpp" line="+36"/>
        <source>unknown --bundle %1 (tar, tar.gz or tar.zst)</source>
        <translation>未知的 --bundle %1（应为 tar、tar.gz 或 tar.zst）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--compress needs --format qcow2</source>
        <translation>--compress 需要 --format qcow2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--min-ram takes a number of MiB</source>
        <translation>--min-ram 需要一个 MiB 数</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the properties are not valid for Glance (fix or --unset them)</source>
        <translation>这些属性对 Glance 无效（请修复或用 --unset 删除它们）</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+36"/>
        <source>the export ended without a result</source>
        <translation>导出结束，但没有结果</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportArgs.cpp" line="+49"/>
        <source>image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (%2 bytes)</source>
        <extracomment>%1 is a file path, %2 its size in bytes.</extracomment>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Compress the qcow2 clusters (the default for --upload when the cloud takes qcow2).</source>
        <translation>压缩 qcow2 簇（云接受 qcow2 时为 --upload 的默认设置）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not compress, also for --upload.</source>
        <translation>不压缩，--upload 时也不压缩。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance image name; also names the files unless --base-name (default: the input&apos;s file name).</source>
        <translation>Glance 镜像名称；除非给出 --base-name，也用作文件名（默认：输入的文件名）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file stem (default: --name, else the input&apos;s).</source>
        <translation>输出文件名主干（默认：--name，否则取输入文件的）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to Glance after writing (credentials, endpoint and name are checked first).</source>
        <translation>写入后上传到 Glance（先检查凭据、端点和名称）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an image of the same name in the project once the new one is active.</source>
        <translation>新镜像变为 active 后，替换项目中同名的镜像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default: direct upload, Glance&apos;s image import where that is forbidden), direct or import.</source>
        <translation>auto（默认：直接上传，禁止直接上传时使用 Glance 的镜像导入）、direct 或 import。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--os-cloud, --os-image-url, --replace and --upload-method need --upload</source>
        <translation>--os-cloud、--os-image-url、--replace 和 --upload-method 需要 --upload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--compress and --no-compress exclude each other</source>
        <translation>--compress 与 --no-compress 互斥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --upload-method %1 (auto, direct or import)</source>
        <translation>未知的 --upload-method %1（auto、direct 或 import）</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>properties:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sums:</source>
        <translation>校验和：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundle:</source>
        <translation>打包文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, checksum and os_hash_value match)</source>
        <translation>%1（%2，checksum 和 os_hash_value 一致）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploaded through Glance&apos;s image import (glance-direct)</source>
        <translation>已通过 Glance 的镜像导入（glance-direct）上传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced image %1</source>
        <translation>已替换镜像 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-18"/>
        <source>Free space not trimmed: %1
</source>
        <translation>未修剪空闲空间：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space trimmed: %1
</source>
        <translation>已修剪空闲空间：%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/FixCommand.cpp" line="-46"/>
        <source>Exporting %1 to %2…
</source>
        <translation>正在将 %1 导出到 %2…
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--export would write %1 over OUT; choose another folder or --base-name</source>
        <translation>--export 会用 %1 覆盖 OUT；请选择其他文件夹或使用 --base-name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists; choose another folder or --overwrite</source>
        <translation>%1 已存在；请选择其他文件夹或使用 --overwrite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix the image for OpenStack: shows the plan (see plan), applies it on a copy-on-write overlay, checks again and writes the fixed image to OUT. Exit code 0 when every applied fix turned its check to pass and every required check passes, 1 when not (or cancelled), 2 on input errors.</source>
        <translation>为 OpenStack 修复镜像：显示修复计划（参见 plan），在写时复制覆盖层上应用修复，重新检查，并将修复后的镜像写入 OUT。每个已应用的修复都使其检查项变为通过且所有必需检查项均通过时退出码为 0，否则（或已取消）为 1，输入错误时为 2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the fixed image to OUT.</source>
        <translation>将修复后的镜像写入 OUT。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: qcow2 (default) or raw.</source>
        <translation>输出格式：qcow2（默认）或 raw。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply without asking.</source>
        <translation>直接应用，不再询问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No appliance network (repository installs then fail; use --local-packages).</source>
        <translation>辅助虚拟机不联网（从软件源安装将会失败；请使用 --local-packages）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot OUT with boot-test before reporting success (exit 1 when it fails).</source>
        <translation>在报告成功之前用 boot-test 启动 OUT（失败时退出码为 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --boot-test: the image&apos;s cloud-init default user (default debian).</source>
        <translation>配合 --boot-test：镜像的 cloud-init 默认用户（默认 debian）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also export OUT to DIR from the same session: Glance properties of the fixed image, SHA256SUMS and SHA512SUMS, and with the export options a bundle and an upload (see export --help).</source>
        <translation>在同一会话中把 OUT 导出到 DIR：修复后镜像的 Glance 属性、SHA256SUMS 和 SHA512SUMS，配合导出选项还可生成打包文件并上传（见 export --help）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fix takes one IMAGE (see fix --help)</source>
        <translation>fix 只接受一个 IMAGE（参见 fix --help）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fix needs -o OUT</source>
        <translation>fix 需要 -o OUT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format is qcow2 or raw, not %1</source>
        <translation>--format 的取值为 qcow2 或 raw，而不是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists; choose a new output name</source>
        <translation>%1 已存在；请选择新的输出名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT must differ from IMAGE: the input is never written</source>
        <translation>OUT 必须与 IMAGE 不同：输入镜像绝不会被写入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs --export DIR</source>
        <translation>%1 需要 --export DIR</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a terminal: pass --yes to apply the plan above</source>
        <translation>不是终端：请传入 --yes 以应用上面的计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply these %1 edits? [y/N] </source>
        <translation>应用这 %1 项修改？[y/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing applied</source>
        <translation>未应用任何修改</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled; no output was written.</source>
        <translation>已取消；未写入任何输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…
</source>
        <translation>正在写入 %1…
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1
</source>
        <translation>已写入 %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size on disk: %1 %2, %3 %4
</source>
        <translation>磁盘占用：%1 %2，%3 %4
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not exported: the fixed image does not pass its checks.
</source>
        <translation>未导出：修复后的镜像未通过检查。
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not exported: the boot test failed.
</source>
        <translation>未导出：启动测试失败。
</translation>
    </message>
    <message>
        <location filename="../app/cli/InspectCommand.cpp" line="+29"/>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2%3, %4 virtual)</source>
        <translation>%1（%2%3，虚拟大小 %4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in %1</source>
        <translation> 位于 %1 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init system:</source>
        <translation>Init 系统：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (boots with %2)</source>
        <extracomment>%1 the firmware a cloud must give the guest (UEFI, BIOS), %2 what its boot loaders can do.</extracomment>
        <translation>%1（可用 %2 启动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages:</source>
        <translation>软件包：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kernels:</source>
        <translation>内核：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Root:</source>
        <translation>根：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, on LVM</source>
        <translation>，位于 LVM 上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partitions (%1):</source>
        <translation>分区（%1）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LVM:</source>
        <translation>LVM：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volume group %1: %2, %3 free</source>
        <translation>卷组 %1：%2，空闲 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At boot:</source>
        <translation>开机时：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspect a disk image: operating system, disks, LVM, firmware, kernels, packages and services. The image is never written.</source>
        <translation>检查磁盘镜像的内容：操作系统、磁盘、LVM、固件、内核、软件包和服务。镜像绝不会被写入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk image (qcow2, raw, vmdk, vdi, vhd, vhdx), OVA/tar, or .gz/.xz/.zst/.bz2.</source>
        <translation>磁盘镜像（qcow2、raw、vmdk、vdi、vhd、vhdx）、OVA/tar 或 .gz/.xz/.zst/.bz2 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the facts as JSON.</source>
        <translation>以 JSON 格式打印检查到的信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --json: include the package list.</source>
        <translation>与 --json 一起使用时：包含软件包列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inspect takes one IMAGE (see inspect --help)</source>
        <translation>inspect 只接受一个 IMAGE（参见 inspect --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="-129"/>
        <source>Fix only these check ids.</source>
        <translation>只修复这些 ID 的检查项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder of .deb/.rpm/.apk files for the *-local alternatives (air-gapped hosts).</source>
        <translation>供 *-local 备选方案使用的 .deb/.rpm/.apk 文件所在文件夹（用于隔离网络的主机）。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose an alternative: ssh-key-injection=cloud-init-repo|cloud-init-local|firstboot-script, ssh-server, acpi-shutdown, qemu-guest-agent=packages-repo|packages-local, serial-console=remove-quiet|keep-quiet, root-password=lock|keep (repeatable).</source>
        <translation>选择一种方案：ssh-key-injection=cloud-init-repo|cloud-init-local|firstboot-script，ssh-server、acpi-shutdown、qemu-guest-agent=packages-repo|packages-local，serial-console=remove-quiet|keep-quiet，root-password=lock|keep（可重复）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep quiet, splash and rhgb on the kernel command line (serial-console=keep-quiet).</source>
        <translation>在内核命令行上保留 quiet、splash 和 rhgb（serial-console=keep-quiet）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted for older scripts; removing quiet is the default.</source>
        <translation>为兼容旧脚本而保留；默认就会移除 quiet。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the package manager&apos;s caches after installs (removed by default).</source>
        <translation>安装后保留软件包管理器的缓存（默认删除）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix failing checks only, not warnings.</source>
        <translation>只修复失败的检查项，不修复警告。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--alternative takes ID=NAME, not %1</source>
        <translation>--alternative 需要 ID=NAME 格式，而不是 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--keep-quiet and --remove-quiet contradict each other</source>
        <translation>--keep-quiet 与 --remove-quiet 互相矛盾</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Show the fixes imageprep would make, as unified diffs for files and lists for services, packages and commands. Nothing is written: the image is opened read-only through an overlay. Exit code 0, or 2 on input errors and invalid alternatives.</source>
        <translation>显示 imageprep 将进行的修复：文件以统一差异格式显示，服务、软件包和命令以列表显示。不写入任何内容：镜像通过覆盖层以只读方式打开。退出码为 0；输入错误或备选方案无效时为 2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>plan takes one IMAGE (see plan --help)</source>
        <translation>plan 只接受一个 IMAGE（参见 plan --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-97"/>
        <source>Show what the image holds: OS, disks, kernels, packages.</source>
        <translation>显示镜像的内容：操作系统、磁盘、内核、软件包。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the image against the OpenStack image requirements.</source>
        <translation>对照 OpenStack 镜像要求检查镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the fixes as diffs; changes nothing.</source>
        <translation>以差异形式显示修复；不做任何修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the fixes, check again and write the fixed image.</source>
        <translation>应用修复，重新检查，并写入修复后的镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report what a compute node&apos;s image cache keeps and removes.</source>
        <translation>报告计算节点的镜像缓存会保留和删除哪些内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the image for OpenStack: properties, sums, bundle, upload.</source>
        <translation>为 OpenStack 写出镜像：属性、校验和、打包文件、上传。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot a fixed image the way Nova would and check that it works.</source>
        <translation>以 Nova 的方式启动修复后的镜像，并检查其能否正常工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training labs: make practice images with defects, grade fixed ones.</source>
        <translation>培训实验：制作带缺陷的练习镜像，并为修复后的镜像评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: imageprep-cli [--quiet|--verbose] [--lang LANG] COMMAND [OPTIONS] ARGS</source>
        <extracomment>Command-line usage; COMMAND, OPTIONS and ARGS are placeholders, keep the option names.</extracomment>
        <translation>用法：imageprep-cli [--quiet|--verbose] [--lang LANG] COMMAND [OPTIONS] ARGS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an existing Linux VM disk image ready for OpenStack.</source>
        <translation>使现有的 Linux 虚拟机磁盘镜像满足 OpenStack 的要求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only results and errors.</source>
        <translation>只打印结果和错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also print the libguestfs log.</source>
        <translation>同时打印 libguestfs 日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the output: %1 (default: the system locale).</source>
        <extracomment>%1 is the list of language codes, e.g. &quot;en, zh_CN&quot;.</extracomment>
        <translation>输出语言：%1（默认：系统区域设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the version.</source>
        <translation>打印版本号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imageprep-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;imageprep-cli COMMAND --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 a check failed, 2 input error.</source>
        <translation>退出码：0 成功，1 有检查项失败，2 输入错误。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown language &apos;%1&apos;; available: %2</source>
        <translation>未知语言 &apos;%1&apos;；可用语言：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--lang needs a value (see --help)</source>
        <translation>--lang 需要一个值（参见 --help）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown option %1 (see --help)</source>
        <translation>未知选项 %1（参见 --help）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation>未知命令 &apos;%1&apos;（参见 --help）</translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message>
        <location filename="../core/glance/CloudConfig.cpp" line="+112"/>
        <source>%1 is not valid YAML.</source>
        <translation>%1 不是有效的 YAML。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cloud &quot;%1&quot; uses auth_type %2 but gives no image_endpoint_override.</source>
        <translation>云 &quot;%1&quot; 使用 auth_type %2，但未提供 image_endpoint_override。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cloud &quot;%1&quot; uses auth_type %2; imageprep supports password and v3applicationcredential.</source>
        <translation>云 &quot;%1&quot; 使用 auth_type %2；imageprep 支持 password 和 v3applicationcredential。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud &quot;%1&quot; has no auth.auth_url.</source>
        <translation>云 &quot;%1&quot; 没有 auth.auth_url。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud &quot;%1&quot; needs auth.username and auth.password (in clouds.yaml or secure.yaml).</source>
        <translation>云 &quot;%1&quot; 需要 auth.username 和 auth.password（在 clouds.yaml 或 secure.yaml 中）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud &quot;%1&quot; needs application_credential_id and application_credential_secret.</source>
        <translation>云 &quot;%1&quot; 需要 application_credential_id 和 application_credential_secret。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no &quot;clouds&quot; mapping.</source>
        <translation>%1 中没有 &quot;clouds&quot; 映射。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud &quot;%1&quot; is not in %2 (it has: %3).</source>
        <translation>云 &quot;%1&quot; 不在 %2 中（其中包含：%3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cloud &quot;%1&quot; in %2 is malformed.</source>
        <translation>%2 中的云 &quot;%1&quot; 格式有误。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The OS_* variables could not be read.</source>
        <translation>无法读取 OS_* 环境变量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cloud named: give --os-cloud NAME, set OS_CLOUD, or set OS_AUTH_URL and the other OS_* variables.</source>
        <translation>未指定云：请给出 --os-cloud NAME、设置 OS_CLOUD，或设置 OS_AUTH_URL 及其他 OS_* 变量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No clouds.yaml found (looked in ./, ~/.config/openstack/, /etc/openstack/ and $OS_CLIENT_CONFIG_FILE).</source>
        <translation>未找到 clouds.yaml（已查找 ./、~/.config/openstack/、/etc/openstack/ 和 $OS_CLIENT_CONFIG_FILE）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>CloudInitStatusText</name>
    <message>
        <location filename="../core/boot/CloudInitStatus.cpp" line="+104"/>
        <source>no module named</source>
        <translation>未指明模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing module: %1</source>
        <translation>失败的模块：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init finished without errors.</source>
        <translation>cloud-init 已完成，没有错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init ended with status error (%1).</source>
        <translation>cloud-init 以 error 状态结束（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init finished degraded (%1).</source>
        <translation>cloud-init 以 degraded 状态完成（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init is disabled in the guest.</source>
        <translation>客户机中的 cloud-init 已被禁用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init had not finished when the test asked.</source>
        <translation>测试查询时 cloud-init 尚未完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud-init status could not be read.</source>
        <translation>无法读取 cloud-init 的状态。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The guest has no cloud-init command.</source>
        <translation>客户机中没有 cloud-init 命令。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(ssh timed out)</source>
        <translation>（ssh 超时）</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <location filename="../core/checks/BakedCredentials.cpp" line="+107"/>
        <source>not read: %1 bytes</source>
        <translation>未读取：%1 字节</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>authorized SSH keys</source>
        <translation>已授权的 SSH 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known SSH hosts</source>
        <translation>已知的 SSH 主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.netrc password</source>
        <translation>.netrc 密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS credentials</source>
        <translation>AWS 凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStack cloud password</source>
        <translation>OpenStack 云密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container registry login</source>
        <translation>容器镜像仓库登录凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login password</source>
        <translation>登录密码</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../core/fixes/Edit.cpp" line="+30"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 未被修改：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was created since the plan was made.</source>
        <translation>它是在制定计划之后创建的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is no longer a regular file.</source>
        <translation>它已不再是普通文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is larger than %1 bytes.</source>
        <translation>它大于 %1 字节。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a binary file.</source>
        <translation>它是二进制文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content changed since the plan was made.</source>
        <translation>它的内容在制定计划之后发生了变化。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>new file, mode %1</source>
        <translation>新文件，权限模式 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already empty</source>
        <translation>%1 已经为空</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new content is binary or too large.</source>
        <translation>新内容是二进制内容或过大。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>removed (%n byte(s), sha256 %1)</source>
        <translation>
            <numerusform>已删除（%n 字节，sha256 %1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it changed since the plan was made.</source>
        <translation>它在制定计划之后发生了变化。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enable the service %1</source>
        <translation>启用服务 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the service %1 (it stays installed)</source>
        <translation>禁用服务 %1（保留其安装）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>something else exists at that path.</source>
        <translation>该路径上已存在其他内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not a service link.</source>
        <translation>它不是服务链接。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Install %1 from the local folder %2</source>
        <translation>从本地文件夹 %2 安装 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install %1 from the guest&apos;s package repositories (%2)</source>
        <translation>从客户机的软件源安装 %1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>packages (%1, local files from %2):</source>
        <translation>软件包（%1，来自 %2 的本地文件）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>packages (%1, from the guest&apos;s repositories, appliance network on):</source>
        <translation>软件包（%1，来自客户机的软件源，辅助虚拟机联网）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Empty the log files under %1</source>
        <translation>清空 %1 下的日志文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty every non-empty file under %1 when applied (journal files removed); now:</source>
        <translation>应用时清空 %1 下所有非空文件（删除 journal 文件）；当前：</translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message>
        <location filename="../core/fixes/GuestfsEditor.cpp" line="+56"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not restore the owner and mode of %1.</source>
        <translation>无法恢复 %1 的属主和权限模式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not restore the SELinux context of %1.</source>
        <translation>无法恢复 %1 的 SELinux 上下文。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the link %1.</source>
        <translation>无法创建链接 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The command %1 failed in the guest.</source>
        <translation>命令 %1 在客户机中执行失败。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A command failed in the guest.</source>
        <translation>客户机中有命令执行失败。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not create %1 in the guest.</source>
        <translation>无法在客户机中创建 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not copy %1 into the guest.</source>
        <translation>无法将 %1 复制到客户机中。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>imageprep cannot install packages with %1.</source>
        <translation>imageprep 无法使用 %1 安装软件包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installing packages in the guest: %1</source>
        <translation>正在客户机中安装软件包：%1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../core/export/Bundle.cpp" line="+105"/>
        <source>libarchive cannot write %1.</source>
        <translation>libarchive 无法写入 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk holding %1 is full; no bundle was written.</source>
        <translation>%1 所在的磁盘已满；未写入打包文件。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../core/export/Digests.cpp" line="+46"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot add %1 to the bundle.</source>
        <translation>无法将 %1 添加到打包文件中。</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../core/export/Digests.cpp" line="+8"/>
        <source>Reading %1 failed.</source>
        <translation>读取 %1 失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundling</source>
        <translation>正在打包</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/export/Digests.cpp" line="+10"/>
        <location filename="../core/export/Exporter.cpp" line="+34"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Writing %1 into the bundle failed.</source>
        <translation>将 %1 写入打包文件失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the bundle failed.</source>
        <translation>完成打包文件失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flushing the bundle failed.</source>
        <translation>将打包文件刷写到磁盘失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename the bundle to %1.</source>
        <translation>无法将打包文件重命名为 %1。</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+21"/>
        <source>Cannot open %1 to flush it.</source>
        <translation>无法打开 %1 以刷写到磁盘。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flushing %1 to disk failed.</source>
        <translation>将 %1 刷写到磁盘失败。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>qemu-img cannot read %1.</source>
        <translation>qemu-img 无法读取 %1。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not enough free space in %1: the image needs %2 MiB, %3 MiB are free.</source>
        <translation>%1 中的可用空间不足：镜像需要 %2 MiB，可用 %3 MiB。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding %1 is full; no image was written.</source>
        <translation>%1 所在的磁盘已满；未写入镜像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qemu-img could not write the image; no image was written.</source>
        <translation>qemu-img 无法写入镜像；未写入镜像。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The written image failed qemu-img check; it was removed.</source>
        <translation>写入的镜像未通过 qemu-img check；已将其删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The written image has virtual size %1, the source %2; it was removed.</source>
        <translation>写入的镜像虚拟大小为 %1，源镜像为 %2；已将其删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename the image to %1.</source>
        <translation>无法将镜像重命名为 %1。</translation>
    </message>
    <message>
        <location filename="../core/export/Digests.cpp" line="-2"/>
        <source>Hashing</source>
        <translation>正在计算哈希</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OpenSSL digests failed.</source>
        <translation>OpenSSL 摘要计算失败。</translation>
    </message>
    <message>
        <location filename="../core/export/Exporter.cpp" line="+143"/>
        <source>No output folder given.</source>
        <translation>未指定输出文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出文件夹 %1。</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The file name &quot;%1&quot; must not contain &apos;/&apos;.</source>
        <translation>文件名 &quot;%1&quot; 中不能包含 &apos;/&apos;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 exists; choose another folder or allow overwriting.</source>
        <translation>%1 已存在；请选择其他文件夹或允许覆盖。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the exported image format</source>
        <translation>导出的镜像格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a plain disk image, no container</source>
        <translation>普通磁盘镜像，无容器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The image properties are not valid for Glance.</source>
        <translation>镜像属性对 Glance 无效。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>virtual size %1 bytes, rounded up to whole GiB</source>
        <translation>虚拟大小 %1 字节，向上取整到整 GiB</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <location filename="../core/util/VerifiedWrite.cpp" line="+27"/>
        <source>The disk holding %1 is full; the file was not written.</source>
        <translation>存放 %1 的磁盘已满；文件未写入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>FirstBootText</name>
    <message>
        <location filename="../core/fixes/FirstBoot.cpp" line="+101"/>
        <source>First-boot script that grows the LVM root (%1)</source>
        <translation>扩展 LVM 根文件系统的首次启动脚本（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First-boot script that fetches the SSH key (%1)</source>
        <translation>获取 SSH 密钥的首次启动脚本（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run the first-boot script from OpenRC&apos;s local service</source>
        <translation>从 OpenRC 的 local 服务运行首次启动脚本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run the first-boot script from /etc/rc.local</source>
        <translation>从 /etc/rc.local 运行首次启动脚本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>systemd unit that runs the first-boot script</source>
        <translation>运行首次启动脚本的 systemd 单元</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <location filename="../core/glance/Http.cpp" line="+20"/>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceClient.cpp" line="+348"/>
        <location filename="../core/glance/Http.cpp" line="+37"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/glance/Http.cpp" line="+2"/>
        <source>%1: the server did not answer in time.</source>
        <translation>%1：服务器未及时响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceClient.cpp" line="-282"/>
        <source>Glance refused the request (400 Bad Request): a property has a wrong name, type or value.</source>
        <translation>Glance 拒绝了请求（400 Bad Request）：某个属性的名称、类型或值有误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance refused the credentials (401 Unauthorized): the token is missing or expired.</source>
        <translation>Glance 拒绝了凭据（401 Unauthorized）：令牌缺失或已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance forbids this (403 Forbidden): a reserved or protected attribute, or a policy that denies it.</source>
        <translation>Glance 禁止此操作（403 Forbidden）：涉及保留或受保护的属性，或被策略拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance does not know this image (404 Not Found).</source>
        <translation>Glance 中不存在此镜像（404 Not Found）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance reports a conflict (409): the image is not in a state that allows this (already uploaded or being deleted).</source>
        <translation>Glance 报告冲突（409）：镜像当前的状态不允许此操作（已上传或正在删除）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance refused the data (413): the image exceeds the size limit or your storage quota.</source>
        <translation>Glance 拒绝了数据（413）：镜像超出了大小限制或您的存储配额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance refused the content type (415).</source>
        <translation>Glance 拒绝了该内容类型（415）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance failed (HTTP %1): a server-side error; see the Glance log.</source>
        <translation>Glance 出错（HTTP %1）：服务器端错误；请查看 Glance 日志。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance answered HTTP %1.</source>
        <translation>Glance 返回 HTTP %1。</translation>
    </message>
    <message>
        <location filename="../core/glance/Keystone.cpp" line="+154"/>
        <source>Cloud &quot;%1&quot; gives no image endpoint.</source>
        <translation>云 &quot;%1&quot; 未提供镜像端点。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Keystone at %1</source>
        <translation>位于 %1 的 Keystone</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No region named: using region %1, the first with a %2 image endpoint.</source>
        <translation>未指定区域：使用区域 %1，即第一个具有 %2 镜像端点的区域。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloud &quot;%1&quot; has no %2 image endpoint in region %3; it has one in: %4.</source>
        <translation>云“%1”在区域 %3 中没有 %2 镜像端点；以下区域有：%4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service catalog of cloud &quot;%1&quot; has no image (Glance) endpoint.</source>
        <translation>云“%1”的服务目录中没有镜像（Glance）端点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service catalog of cloud &quot;%1&quot; has no %2 image endpoint (only: %3); set interface or image_interface.</source>
        <translation>云“%1”的服务目录中没有 %2 镜像端点（只有：%3）；请设置 interface 或 image_interface。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keystone refused the credentials of cloud &quot;%1&quot; (401).</source>
        <translation>Keystone 拒绝了云 &quot;%1&quot; 的凭据（401）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystone answered HTTP %1 for cloud &quot;%2&quot;.</source>
        <translation>Keystone 对云 &quot;%2&quot; 返回 HTTP %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keystone returned no X-Subject-Token.</source>
        <translation>Keystone 未返回 X-Subject-Token。</translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceClient.cpp" line="+132"/>
        <source>Creating the image</source>
        <translation>正在创建镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance created an image but returned no id.</source>
        <translation>Glance 创建了镜像，但未返回 ID。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Uploading the image data</source>
        <translation>正在上传镜像数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staging the image data</source>
        <translation>正在暂存镜像数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the image import</source>
        <translation>正在启动镜像导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the image record</source>
        <translation>正在读取镜像记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the image</source>
        <translation>正在删除镜像</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking Glance for its import methods</source>
        <translation>正在向 Glance 查询其导入方法</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading Glance&apos;s image schema</source>
        <translation>正在读取 Glance 的镜像模式</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for images named %1</source>
        <translation>正在查找名为 %1 的镜像</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Glance marked the image %1 after the upload; see the Glance log.</source>
        <translation>上传后 Glance 将镜像标记为 %1；请查看 Glance 日志。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glance&apos;s import of the image failed: %1</source>
        <translation>Glance 导入镜像失败：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image is still %1 after %2 s; Glance did not finish processing it.</source>
        <translation>%2 秒后镜像仍为 %1；Glance 未完成对其的处理。</translation>
    </message>
    <message>
        <location filename="../core/glance/GlanceUpload.cpp" line="+28"/>
        <source>This Glance does not offer the glance-direct import (it offers: %1).</source>
        <translation>此 Glance 不提供 glance-direct 导入（它提供：%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glance already has an image named &quot;%1&quot; (%2): choose another name, or replace it.</source>
        <translation>Glance 中已有名为“%1”的镜像（%2）：请换一个名称，或替换它。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The direct upload is not allowed here; using Glance&apos;s image import</source>
        <translation>此处不允许直接上传；改用 Glance 的镜像导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the staged image</source>
        <translation>正在导入已暂存的镜像</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Creating the Glance image</source>
        <translation>正在创建 Glance 镜像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The half-created image %1 was deleted.</source>
        <translation>已删除创建了一半的镜像 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image %1 is left in Glance.</source>
        <translation>镜像 %1 仍保留在 Glance 中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for Glance to activate the image</source>
        <translation>正在等待 Glance 激活镜像</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Glance&apos;s checksum %1 differs from the file&apos;s MD5 %2: the upload was damaged.</source>
        <translation>Glance 的 checksum %1 与文件的 MD5 %2 不一致：上传的数据已损坏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glance&apos;s os_hash_value differs from the file&apos;s SHA-512: the upload was damaged.</source>
        <translation>Glance 的 os_hash_value 与文件的 SHA-512 不一致：上传的数据已损坏。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 is active, but the older image %2 of the same name could not be deleted: %3</source>
        <translation>镜像 %1 已为 active，但无法删除同名的旧镜像 %2：%3</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <location filename="../core/image/ArchiveSupport.cpp" line="+11"/>
        <location filename="../core/image/ImageProbe.cpp" line="+37"/>
        <location filename="../core/image/ImageSource.cpp" line="+26"/>
        <source>Opening the image was cancelled.</source>
        <translation>已取消打开镜像。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ends too early: the archive or compressed file is truncated. Copy or download it again.</source>
        <translation>%1 提前结束：归档或压缩文件已被截断。请重新复制或下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be unpacked: the archive or compressed data is damaged. Copy or download it again.</source>
        <translation>无法解压 %1：归档或压缩数据已损坏。请重新复制或下载。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 is refused: its entry &quot;%2&quot; %3. Such archives can overwrite files outside the folder they are unpacked into; imageprep does not open them. Unpack it yourself after checking where it came from.</source>
        <translation>已拒绝打开 %1：其中的条目“%2”不安全（%3）。此类归档可能覆盖解压目标文件夹之外的文件，imageprep 不会打开它们。请先核实其来源，再自行解压。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a hard link</source>
        <translation>是硬链接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a symbolic link</source>
        <translation>是符号链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device node</source>
        <translation>是设备节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a named pipe (FIFO)</source>
        <translation>是命名管道（FIFO）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a special file</source>
        <translation>是特殊文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has an absolute path</source>
        <translation>使用绝对路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains &quot;..&quot;</source>
        <translation>包含“..”</translation>
    </message>
    <message>
        <location filename="../core/image/ArchiveSupport.h" line="+88"/>
        <source>Cannot create %1 in the work folder: %2.</source>
        <translation>无法在工作文件夹中创建 %1：%2。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Not enough space in the work folder %1 to unpack %2: %3 free after writing %4, and imageprep keeps %5 free. Free some space or set IMAGEPREP_WORKDIR to a folder on a larger disk.</source>
        <translation>工作文件夹 %1 空间不足，无法解压 %2：写入 %4 后仅剩 %3 可用空间，而 imageprep 需保留 %5 可用空间。请释放一些空间，或将 IMAGEPREP_WORKDIR 设置为位于更大磁盘上的文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2.</source>
        <translation>写入 %1 失败：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 expands to more than %2, the limit for an unpacked disk; imageprep stopped to protect against a decompression bomb. If the image really is that large, raise IMAGEPREP_MAX_EXTRACT_BYTES.</source>
        <translation>%1 解压后超过 %2（解压后磁盘的大小上限）；为防范解压炸弹，imageprep 已停止操作。如果该镜像确实这么大，请调高 IMAGEPREP_MAX_EXTRACT_BYTES。</translation>
    </message>
    <message>
        <location filename="../core/image/Archive.cpp" line="+92"/>
        <source>%1 is not a tar archive.</source>
        <translation>%1 不是 tar 归档。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has more than %2 entries; an OVA or disk archive never needs that many. Unpack it yourself after checking it.</source>
        <translation>%1 包含超过 %2 个条目；OVA 或磁盘归档绝不需要这么多条目。请先检查该文件，再自行解压。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is refused: it contains &quot;%2&quot; twice, so it is unclear which one is meant.</source>
        <translation>已拒绝打开 %1：其中包含两个“%2”，无法确定应使用哪一个。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is refused: its descriptor &quot;%2&quot; is larger than it declares.</source>
        <translation>已拒绝打开 %1：其描述文件“%2”的实际大小超过了声明的大小。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not compressed.</source>
        <translation>%1 未经压缩。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 does not contain &quot;%2&quot;. The archive is incomplete; export or download it again.</source>
        <translation>%1 中不含“%2”。该归档不完整；请重新导出或下载。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 is refused: its member &quot;%2&quot; is %3, more than the %4 the disk can need. Export or download the appliance again.</source>
        <translation>已拒绝打开 %1：其成员“%2”大小为 %3，超过了该磁盘最多可能需要的 %4。请重新导出或下载该虚拟设备。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The OVF says &quot;%1&quot; is gzip-compressed, but it is not readable as gzip. Export or download the appliance again.</source>
        <translation>OVF 声明“%1”采用 gzip 压缩，但无法按 gzip 格式读取。请重新导出或下载该虚拟设备。</translation>
    </message>
    <message>
        <location filename="../core/image/ImageProbe.cpp" line="+62"/>
        <location filename="../core/image/Workspace.cpp" line="+212"/>
        <source>qemu-img was not found. Install the qemu-utils package and try again.</source>
        <translation>未找到 qemu-img。请安装 qemu-utils 软件包后重试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is truncated: the file ends before the image data it describes. It was probably cut short while copying or downloading; copy it again from its source.</source>
        <translation>%1 已被截断：文件在其所描述的镜像数据之前就已结束。它很可能在复制或下载过程中被截断；请从来源处重新复制。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 looks like a %2 image but its structure is damaged. Copy it again from its source, or try `qemu-img check -r all` on a copy.</source>
        <translation>%1 看起来是 %2 镜像，但其结构已损坏。请从来源处重新复制，或对副本尝试运行 `qemu-img check -r all`。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is encrypted (%2). imageprep cannot inspect encrypted disks; decrypt it first, e.g. with `qemu-img convert` and the key, then open the decrypted copy.</source>
        <translation>%1 已加密（%2）。imageprep 无法检查加密磁盘；请先解密，例如使用 `qemu-img convert` 配合密钥，然后打开解密后的副本。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>libblkid could not read %1.</source>
        <translation>libblkid 无法读取 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be read. Check the file and the disk it is on.</source>
        <translation>无法读取 %1。请检查该文件及其所在的磁盘。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a disk image: it has no partition table and no file system. Choose a qcow2, raw, VMDK, VDI, VHD or VHDX disk, or an OVA.</source>
        <translation>%1 不是磁盘镜像：它既没有分区表，也没有文件系统。请选择 qcow2、raw、VMDK、VDI、VHD 或 VHDX 磁盘，或 OVA 文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 不存在。请检查路径后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: permission denied. Make the file readable for your user (it is only read, never written) or copy it somewhere you own.</source>
        <translation>无法读取 %1：权限被拒绝。请为当前用户授予该文件的读取权限（imageprep 只读取、从不写入该文件），或将其复制到您有权限的位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder. Choose the disk image file inside it.</source>
        <translation>%1 是一个文件夹。请选择其中的磁盘镜像文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2). Check the file and the disk it is on.</source>
        <translation>无法读取 %1（%2）。请检查该文件及其所在的磁盘。</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>%1 is not a regular file. Choose a disk image file.</source>
        <translation>%1 不是普通文件。请选择磁盘镜像文件。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is a named pipe (FIFO), not a disk image file. Save the image to a regular file and open that.</source>
        <translation>%1 是命名管道（FIFO），不是磁盘映像文件。请将映像保存为普通文件后再打开。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The VMDK descriptor %1 refers to %2, which is not a regular file. imageprep only opens VMDK extents that are files.</source>
        <translation>VMDK 描述文件 %1 引用了 %2，它不是普通文件。imageprep 只打开区段为普通文件的 VMDK。</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>qemu-img did not answer within %1 s while reading %2; a file it needs may be a pipe or on a hung network share.</source>
        <translation>qemu-img 在读取 %2 时 %1 秒内没有响应；它需要的某个文件可能是管道，或位于无响应的网络共享上。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>qemu-img cannot open %1: its header is damaged or of an unsupported version. Copy it again from its source.</source>
        <translation>qemu-img 无法打开 %1：其文件头已损坏或版本不受支持。请从来源处重新复制。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>qemu-img gave no format for %1.</source>
        <translation>qemu-img 未返回 %1 的格式。</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 is an overlay on the backing file %2. Flatten it into one self-contained image first: qemu-img convert -O qcow2 %1 flat.qcow2</source>
        <translation>%1 是基于后备文件 %2 的覆盖层。请先将其合并为一个独立的镜像：qemu-img convert -O qcow2 %1 flat.qcow2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 keeps its data in the separate file %2. Convert it into one self-contained image first: qemu-img convert -O qcow2 %1 flat.qcow2</source>
        <translation>%1 的数据保存在单独的文件 %2 中。请先将其转换为一个独立的镜像：qemu-img convert -O qcow2 %1 flat.qcow2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The VMDK descriptor %1 refers to %2, which is not a file in its own folder. imageprep only opens VMDK files whose extents lie next to the descriptor; convert it first: qemu-img convert -O qcow2 %1 disk.qcow2</source>
        <translation>VMDK 描述文件 %1 引用了 %2，而后者并不是与其位于同一文件夹中的文件。imageprep 只能打开数据区段文件（extent）与描述文件位于同一文件夹的 VMDK；请先进行转换：qemu-img convert -O qcow2 %1 disk.qcow2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is empty (0 bytes), not a disk image. Copy the image again from its source.</source>
        <translation>%1 为空（0 字节），不是磁盘镜像。请从来源处重新复制该镜像。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a %2 image, which imageprep does not support. Convert it to qcow2 with qemu-img convert first.</source>
        <translation>%1 是 %2 镜像，imageprep 不支持该格式。请先使用 qemu-img convert 将其转换为 qcow2。</translation>
    </message>
    <message>
        <location filename="../core/image/ImageSource.cpp" line="+40"/>
        <source>&quot;%1&quot; inside %2 does not match the %3 digest in the OVA&apos;s manifest: the file was damaged or altered. Export or download the appliance again.</source>
        <translation>%2 中的“%1”与 OVA 清单中的 %3 摘要不匹配：该文件已损坏或被篡改。请重新导出或下载该虚拟设备。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is an archive without any file in it. Choose the disk image or the OVA itself.</source>
        <translation>%1 是一个不含任何文件的归档。请直接选择磁盘镜像或 OVA 文件本身。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The OVF descriptor in %1 lists no disk with a file. Export the appliance again with its disks.</source>
        <translation>%1 中的 OVF 描述文件未列出任何带有文件的磁盘。请连同磁盘重新导出该虚拟设备。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk %1 is compressed with &quot;%2&quot;, which imageprep does not support. Export the appliance without compression.</source>
        <translation>磁盘 %1 使用“%2”压缩，imageprep 不支持该压缩方式。请在不压缩的情况下导出该虚拟设备。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OVF descriptor names the disk file %1, but %2 does not contain it. Export or download the appliance again.</source>
        <translation>OVF 描述文件指定的磁盘文件为 %1，但 %2 中不含该文件。请重新导出或下载该虚拟设备。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is refused: its member %2 is %3 bytes, larger than the %4 bytes its OVF declares. Export or download the appliance again.</source>
        <translation>已拒绝打开 %1：其成员 %2 大小为 %3 字节，超过了 OVF 声明的 %4 字节。请重新导出或下载该虚拟设备。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&quot;%1&quot; inside %2 is a VMDK descriptor that refers to other files. imageprep only opens self-contained disks from archives; export the appliance with a monolithic or stream-optimized disk.</source>
        <translation>%2 中的“%1”是引用了其他文件的 VMDK 描述文件。imageprep 只能从归档中打开独立的磁盘；请以 monolithic 或 stream-optimized 磁盘格式导出该虚拟设备。</translation>
    </message>
    <message>
        <location filename="../core/image/Ovf.cpp" line="+58"/>
        <source>The OVF descriptor is invalid: %1. Export the appliance again.</source>
        <translation>OVF 描述文件无效：%1。请重新导出该虚拟设备。</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The OVF descriptor contains a DOCTYPE, which imageprep refuses (OVF files never need one). Check where the appliance came from.</source>
        <translation>OVF 描述文件包含 DOCTYPE，imageprep 拒绝打开此类文件（OVF 文件从不需要 DOCTYPE）。请核实该虚拟设备的来源。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not an OVF descriptor (the root element is not an OVF Envelope). Choose an .ova exported by VMware or VirtualBox.</source>
        <translation>这不是 OVF 描述文件（根元素不是 OVF Envelope）。请选择由 VMware 或 VirtualBox 导出的 .ova 文件。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The OVF descriptor is empty or not XML. Export the appliance again.</source>
        <translation>OVF 描述文件为空或不是 XML。请重新导出该虚拟设备。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The OVA manifest (.mf) line %1 is not a digest line. Export the appliance again.</source>
        <translation>OVA 清单文件（.mf）第 %1 行不是摘要行。请重新导出该虚拟设备。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OVA manifest (.mf) has a %1 digest of the wrong length for %2.</source>
        <translation>OVA 清单文件（.mf）中 %2 的 %1 摘要长度不正确。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2, %3 GiB)</source>
        <extracomment>%1 is the OVF disk id, %2 its file, %3 its capacity in GiB.</extracomment>
        <translation>%1（%2，%3 GiB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, the boot disk</source>
        <translation>，启动盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The appliance has %1 disks: %2. A Glance image is one disk, and imageprep exports only the boot disk of single-disk appliances; the guest may keep /var, /home or data on the others. Move everything onto one disk, or export the other disks separately as volumes.</source>
        <translation>该虚拟设备有 %1 块磁盘：%2。一个 Glance 镜像只含一块磁盘，imageprep 只导出单磁盘设备的启动盘；客户机可能把 /var、/home 或数据放在其他磁盘上。请把所有内容移到一块磁盘上，或将其他磁盘单独导出为卷。</translation>
    </message>
    <message>
        <location filename="../core/image/Workspace.cpp" line="-121"/>
        <source>Cannot create a work folder in %1. Make sure the folder exists and is writable, or set IMAGEPREP_WORKDIR to another folder.</source>
        <translation>无法在 %1 中创建工作文件夹。请确认该文件夹存在且可写，或将 IMAGEPREP_WORKDIR 设置为其他文件夹。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Not enough space in the work folder %1: %2 needed, %3 free. Free some space there or set IMAGEPREP_WORKDIR to a folder on a larger disk.</source>
        <translation>工作文件夹 %1 空间不足：需要 %2，可用 %3。请在该位置释放一些空间，或将 IMAGEPREP_WORKDIR 设置为位于更大磁盘上的文件夹。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>An overlay needs a probed base image (path and format).</source>
        <translation>创建覆盖层需要已探测的基础镜像（路径和格式）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image&apos;s virtual size (%1 bytes) is larger than a qcow2 overlay can hold, so imageprep cannot open it. Check the image&apos;s header: a real disk of this size is unlikely.</source>
        <translation>映像的虚拟大小（%1 字节）超出了 qcow2 覆盖层所能容纳的范围，因此 imageprep 无法打开它。请检查映像的文件头：真实磁盘几乎不可能有这么大。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not create the session overlay in %1. Check that the work folder is writable and has free space.</source>
        <translation>无法在 %1 中创建会话覆盖层。请检查工作文件夹是否可写且有可用空间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qemu-img could not create the session overlay in %1: %2</source>
        <translation>qemu-img 无法在 %1 中创建会话覆盖层：%2</translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <location filename="../app/cli/LabCommand.cpp" line="+78"/>
        <source>Build a practice image with the chosen defects (--list shows them).</source>
        <translation>制作带有所选缺陷的练习镜像（--list 列出可用缺陷）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade an image: which expected requirements pass, which still fail, and a score.</source>
        <translation>为镜像评分：哪些预期要求已通过、哪些仍失败，并给出得分。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Usage: imageprep-cli lab make|grade|steps [OPTIONS] ARGS

Training labs: practice images with chosen defects, and grading of a trainee&apos;s fixed image.

Commands:
</source>
        <translation>用法：imageprep-cli lab make|grade|steps [OPTIONS] ARGS

培训实验：制作带有所选缺陷的练习镜像，并为学员修复后的镜像评分。

命令：
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to check and fix requirements by hand, with the libguestfs tools.</source>
        <translation>如何用 libguestfs 工具手动检查和修复各项要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imageprep-cli lab COMMAND --help&apos; for the options of each.</source>
        <translation>运行 &apos;imageprep-cli lab COMMAND --help&apos; 查看各命令的选项。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Build a practice image: plant the chosen defects into a copy of a clean guest (BASE, or a generated Debian practice guest when --base is not given), check that each one now fails, and write OUT as qcow2. The base image is never written. Exit code 0 when every defect was planted and shows, 2 on input errors (unknown defect, one that cannot be planted on this guest, or one the re-check does not show).</source>
        <translation>制作练习镜像：在干净客户机（BASE；未指定 --base 时为自动生成的 Debian 练习客户机）的副本中植入所选缺陷，检查确认每个缺陷现在均为失败，然后将 OUT 写为 qcow2。基础镜像绝不会被写入。所有缺陷均已植入并能被检查出时退出码为 0；输入错误时为 2（未知缺陷、无法在此客户机上植入的缺陷，或重新检查未能显示的缺陷）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The practice image to write (qcow2).</source>
        <translation>要写入的练习镜像（qcow2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects to plant, named by the requirement they break.</source>
        <translation>要植入的缺陷，以其所破坏的要求命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean guest image to start from (default: a generated Debian guest).</source>
        <translation>作为起点的干净客户机镜像（默认：自动生成的 Debian 客户机）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the available defects and exit.</source>
        <translation>列出可用的缺陷并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --list: print the defects as JSON.</source>
        <translation>与 --list 一起使用：以 JSON 格式输出缺陷。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace OUT when it exists.</source>
        <translation>OUT 已存在时替换它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lab make takes one OUT (see lab make --help)</source>
        <translation>lab make 只接受一个 OUT（参见 lab make --help）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lab make needs --defects ID,... (see lab make --list)</source>
        <translation>lab make 需要 --defects ID,...（参见 lab make --list）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no defect named %1; available: %2</source>
        <translation>没有名为 %1 的缺陷；可用的缺陷：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists; choose a new output name or pass --overwrite</source>
        <translation>%1 已存在；请选择新的输出文件名，或指定 --overwrite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OUT must differ from the base image: the base is never written</source>
        <translation>OUT 必须与基础镜像不同：基础镜像绝不会被写入</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating a clean Debian practice guest…</source>
        <translation>正在生成干净的 Debian 练习客户机…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the base image does not pass %1, so the defect cannot be planted there; start from a clean guest</source>
        <translation>基础镜像未通过 %1，因此无法在其中植入该缺陷；请从干净的客户机开始</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot plant %1</source>
        <translation>无法植入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n defect(s) cannot be planted on this guest</source>
        <translation>
            <numerusform>%n 个缺陷无法植入此客户机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>after planting, the checklist does not show %1; no image was written</source>
        <translation>植入后检查清单未显示 %1；未写入任何镜像</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Cancelled; no output was written.</source>
        <translation>已取消；未写入任何输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <source>Planted %n defect(s):</source>
        <translation>
            <numerusform>已植入 %n 个缺陷：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist of %1:</source>
        <translation>%1 的检查清单：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(also affected) %1</source>
        <translation>（同时受影响）%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pass, %2 fail, %3 warning, %4 not applicable, %5 unknown</source>
        <translation>%1 项通过，%2 项失败，%3 项警告，%4 项不适用，%5 项未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Grade a trainee&apos;s image: runs the checklist (read-only) and reports which expected requirements pass, which still fail, and a score. Exit code 0 when every expected requirement passes, 1 when not, 2 on input errors.</source>
        <translation>为学员的镜像评分：运行检查清单（只读），报告哪些预期要求已通过、哪些仍失败，并给出得分。所有预期要求均通过时退出码为 0，否则为 1；输入错误时为 2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to grade.</source>
        <translation>要评分的镜像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement ids that must pass (default: every required requirement).</source>
        <translation>必须通过的要求 ID（默认：所有必需要求）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the grade as JSON.</source>
        <translation>以 JSON 格式输出评分结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lab grade takes one IMAGE (see lab grade --help)</source>
        <translation>lab grade 只接受一个 IMAGE（参见 lab grade --help）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--expect needs at least one requirement id</source>
        <translation>--expect 至少需要一个要求 ID</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>unknown requirement id: %1</source>
        <translation>未知的要求 ID：%1</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected requirements:</source>
        <translation>预期要求：</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>PASS</source>
        <extracomment>Grade of one expected requirement; keep it short (one word), like the checklist&apos;s PASS/FAIL.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Other requirements (not graded):</source>
        <translation>其他要求（不计分）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1 of %2 expected requirements pass (%3 %)</source>
        <translation>得分：%2 项预期要求中有 %1 项通过（%3 %）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>How to check and fix requirements by hand: the guestfish, virt-cat, virt-inspector, virt-customize and virt-sysprep commands that read and change what imageprep&apos;s checks and fixes do. Fix commands work on a copy of the image, never on the original. Nothing is opened or run.</source>
        <translation>如何手动检查和修复各项要求：列出 guestfish、virt-cat、virt-inspector、virt-customize 和 virt-sysprep 命令，它们读取和修改的内容与 imageprep 的检查和修复相同。修复命令作用于镜像的副本，绝不修改原始镜像。此命令不会打开镜像，也不会运行任何命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requirement ids (default: every requirement).</source>
        <translation>要求 ID（默认：所有要求）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in this image&apos;s path (and its copy&apos;s) in the commands.</source>
        <translation>在命令中填入此镜像（及其副本）的路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the steps that check.</source>
        <translation>只显示检查步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the steps that fix.</source>
        <translation>只显示修复步骤。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Check by hand</source>
        <extracomment>lab steps: heading (a shell comment) above the commands that check one requirement by hand.</extracomment>
        <translation>手动检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix by hand</source>
        <extracomment>lab steps: heading (a shell comment) above the commands that fix one requirement by hand.</extracomment>
        <translation>手动修复</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown lab command &apos;%1&apos; (make, grade or steps)</source>
        <translation>未知的实验命令“%1”（可用 make、grade 或 steps）</translation>
    </message>
</context>
<context>
    <name>LabDefects</name>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="+50"/>
        <source>turns cloud-init&apos;s growpart module off in /etc/cloud/cloud.cfg.d</source>
        <translation>在 /etc/cloud/cloud.cfg.d 中关闭 cloud-init 的 growpart 模块</translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+33"/>
        <source>names the file systems in /etc/fstab by kernel device (/dev/sda1) instead of UUID</source>
        <translation>在 /etc/fstab 中用内核设备名（/dev/sda1）而非 UUID 指定文件系统</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+32"/>
        <source>leaves a udev 70-persistent-net.rules that pins eth0 to a MAC address</source>
        <translation>保留将 eth0 绑定到某个 MAC 地址的 udev 70-persistent-net.rules</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+47"/>
        <source>writes a MAC address into the network configuration (/etc/network/interfaces or systemd-networkd)</source>
        <translation>将 MAC 地址写入网络配置（/etc/network/interfaces 或 systemd-networkd）</translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+41"/>
        <source>enables a guest firewall at boot (ufw, nftables or a hand-made iptables unit) that drops traffic</source>
        <translation>开机时启用丢弃流量的客户机防火墙（ufw、nftables 或手工编写的 iptables 单元）</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+30"/>
        <source>stops the SSH server from starting at boot (the package stays)</source>
        <translation>阻止 SSH 服务器开机时启动（软件包保留）</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+39"/>
        <source>leaves an SSH host key pair in /etc/ssh</source>
        <translation>在 /etc/ssh 中保留一对 SSH 主机密钥</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+40"/>
        <source>sets a root password in /etc/shadow (the password is &quot;training&quot;)</source>
        <translation>在 /etc/shadow 中设置 root 密码（密码为 &quot;training&quot;）</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+38"/>
        <source>limits cloud-init&apos;s data sources to NoCloud, so it never asks OpenStack for the key</source>
        <translation>将 cloud-init 的数据源限制为 NoCloud，使其从不向 OpenStack 获取密钥</translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="+23"/>
        <source>switches cloud-init off with /etc/cloud/cloud-init.disabled</source>
        <translation>通过 /etc/cloud/cloud-init.disabled 关闭 cloud-init</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+52"/>
        <source>removes the serial console from the kernel command line (GRUB defaults and grub.cfg) and adds quiet</source>
        <translation>从内核命令行（GRUB 默认配置和 grub.cfg）中移除串口控制台，并添加 quiet</translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+29"/>
        <source>removes the qemu-guest-agent package (its files and its dpkg record)</source>
        <translation>移除 qemu-guest-agent 软件包（其文件及其 dpkg 记录）</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+57"/>
        <source>removes the dbus package, so systemd-logind cannot handle the ACPI power button</source>
        <translation>删除 dbus 软件包，使 systemd-logind 无法处理 ACPI 电源按钮</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+44"/>
        <source>leaves a machine ID in /etc/machine-id</source>
        <translation>在 /etc/machine-id 中保留机器 ID</translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="+43"/>
        <source>leaves root&apos;s shell history and an old DHCP lease in the image</source>
        <translation>在镜像中保留 root 的 shell 历史记录和一个旧的 DHCP 租约</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="+108"/>
        <source>%1 cannot be written.</source>
        <translation>%1 无法写入。</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanServices.cpp" line="+99"/>
        <source>the guest does not boot with systemd.</source>
        <translation>客户机不是用 systemd 启动的。</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="+116"/>
        <source>package %1 is not installed.</source>
        <translation>软件包 %1 未安装。</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="-135"/>
        <source>Turn cloud-init&apos;s growpart module off</source>
        <translation>关闭 cloud-init 的 growpart 模块</translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="-71"/>
        <source>Name file systems by kernel device in %1</source>
        <translation>在 %1 中用内核设备名指定文件系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no UUID= or LABEL= entry of /etc/fstab matches a partition of the image.</source>
        <translation>/etc/fstab 中没有任何 UUID= 或 LABEL= 条目与镜像中的分区匹配。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="-81"/>
        <source>Pin eth0 to a MAC address in %1</source>
        <translation>在 %1 中将 eth0 绑定到某个 MAC 地址</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="-96"/>
        <source>Pin the first interface of %1 to a MAC address</source>
        <translation>将 %1 的第一个网络接口绑定到某个 MAC 地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no interface in /etc/network/interfaces and the guest does not boot with systemd.</source>
        <translation>/etc/network/interfaces 中没有网络接口，且客户机不是用 systemd 启动的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configure eth0 by its MAC address in %1</source>
        <translation>在 %1 中按 MAC 地址配置 eth0</translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="-166"/>
        <source>Set ENABLED=yes in %1</source>
        <translation>在 %1 中设置 ENABLED=yes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write an nftables ruleset that drops incoming traffic</source>
        <translation>写入丢弃入站流量的 nftables 规则集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no ufw or nftables in the guest and it does not boot with systemd.</source>
        <translation>客户机中没有 ufw 或 nftables，且不是用 systemd 启动的。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write iptables rules that drop incoming traffic to %1</source>
        <translation>将丢弃入站流量的 iptables 规则写入 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a unit that loads them at boot: %1</source>
        <translation>添加一个在开机时加载这些规则的单元：%1</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="-78"/>
        <source>no SSH server package is installed.</source>
        <translation>未安装任何 SSH 服务器软件包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no start link of %1 was found to remove.</source>
        <translation>未找到可移除的 %1 启动链接。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="-91"/>
        <source>the guest has no /etc/ssh.</source>
        <translation>客户机中没有 /etc/ssh。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Leave the SSH host key %1</source>
        <translation>保留 SSH 主机密钥 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="-80"/>
        <source>Set a root password in %1</source>
        <translation>在 %1 中设置 root 密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/etc/shadow has no root entry to change.</source>
        <translation>/etc/shadow 中没有可修改的 root 条目。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="-101"/>
        <source>Limit cloud-init&apos;s data sources to NoCloud</source>
        <translation>将 cloud-init 的数据源限制为 NoCloud</translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="-63"/>
        <source>Switch cloud-init off with /etc/cloud/cloud-init.disabled</source>
        <translation>通过 /etc/cloud/cloud-init.disabled 关闭 cloud-init</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-137"/>
        <source>Remove the serial console from %1</source>
        <translation>从 %1 中移除串口控制台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regenerate the boot configuration (update-grub, guest disk as hd0)</source>
        <translation>重新生成引导配置（update-grub，客户机磁盘作为 hd0）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the serial console from the kernel lines of %1</source>
        <translation>从 %1 的内核行中移除串口控制台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no GRUB configuration (/etc/default/grub, grub.cfg) to change.</source>
        <translation>没有可修改的 GRUB 配置（/etc/default/grub、grub.cfg）。</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="+33"/>
        <source>removing a package is planted on dpkg guests only.</source>
        <translation>移除软件包的缺陷仅能植入使用 dpkg 的客户机。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the guest has no rm to remove the package&apos;s programs.</source>
        <translation>客户机中没有用于移除该软件包程序的 rm。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the %n program file(s) of %1</source>
        <translation>
            <numerusform>移除 %1 的 %n 个程序文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 from the dpkg status</source>
        <translation>从 dpkg 状态中移除 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no record in %2.</source>
        <translation>%1 在 %2 中没有记录。</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="-78"/>
        <source>Leave a machine ID in /etc/machine-id</source>
        <translation>在 /etc/machine-id 中保留机器 ID</translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="-125"/>
        <source>Leave root&apos;s shell history</source>
        <translation>保留 root 的 shell 历史记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave an old DHCP lease</source>
        <translation>保留一个旧的 DHCP 租约</translation>
    </message>
    <message>
        <location filename="../core/lab/LabDefects.cpp" line="+78"/>
        <source>the guest already has this defect; nothing to plant.</source>
        <translation>客户机已存在此缺陷；无需植入。</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="+69"/>
        <source>has cloud-init set locale fr_FR.UTF-8, which the guest does not have</source>
        <translation>让 cloud-init 设置客户机中没有的语言环境 fr_FR.UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest already has locale %1.</source>
        <translation>客户机中已有语言环境 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Have cloud-init set locale %1, which the guest does not have</source>
        <translation>让 cloud-init 设置客户机中没有的语言环境 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="+85"/>
        <source>leaves the builder&apos;s SSH key in root&apos;s authorized_keys and a .netrc with a password</source>
        <translation>在 root 的 authorized_keys 中留下构建者的 SSH 密钥，并留下一个带密码的 .netrc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the builder&apos;s SSH key in root&apos;s authorized_keys</source>
        <translation>在 root 的 authorized_keys 中留下构建者的 SSH 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave a .netrc with a mirror password in /root</source>
        <translation>在 /root 中留下一个带镜像站密码的 .netrc</translation>
    </message>
</context>
<context>
    <name>LvmGrowText</name>
    <message>
        <location filename="../core/fixes/LvmGrow.cpp" line="+69"/>
        <source>Boot script that grows the LVM root: growpart, pvresize, lvextend -r (%1)</source>
        <translation>扩展 LVM 根卷的启动脚本：growpart、pvresize、lvextend -r（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systemd unit that runs the LVM grow step at boot</source>
        <translation>在启动时运行 LVM 扩展步骤的 systemd 单元</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The LVM grow step is a systemd service; this guest does not boot with systemd.</source>
        <translation>LVM 扩展步骤是一个 systemd 服务；此客户机不使用 systemd 启动。</translation>
    </message>
</context>
<context>
    <name>ManualSteps</name>
    <message>
        <location filename="../core/requirements/StepText.cpp" line="+8"/>
        <source>Debian, Ubuntu:</source>
        <extracomment>Lab mode, manual steps: heading above the commands for Debian-family guests. Shown as a shell comment; the commands below stay untranslated.</extracomment>
        <translation>Debian、Ubuntu：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RHEL, Rocky, AlmaLinux, Fedora (SELinux: relabel after the change):</source>
        <extracomment>Lab mode, manual steps: heading above the commands for Red Hat-family guests. Shown as a shell comment; the commands below stay untranslated.</extracomment>
        <translation>RHEL、Rocky、AlmaLinux、Fedora（SELinux：修改后需重新标记）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These commands change the image they are given: work on a copy, never on the original.</source>
        <extracomment>Lab mode, manual steps: first line of every &quot;fix by hand&quot; text. Shown as a shell comment above a cp command that stays untranslated.</extracomment>
        <translation>这些命令会修改传入的镜像：请在副本上操作，切勿直接修改原始镜像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount the guest read-only on the host (FUSE) to search it:</source>
        <extracomment>Lab mode, manual steps: mounts the guest read-only on the host so that ordinary tools (grep, find, ls) can search it; the commands stay untranslated.</extracomment>
        <translation>在宿主机上以只读方式挂载客户机（FUSE），以便搜索其内容：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmount it when done:</source>
        <extracomment>Lab mode, manual steps: said after the search commands, above &quot;guestunmount&quot;. The command stays untranslated.</extracomment>
        <translation>完成后将其卸载：</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="+204"/>
        <source>Is the cloud-init package installed?</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>是否已安装 cloud-init 软件包？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its services must start at boot: cloud-init.service (cloud-init-network.service from 24.3) and cloud-final.service linked in a .wants directory:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;: systemd unit names stay as they are.</extracomment>
        <translation>其服务必须开机时启动：cloud-init.service（24.3 起为 cloud-init-network.service）和 cloud-final.service 须链接到某个 .wants 目录中：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing may switch it off: no /etc/cloud/cloud-init.disabled, no cloud-init=disabled on the kernel command line, no unit masked (linked to /dev/null):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;: file names and the kernel argument stay as they are.</extracomment>
        <translation>不得有任何设置将其关闭：不能存在 /etc/cloud/cloud-init.disabled，内核命令行中不能有 cloud-init=disabled，也不能有被屏蔽（链接到 /dev/null）的单元：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Install cloud-init (the appliance needs network for this); Debian&apos;s package enables its services:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>安装 cloud-init（此操作需要辅助虚拟机能访问网络）；Debian 的软件包会自动启用其服务：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switched off: remove the flag file and unmask the units (and drop cloud-init=disabled from /etc/default/grub):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot; and &quot;user-data&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>已被关闭：删除标志文件并取消屏蔽这些单元（同时从 /etc/default/grub 中删除 cloud-init=disabled）：</translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="+60"/>
        <source>List partitions, file systems and LVM volumes: root (or, with LVM, its physical volume) must be the last partition of its disk, on ext3, ext4, XFS or Btrfs:</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>列出分区、文件系统和 LVM 卷：根文件系统（使用 LVM 时则为其物理卷）必须位于所在磁盘的最后一个分区，且文件系统为 ext3、ext4、XFS 或 Btrfs：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>XFS root: growpart and xfs_growfs must both be in the guest (true, true):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: growpart and xfs_growfs are program names.</extracomment>
        <translation>XFS 根文件系统：客户机中必须同时有 growpart 和 xfs_growfs（结果为 true, true）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root on LVM: cloud-init or a first-boot script must grow the volume (pvresize, lvextend or growvols):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: pvresize, lvextend and growvols are program names.</extracomment>
        <translation>根文件系统位于 LVM 上：必须由 cloud-init 或首次启动脚本扩展该卷（pvresize、lvextend 或 growvols）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A partition after root (often swap) cannot be moved in place. Copy the disk with virt-resize into a new one without it and with root grown; use the device names virt-filesystems showed:</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: virt-resize and the device names stay as they are.</extracomment>
        <translation>根文件系统之后的分区（通常是 swap）无法原地移动。请用 virt-resize 将磁盘复制到一块新磁盘，去掉该分区并扩展根文件系统；设备名请使用 virt-filesystems 显示的名称：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Then comment out the swap lines in /etc/fstab (the deleted partition&apos;s swap is gone):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: /etc/fstab is a file name.</extracomment>
        <translation>然后注释掉 /etc/fstab 中的 swap 行（被删除分区上的 swap 已不存在）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root already last: the cases below change the image itself, so make a plain copy first:</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: the cases below change the image in place. Command lines stay untranslated.</extracomment>
        <translation>根文件系统已是最后一个分区：以下情况会直接修改镜像本身，因此请先做一份普通副本：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>XFS root: install growpart and xfs_growfs.</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>XFS 根文件系统：安装 growpart 和 xfs_growfs。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root on LVM: grow the partition, the physical volume and the root volume at first boot (adapt the disk, partition and volume names):</source>
        <extracomment>Lab mode, manual steps for &quot;partition-layout&quot;: names of volume groups and volumes are examples to adapt.</extracomment>
        <translation>根文件系统位于 LVM 上：在首次启动时扩展分区、物理卷和根逻辑卷（请按实际情况修改磁盘、分区和卷的名称）：</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="+109"/>
        <source>Installed packages: cloud-init with growpart (cloud-guest-utils on Debian and Ubuntu, cloud-utils-growpart on RHEL), or an initramfs growroot package:</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;: package names stay as they are.</extracomment>
        <translation>已安装的软件包：带 growpart 的 cloud-init（Debian 和 Ubuntu 上为 cloud-guest-utils，RHEL 上为 cloud-utils-growpart），或某个 initramfs growroot 软件包：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cloud-init must not turn growpart off (mode: off) nor set resize_rootfs: false, and /etc/growroot-disabled must not exist:</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;: the cloud-init keys and the file name stay as they are.</extracomment>
        <translation>cloud-init 不得关闭 growpart（mode: off），也不得设置 resize_rootfs: false，且 /etc/growroot-disabled 不得存在：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install cloud-init and growpart (the appliance needs network for this).</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>安装 cloud-init 和 growpart（此操作需要辅助虚拟机能访问网络）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn growing back on where cloud-init&apos;s configuration or a flag file stops it:</source>
        <extracomment>Lab mode, manual steps for &quot;root-resize&quot;: the cloud-init keys and the file name stay as they are.</extracomment>
        <translation>在 cloud-init 配置或标志文件阻止扩展的地方，重新启用扩展：</translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+52"/>
        <source>Lines of /etc/fstab whose first field is a kernel device name (/dev/sda1, /dev/vda1, /dev/nvme0n1p1, …):</source>
        <extracomment>Lab mode, manual steps for &quot;fstab-stable-names&quot;: device names are examples.</extracomment>
        <translation>/etc/fstab 中第一个字段为内核设备名（/dev/sda1、/dev/vda1、/dev/nvme0n1p1 等）的行：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The UUID and label of each file system, to use instead:</source>
        <extracomment>Lab mode, manual steps for &quot;fstab-stable-names&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>各文件系统的 UUID 和卷标，用于替换设备名：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace each device name with UUID= and the UUID virt-filesystems showed for it (one --edit per line):</source>
        <extracomment>Lab mode, manual steps for &quot;fstab-stable-names&quot;: UUID= is a keyword, the UUID in the command is an example.</extracomment>
        <translation>将每个设备名替换为 UUID= 加上 virt-filesystems 为其显示的 UUID（每行一个 --edit）：</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+65"/>
        <source>The rules file must be missing or hold only comments:</source>
        <extracomment>Lab mode, manual steps for &quot;no-persistent-net-rules&quot;: file names stay as they are.</extracomment>
        <translation>该规则文件必须不存在，或只包含注释：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generator that writes it must be gone (false) or masked by an empty file or a link to /dev/null in /etc/udev/rules.d:</source>
        <extracomment>Lab mode, manual steps for &quot;no-persistent-net-rules&quot;: file names stay as they are.</extracomment>
        <translation>生成该文件的生成器必须已删除（false），或已被 /etc/udev/rules.d 中的空文件或指向 /dev/null 的链接屏蔽：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the rules and mask the generator:</source>
        <extracomment>Lab mode, manual steps for &quot;no-persistent-net-rules&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>删除规则并屏蔽生成器：</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+56"/>
        <source>MAC addresses in ifcfg files (HWADDR, MACADDR), netplan (macaddress), NetworkManager (mac-address), systemd-networkd ([Match] MACAddress) and /etc/network/interfaces (hwaddress):</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;: the configuration keys stay as they are.</extracomment>
        <translation>以下配置中的 MAC 地址：ifcfg 文件（HWADDR、MACADDR）、netplan（macaddress）、NetworkManager（mac-address）、systemd-networkd（[Match] MACAddress）以及 /etc/network/interfaces（hwaddress）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ifcfg files (RHEL, SUSE): virt-sysprep removes HWADDR; MACADDR and SUSE&apos;s LLADDR go with sed:</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>ifcfg 文件（RHEL、SUSE）：virt-sysprep 删除 HWADDR；MACADDR 和 SUSE 的 LLADDR 用 sed 删除：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>netplan, NetworkManager, /etc/network/interfaces: delete the lines (a netplan match: left empty needs a name: such as en* instead):</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;: &quot;match:&quot; and &quot;name:&quot; are netplan keys.</extracomment>
        <translation>netplan、NetworkManager、/etc/network/interfaces：删除这些行（netplan 的 match: 若变为空，则需改用 name:，例如 en*）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systemd-networkd: match by name instead of MAC address (Name=en* in [Match]):</source>
        <extracomment>Lab mode, manual steps for &quot;no-hardcoded-mac&quot;: MACAddress= and Name= are systemd-networkd keys.</extracomment>
        <translation>systemd-networkd：改为按名称而不是 MAC 地址匹配（在 [Match] 中使用 Name=en*）：</translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+110"/>
        <source>Firewall units that start at boot (firewalld, ufw, iptables, ip6tables, netfilter-persistent, nftables, SuSEfirewall2):</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: unit names stay as they are.</extracomment>
        <translation>开机时启动的防火墙单元（firewalld、ufw、iptables、ip6tables、netfilter-persistent、nftables、SuSEfirewall2）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ufw filters when ufw.conf says ENABLED=yes:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: ENABLED=yes is the ufw setting.</extracomment>
        <translation>当 ufw.conf 中为 ENABLED=yes 时，ufw 会过滤流量：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved rules: iptables rules are lines starting with -A; an nftables ruleset filters when it drops or rejects:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: &quot;-A&quot; and drop/reject are rule syntax.</extracomment>
        <translation>已保存的规则：iptables 规则是以 -A 开头的行；nftables 规则集中含有 drop 或 reject 时即会过滤流量：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop them from starting at boot (security groups filter instead); units a guest lacks only print a warning:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: OpenStack security groups filter instead.</extracomment>
        <translation>禁止它们开机时启动（改由安全组过滤流量）；客户机中不存在的单元只会输出一条警告：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ufw: also switch it off in its own configuration:</source>
        <extracomment>Lab mode, manual steps for &quot;firewall-disabled&quot;: ENABLED=no is the ufw setting.</extracomment>
        <translation>ufw：还需在其自身配置中将其关闭：</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="+51"/>
        <source>Is an SSH server installed (openssh-server, or dropbear)?</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-server&quot;: package names stay as they are.</extracomment>
        <translation>是否已安装 SSH 服务器（openssh-server 或 dropbear）？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does it start at boot? ssh.service or ssh.socket on Debian and Ubuntu, sshd.service on RHEL, linked in a .wants directory:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-server&quot;: unit names stay as they are.</extracomment>
        <translation>是否开机时启动？Debian 和 Ubuntu 上为 ssh.service 或 ssh.socket，RHEL 上为 sshd.service，须链接到某个 .wants 目录中：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install the server (the appliance needs network; nothing happens when it is there) and start it at boot:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-server&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>安装 SSH 服务器（需要辅助虚拟机能访问网络；若已安装则不做任何操作）并设置为开机时启动：</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+61"/>
        <source>Private host keys in the image (ssh_host_*_key):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: file names stay as they are.</extracomment>
        <translation>镜像中的 SSH 主机私钥（ssh_host_*_key）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With cloud-init installed they are replaced at first boot, unless ssh_deletekeys: false keeps them:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: ssh_deletekeys is a cloud-init key.</extracomment>
        <translation>若已安装 cloud-init，这些密钥会在首次启动时被替换，除非设置了 ssh_deletekeys: false 将其保留：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the keys. cloud-init or RHEL&apos;s sshd-keygen make new ones at first boot; without them, let a first-boot command do it (ssh-keygen -A):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: ssh-keygen -A is a command.</extracomment>
        <translation>删除这些密钥。cloud-init 或 RHEL 的 sshd-keygen 会在首次启动时生成新密钥；若两者都没有，则由首次启动命令生成（ssh-keygen -A）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When cloud-init is installed, let it replace them too:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-host-keys&quot;: ssh_deletekeys is a cloud-init key.</extracomment>
        <translation>如果已安装 cloud-init，也让它替换这些密钥：</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+64"/>
        <source>The start of root&apos;s password field in /etc/shadow: ! or * is locked, empty has no password, $ is a password hash:</source>
        <extracomment>Lab mode, manual steps for &quot;root-password&quot;: the symbols are the start of the shadow password field.</extracomment>
        <translation>/etc/shadow 中 root 密码字段的开头：! 或 * 表示已锁定，为空表示没有密码，$ 表示密码哈希：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the root password (users log in with their key pair):</source>
        <extracomment>Lab mode, manual steps for &quot;root-password&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>锁定 root 密码（用户使用其密钥对登录）：</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="+80"/>
        <source>Its data sources must include OpenStack, ConfigDrive or Ec2 (no datasource_list means the defaults, which do):</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: data source names stay as they are.</extracomment>
        <translation>其数据源必须包含 OpenStack、ConfigDrive 或 Ec2（未设置 datasource_list 时使用默认值，默认值已包含这些数据源）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without cloud-init, a first-boot script must fetch the key from 169.254.169.254:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: 169.254.169.254 is the metadata service address.</extracomment>
        <translation>没有 cloud-init 时，必须由首次启动脚本从 169.254.169.254 获取密钥：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A datasource_list without OpenStack: a later file that names it wins:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: data source names stay as they are.</extracomment>
        <translation>datasource_list 中没有 OpenStack：由后加载的文件列出它即可覆盖：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or, without cloud-init, a unit that fetches the key at first boot:</source>
        <extracomment>Lab mode, manual steps for &quot;ssh-key-injection&quot;: a systemd unit that fetches the key when cloud-init is not wanted.</extracomment>
        <translation>或者，在没有 cloud-init 时，使用一个在首次启动时获取密钥的单元：</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="+9"/>
        <source>The key goes to the user named in users: (when it lists no &quot;default&quot;) or else to system_info: default_user: name:, the last file that sets it wins:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-user&quot;: users, default, system_info, default_user and name are cloud-init keys.</extracomment>
        <translation>密钥会写入 users: 中指定的用户（当其中未列出 &quot;default&quot; 时），否则写入 system_info: default_user: name: 指定的用户；以最后一个设置该项的文件为准：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name a default user (the name users expect: debian, ubuntu, cloud-user, rocky…); cloud-init creates it at first boot:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-user&quot;: the user name in the command is an example (debian, ubuntu, cloud-user…).</extracomment>
        <translation>指定一个默认用户（用户预期的名称：debian、ubuntu、cloud-user、rocky…）；cloud-init 会在首次启动时创建该用户：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And make sure a users: list, if there is one, starts with default:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-user&quot;: &quot;users:&quot; and &quot;default&quot; are cloud-init syntax.</extracomment>
        <translation>并确保 users: 列表（如果有）以 default 开头：</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+91"/>
        <source>The boot loader defaults: console=ttyS0,115200n8 must be the last console= (console=tty0 before it; no quiet):</source>
        <extracomment>Lab mode, manual steps for &quot;serial-console&quot;: console=ttyS0,115200n8 and the variable names stay as they are.</extracomment>
        <translation>引导加载程序默认参数：console=ttyS0,115200n8 必须是最后一个 console=（console=tty0 位于其前；不得有 quiet）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What boots now: the linux lines of grub.cfg (Debian, Ubuntu), or the BLS entries and grubenv (RHEL 8 and later):</source>
        <extracomment>Lab mode, manual steps for &quot;serial-console&quot;: grub.cfg, BLS and grubenv are names of boot files.</extracomment>
        <translation>当前实际引导的内容：grub.cfg 中的 linux 行（Debian、Ubuntu），或 BLS 条目和 grubenv（RHEL 8 及更高版本）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put the consoles at the end of the defaults (ttyS0 last) and drop quiet, then write the boot menu again.</source>
        <extracomment>Lab mode, manual steps for &quot;serial-console&quot;: the commands replace console= arguments and put ttyS0 last.</extracomment>
        <translation>将控制台参数放在默认参数末尾（ttyS0 放在最后）并删除 quiet，然后重新生成引导菜单。</translation>
    </message>
    <message>
        <location filename="../core/requirements/XenPvKernel.cpp" line="+8"/>
        <source>Installed kernel versions; 3.0 and later include Xen PV support:</source>
        <extracomment>Lab mode, manual steps for &quot;xen-pv-kernel&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>已安装的内核版本；3.0 及更高版本已包含 Xen PV 支持：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An older kernel needs CONFIG_XEN=y or a Xen flavour (a version ending in xen); replace VERSION:</source>
        <extracomment>Lab mode, manual steps for &quot;xen-pv-kernel&quot;: CONFIG_XEN=y is a kernel configuration line; VERSION is a placeholder to replace.</extracomment>
        <translation>较旧的内核需要 CONFIG_XEN=y 或 Xen 内核变体（版本号以 xen 结尾）；请替换 VERSION：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install a current kernel, or the distribution&apos;s Xen kernel flavour on old releases:</source>
        <extracomment>Lab mode, manual steps for &quot;xen-pv-kernel&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>安装当前版本的内核，或在旧版发行版上安装该发行版的 Xen 内核变体：</translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+8"/>
        <source>For each kernel (replace VERSION): y is built in, m a module, missing or &quot;is not set&quot; means no driver:</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;: &quot;y&quot; and &quot;m&quot; are kernel configuration values; VERSION is a placeholder.</extracomment>
        <translation>对每个内核（请替换 VERSION）：y 表示内置，m 表示模块，缺失或 &quot;is not set&quot; 表示没有该驱动：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk drivers built as modules must be in the initramfs: MODULES=most (initramfs-tools), hostonly=no or add_drivers with virtio_blk (dracut), the virtio feature (Alpine mkinitfs):</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;: MODULES=most, hostonly, add_drivers and features are settings of the initramfs tools.</extracomment>
        <translation>编译为模块的磁盘驱动必须包含在 initramfs 中：MODULES=most（initramfs-tools），hostonly=no 或带 virtio_blk 的 add_drivers（dracut），virtio 功能（Alpine mkinitfs）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put the virtio drivers into every initramfs:</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>将 virtio 驱动放入每个 initramfs：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alpine:</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;: Alpine is a distribution name.</extracomment>
        <translation>Alpine：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kernel built without them (not set) needs the distribution&apos;s standard kernel instead, as for xen-pv-kernel.</source>
        <extracomment>Lab mode, manual steps for &quot;virtio-drivers&quot;. Shown as a shell comment.</extracomment>
        <translation>未包含这些驱动（not set）编译的内核需要改用发行版的标准内核，与 xen-pv-kernel 的处理方式相同。</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="-20"/>
        <source>With systemd, logind handles the power button when a system bus runs: is dbus (or dbus-broker) installed and its socket linked to start? Without systemd, acpid needs a power-button event:</source>
        <extracomment>Lab mode, manual steps for &quot;acpi-shutdown&quot;: package, service and file names stay as they are.</extracomment>
        <translation>使用 systemd 时，只要系统总线在运行，logind 就会处理电源按钮：是否安装了 dbus（或 dbus-broker），其套接字是否已链接为启动时运行？没有 systemd 时，acpid 需要一个电源按钮事件：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the system bus (the appliance needs network for this):</source>
        <extracomment>Lab mode, manual steps for &quot;acpi-shutdown&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>安装系统总线（为此 appliance 需要网络）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alpine (OpenRC): acpid with a power-button event:</source>
        <extracomment>Lab mode, manual steps for &quot;acpi-shutdown&quot;: Alpine, OpenRC and acpid are names.</extracomment>
        <translation>Alpine（OpenRC）：带电源按钮事件的 acpid：</translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="-19"/>
        <source>Is qemu-guest-agent installed? With systemd that is enough (udev starts it); other init systems must start it at boot:</source>
        <extracomment>Lab mode, manual steps for &quot;qemu-guest-agent&quot;: package and service names stay as they are.</extracomment>
        <translation>是否已安装 qemu-guest-agent？使用 systemd 时这样就够了（由 udev 启动它）；其他 init 系统必须将其设置为开机时启动：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install it (the appliance needs network for this):</source>
        <extracomment>Lab mode, manual steps for &quot;qemu-guest-agent&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>安装它（此操作需要辅助虚拟机能访问网络）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alpine (OpenRC) also starts it at boot:</source>
        <extracomment>Lab mode, manual steps for &quot;qemu-guest-agent&quot;: Alpine and OpenRC are names.</extracomment>
        <translation>Alpine（OpenRC）还需将其设置为开机时启动：</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+60"/>
        <source>32 hexadecimal digits here is an ID every instance would share; empty or missing is right (the dbus copy counts unless it is a link):</source>
        <extracomment>Lab mode, manual steps for &quot;machine-id&quot;: 32 hexadecimal digits are a machine ID.</extracomment>
        <translation>此处若为 32 位十六进制数字，则是所有实例都会共用的 ID；为空或不存在才是正确的（dbus 副本除非是链接，否则也计算在内）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty the ID (systemd makes a new one at first boot) and drop the dbus copy. Do this last: virt-customize writes a new ID into a guest that has none, so any virt-customize run after this one undoes it.</source>
        <extracomment>Lab mode, manual steps for &quot;machine-id&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>清空该 ID（systemd 会在首次启动时生成新的 ID），并删除 dbus 中的副本。请最后执行这一步：virt-customize 会为没有 ID 的客户机写入新的 ID，因此在此之后运行的任何 virt-customize 都会使这一步失效。</translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="+104"/>
        <source>Non-empty shell histories and DHCP leases:</source>
        <extracomment>Lab mode, manual steps for &quot;leftover-state&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>非空的 shell 历史记录和 DHCP 租约：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-empty logs, three levels deep:</source>
        <extracomment>Lab mode, manual steps for &quot;leftover-state&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>非空的日志（深入三层目录）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove histories and leases, and empty the logs:</source>
        <extracomment>Lab mode, manual steps for &quot;leftover-state&quot;: the names after --operations are virt-sysprep operations.</extracomment>
        <translation>删除历史记录和租约，并清空日志：</translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="+24"/>
        <source>SELinux mode and policy; the policy&apos;s folder must exist (here for targeted), and /.autorelabel schedules a relabel:</source>
        <extracomment>Lab mode, manual steps for &quot;selinux-relabel&quot;: SELINUX and SELINUXTYPE are settings; &quot;targeted&quot; is a policy name.</extracomment>
        <translation>SELinux 模式和策略；该策略的目录必须存在（此处以 targeted 为例），且 /.autorelabel 用于安排重新标记：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After any change, relabel (or schedule it for the next boot):</source>
        <extracomment>Lab mode, manual steps for &quot;selinux-relabel&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>任何修改之后都需重新标记（或安排在下次启动时进行）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configured policy is missing: install it first:</source>
        <extracomment>Lab mode, manual steps for &quot;selinux-relabel&quot;: the package name is the targeted policy.</extracomment>
        <translation>所配置的策略不存在：请先安装该策略：</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="-33"/>
        <source>The locale cloud-init sets: locale: in its configuration, else LANG in /etc/default/locale, else en_US.UTF-8:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;: locale: is a cloud-init key, LANG a variable.</extracomment>
        <translation>cloud-init 设置的语言环境：其配置中的 locale:，否则为 /etc/default/locale 中的 LANG，再否则为 en_US.UTF-8：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The locales the guest has, and those locale-gen builds (C, C.UTF-8 and POSIX always exist):</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>客户机已有的语言环境，以及 locale-gen 会生成的语言环境（C、C.UTF-8 和 POSIX 总是存在）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generate the locale (fr_FR.UTF-8 here: use the one found above):</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;: put the locale the check found in place of fr_FR.UTF-8.</extracomment>
        <translation>生成该语言环境（此处为 fr_FR.UTF-8：请换成上面找到的那个）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or have cloud-init set C.UTF-8, which every guest has:</source>
        <extracomment>Lab mode, manual steps for &quot;cloud-init-locale&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>或者让 cloud-init 设置每个客户机都有的 C.UTF-8：</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="-38"/>
        <source>SSH keys, known hosts, .netrc and cloud or registry credentials in /root and the home folders (names and owners only):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: lists the files by name and owner, never their content.</extracomment>
        <translation>/root 和各主目录中的 SSH 密钥、已知主机、.netrc 以及云或镜像仓库凭据（只列出名称和属主）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files that are private keys, whatever their name:</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>无论名称为何、内容为私钥的文件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprints of authorized keys (never the keys themselves):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: a fingerprint identifies a key without showing it.</extracomment>
        <translation>已授权密钥的指纹（绝不显示密钥本身）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login users other than root with a usable password (names only):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: prints user names only, never the hashes.</extracomment>
        <translation>root 以外有可用密码的登录用户（只列出名称）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove every user&apos;s .ssh folder (keys, known hosts):</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: ssh-userdir is a virt-sysprep operation.</extracomment>
        <translation>删除每个用户的 .ssh 目录（密钥、已知主机）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the credential files and any private key found above:</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>删除凭据文件以及上面找到的所有私钥：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock each password found above (USER is the name), or remove the user:</source>
        <extracomment>Lab mode, manual steps for &quot;no-baked-credentials&quot;: USER stands for each name the check printed.</extracomment>
        <translation>锁定上面找到的每个密码（USER 为用户名），或删除该用户：</translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="+43"/>
        <source>On a scratch copy (libguestfs swaps its resolv.conf to give commands the network), list what the repositories offer as security updates; Debian, Ubuntu: the -security suites:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;: -security is the name of Debian&apos;s and Ubuntu&apos;s security suites; /dev/s is memory in the appliance.</extracomment>
        <translation>在临时副本上（libguestfs 会替换其 resolv.conf，使命令能访问网络），列出软件仓库提供的安全更新；Debian、Ubuntu：-security 套件：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RHEL, Rocky, AlmaLinux, Fedora: the security advisories that apply:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>RHEL、Rocky、AlmaLinux、Fedora：适用的安全公告：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debian, Ubuntu: upgrade only the packages with security updates, then clean the caches:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;: only the packages with security updates are upgraded, then the caches are cleaned.</extracomment>
        <translation>Debian、Ubuntu：只升级有安全更新的软件包，然后清理缓存：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RHEL, Rocky, AlmaLinux, Fedora:</source>
        <extracomment>Lab mode, manual steps for &quot;security-updates&quot;. Shown as a shell comment; command lines stay untranslated.</extracomment>
        <translation>RHEL、Rocky、AlmaLinux、Fedora：</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/UiSupport.cpp" line="+33"/>
        <source>Error:</source>
        <extracomment>Prefix of an error message; the word matters, the colour is only a hint.</extracomment>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>NetplanText</name>
    <message>
        <location filename="../core/fixes/NetplanMac.cpp" line="+102"/>
        <source>The netplan file does not parse as YAML: %1</source>
        <translation>netplan 文件无法按 YAML 解析：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Without its MAC lines the netplan file would not parse: %1</source>
        <translation>去掉 MAC 行后 netplan 文件将无法解析：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The netplan file names a MAC address in a form this edit does not change (a flow mapping).</source>
        <translation>netplan 文件以此编辑无法修改的形式（流式映射）写明了 MAC 地址。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the MAC match (and the set-name it needs) from %1</source>
        <translation>从 %1 中删除 MAC 匹配（以及它所需的 set-name）</translation>
    </message>
</context>
<context>
    <name>OutputText</name>
    <message>
        <location filename="../core/fixes/FixOutput.cpp" line="+63"/>
        <source>Unknown output format %1 (qcow2 or raw).</source>
        <translation>未知的输出格式 %1（应为 qcow2 或 raw）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists; choose a new output name.</source>
        <translation>%1 已存在；请选择新的输出名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>qemu-img is not installed.</source>
        <translation>未安装 qemu-img。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Cannot write in %1.</source>
        <translation>无法在 %1 中写入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>qemu-img could not be started.</source>
        <translation>无法启动 qemu-img。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cancelled; no output was written.</source>
        <translation>已取消；未写入任何输出。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>qemu-img convert failed.</source>
        <translation>qemu-img convert 失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The converted image did not pass qemu-img check.</source>
        <translation>转换后的镜像未通过 qemu-img check。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flushing %1 to disk failed.</source>
        <translation>将 %1 刷写到磁盘失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot rename the image to %1.</source>
        <translation>无法将镜像重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../core/fixes/FixPlan.cpp" line="+44"/>
        <source># no edits of its own: the %1 edits above fix it too</source>
        <translation># 无自身修改：上面的 %1 修改也会修复此项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (unavailable: %1)</source>
        <translation> (不可用：%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives for %1: %2</source>
        <translation>%1 的备选方案：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not fixed automatically: %1: %2</source>
        <translation>无法自动修复：%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not proven: %1: %2</source>
        <translation>未经验证：%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid choice: %1</source>
        <translation>无效的选择：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fix.</source>
        <translation>无需修复。</translation>
    </message>
    <message>
        <location filename="../core/fixes/PlannedFiles.cpp" line="+22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a regular file; not edited.</source>
        <translation>%1 不是普通文件；未修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 bytes; not edited.</source>
        <translation>%1 大于 %2 字节；未修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a binary file; not edited.</source>
        <translation>%1 是二进制文件；未修改。</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="-127"/>
        <source>No package file for %1 in %2.</source>
        <translation>%2 中没有 %1 的软件包文件。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="-93"/>
        <source>Empty %1</source>
        <translation>清空 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mask the persistent-net generator with an empty %1</source>
        <translation>用空的 %1 屏蔽 persistent-net 生成器</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="-109"/>
        <source>Remove the MAC address lines from %1</source>
        <translation>从 %1 中删除 MAC 地址行</translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="-183"/>
        <source>Set ENABLED=no in %1</source>
        <translation>在 %1 中设置 ENABLED=no</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-243"/>
        <location line="+70"/>
        <source>Kernel console on tty0 and ttyS0 in %1</source>
        <translation>在 %1 中将内核控制台设为 tty0 和 ttyS0</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Remove console= from every boot entry (grubby)</source>
        <translation>从每个启动项中删除 console=（grubby）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the serial console to every boot entry (grubby)</source>
        <translation>为每个启动项添加串口控制台（grubby）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Regenerate the boot configuration (update-grub, guest disk as hd0)</source>
        <translation>重新生成启动配置（update-grub，客户机磁盘作为 hd0）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regenerate the boot configuration (grub2-mkconfig, guest disk as hd0)</source>
        <translation>重新生成启动配置（grub2-mkconfig，客户机磁盘作为 hd0）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kernel console on tty0 and ttyS0 in %1 (no grub generator in the guest)</source>
        <translation>在 %1 中将内核控制台设为 tty0 和 ttyS0（客户机中没有 grub 配置生成工具）</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="-75"/>
        <source>Empty %1 (each instance generates its own)</source>
        <translation>清空 %1（每个实例会生成自己的）</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="-94"/>
        <location line="+3"/>
        <source>Remove the SSH host key %1</source>
        <translation>删除 SSH 主机密钥 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="-132"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="-97"/>
        <source>Name file systems by UUID in %1</source>
        <translation>在 %1 中按 UUID 指定文件系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No UUID known for %1 in /etc/fstab.</source>
        <translation>/etc/fstab 中 %1 没有已知的 UUID。</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="-114"/>
        <source>Remove %1, which switches cloud-init off</source>
        <translation>删除 %1（它会禁用 cloud-init）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unmask %1</source>
        <translation>取消屏蔽 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="-43"/>
        <source>Install from the guest&apos;s package repositories (appliance network)</source>
        <translation>从客户机的软件源安装（辅助虚拟机联网）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install from local package files</source>
        <translation>从本地软件包文件安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no local package folder given</source>
        <translation>未指定本地软件包文件夹</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="-91"/>
        <source>No cloud-init: a first-boot script fetches the SSH key (and grows an LVM root)</source>
        <translation>不使用 cloud-init：由首次启动脚本获取 SSH 密钥（并扩展 LVM 根文件系统）</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="-19"/>
        <source>Unknown alternative %1 for %2.</source>
        <translation>%2 的未知备选方案 %1。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-28"/>
        <source>Remove quiet, splash and rhgb from every boot entry (grubby)</source>
        <translation>从每个启动项中移除 quiet、splash 和 rhgb（grubby）</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanContext.cpp" line="+3"/>
        <source>Alternative %1 for %2 is not available: %3</source>
        <translation>%2 的备选方案 %1 不可用：%3</translation>
    </message>
    <message>
        <location filename="../core/fixes/Planner.cpp" line="+67"/>
        <source>no automatic fix; see the check&apos;s evidence</source>
        <translation>无自动修复；请查看该检查项的证据</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="+181"/>
        <source>Remove quiet, splash and rhgb: the whole boot log on the console</source>
        <translation>移除 quiet、splash 和 rhgb：控制台上显示完整的启动日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep quiet, splash and rhgb (the check stays a warning)</source>
        <translation>保留 quiet、splash 和 rhgb（该检查仍为警告）</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="-25"/>
        <source>Lock the root password (&apos;!&apos; before the hash; passwd -u unlocks it)</source>
        <translation>锁定 root 密码（在哈希前加 &apos;!&apos;；passwd -u 可解锁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the root password as it is</source>
        <translation>保持 root 密码不变</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the password is kept, as chosen</source>
        <translation>按所选方案保留密码</translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="+51"/>
        <source>user data needs cloud-init; the first-boot script only fetches the SSH key</source>
        <translation>用户数据需要 cloud-init；首次启动脚本只获取 SSH 密钥</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="-32"/>
        <source>without cloud-init, growing a partition root needs growpart or growroot</source>
        <translation>没有 cloud-init 时，扩展分区上的根文件系统需要 growpart 或 growroot</translation>
    </message>
    <message>
        <location filename="../core/fixes/Planner.cpp" line="+10"/>
        <source>nothing to change was found for the check&apos;s evidence</source>
        <translation>未根据该检查项的证据找到需要修改的内容</translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="-20"/>
        <source>Relabel SELinux contexts at next boot</source>
        <translation>下次启动时重新标记 SELinux 上下文</translation>
    </message>
    <message>
        <location filename="../core/fixes/PlanProof.cpp" line="+65"/>
        <source>this plan does not fix it, because: %1</source>
        <extracomment>A planned fix that the simulated re-check does not pass; %1 is the check&apos;s summary and evidence.</extracomment>
        <translation>此计划无法修复它，原因：%1</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="-74"/>
        <source>acpid: power off when the power button is pressed (%1)</source>
        <translation>acpid：按下电源按钮时关机（%1）</translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="-65"/>
        <source>No QEMU guest agent package is known for this distribution.</source>
        <translation>不知道此发行版的 QEMU 客户机代理软件包。</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="-95"/>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lock the root password (passwd -l root: &apos;!&apos; before the hash in %1)</source>
        <translation>锁定 root 密码（passwd -l root：在 %1 中的哈希前加 &apos;!&apos;）</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInit.cpp" line="+36"/>
        <source>cloud-init data sources: ConfigDrive and OpenStack first (%1 overrides %2)</source>
        <translation>cloud-init 数据源：ConfigDrive 和 OpenStack 优先（%1 覆盖 %2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cloud-init grows root again (%1 overrides %2)</source>
        <translation>cloud-init 重新扩展根分区（%1 覆盖 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1, which stops root from growing</source>
        <translation>删除阻止根分区扩展的 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="+59"/>
        <source>Keep the image free of machine IDs that package scripts create</source>
        <translation>不让软件包脚本生成的机器 ID 留在镜像中</translation>
    </message>
    <message>
        <location filename="../core/requirements/PlanPackages.cpp" line="+50"/>
        <source>Remove the package manager&apos;s caches left by the installs (%1)</source>
        <translation>删除安装留下的软件包管理器缓存（%1）</translation>
    </message>
    <message>
        <location filename="../core/fixes/Initramfs.cpp" line="+122"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>Add the virtio modules to %1</source>
        <translation>将 virtio 模块加入 %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Rebuild every initramfs (update-initramfs)</source>
        <translation>重新生成所有 initramfs（update-initramfs）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make dracut add the virtio drivers to every initramfs (%1)</source>
        <translation>让 dracut 将 virtio 驱动加入每个 initramfs（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rebuild every initramfs with the virtio drivers (dracut)</source>
        <translation>带 virtio 驱动重新生成所有 initramfs（dracut）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rebuild every initramfs (mkinitcpio)</source>
        <translation>重新生成所有 initramfs（mkinitcpio）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on the virtio feature in %1</source>
        <translation>在 %1 中开启 virtio 特性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild the initramfs of kernel %1 (mkinitfs)</source>
        <translation>重新生成内核 %1 的 initramfs（mkinitfs）</translation>
    </message>
    <message>
        <location filename="../core/fixes/KernelArgs.cpp" line="+64"/>
        <source>Remove %1 from the kernel command line in %2</source>
        <translation>从 %2 的内核命令行中删除 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kernel console on tty0 and ttyS0 in %1 (kernels installed later)</source>
        <translation>在 %1 中将内核控制台设为 tty0 和 ttyS0（用于之后安装的内核）</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="-52"/>
        <source>Generate the locale in the guest (/etc/locale.gen and locale-gen)</source>
        <translation>在客户机中生成该语言环境（/etc/locale.gen 和 locale-gen）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locale-gen is not in the guest</source>
        <translation>客户机中没有 locale-gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Have cloud-init set C.UTF-8, which every guest has</source>
        <translation>让 cloud-init 设置每个客户机都有的 C.UTF-8</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Have cloud-init set locale C.UTF-8 (instead of %1)</source>
        <translation>让 cloud-init 设置语言环境 C.UTF-8（而不是 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generate locale %1 (/etc/locale.gen)</source>
        <translation>生成语言环境 %1（/etc/locale.gen）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Build the locales /etc/locale.gen lists (locale-gen)</source>
        <translation>生成 /etc/locale.gen 中列出的语言环境（locale-gen）</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="-70"/>
        <source>Remove the keys and credential files, lock the passwords</source>
        <translation>删除密钥和凭据文件，锁定密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the users that own them (userdel -r); root&apos;s files are removed</source>
        <translation>删除拥有它们的用户（userdel -r）；root 的文件被删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them as they are</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the credentials are kept, as chosen</source>
        <translation>按所选保留这些凭据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock the password of %1 (passwd -l: &apos;!&apos; before the hash in /etc/shadow)</source>
        <translation>锁定 %1 的密码（passwd -l：在 /etc/shadow 中的哈希前加 &apos;!&apos;）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the %1 %2 (%3)</source>
        <extracomment>%1 is a kind of credential (&quot;private key&quot;), %2 a guest path, %3 a fingerprint such as SHA256:...</extracomment>
        <translation>删除%1 %2（%3）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Remove user %1 with its home directory</source>
        <translation>删除用户 %1 及其主目录</translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="-45"/>
        <source>the guest&apos;s package sources have no security repository: add the distribution&apos;s (e.g. bookworm-security) and fix again</source>
        <translation>客户机的软件源中没有安全更新仓库：请添加该发行版的安全仓库（例如 bookworm-security）后再修复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>held in the image (%1): release the hold (apt-mark unhold, dnf versionlock delete) and fix again to include them</source>
        <extracomment>%1 lists package names; apt-mark unhold and dnf versionlock delete are commands, not translated.</extracomment>
        <translation>在镜像中被锁定（%1）：解除锁定（apt-mark unhold、dnf versionlock delete）后再次修复即可包含它们</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply the security updates only (%1), then clean the caches</source>
        <translation>只安装安全更新（%1），然后清理缓存</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <location filename="../core/glance/Metadefs.cpp" line="+23"/>
        <source>The Glance metadata definitions table is not valid JSON.</source>
        <translation>Glance 元数据定义表不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Glance metadata definitions table has no properties.</source>
        <translation>Glance 元数据定义表中没有任何属性。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 低于最小值 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 高于最大值 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a boolean (true or false)</source>
        <translation>“%1”不是布尔值（true 或 false）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 中的取值之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value is longer than %1 characters</source>
        <translation>值的长度超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Property names are limited to %1 characters; this one has %2.</source>
        <translation>属性名最长为 %1 个字符；此属性名有 %2 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is reserved for Glance itself and cannot be set.</source>
        <translation>%1 由 Glance 自身保留，不能设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a read-only image field that Glance sets.</source>
        <translation>%1 是由 Glance 设置的只读镜像字段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not in Glance&apos;s metadata definitions; Glance stores it, but Nova may ignore it.</source>
        <translation>%1 不在 Glance 的元数据定义中；Glance 会保存它，但 Nova 可能会忽略它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../core/glance/Properties.cpp" line="+37"/>
        <source>the guest boots with BIOS and UEFI; BIOS is what every cloud offers (%1)</source>
        <translation>客户机可用 BIOS 和 UEFI 启动；所有云都提供 BIOS（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection found BIOS boot (%1)</source>
        <translation>检测发现 BIOS 启动（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no EFI system partition with a boot loader</source>
        <translation>没有带引导程序的 EFI 系统分区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the guest boots with UEFI only (%1); with BIOS it would not boot</source>
        <translation>客户机只能用 UEFI 启动（%1）；用 BIOS 将无法启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection found UEFI boot</source>
        <translation>检测发现 UEFI 启动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UEFI-only guest on x86: q35 is the machine type every OVMF build supports, and the one Secure Boot needs</source>
        <translation>x86 上仅支持 UEFI 的客户机：q35 是所有 OVMF 构建都支持的机器类型，也是安全启动所需的机器类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the boot chain is signed (shim and a signed GRUB): Secure Boot where the cloud offers it</source>
        <translation>启动链已签名（shim 和已签名的 GRUB）：云提供安全启动时即启用</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Property &quot;%1&quot; is not of the form KEY=VALUE.</source>
        <translation>属性“%1”不是 KEY=VALUE 格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An empty property name cannot be unset.</source>
        <translation>无法取消设置空的属性名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set by the user</source>
        <translation>由用户设置</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the %1 check did not run</source>
        <translation>%1 检查项未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 check: %2 (%3)</source>
        <translation>%1 检查项：%2（%3）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the disk uses LVM</source>
        <translation>磁盘使用了 LVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk has %1 partitions, not one</source>
        <translation>磁盘有 %1 个分区，而不是一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the only partition %1 is %2, not ext3/ext4</source>
        <translation>唯一的分区 %1 是 %2，不是 ext3/ext4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unformatted</source>
        <translation>未格式化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one %1 partition (%2) without LVM</source>
        <translation>一个不使用 LVM 的 %1 分区（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the exported image format</source>
        <translation>导出的镜像格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plain disk image, no container</source>
        <translation>普通磁盘镜像，无容器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inspection found a %1 guest</source>
        <translation>检测发现 %1 客户机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inspection found distro %1</source>
        <translation>检测发现发行版 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inspection found distro %1 (libguestfs name), %2 in Glance</source>
        <translation>检测发现发行版 %1（libguestfs 名称），在 Glance 中为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inspection found version %1</source>
        <translation>检测发现版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspection found architecture %1</source>
        <translation>检测发现架构 %1</translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="+23"/>
        <source>%1; without virtio the guest boots from an emulated %2 disk</source>
        <translation>%1；没有 virtio 时客户机将从模拟的 %2 磁盘启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; e1000 is emulated and needs no virtio driver</source>
        <translation>%1；e1000 为模拟设备，不需要 virtio 驱动</translation>
    </message>
    <message>
        <location filename="../core/glance/Properties.cpp" line="+9"/>
        <source>the guest kernel has the virtio-rng driver</source>
        <translation>客户机内核带有 virtio-rng 驱动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>virtual size %1 bytes, rounded up to whole GiB</source>
        <translation>虚拟大小 %1 字节，向上取整到整 GiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given</source>
        <translation>用户指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default for the %1 family</source>
        <translation>%1 系列的默认值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>package cloud-init %1 is installed</source>
        <translation>已安装软件包 cloud-init %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package cloud-init is not installed</source>
        <translation>未安装软件包 cloud-init</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/checks/Reports.cpp" line="+62"/>
        <source>%1 pass, %2 fail, %3 warning, %4 not applicable, %5 unknown</source>
        <translation>%1 项通过，%2 项失败，%3 项警告，%4 项不适用，%5 项未知</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required checks: passed</source>
        <extracomment>Report verdict: all checks of severity &quot;required&quot; passed.</extracomment>
        <translation>必需检查项：已通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required checks: NOT passed</source>
        <translation>必需检查项：未通过</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STATUS</source>
        <extracomment>Column headers of the text report.</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEVERITY</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+141"/>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>Guest: %1</source>
        <translation>客户机：%1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>OpenStack image check: %1</source>
        <translation>OpenStack 镜像检查：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OpenStack image check</source>
        <translation>OpenStack 镜像检查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>Requirement</name>
    <message>
        <location filename="../core/requirements/SshServer.cpp" line="-52"/>
        <source>SSH server installed and started at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;ssh-server&quot;: a short statement of what a ready image has.</extracomment>
        <translation>已安装 SSH 服务器并在开机时启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users reach Linux instances over SSH. Without an SSH server that starts when the instance boots there is no way to log in, whatever keys OpenStack injects.</source>
        <extracomment>Why OpenStack needs &quot;ssh-server&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>用户通过 SSH 访问 Linux 实例。如果没有在实例启动时运行的 SSH 服务器，无论 OpenStack 注入什么密钥，都无法登录。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshHostKeys.cpp" line="+24"/>
        <source>No SSH host keys baked into the image</source>
        <extracomment>Title of the OpenStack image requirement &quot;ssh-host-keys&quot;: a short statement of what a ready image has.</extracomment>
        <translation>镜像中未内置 SSH 主机密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host keys in an image are shared by every instance started from it, so one instance can impersonate another. Each instance should generate its own keys at first boot (cloud-init or sshd-keygen do).</source>
        <extracomment>Why OpenStack needs &quot;ssh-host-keys&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>镜像中的主机密钥由从该镜像启动的所有实例共用，因此一个实例可以冒充另一个实例。每个实例都应在首次启动时生成自己的密钥（cloud-init 或 sshd-keygen 会完成此操作）。</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootPassword.cpp" line="+29"/>
        <source>Root password locked</source>
        <extracomment>Title of the OpenStack image requirement &quot;root-password&quot;: a short statement of what a ready image has.</extracomment>
        <translation>root 密码已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances are reached with the key pair OpenStack injects. A root password set in the image is the same on every instance and opens the console to anyone who knows it.</source>
        <extracomment>Why OpenStack needs &quot;root-password&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>实例通过 OpenStack 注入的密钥对访问。镜像中设置的 root 密码在每个实例上都相同，任何知道该密码的人都能通过控制台登录。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SerialConsole.cpp" line="-66"/>
        <source>Boot log goes to the serial console</source>
        <extracomment>Title of the OpenStack image requirement &quot;serial-console&quot;: a short statement of what a ready image has.</extracomment>
        <translation>启动日志输出到串口控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack collects an instance&apos;s console log from its first serial port; it is what users see with &quot;openstack console log show&quot; and often the only way to find out why an instance does not come up. The kernel must be started with console=tty0 console=ttyS0,115200n8, ttyS0 last so that it also becomes /dev/console, both in the boot loader defaults and in what boots now.</source>
        <extracomment>Why OpenStack needs &quot;serial-console&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>OpenStack 从实例的第一个串口收集控制台日志；用户通过“openstack console log show”看到的就是它，而且它往往是查明实例为何无法启动的唯一途径。内核必须以 console=tty0 console=ttyS0,115200n8 启动，并将 ttyS0 放在最后，使其同时成为 /dev/console；引导加载程序的默认配置和当前启动项都要如此。</translation>
    </message>
    <message>
        <location filename="../core/requirements/XenPvKernel.cpp" line="-51"/>
        <source>Kernel supports paravirtualised Xen</source>
        <extracomment>Title of the OpenStack image requirement &quot;xen-pv-kernel&quot;: a short statement of what a ready image has.</extracomment>
        <translation>内核支持半虚拟化 Xen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clouds that run instances on Xen in paravirtualised mode need a kernel with Xen support. Mainline Linux has it since 3.0; older distributions shipped it as a separate Xen kernel flavour.</source>
        <extracomment>Why OpenStack needs &quot;xen-pv-kernel&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>以半虚拟化模式在 Xen 上运行实例的云需要支持 Xen 的内核。主线 Linux 自 3.0 起已包含该支持；较旧的发行版则将其作为单独的 Xen 内核版本提供。</translation>
    </message>
    <message>
        <location filename="../core/requirements/VirtioDrivers.cpp" line="-204"/>
        <source>virtio drivers available at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;virtio-drivers&quot;: a short statement of what a ready image has.</extracomment>
        <translation>启动时可用 virtio 驱动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVM-based OpenStack clouds attach disks and network cards as virtio devices. Without virtio_blk/virtio_scsi built in or in the initramfs the kernel cannot find its root disk, and without virtio_net the instance has no network.</source>
        <extracomment>Why OpenStack needs &quot;virtio-drivers&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>基于 KVM 的 OpenStack 云以 virtio 设备的形式挂载磁盘和网卡。如果 virtio_blk/virtio_scsi 既未编译进内核也不在 initramfs 中，内核就找不到根磁盘；如果没有 virtio_net，实例就没有网络。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SshKeyInjection.cpp" line="-86"/>
        <source>SSH keys come from the metadata service</source>
        <extracomment>Title of the OpenStack image requirement &quot;ssh-key-injection&quot;: a short statement of what a ready image has.</extracomment>
        <translation>SSH 密钥来自元数据服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack does not write the user&apos;s key pair into the disk; the instance must fetch the public key at boot from the metadata service (http://169.254.169.254/) or the config drive. cloud-init does this when its data sources include OpenStack, ConfigDrive or Ec2; otherwise a first-boot script has to.</source>
        <extracomment>Why OpenStack needs &quot;ssh-key-injection&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>OpenStack 不会将用户的密钥对写入磁盘；实例必须在启动时从元数据服务（http://169.254.169.254/）或配置驱动器获取公钥。当 cloud-init 的数据源包括 OpenStack、ConfigDrive 或 Ec2 时，由 cloud-init 完成此操作；否则必须由首次启动脚本完成。</translation>
    </message>
    <message>
        <location filename="../core/requirements/UserData.cpp" line="-43"/>
        <source>User data and metadata are processed</source>
        <extracomment>Title of the OpenStack image requirement &quot;user-data&quot;: a short statement of what a ready image has.</extracomment>
        <translation>处理用户数据和元数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besides the key, users pass user data (scripts, cloud-config) and OpenStack passes metadata such as the host name when they launch an instance. cloud-init applies them at boot, so it must be installed, its services enabled and nothing may switch it off.</source>
        <extracomment>Why OpenStack needs &quot;user-data&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>除密钥外，用户在启动实例时还会传入用户数据（脚本、cloud-config），OpenStack 也会传入主机名等元数据。cloud-init 在开机时应用这些数据，因此必须安装 cloud-init、启用其服务，并且不能有任何配置将其关闭。</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitUser.cpp" line="-82"/>
        <source>cloud-init has a default user for the key</source>
        <extracomment>Title of the OpenStack image requirement &quot;cloud-init-user&quot;: a short statement of what a ready image has.</extracomment>
        <translation>cloud-init 有接收密钥的默认用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init writes the injected key into its default user&apos;s authorized_keys and, by default, refuses root logins. Users need to know that login name to reach the instance.</source>
        <extracomment>Why OpenStack needs &quot;cloud-init-user&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>cloud-init 将注入的密钥写入其默认用户的 authorized_keys，并且默认拒绝 root 登录。用户需要知道该登录名才能访问实例。</translation>
    </message>
    <message>
        <location filename="../core/requirements/PartitionLayout.cpp" line="-109"/>
        <source>Root file system can grow at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;partition-layout&quot;: a short statement of what a ready image has.</extracomment>
        <translation>根文件系统可在启动时扩展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A flavor&apos;s root disk is usually larger than the image. cloud-init&apos;s growpart grows the root partition to fill the disk at first boot, which works only when root is the last partition, on a file system it can resize (ext3, ext4, or XFS with xfs_growfs). A root file system on LVM needs its own grow step for the physical and logical volumes.</source>
        <extracomment>Why OpenStack needs &quot;partition-layout&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>云主机类型的根磁盘通常比镜像大。cloud-init 的 growpart 会在首次启动时扩展根分区以占满磁盘，但前提是根分区是最后一个分区，且其文件系统可调整大小（ext3、ext4，或配有 xfs_growfs 的 XFS）。位于 LVM 上的根文件系统需要单独的扩展步骤来扩展物理卷和逻辑卷。</translation>
    </message>
    <message>
        <location filename="../core/requirements/RootResize.cpp" line="-88"/>
        <source>Tools to grow root at first boot are installed</source>
        <extracomment>Title of the OpenStack image requirement &quot;root-resize&quot;: a short statement of what a ready image has.</extracomment>
        <translation>已安装首次启动时扩展根分区的工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a resize step an instance keeps the image&apos;s small root file system whatever disk size the flavor gives it. cloud-init together with growpart, or an initramfs growroot package, resizes the root partition and file system automatically when the instance boots.</source>
        <extracomment>Why OpenStack needs &quot;root-resize&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>如果没有调整大小的步骤，无论云主机类型提供多大的磁盘，实例都会保留镜像中较小的根文件系统。cloud-init 配合 growpart，或 initramfs growroot 软件包，会在实例启动时自动调整根分区和文件系统的大小。</translation>
    </message>
    <message>
        <location filename="../core/requirements/FstabStableNames.cpp" line="+42"/>
        <source>fstab uses UUID or LABEL, not device names</source>
        <extracomment>Title of the OpenStack image requirement &quot;fstab-stable-names&quot;: a short statement of what a ready image has.</extracomment>
        <translation>fstab 使用 UUID 或 LABEL，而不是设备名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk bus changes between hypervisors (sda on the source, vda with virtio on OpenStack), so a file system named by kernel device is not found and the instance stops in emergency mode. UUID= and LABEL= follow the file system.</source>
        <extracomment>Why OpenStack needs &quot;fstab-stable-names&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>不同虚拟机管理程序的磁盘总线不同（源环境中为 sda，OpenStack 上使用 virtio 时为 vda），因此以内核设备名指定的文件系统会找不到，实例会停在紧急模式。UUID= 和 LABEL= 则始终对应该文件系统。</translation>
    </message>
    <message>
        <location filename="../core/requirements/QemuGuestAgent.cpp" line="+16"/>
        <source>QEMU guest agent installed</source>
        <extracomment>Title of the OpenStack image requirement &quot;qemu-guest-agent&quot;: a short statement of what a ready image has.</extracomment>
        <translation>已安装 QEMU 客户机代理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With hw_qemu_guest_agent=yes, Nova talks to the guest agent to freeze file systems for consistent snapshots and to set passwords. It does nothing when the agent is missing.</source>
        <extracomment>Why OpenStack needs &quot;qemu-guest-agent&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>设置 hw_qemu_guest_agent=yes 后，Nova 会与客户机代理通信，以冻结文件系统来创建一致性快照，以及设置密码。缺少代理时这些功能都不起作用。</translation>
    </message>
    <message>
        <location filename="../core/requirements/MachineId.cpp" line="-44"/>
        <source>No machine ID baked into the image</source>
        <extracomment>Title of the OpenStack image requirement &quot;machine-id&quot;: a short statement of what a ready image has.</extracomment>
        <translation>镜像中未内置机器 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every instance started from an image with a machine ID shares it: DHCP client IDs, journald and monitoring then mix instances up. An empty or missing /etc/machine-id makes each instance generate its own at first boot.</source>
        <extracomment>Why OpenStack needs &quot;machine-id&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>从带有机器 ID 的镜像启动的所有实例都会共用该 ID：DHCP 客户端 ID、journald 和监控系统会因此混淆各个实例。/etc/machine-id 为空或不存在时，每个实例会在首次启动时生成自己的 ID。</translation>
    </message>
    <message>
        <location filename="../core/requirements/LeftoverState.cpp" line="+26"/>
        <source>No leftover history, leases or logs</source>
        <extracomment>Title of the OpenStack image requirement &quot;leftover-state&quot;: a short statement of what a ready image has.</extracomment>
        <translation>没有残留的历史记录、租约或日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shell history can hold passwords and host names of the machine the image came from; old DHCP leases make instances ask for the source machine&apos;s address; logs leak its past and mislead whoever debugs an instance.</source>
        <extracomment>Why OpenStack needs &quot;leftover-state&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>Shell 历史记录可能包含镜像来源机器的密码和主机名；旧的 DHCP 租约会让实例请求源机器的地址；日志会泄露源机器的过往信息，并误导调试实例的人员。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SelinuxRelabel.cpp" line="-51"/>
        <source>SELinux relabel scheduled after edits</source>
        <extracomment>Title of the OpenStack image requirement &quot;selinux-relabel&quot;: a short statement of what a ready image has.</extracomment>
        <translation>修改后已安排 SELinux 重新标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files written from outside the guest carry no SELinux label. On an enforcing guest sshd or cloud-init then cannot read them and the instance is unreachable. A relabel at next boot (/.autorelabel) restores the labels.</source>
        <extracomment>Why OpenStack needs &quot;selinux-relabel&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>从客户机外部写入的文件不带 SELinux 标签。在 enforcing 模式的客户机上，sshd 或 cloud-init 将无法读取这些文件，导致实例无法访问。在下次启动时重新标记（/.autorelabel）可恢复这些标签。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoPersistentNetRules.cpp" line="+23"/>
        <source>No persistent network interface rules</source>
        <extracomment>Title of the OpenStack image requirement &quot;no-persistent-net-rules&quot;: a short statement of what a ready image has.</extracomment>
        <translation>没有持久网络接口规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older udev records the MAC address of each network card in 70-persistent-net.rules. Every instance gets a new MAC address, so the card is renamed (eth1 instead of eth0), the network configuration no longer matches and the instance boots without network. The rules file must be empty and the generator that writes it must be gone.</source>
        <extracomment>Why OpenStack needs &quot;no-persistent-net-rules&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>旧版 udev 会在 70-persistent-net.rules 中记录每块网卡的 MAC 地址。每个实例都会获得新的 MAC 地址，因此网卡会被重命名（eth1 而不是 eth0），网络配置不再匹配，实例启动后没有网络。该规则文件必须为空，且写入它的生成器必须移除。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoHardcodedMac.cpp" line="+38"/>
        <source>No MAC address in network configuration</source>
        <extracomment>Title of the OpenStack image requirement &quot;no-hardcoded-mac&quot;: a short statement of what a ready image has.</extracomment>
        <translation>网络配置中没有 MAC 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack gives every instance a new MAC address. A network configuration that names the source machine&apos;s MAC address (HWADDR in ifcfg files, macaddress in netplan, mac-address in NetworkManager, MACAddress in systemd-networkd, hwaddress in /etc/network/interfaces) does not match the new card, and the instance comes up without network.</source>
        <extracomment>Why OpenStack needs &quot;no-hardcoded-mac&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>OpenStack 会为每个实例分配新的 MAC 地址。如果网络配置指定了源机器的 MAC 地址（ifcfg 文件中的 HWADDR、netplan 中的 macaddress、NetworkManager 中的 mac-address、systemd-networkd 中的 MACAddress、/etc/network/interfaces 中的 hwaddress），就无法匹配新网卡，实例启动后将没有网络。</translation>
    </message>
    <message>
        <location filename="../core/requirements/FirewallDisabled.cpp" line="+65"/>
        <source>No guest firewall starts at boot</source>
        <extracomment>Title of the OpenStack image requirement &quot;firewall-disabled&quot;: a short statement of what a ready image has.</extracomment>
        <translation>开机时不启动客户机防火墙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenStack filters traffic with security groups. A firewall inside the image duplicates them, blocks traffic the operator allowed and makes network problems hard to diagnose when nobody can reach the instance to look.</source>
        <extracomment>Why OpenStack needs &quot;firewall-disabled&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>OpenStack 通过安全组过滤流量。镜像内的防火墙与安全组功能重复，会阻止运维人员已放行的流量，并且在无人能访问实例进行查看时，网络问题将难以诊断。</translation>
    </message>
    <message>
        <location filename="../core/requirements/AcpiShutdown.cpp" line="+9"/>
        <source>The guest shuts down when the ACPI power button is pressed</source>
        <extracomment>Title of the OpenStack image requirement &quot;acpi-shutdown&quot;: a short statement of what a ready image has.</extracomment>
        <translation>按下 ACPI 电源按钮时客户机会关机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nova&apos;s stop, shelve, resize and soft reboot press the virtual power button and pull the plug after shutdown_timeout (60 s) when the guest ignores it: an unclean shutdown every time. systemd-logind handles the button when a system bus (dbus or dbus-broker) runs; without systemd, acpid with a power-button event does.</source>
        <extracomment>Why OpenStack needs &quot;acpi-shutdown&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>Nova 的停止、搁置、调整大小和软重启会按下虚拟电源按钮，如果客户机不响应，就在 shutdown_timeout（60 秒）后直接断电：每次都是非正常关机。系统总线（dbus 或 dbus-broker）运行时由 systemd-logind 处理该按钮；没有 systemd 时由带电源按钮事件的 acpid 处理。</translation>
    </message>
    <message>
        <location filename="../core/requirements/CloudInitLocale.cpp" line="-128"/>
        <source>The locale cloud-init sets exists in the guest</source>
        <extracomment>Title of the OpenStack image requirement &quot;cloud-init-locale&quot;: a short statement of what a ready image has.</extracomment>
        <translation>客户机中存在 cloud-init 要设置的语言环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At first boot cloud-init&apos;s locale module sets the configured locale (cloud.cfg locale:, else LANG in /etc/default/locale, else en_US.UTF-8). On Debian and Ubuntu it runs update-locale, which fails for a locale that is not generated: cloud-init then ends with status error, and tools that wait for it report a failed instance.</source>
        <extracomment>Why OpenStack needs &quot;cloud-init-locale&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>首次启动时，cloud-init 的 locale 模块会设置所配置的语言环境（cloud.cfg 中的 locale:，否则为 /etc/default/locale 中的 LANG，再否则为 en_US.UTF-8）。在 Debian 和 Ubuntu 上它会运行 update-locale，而对尚未生成的语言环境该命令会失败：cloud-init 随后以 error 状态结束，等待它的工具会报告实例失败。</translation>
    </message>
    <message>
        <location filename="../core/requirements/NoBakedCredentials.cpp" line="-126"/>
        <source>No credentials baked into the image</source>
        <extracomment>Title of the OpenStack image requirement &quot;no-baked-credentials&quot;: a short statement of what a ready image has.</extracomment>
        <translation>映像中没有内置凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whatever the image carries, every instance carries: an authorized SSH key lets its owner into all of them, a private key, .netrc, cloud or registry credentials leak to every tenant, and a user&apos;s password is the same everywhere. Keys belong in the instance&apos;s metadata, which cloud-init installs at first boot.</source>
        <extracomment>Why OpenStack needs &quot;no-baked-credentials&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>映像中带有的，每个实例都会带有：一个已授权的 SSH 密钥能让其持有者登录所有实例，私钥、.netrc、云或镜像仓库凭据会泄露给每个租户，而用户密码在各处都相同。密钥应放在实例的元数据中，由 cloud-init 在首次启动时安装。</translation>
    </message>
    <message>
        <location filename="../core/requirements/SecurityUpdates.cpp" line="-73"/>
        <source>No security updates pending from the guest&apos;s repositories</source>
        <extracomment>Title of the OpenStack image requirement &quot;security-updates&quot;: a short statement of what a ready image has.</extracomment>
        <translation>客户机的软件仓库中没有待安装的安全更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every instance starts with the packages the image carries: a security fix its own repositories already offer is missing in all of them until each tenant upgrades. imageprep asks the guest&apos;s package manager (apt&apos;s -security suites, dnf or yum updateinfo, zypper security patches) with the appliance network on.</source>
        <extracomment>Why OpenStack needs &quot;security-updates&quot;; shown under the title in reports and the wizard.</extracomment>
        <translation>每个实例都以映像中的软件包启动：其自身仓库已提供的安全修复，在每个租户自行升级之前，所有实例都缺少它。imageprep 在打开 appliance 网络的情况下询问客户机的包管理器（apt 的 -security 套件、dnf 或 yum 的 updateinfo、zypper 的安全补丁）。</translation>
    </message>
</context>
<context>
    <name>RpmHeaderText</name>
    <message>
        <location filename="../core/guest/RpmHeader.cpp" line="+40"/>
        <source>An installed package&apos;s rpm header is damaged.</source>
        <translation>某个已安装软件包的 rpm 头已损坏。</translation>
    </message>
</context>
<context>
    <name>RpmNdbText</name>
    <message>
        <location filename="../core/guest/RpmNdb.cpp" line="+67"/>
        <source>The guest&apos;s RPM package database (Packages.db) is damaged.</source>
        <translation>客户机的 RPM 软件包数据库（Packages.db）已损坏。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The guest&apos;s RPM package database (Packages.db) is truncated.</source>
        <translation>客户机的 RPM 软件包数据库（Packages.db）不完整（被截断）。</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+7"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>RpmText</name>
    <message>
        <location filename="../core/guest/RpmDatabase.cpp" line="+51"/>
        <source>rpm is not installed on this computer; the guest&apos;s RPM packages cannot be listed.</source>
        <translation>本机未安装 rpm；无法列出客户机的 RPM 软件包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rpm could not read the guest&apos;s package database.</source>
        <translation>rpm 无法读取客户机的软件包数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rpm found no packages in the guest&apos;s package database; this computer&apos;s rpm may not read its format.</source>
        <translation>rpm 在客户机的软件包数据库中没有找到任何软件包；本机的 rpm 可能无法读取该数据库格式。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>Could not create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <source>Could not copy %1 out of the guest.</source>
        <translation>无法从客户机中复制出 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The guest has no RPM database.</source>
        <translation>客户机中没有 RPM 数据库。</translation>
    </message>
</context>
<context>
    <name>RunnerText</name>
    <message numerus="yes">
        <location filename="../core/fixes/FixRunner.cpp" line="+40"/>
        <source>Applied %n edit(s).</source>
        <translation>
            <numerusform>已应用 %n 项修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed after %n edit(s): %1</source>
        <translation>
            <numerusform>在 %n 项修改后失败：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled after %n edit(s).</source>
        <translation>
            <numerusform>在 %n 项修改后已取消。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-check: every fixed check passes.</source>
        <translation>复查：所有已修复的检查项均已通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-check: %1 is %2, not pass: %3</source>
        <translation>复查：%1 为 %2，未通过：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the check did not run again</source>
        <translation>该检查项未重新运行</translation>
    </message>
</context>
<context>
    <name>SampleGuest</name>
    <message>
        <location filename="../core/lab/SampleGuest.cpp" line="+36"/>
        <source>The sample generator (make-guests.sh) is not installed.</source>
        <translation>示例生成器（make-guests.sh）未安装。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not start the sample generator: %1</source>
        <translation>无法启动示例生成器：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample generation cancelled.</source>
        <translation>示例镜像生成已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample generator failed (exit code %1).</source>
        <translation>示例生成器运行失败（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../core/checks/Requirement.cpp" line="-22"/>
        <source>required</source>
        <extracomment>Severity of a requirement: the image does not work on OpenStack without it.</extracomment>
        <translation>必需</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recommended</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../ui/UiSupport.cpp" line="-20"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>imageprep::BootChecklist</name>
    <message>
        <location filename="../core/boot/BootChecklist.cpp" line="+45"/>
        <source>The kernel log appears on the serial console</source>
        <extracomment>boot test checklist item</extracomment>
        <translation>内核日志出现在串口控制台上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login prompt appears on the serial console</source>
        <extracomment>boot test checklist item</extracomment>
        <translation>串口控制台上出现登录提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init ran and used the ConfigDrive datasource</source>
        <extracomment>boot test checklist item; ConfigDrive is OpenStack&apos;s metadata disk</extracomment>
        <translation>cloud-init 已运行并使用了 ConfigDrive 数据源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root filesystem grew to the larger disk</source>
        <extracomment>boot test checklist item</extracomment>
        <translation>根文件系统已扩展到更大的磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH server answers and accepts the injected key</source>
        <extracomment>boot test checklist item</extracomment>
        <translation>SSH 服务器有响应并接受注入的密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud-init finished without errors (cloud-init status --long)</source>
        <extracomment>boot test checklist item</extracomment>
        <translation>cloud-init 已完成且没有错误（cloud-init status --long）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guest shuts down on an ACPI power-off</source>
        <extracomment>boot test checklist item</extracomment>
        <translation>客户机在 ACPI 关机时正常关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WAIT</source>
        <extracomment>boot test item status: not decided yet</extracomment>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <extracomment>boot test item status</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAIL</source>
        <extracomment>boot test item status</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <extracomment>boot test item status: not applicable</extracomment>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The disk was not grown for this test.</source>
        <translation>本次测试未扩展磁盘。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The system came up but the kernel&apos;s own boot messages (the &quot;Linux version&quot; banner, &quot;Command line:&quot;) never reached ttyS0; &quot;quiet&quot; on the kernel command line hides them.</source>
        <translation>系统已启动，但内核自身的启动消息（&quot;Linux version&quot; 横幅、&quot;Command line:&quot;）从未出现在 ttyS0 上；内核命令行上的 &quot;quiet&quot; 会隐藏它们。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>cloud-init finished with the %1 datasource instead of ConfigDrive.</source>
        <translation>cloud-init 使用 %1 数据源而非 ConfigDrive 完成。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>root filesystem %1; disk %2, grown from %3</source>
        <translation>根文件系统 %1；磁盘 %2，由 %3 扩展而来</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The root filesystem did not grow: %1.</source>
        <translation>根文件系统未扩展：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cloud-init started but did not finish. %1</source>
        <translation>cloud-init 已启动但未完成。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing at all appeared on the serial console; is console=ttyS0 on the kernel command line? %1</source>
        <translation>串口控制台上没有任何输出；内核命令行中是否有 console=ttyS0？%1</translation>
    </message>
</context>
<context>
    <name>imageprep::BootTest</name>
    <message>
        <location filename="../core/boot/BootRun.cpp" line="+76"/>
        <source>Could not create the overlay for the test.</source>
        <translation>无法为测试创建覆盖层。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not grow the test overlay.</source>
        <translation>无法扩展测试覆盖层。</translation>
    </message>
    <message>
        <location filename="../core/boot/BootQemu.cpp" line="+21"/>
        <source>Could not copy the UEFI variable store %1.</source>
        <translation>无法复制 UEFI 变量存储 %1。</translation>
    </message>
    <message>
        <location filename="../core/boot/BootRun.cpp" line="+17"/>
        <source>Could not generate the SSH key for the test.</source>
        <translation>无法为测试生成 SSH 密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The generated SSH public key is missing.</source>
        <translation>生成的 SSH 公钥不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the ConfigDrive contents.</source>
        <translation>无法写入 ConfigDrive 内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not build the ConfigDrive ISO.</source>
        <translation>无法构建 ConfigDrive ISO。</translation>
    </message>
    <message>
        <location filename="../core/boot/BootAttempt.cpp" line="+224"/>
        <source>Logged in with the key from the ConfigDrive.</source>
        <translation>已使用 ConfigDrive 中的密钥登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH login with the injected key works (%1).</source>
        <translation>使用注入的密钥 SSH 登录成功（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ssh timed out</source>
        <translation>ssh 超时</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>QEMU exited before the test powered the guest off (exit code %1).</source>
        <translation>测试关闭客户机电源之前 QEMU 已退出（退出码 %1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The guest did not finish within %1 s and was killed.</source>
        <translation>客户机未在 %1 秒内完成，已被强制终止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The boot failed: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The guest did not power off within %1 s of the ACPI power button.</source>
        <translation>按下 ACPI 电源按钮后，客户机未在 %1 秒内关机。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The guest is up; checking SSH.</source>
        <translation>客户机已启动；正在检查 SSH。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pressing the ACPI power button (QMP system_powerdown).</source>
        <translation>正在按下 ACPI 电源按钮（QMP system_powerdown）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QEMU reported a guest shutdown and exited.</source>
        <translation>QEMU 报告客户机已关机并已退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU exited %1 s after the power button; QMP SHUTDOWN event from the guest: %2.</source>
        <translation>按下电源按钮 %1 秒后 QEMU 退出；客户机发出的 QMP SHUTDOWN 事件：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Not seen on the console.</source>
        <translation>控制台上未出现。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not tried: the guest never showed a login prompt. %1</source>
        <translation>未尝试：客户机始终未显示登录提示。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last attempt said: %1</source>
        <translation>最后一次尝试的输出：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read: no SSH login.</source>
        <translation>未读取：没有 SSH 登录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image booted and passed every boot check.</source>
        <translation>镜像已启动并通过了所有启动检查项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The boot test failed (%1 of %2 checks): %3</source>
        <translation>启动测试失败（%1/%2 个检查项）：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The boot test failed: %1 of %2 checks did not pass.</source>
        <translation>启动测试失败：%2 个检查项中有 %1 个未通过。</translation>
    </message>
    <message>
        <location filename="../core/boot/BootRun.cpp" line="+40"/>
        <source>%1 is not installed; the boot test needs it (Debian package %2).</source>
        <translation>未安装 %1；启动测试需要它（Debian 软件包 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create a temporary folder for the boot test.</source>
        <translation>无法为启动测试创建临时文件夹。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The image boots with UEFI, but the OVMF firmware is not installed (Debian package ovmf).</source>
        <translation>镜像使用 UEFI 启动，但未安装 OVMF 固件（Debian 软件包 ovmf）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware: %1.</source>
        <translation>固件：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UEFI (OVMF)</source>
        <translation>UEFI（OVMF）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free TCP port on 127.0.0.1 for SSH.</source>
        <translation>127.0.0.1 上没有可用于 SSH 的空闲 TCP 端口。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>/dev/kvm is not usable; using software emulation (TCG).</source>
        <translation>/dev/kvm 不可用；改用软件模拟（TCG）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM hung on this host before (see %1); using software emulation (TCG).</source>
        <translation>KVM 之前在此主机上挂起过（见 %1）；改用软件模拟（TCG）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booting %1 (+%2 GiB) in QEMU with %3; SSH forwarded from 127.0.0.1:%4.</source>
        <translation>正在 QEMU 中使用 %3 启动 %1（+%2 GiB）；SSH 转发自 127.0.0.1:%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>software emulation (TCG)</source>
        <translation>软件模拟（TCG）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU did not start.</source>
        <translation>QEMU 未能启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing on the serial console %1 s after a KVM start: KVM hangs on this host. Retrying with software emulation (-accel tcg).</source>
        <translation>KVM 启动 %1 秒后串口控制台上仍无输出：KVM 在此主机上挂起。正在改用软件模拟（-accel tcg）重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QEMU exited under KVM before anything appeared on the serial console: %1 Retrying with software emulation (-accel tcg).</source>
        <translation>QEMU 在 KVM 下于串口控制台出现任何内容之前就退出了：%1 改用软件模拟重试（-accel tcg）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QEMU exited under KVM before anything appeared on the serial console.</source>
        <translation>QEMU 在 KVM 下于串口控制台出现任何内容之前就退出了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing appeared on the serial console within %1 s under KVM.</source>
        <translation>在 KVM 下 %1 秒内串口控制台上没有任何输出。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>QEMU said: %1</source>
        <translation>QEMU 输出：%1</translation>
    </message>
</context>
<context>
    <name>imageprep::Firmware</name>
    <message>
        <location filename="../core/guest/FirmwareFacts.cpp" line="+164"/>
        <source>EFI system partition %1</source>
        <translation>EFI 系统分区 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EFI boot loader %1</source>
        <translation>EFI 引导程序 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UEFI boot package %1 installed</source>
        <translation>已安装 UEFI 启动软件包 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EFI system partition %1 holds no EFI boot loader</source>
        <translation>EFI 系统分区 %1 中没有 EFI 引导程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no removable-media loader \EFI\BOOT\BOOTX64.EFI on %1: with the empty NVRAM a cloud starts with, the firmware may find no boot loader</source>
        <translation>%1 上没有可移动介质引导程序 \EFI\BOOT\BOOTX64.EFI：云以空 NVRAM 启动时，固件可能找不到引导程序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIOS boot partition %1</source>
        <translation>BIOS 启动分区 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIOS boot package %1 installed</source>
        <translation>已安装 BIOS 启动软件包 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GRUB boot code in the master boot record</source>
        <translation>主引导记录中有 GRUB 引导代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBR partition table without an EFI system partition</source>
        <translation>MBR 分区表，没有 EFI 系统分区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shim and a signed GRUB: the boot chain is signed for Secure Boot</source>
        <translation>shim 和已签名的 GRUB：启动链已为安全启动签名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BIOS and UEFI (hybrid)</source>
        <translation>BIOS 和 UEFI（混合）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UEFI only</source>
        <translation>仅 UEFI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIOS only</source>
        <translation>仅 BIOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIOS (no boot loader found)</source>
        <translation>BIOS（未找到引导程序）</translation>
    </message>
</context>
<context>
    <name>imageprep::GuestSession</name>
    <message>
        <location filename="../core/guest/GuestSession.cpp" line="+270"/>
        <source>Could not create a libguestfs handle.</source>
        <translation>无法创建 libguestfs 句柄。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not add the disk to the appliance.</source>
        <translation>无法将磁盘添加到辅助虚拟机。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>KVM failed on this host before (see %1); using software emulation.</source>
        <translation>KVM 之前在此主机上失败过（见 %1）；改用软件模拟。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the libguestfs appliance (software emulation)…</source>
        <translation>正在启动 libguestfs 辅助虚拟机（软件模拟）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the libguestfs appliance…</source>
        <translation>正在启动 libguestfs 辅助虚拟机…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the appliance did not come up within %1 s</source>
        <translation>辅助虚拟机未在 %1 秒内启动</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+126"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+87"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/guest/GuestSecurityScan.cpp" line="+21"/>
        <location filename="../core/guest/GuestSession.cpp" line="-231"/>
        <source>No guest is open.</source>
        <translation>没有打开的客户机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the appliance network is off (repository look-ups need it)</source>
        <translation>appliance 网络已关闭（查询软件仓库需要网络）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the guest&apos;s package manager is unknown</source>
        <translation>客户机的包管理器未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imageprep cannot ask %1 for security updates</source>
        <translation>imageprep 无法向 %1 查询安全更新</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the guest&apos;s repositories for pending security updates (%1)…</source>
        <translation>正在向客户机的软件仓库查询待安装的安全更新（%1）…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the repositories could not be read: %1</source>
        <translation>无法读取软件仓库：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guest&apos;s package sources have no -security suite</source>
        <translation>客户机的软件源中没有 -security 套件</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pending security update(s) found in %1 s.</source>
        <translation>
            <numerusform>%1 秒内找到 %n 个待安装的安全更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/guest/GuestSession.cpp" line="+2"/>
        <source>The guest&apos;s filesystems could not be unmounted to remount them writable.</source>
        <translation>无法卸载客户机的文件系统以将其重新挂载为可写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mounted the guest&apos;s filesystems read-write for the fixes.</source>
        <translation>已为修复以读写方式挂载客户机的文件系统。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The libguestfs appliance did not start.</source>
        <translation>libguestfs 辅助虚拟机未能启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accelerated (KVM) launch failed: %1</source>
        <translation>加速（KVM）启动失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying in software emulation (TCG); this is slower but needs no KVM.</source>
        <translation>正在以软件模拟（TCG）重试；速度较慢，但不需要 KVM。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The libguestfs appliance did not start, with or without KVM.</source>
        <translation>无论是否使用 KVM，libguestfs 辅助虚拟机都未能启动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appliance started in %1 s%2.</source>
        <translation>辅助虚拟机启动用时 %1 秒%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (software emulation)</source>
        <translation> （软件模拟）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The appliance is not running.</source>
        <translation>辅助虚拟机未在运行。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The disk is encrypted (LUKS). Decrypt it, or prepare the image before encrypting it.</source>
        <translation>磁盘已加密（LUKS）。请先解密，或在加密之前准备镜像。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No operating system was found on the disk.</source>
        <translation>磁盘上未找到操作系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holds no filesystem.</source>
        <translation>磁盘上没有文件系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filesystems found: %1</source>
        <translation>找到的文件系统：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <extracomment>An operating system found on the disk: %1 its product name, %2 its root device.</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holds several operating systems; imageprep prepares one: %1</source>
        <translation>磁盘上有多个操作系统；imageprep 只能准备其中一个：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is %1 (%2), not Linux: imageprep prepares Linux guests only.</source>
        <translation>这是 %1（%2），不是 Linux：imageprep 仅准备 Linux 客户机。</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The guest&apos;s root filesystem could not be mounted.</source>
        <translation>无法挂载客户机的根文件系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not mount %1 on %2: %3</source>
        <translation>无法将 %1 挂载到 %2：%3</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Could not list the installed packages: %1; %2</source>
        <translation>无法列出已安装的软件包：%1；%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not list the installed packages: %1</source>
        <translation>无法列出已安装的软件包：%1</translation>
    </message>
    <message>
        <location filename="../core/guest/GuestSessionBoot.cpp" line="+54"/>
        <source>Could not remount the guest&apos;s filesystems with the mount points read from its fstab: %1</source>
        <translation>无法按从 fstab 读取的挂载点重新挂载客户机的文件系统：%1</translation>
    </message>
    <message>
        <location filename="../core/guest/GuestTrim.cpp" line="+17"/>
        <source>Flushing the guest&apos;s writes failed.</source>
        <translation>未能将客户机的写入刷新到磁盘。</translation>
    </message>
</context>
<context>
    <name>imageprep::SessionWorker</name>
    <message>
        <location filename="../core/session/SessionSteps.cpp" line="+15"/>
        <source>No guest is open.</source>
        <translation>没有打开的客户机。</translation>
    </message>
    <message>
        <location filename="../core/fixes/SessionFixes.cpp" line="+14"/>
        <source>Planning fixes…</source>
        <translation>正在规划修复…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying fixes…</source>
        <translation>正在应用修复…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking again…</source>
        <translation>正在重新检查…</translation>
    </message>
    <message>
        <location filename="../core/session/ExportWork.cpp" line="+12"/>
        <source>No image is open.</source>
        <translation>没有打开的镜像。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../core/session/Session.cpp" line="+98"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>Removed %n work folder(s) left by sessions that ended without cleaning up (%1 freed): %2</source>
        <translation>
            <numerusform>已删除 %n 个由未正常清理即结束的会话遗留的工作文件夹（释放 %1）：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove the abandoned work folder %1; remove it by hand.</source>
        <translation>无法删除遗留的工作文件夹 %1，请手动删除。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image format: %1, virtual size %2 bytes; overlay %3</source>
        <translation>镜像格式：%1，虚拟大小 %2 字节；覆盖层 %3</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Starting the libguestfs appliance…</source>
        <translation>正在启动 libguestfs 辅助虚拟机…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Inspecting the guest…</source>
        <translation>正在检测客户机…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the guest&apos;s repositories for security updates…</source>
        <translation>正在向客户机的软件仓库查询安全更新…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the OpenStack requirements…</source>
        <translation>正在检查 OpenStack 要求…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown requirement: %1</source>
        <translation>未知的要求：%1</translation>
    </message>
    <message>
        <location filename="../core/session/SessionSteps.cpp" line="+25"/>
        <source>Free space not trimmed: %1</source>
        <translation>未修剪空闲空间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space trimmed: %1</source>
        <translation>已修剪空闲空间：%1</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::ApplyPage</name>
    <message>
        <location filename="../ui/ApplyPage.cpp" line="+22"/>
        <source>Nothing applied yet: Next on the preview applies the plan.</source>
        <translation>尚未应用任何修改：在预览页点击“下一步”即可应用修复计划。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m changes</source>
        <translation>%v / %m 项修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes and their state</source>
        <translation>修改及其状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply log</source>
        <translation>应用日志</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First check</source>
        <translation>首次检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After apply</source>
        <translation>应用后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks before and after apply</source>
        <translation>应用前后的检查结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test &amp;boot</source>
        <translation>测试启动(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot the fixed image in QEMU the way Nova would (the scratch overlay is copied first; the original is never booted).</source>
        <translation>像 Nova 那样在 QEMU 中启动修复后的镜像（先复制临时覆盖层；绝不启动原始镜像）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Applying %n change(s) to the scratch overlay…</source>
        <translation>
            <numerusform>正在将 %n 项修改应用到临时覆盖层…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+24"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change %1 of %2: %3</source>
        <translation>修改 %1/%2：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not done</source>
        <translation>未执行</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Applied %n change(s); the checklist ran again.</source>
        <translation>
            <numerusform>已应用 %n 项修改；检查清单已重新运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every fixed requirement passes now.</source>
        <translation>所有已修复的要求现在均已通过。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fixed requirement(s) still do not pass; see the comparison.</source>
        <translation>
            <numerusform>%n 项已修复的要求仍未通过；请查看对比结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every required check passes.</source>
        <translation>所有必需检查项均已通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some required checks still do not pass.</source>
        <translation>部分必需检查项仍未通过。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Cancelled after %n change(s). The original image is untouched; the changes made so far are only in the scratch overlay.</source>
        <translation>
            <numerusform>已在 %n 项修改后取消。原始镜像未被改动；目前所做的修改仅存在于临时覆盖层中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stopped after %n change(s): %1</source>
        <translation>
            <numerusform>在 %n 项修改后停止：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imageprep::ui::BootTestWindow</name>
    <message>
        <location filename="../ui/BootTestWindow.cpp" line="+34"/>
        <source>Test boot</source>
        <translation>启动测试</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+77"/>
        <source>No image chosen.</source>
        <translation>未选择镜像。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grow the disk by this much, as a larger flavor would.</source>
        <extracomment>tooltip: the boot test adds this much to the disk, like a larger flavor</extracomment>
        <translation>将磁盘扩展这么多，模拟更大的云主机类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start boot test</source>
        <translation>开始启动测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grow disk by:</source>
        <translation>磁盘扩展：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The guest&apos;s serial console appears here while it boots.</source>
        <translation>客户机启动时，其串口控制台输出显示在这里。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled; the test files were removed.</source>
        <translation>已取消；测试文件已删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image: %1</source>
        <translation>镜像：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Booting… (under software emulation this takes a few minutes)</source>
        <translation>正在启动…（在软件模拟下需要几分钟）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::CacheReportWindow</name>
    <message>
        <location filename="../ui/CacheReportWindow.cpp" line="+43"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute node image cache</source>
        <translation>计算节点镜像缓存</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>none: nova&apos;s defaults</source>
        <translation>无：使用 nova 默认值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional: Glance image ids, comma-separated</source>
        <extracomment>Glance image ids, used to name the cached files (SHA-1 of the id)</extracomment>
        <translation>可选：Glance 镜像 ID，以逗号分隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: exported server list (JSON)</source>
        <extracomment>the output of &quot;openstack server list --host HOST --long -f json&quot;</extracomment>
        <translation>可选：导出的服务器列表（JSON）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instances folder:</source>
        <translation>实例文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nova.conf:</source>
        <translation>nova.conf：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report time:</source>
        <translation>报告时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image ids:</source>
        <translation>镜像 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance list:</source>
        <translation>实例列表：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt XML folder:</source>
        <translation>libvirt XML 文件夹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as HTML…</source>
        <translation>另存为 HTML…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>存在时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fate</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removable from</source>
        <translation>可删除时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backing chain</source>
        <translation>后端链</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cached files</source>
        <translation>缓存文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance disks</source>
        <translation>实例磁盘</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Choose the instances folder of a compute node, then Report. Nothing is written.</source>
        <translation>选择计算节点的实例文件夹，然后点击“生成报告”。不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Instances folder</source>
        <translation>实例文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nova.conf</source>
        <translation>nova.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration files (*.conf);;All files (*)</source>
        <translation>配置文件 (*.conf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the instances folder first.</source>
        <translation>请先选择实例文件夹。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot report: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The next run fails and removes nothing: %1</source>
        <translation>下一次运行会失败，不会删除任何文件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s): %1 in use, %2 kept, %3 removable now, %4 never removed, %5 not managed.</source>
        <translation>
            <numerusform>%n 个文件：%1 个使用中，%2 个保留，%3 个现在可删除，%4 个永不删除，%5 个不受管理。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space freed by the next run: %1.</source>
        <translation>下次运行将释放的空间：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved by preallocated instance disks: %1.</source>
        <translation>预分配的实例磁盘占用的预留空间：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a place outside the instances folder for the report.</source>
        <translation>请在实例文件夹之外选择报告的保存位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::ChecklistPage</name>
    <message>
        <location filename="../ui/ChecklistPage.cpp" line="+40"/>
        <location line="+72"/>
        <source>The checklist appears when the inspection is done.</source>
        <translation>检测完成后将在此显示检查清单。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Show &amp;problems only</source>
        <translation>仅显示问题项(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only failed, warning and unknown requirements</source>
        <translation>仅显示失败、警告和未知的要求</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requirement details</source>
        <translation>要求详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a requirement to see why it matters and what was found.</source>
        <translation>选择一项要求，查看它为何重要以及检查发现了什么。</translation>
    </message>
    <message>
        <location filename="../ui/ChecklistFixes.cpp" line="+22"/>
        <source>Fixes</source>
        <translation>修复</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>Select a requirement to see its fix.</source>
        <translation>选择一项要求，查看其修复。</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&amp;Apply this fix</source>
        <translation>应用此修复(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the fix for the selected requirement</source>
        <translation>应用所选要求的修复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix alternative</source>
        <translation>修复方案</translation>
    </message>
    <message>
        <location filename="../ui/ChecklistLab.cpp" line="+66"/>
        <source>Lab: by hand</source>
        <translation>实验：手动操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a&amp;gain</source>
        <translation>再次检查(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the selected requirement again</source>
        <translation>再次检查所选要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs this one check again on the image as it is now, fixes included.</source>
        <translation>对镜像的当前状态（含已应用的修复）重新运行此项检查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check by han&amp;d</source>
        <extracomment>Lab mode: heading above the commands that check the selected requirement by hand.</extracomment>
        <translation>手动检查(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands to check the requirement by hand</source>
        <translation>手动检查该要求的命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fi&amp;x by hand</source>
        <extracomment>Lab mode: heading above the commands that fix the selected requirement by hand.</extracomment>
        <translation>手动修复(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands to fix the requirement by hand</source>
        <translation>手动修复该要求的命令</translation>
    </message>
    <message>
        <location filename="../ui/ChecklistPage.cpp" line="+29"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Every required check passes.</source>
        <translation>所有必需检查项均已通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some required checks do not pass.</source>
        <translation>部分必需检查项未通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed: %1 · Failed: %2 · Warnings: %3 · Unknown: %4 · Not applicable: %5</source>
        <translation>通过：%1 · 失败：%2 · 警告：%3 · 未知：%4 · 不适用：%5</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Why OpenStack needs it</source>
        <translation>OpenStack 为何需要它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/ChecklistLab.cpp" line="+29"/>
        <source>Could not check again: %1</source>
        <translation>无法再次检查：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a requirement to see how to check it by hand.</source>
        <translation>选择一项要求，查看如何手动检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a requirement to see how to fix it by hand.</source>
        <translation>选择一项要求，查看如何手动修复。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking again…</source>
        <translation>正在再次检查…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 Checked again at %2.</source>
        <extracomment>Lab mode: %1 says what changed (&quot;Now passes (was FAIL).&quot;), %2 is the time of day.</extracomment>
        <translation>%1 已于 %2 再次检查。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now passes (was %1).</source>
        <translation>现在通过（之前为 %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now fails (was %1).</source>
        <translation>现在失败（之前为 %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changed from %1 to %2.</source>
        <extracomment>Lab mode: a check&apos;s status changed; %1 and %2 are status words such as FAIL and WARN.</extracomment>
        <translation>状态由 %1 变为 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still passes.</source>
        <translation>仍然通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still failing.</source>
        <translation>仍然失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a warning.</source>
        <translation>仍为警告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still not applicable.</source>
        <translation>仍不适用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still unknown.</source>
        <translation>仍为未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The evidence changed.</source>
        <translation>%1 证据已变化。</translation>
    </message>
    <message>
        <location filename="../ui/ChecklistFixes.cpp" line="+31"/>
        <source>fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Looking for fixes…</source>
        <translation>正在查找修复…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No automatic fix: %1</source>
        <translation>无自动修复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to fix.</source>
        <translation>无需修复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No automatic fix for this result.</source>
        <translation>此结果没有自动修复。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1（%n 项修改）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not available: %2)</source>
        <translation>%1（不可用：%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not the default choice.</source>
        <translation>非默认选项。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follows the choice made on “%1”.</source>
        <translation>沿用在“%1”上所做的选择。</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::DiffView</name>
    <message>
        <location filename="../ui/DiffView.cpp" line="+56"/>
        <source>Unified diff</source>
        <translation>统一格式差异</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::ExportPage</name>
    <message>
        <location filename="../ui/ExportPage.cpp" line="+92"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image format</source>
        <translation>镜像格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpress (qcow2)</source>
        <translation>压缩 (qcow2)(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+231"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name stem</source>
        <translation>文件名主干</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glance image name</source>
        <translation>Glance 镜像名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance &amp;image name:</source>
        <translation>Glance 镜像名称(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bundle</source>
        <translation>不打包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle archive</source>
        <translation>打包文件格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bundle:</source>
        <translation>打包文件(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace existing files</source>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Upload to Glance</source>
        <translation>上传到 Glance(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from clouds.yaml; empty: $OS_CLOUD</source>
        <translation>取自 clouds.yaml；留空则使用 $OS_CLOUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud name</source>
        <translation>云名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loud:</source>
        <translation>云(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or an image endpoint, e.g. http://glance:9292</source>
        <translation>或镜像服务端点，例如 http://glance:9292</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance endpoint</source>
        <translation>Glance 端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Glance properties</source>
        <translation>Glance 属性</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New property as KEY=VALUE</source>
        <translation>新属性，格式为 KEY=VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+344"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Export the image</source>
        <translation>导出镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The written files and their checksums appear here.</source>
        <translation>写入的文件及其校验和显示在这里。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Double-click or press F2 to edit</source>
        <translation>双击或按 F2 进行编辑</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 error(s) must be fixed before export; %2 warning(s).</source>
        <translation>导出前必须修复 %1 个错误；%2 个警告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid; %1 warning(s) (unknown keys are allowed).</source>
        <translation>有效；%1 个警告（允许未知的键）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All properties are valid for Glance.</source>
        <translation>所有属性对 Glance 均有效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+20"/>
        <source>set by the user</source>
        <translation>由用户设置</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancel e&amp;xport</source>
        <translation>取消导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished.</source>
        <translation>导出已完成。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uploaded to Glance as image %1 (%2)</source>
        <translation>已作为镜像 %1（%2）上传到 Glance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled; no file was left under a final name.</source>
        <translation>导出已取消；没有文件以最终名称留下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: the export failed.</source>
        <translation>错误：导出失败。</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::FactsView</name>
    <message>
        <location filename="../ui/FactsView.cpp" line="+14"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection results</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (boots with %2)</source>
        <extracomment>%1 the firmware a cloud must give the guest (UEFI, BIOS), %2 what its boot loaders can do.</extracomment>
        <translation>%1（可用 %2 启动）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Init system</source>
        <translation>init 系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package manager</source>
        <translation>包管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root file system</source>
        <translation>根文件系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk size</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file system</source>
        <translation>无文件系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>mounted on %1</source>
        <translation>挂载于 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LVM</source>
        <translation>LVM</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n logical volume(s)</source>
        <translation>
            <numerusform>%n 个逻辑卷</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume group %1</source>
        <extracomment>%1 the volume group&apos;s size, %2 the space no logical volume uses yet.</extracomment>
        <translation>卷组 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 free</source>
        <translation>%1，空闲 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Physical volumes</source>
        <translation>物理卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernels</source>
        <translation>内核</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n kernel(s)</source>
        <translation>
            <numerusform>%n 个内核</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network configuration</source>
        <translation>网络配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed packages</source>
        <translation>已安装的软件包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled services</source>
        <translation>已启用的服务</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::InspectPage</name>
    <message>
        <location filename="../ui/InspectPage.cpp" line="+20"/>
        <source>Nothing opened yet.</source>
        <translation>尚未打开任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspection progress</source>
        <translation>检测进度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspection error</source>
        <translation>检测错误</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Appliance log</source>
        <translation>辅助虚拟机日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appliance log appears here.</source>
        <translation>辅助虚拟机日志显示在这里。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inspect</source>
        <translation>检测</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opened in %1 s, appliance started in %2 s, inspected in %3 s.</source>
        <translation>打开用时 %1 秒，辅助虚拟机启动用时 %2 秒，检测用时 %3 秒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The appliance runs in software emulation (no KVM), so guest work is slower.</source>
        <translation>辅助虚拟机以软件模拟方式运行（无 KVM），因此客户机操作较慢。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the OpenStack requirements…</source>
        <translation>正在检查 OpenStack 要求…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspection and checks finished. Next shows the checklist.</source>
        <translation>检测和检查已完成。点击“下一步”查看检查清单。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection failed.</source>
        <translation>检测失败。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+36"/>
        <source>imageprep — prepare an image for OpenStack</source>
        <translation>imageprep — 为 OpenStack 准备镜像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wizard steps</source>
        <translation>向导步骤</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+169"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running work</source>
        <translation>取消正在进行的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Generating the sample image…</source>
        <translation>正在生成示例镜像…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowWiring.cpp" line="+29"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Image…</source>
        <translation>打开镜像(&amp;O)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Boot…</source>
        <translation>启动测试(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image &amp;Cache Report…</source>
        <translation>镜像缓存报告(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab &amp;Mode</source>
        <extracomment>Tools menu, a check box: the checklist also shows how to check and fix each requirement by hand.</extracomment>
        <translation>实验模式(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on the checklist how to check and fix each requirement by hand, and check one again</source>
        <translation>在检查清单中显示如何手动检查和修复每项要求，并可再次检查单项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About imageprep</source>
        <translation>关于 imageprep(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About imageprep</source>
        <translation>关于 imageprep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;imageprep %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Makes an existing Linux VM disk image ready for OpenStack: inspect, check, preview fixes, apply, export.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;imageprep %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;让现有的 Linux 虚拟机磁盘镜像满足 OpenStack 的要求：检测、检查、预览修复、应用、导出。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System Language</source>
        <extracomment>Language menu entry: follow the desktop&apos;s language.</extracomment>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>imageprep will show %1 the next time it starts.</source>
        <translation>imageprep 将在下次启动时切换为%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imageprep will show %1 the next time it starts. Restart now? The open image is opened again.</source>
        <translation>imageprep 将在下次启动时切换为%1。现在重新启动吗？当前打开的镜像会被重新打开。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — imageprep</source>
        <translation>%1 — imageprep</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n change(s) planned.</source>
        <translation>
            <numerusform>已计划 %n 项修改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fixes applied; every fixed requirement passes.</source>
        <translation>修复已应用；所有已修复的要求均已通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixes applied; some requirements still do not pass.</source>
        <translation>修复已应用；部分要求仍未通过。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1. Tools → Test Boot proves that it boots.</source>
        <translation>已导出 %1。可通过“工具 → 启动测试”验证其能否启动。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+73"/>
        <source>The image for the boot test could not be written: %1</source>
        <translation>无法写入用于启动测试的镜像：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Apply &gt;</source>
        <translation>应用(&amp;A) &gt;</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Image cache report — imageprep</source>
        <translation>镜像缓存报告 — imageprep</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quit imageprep?</source>
        <translation>退出 imageprep？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work is still running. Cancel it and quit? The original image is not changed.</source>
        <translation>仍有工作在进行。要取消并退出吗？原始镜像不会被修改。</translation>
    </message>
    <message>
        <location filename="../ui/ApplyBootTest.cpp" line="+39"/>
        <location line="+1"/>
        <source>Writing the fixed image for the boot test…</source>
        <translation>正在写入用于启动测试的修复后镜像…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booting %1 in the boot test window.</source>
        <translation>正在启动测试窗口中启动 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot test started.</source>
        <translation>启动测试已开始。</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::OpenPage</name>
    <message>
        <location filename="../ui/OpenPage.cpp" line="+40"/>
        <source>Choose the disk image to prepare for OpenStack. It is never written: every change goes to a scratch copy in the workspace folder. You can also drop an image file on this window.</source>
        <translation>选择要为 OpenStack 准备的磁盘镜像。该镜像永远不会被写入：所有修改都写入工作区文件夹中的临时副本。也可以将镜像文件拖放到此窗口。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image file</source>
        <translation>镜像文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2, raw, vmdk, vdi, vhd(x), ova, or a compressed image</source>
        <translation>qcow2、raw、vmdk、vdi、vhd(x)、ova 或压缩镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for an image file</source>
        <translation>浏览镜像文件</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Open error</source>
        <translation>打开错误</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+3"/>
        <source>Recent images</source>
        <translation>最近的镜像</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Practice image</source>
        <translation>练习镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image at hand? Generate a small Debian guest with the typical problems (about a minute; it starts the libguestfs appliance once).</source>
        <translation>手头没有镜像？可生成一个带有典型问题的小型 Debian 客户机（约需一分钟；会启动一次 libguestfs 辅助虚拟机）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate a sample image</source>
        <translation>生成示例镜像(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sample</source>
        <translation>取消生成示例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample generation progress</source>
        <translation>示例生成进度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample generation log</source>
        <translation>示例生成日志</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The sample generator is not installed.</source>
        <translation>未安装示例生成器。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow the appliance &amp;network (fixes that install packages from the guest&apos;s repositories)</source>
        <translation>允许辅助虚拟机访问网络(&amp;N)（用于从客户机软件源安装软件包的修复）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the workspace folder</source>
        <translation>更改工作区文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disk images (*.qcow2 *.qcow *.img *.raw *.vmdk *.vdi *.vhd *.vhdx *.ova *.ovf *.tar *.gz *.xz *.zst *.bz2);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.qcow *.img *.raw *.vmdk *.vdi *.vhd *.vhdx *.ova *.ovf *.tar *.gz *.xz *.zst *.bz2);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a disk image</source>
        <translation>打开磁盘镜像</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scratch files go to &lt;b&gt;%1&lt;/b&gt; (%2 free). The fixed image is only written when you export it.</source>
        <translation>临时文件存放在 &lt;b&gt;%1&lt;/b&gt;（可用空间 %2）。修复后的镜像只在导出时写入。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No recent images.</source>
        <translation>没有最近的镜像。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Generating %1 …</source>
        <translation>正在生成 %1 …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample ready.</source>
        <translation>示例已就绪。</translation>
    </message>
</context>
<context>
    <name>imageprep::ui::PreviewPage</name>
    <message>
        <location filename="../ui/PreviewPage.cpp" line="+23"/>
        <location line="+28"/>
        <source>Choose fixes on the checklist first.</source>
        <translation>请先在检查清单中选择修复。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Fix, file or action</source>
        <translation>修复、文件或操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned changes</source>
        <translation>计划的修改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planning the chosen fixes…</source>
        <translation>正在规划所选修复…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: no plan. %1</source>
        <translation>错误：没有修复计划。%1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) planned; nothing is written until Apply.</source>
        <translation>
            <numerusform>已计划 %n 项修改；点击“应用”之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not fixed automatically: %1 (%2).</source>
        <translation>未自动修复：%1（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left alone: %1</source>
        <translation>保持不变：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No fix chosen, nothing to apply. Go back to choose fixes, or on to export.</source>
        <translation>未选择任何修复，没有可应用的内容。返回选择修复，或继续导出。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Make an existing Linux VM disk image ready for OpenStack.</source>
        <translation>使现有的 Linux 虚拟机磁盘镜像满足 OpenStack 的要求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the wizard in LANG: %1 (default: the system locale).</source>
        <extracomment>%1 is the list of language codes, e.g. &quot;en, zh_CN&quot;.</extracomment>
        <translation>以 LANG 语言显示向导：%1（默认：系统区域设置）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disk image to open (optional).</source>
        <translation>要打开的磁盘镜像（可选）。</translation>
    </message>
</context>
</TS>
