// Facts derived from guest files: init system, services at boot, kernels.
#include "guest/FileFacts.h"

#include <QTest>

using namespace imageprep;

class TestFileFacts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initSystem_data();
    void initSystem();
    void systemdServices();
    void sysvAndOpenrcServices_data();
    void sysvAndOpenrcServices();
    void kernels();
    void osReleasePrettyName_data();
    void osReleasePrettyName();
};

void TestFileFacts::initSystem_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("expected");
    QTest::newRow("sbin/init links to systemd") << QStringLiteral("systemd-link") << int(InitSystem::Systemd);
    QTest::newRow("merged-usr systemd without sbin/init") << QStringLiteral("systemd-usr") << int(InitSystem::Systemd);
    QTest::newRow("alpine openrc runlevels") << QStringLiteral("openrc") << int(InitSystem::OpenRC);
    QTest::newRow("sysvinit binary with inittab") << QStringLiteral("sysv") << int(InitSystem::SysV);
    QTest::newRow("upstart initctl and /etc/init") << QStringLiteral("upstart") << int(InitSystem::Upstart);
    QTest::newRow("empty tree") << QStringLiteral("empty") << int(InitSystem::Unknown);
}

void TestFileFacts::initSystem()
{
    QFETCH(QString, layout);
    QFETCH(int, expected);
    MemoryGuestFiles fs;
    if (layout == QLatin1String("systemd-link")) {
        fs.addFile(QStringLiteral("/lib/systemd/systemd"), "ELF");
        fs.addSymlink(QStringLiteral("/sbin/init"), QStringLiteral("/lib/systemd/systemd"));
    } else if (layout == QLatin1String("systemd-usr")) {
        fs.addFile(QStringLiteral("/usr/lib/systemd/systemd"), "ELF");
    } else if (layout == QLatin1String("openrc")) {
        fs.addFile(QStringLiteral("/bin/busybox"), "ELF");
        fs.addSymlink(QStringLiteral("/sbin/init"), QStringLiteral("/bin/busybox"));
        fs.addDir(QStringLiteral("/etc/runlevels/default"));
    } else if (layout == QLatin1String("sysv")) {
        fs.addFile(QStringLiteral("/sbin/init"), "ELF");
        fs.addFile(QStringLiteral("/etc/inittab"), "id:3:initdefault:\n");
    } else if (layout == QLatin1String("upstart")) {
        fs.addFile(QStringLiteral("/sbin/init"), "ELF");
        fs.addFile(QStringLiteral("/sbin/initctl"), "ELF");
        fs.addFile(QStringLiteral("/etc/init/ssh.conf"), "start on runlevel [2345]\n");
    }
    QCOMPARE(int(detectInitSystem(fs)), expected);
}

void TestFileFacts::systemdServices()
{
    MemoryGuestFiles fs;
    fs.addSymlink(QStringLiteral("/etc/systemd/system/multi-user.target.wants/ssh.service"), QStringLiteral("/lib/systemd/system/ssh.service"));
    fs.addSymlink(QStringLiteral("/etc/systemd/system/multi-user.target.wants/ufw.service"), QStringLiteral("/lib/systemd/system/ufw.service"));
    fs.addSymlink(QStringLiteral("/etc/systemd/system/cloud-init.target.wants/cloud-final.service"), QStringLiteral("/lib/systemd/system/cloud-final.service"));
    // masked: never starts although a wants link exists
    fs.addSymlink(QStringLiteral("/etc/systemd/system/ufw.service"), QStringLiteral("/dev/null"));
    // vendor wants folder of a boot target counts; of another target it does not
    fs.addSymlink(QStringLiteral("/lib/systemd/system/sysinit.target.wants/systemd-udevd.service"), QStringLiteral("../systemd-udevd.service"));
    fs.addSymlink(QStringLiteral("/lib/systemd/system/rescue.target.wants/rescue-only.service"), QStringLiteral("../rescue-only.service"));
    const QStringList got = detectEnabledServices(fs, InitSystem::Systemd);
    QCOMPARE(got, (QStringList{QStringLiteral("cloud-final.service"), QStringLiteral("ssh.service"),
                               QStringLiteral("systemd-udevd.service")}));
}

void TestFileFacts::sysvAndOpenrcServices_data()
{
    QTest::addColumn<int>("init");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sysv S links, K links ignored")
        << int(InitSystem::SysV)
        << QStringList{QStringLiteral("/etc/rc3.d/S55sshd"), QStringLiteral("/etc/rc3.d/K08iptables"),
                       QStringLiteral("/etc/rc2.d/S01ssh")}
        << QStringList{QStringLiteral("ssh"), QStringLiteral("sshd")};
    QTest::newRow("openrc runlevels")
        << int(InitSystem::OpenRC)
        << QStringList{QStringLiteral("/etc/runlevels/default/sshd"), QStringLiteral("/etc/runlevels/boot/networking"),
                       QStringLiteral("/etc/runlevels/shutdown/killprocs")}
        << QStringList{QStringLiteral("networking"), QStringLiteral("sshd")};
}

void TestFileFacts::sysvAndOpenrcServices()
{
    QFETCH(int, init);
    QFETCH(QStringList, links);
    QFETCH(QStringList, expected);
    MemoryGuestFiles fs;
    for (const QString &l : links)
        fs.addSymlink(l, QStringLiteral("/etc/init.d/") + l.section(QLatin1Char('/'), -1));
    QCOMPARE(detectEnabledServices(fs, InitSystem(init)), expected);
}

void TestFileFacts::kernels()
{
    MemoryGuestFiles fs;
    fs.addFile(QStringLiteral("/boot/vmlinuz-6.1.0-13-amd64"), "");
    fs.addFile(QStringLiteral("/boot/vmlinuz-5.10.0-26-amd64"), "");
    fs.addFile(QStringLiteral("/boot/config-6.1.0-13-amd64"), "");
    fs.addDir(QStringLiteral("/lib/modules/6.1.0-13-amd64/kernel"));
    fs.addDir(QStringLiteral("/lib/modules/6.6.1-0-virt/kernel"));
    fs.addFile(QStringLiteral("/boot/vmlinuz-virt"), ""); // Alpine names the image by flavour
    const QList<KernelInfo> k = detectKernels(fs);
    QStringList versions;
    for (const KernelInfo &i : k)
        versions << i.version;
    QCOMPARE(versions, (QStringList{QStringLiteral("5.10.0-26-amd64"), QStringLiteral("6.1.0-13-amd64"),
                                    QStringLiteral("6.6.1-0-virt")}));
    QCOMPARE(k.at(2).path, QStringLiteral("/boot/vmlinuz-virt"));
}

void TestFileFacts::osReleasePrettyName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double quotes") << QStringLiteral("ID=debian\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")
                                   << QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    QTest::newRow("single quotes") << QStringLiteral("PRETTY_NAME='Alpine Linux v3.18'") << QStringLiteral("Alpine Linux v3.18");
    QTest::newRow("unquoted") << QStringLiteral("PRETTY_NAME=Arch") << QStringLiteral("Arch");
    QTest::newRow("absent") << QStringLiteral("NAME=x\n") << QString();
}

void TestFileFacts::osReleasePrettyName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(prettyNameFromOsRelease(text), expected);
}

QTEST_GUILESS_MAIN(TestFileFacts)
#include "tst_filefacts.moc"
