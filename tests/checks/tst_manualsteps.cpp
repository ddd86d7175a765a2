// Lab mode's manual steps: every requirement has them, they use the real
// tools read-only to check and on a copy to fix, they are valid shell, only
// their prose is translated, and the image path goes into commands only.
#include "checks/Catalogue.h"
#include "checks/ManualSteps.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace imageprep;
using namespace Qt::StringLiterals;

namespace {

QStringList commandLines(const QString &steps)
{
    QStringList out;
    for (const QString &line : steps.split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'#'))
            out << line;
    }
    return out;
}

QStringList commentLines(const QString &steps)
{
    QStringList out;
    for (const QString &line : steps.split(u'\n')) {
        if (line.startsWith(u"# "_s))
            out << line;
    }
    return out;
}

// Marks every translated string, so a test can see what went through tr().
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "ManualSteps") != 0)
            return {};
        return u"TRANSLATED "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestManualSteps final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRequirementHasSteps_data();
    void everyRequirementHasSteps();
    void checksReadOnlyFixesOnCopy_data();
    void checksReadOnlyFixesOnCopy();
    void validShell_data();
    void validShell();
    void matchWhatTheCheckReads_data();
    void matchWhatTheCheckReads();
    void unknownIdIsEmpty();
    void onlyProseIsTranslated();
    void substitutesImagePath();
};

void TestManualSteps::everyRequirementHasSteps_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : Catalogue::instance().ids())
        QTest::newRow(qPrintable(id)) << id;
    QCOMPARE(Catalogue::instance().ids().size(), 23);
}

void TestManualSteps::everyRequirementHasSteps()
{
    QFETCH(QString, id);
    const ManualSteps steps = manualSteps(id);
    QVERIFY(!steps.isEmpty());
    static const QRegularExpression tool(u"(^|[\\s|(])(guestfish|guestmount|virt-[a-z]+)\\s"_s);
    static const QRegularExpression writer(u"(^|\\s)(virt-customize|virt-sysprep|virt-resize)\\s"_s);
    for (const QString &text : {steps.check, steps.fix}) {
        QVERIFY2(!commentLines(text).isEmpty(), qPrintable(text));
        QVERIFY2(!commandLines(text).isEmpty(), qPrintable(text));
        QVERIFY2(tool.match(text).hasMatch(), qPrintable(text));
    }
    QVERIFY2(commandLines(steps.check).join(u'\n').contains(manualImagePlaceholder()), qPrintable(steps.check));
    QVERIFY2(writer.match(steps.fix).hasMatch(), qPrintable(steps.fix));
}

void TestManualSteps::checksReadOnlyFixesOnCopy_data()
{
    everyRequirementHasSteps_data();
}

void TestManualSteps::checksReadOnlyFixesOnCopy()
{
    QFETCH(QString, id);
    const ManualSteps steps = manualSteps(id);
    for (const QString &line : commandLines(steps.check)) {
        QVERIFY2(!line.contains(u"virt-customize"_s) && !line.contains(u"virt-sysprep"_s) && !line.contains(u"virt-edit"_s)
                     && !line.contains(u"virt-resize"_s),
                 qPrintable(line));
        // The image itself is opened read-only; a scratch copy of it may be written.
        if ((line.contains(u"guestfish "_s) || line.contains(u"guestmount "_s)) && line.contains(manualImagePlaceholder()))
            QVERIFY2(line.contains(u" --ro "_s), qPrintable(line));
        QVERIFY2(!line.contains(manualCopyPlaceholder()), qPrintable(line));
    }
    // Fixes change COPY: the image itself is only ever read (cp, virt-resize input).
    bool copied = false;
    for (const QString &line : commandLines(steps.fix)) {
        QVERIFY2(!line.contains(u"-a IMAGE"_s), qPrintable(line));
        if (line.contains(u"IMAGE"_s)) {
            QVERIFY2(line.startsWith(u"cp --sparse=always IMAGE COPY"_s) || line.startsWith(u"virt-resize "_s), qPrintable(line));
            copied = true;
        }
    }
    QVERIFY2(copied, qPrintable(steps.fix));

    // virt-sysprep applies customize options (--run-command, --firstboot-command,
    // --delete, --write, ...) only in its "customize" operation: with an
    // --operations list that lacks it they are silently skipped.
    static const QRegularExpression customizeOption(
        u"\\s--(run-command|firstboot-command|firstboot|delete|write|edit|install|upload|copy-in|link|mkdir|touch|"
        "chmod|root-password|password|run|scrub|truncate|append-line|ssh-inject|timezone|hostname|selinux-relabel)\\b"_s);
    static const QRegularExpression operations(u"--operations[ =](\\S+)"_s);
    for (const QString &line : commandLines(steps.fix)) {
        if (!line.startsWith(u"virt-sysprep "_s) || !customizeOption.match(line).hasMatch())
            continue;
        const QRegularExpressionMatch ops = operations.match(line);
        if (ops.hasMatch())
            QVERIFY2(ops.captured(1).split(u',').contains(u"customize"_s), qPrintable(line));
    }
}

void TestManualSteps::validShell_data()
{
    everyRequirementHasSteps_data();
}

void TestManualSteps::validShell()
{
    QFETCH(QString, id);
    const ManualSteps steps = manualSteps(id);
    for (const QString &text : {steps.check, steps.fix}) {
        QProcess bash;
        bash.start(u"bash"_s, {u"-n"_s});
        QVERIFY(bash.waitForStarted());
        bash.write(withImagePath(text, u"/srv/it's mine/web.qcow2"_s).toUtf8());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished());
        QVERIFY2(bash.exitCode() == 0, qPrintable(QString::fromLocal8Bit(bash.readAllStandardError()) + u'\n' + text));
    }
}

void TestManualSteps::matchWhatTheCheckReads_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("check");
    QTest::addColumn<QStringList>("fix");
    const auto row = [](const char *id, QStringList check, QStringList fix) {
        QTest::newRow(id) << QString::fromLatin1(id) << check << fix;
    };
    // What each check reads (core/checks/*Checks.cpp), and what its fix changes.
    row("partition-layout", {u"virt-filesystems"_s, u"xfs_growfs"_s, u"pvresize"_s, u"lvextend"_s, u"growvols"_s},
        {u"virt-resize"_s, u"xfsprogs"_s, u"pvresize"_s});
    row("root-resize", {u"cloud-guest-utils"_s, u"cloud-utils-growpart"_s, u"resize_rootfs"_s, u"/etc/growroot-disabled"_s},
        {u"--install cloud-init,cloud-guest-utils"_s, u"--install cloud-init,cloud-utils-growpart"_s});
    row("fstab-stable-names", {u"/etc/fstab"_s, u"--uuid"_s}, {u"UUID="_s});
    row("no-persistent-net-rules", {u"/etc/udev/rules.d/70-persistent-net.rules"_s, u"/lib/udev/rules.d/75-persistent-net-generator.rules"_s},
        {u"--delete /etc/udev/rules.d/70-persistent-net.rules"_s, u"--link /dev/null:/etc/udev/rules.d/75-persistent-net-generator.rules"_s});
    row("no-hardcoded-mac", {u"HWADDR"_s, u"macaddress:"_s, u"mac-address="_s, u"MACAddress="_s, u"hwaddress"_s},
        {u"net-hwaddr"_s, u"macaddress:"_s});
    row("firewall-disabled", {u"firewalld"_s, u"ufw"_s, u"nftables"_s, u"ENABLED="_s, u"/etc/sysconfig/iptables"_s},
        {u"systemctl disable firewalld.service"_s});
    row("ssh-server", {u"openssh-server"_s, u"socket"_s, u"multi-user.target.wants"_s}, {u"systemctl enable ssh.service"_s, u"systemctl enable sshd.service"_s});
    row("ssh-host-keys", {u"ssh_host_"_s, u"ssh_deletekeys"_s}, {u"--operations ssh-hostkeys"_s});
    row("root-password", {u"/etc/shadow"_s}, {u"--root-password disabled"_s});
    row("ssh-key-injection", {u"datasource_list"_s, u"/etc/cloud/cloud-init.disabled"_s, u"cloud-init=disabled"_s, u"169.254.169.254"_s},
        {u"OpenStack"_s, u"--install cloud-init"_s, u"public-keys"_s});
    row("user-data", {u"final"_s, u"cloud-init.target.wants"_s, u"/etc/cloud/cloud-init.disabled"_s, u"/dev/null"_s}, {u"--install cloud-init"_s, u"unmask"_s});
    row("cloud-init-user", {u"default_user"_s, u"users:"_s}, {u"default_user:"_s});
    row("serial-console", {u"/etc/default/grub"_s, u"/boot/grub/grub.cfg"_s, u"/boot/loader/entries"_s, u"GRUB_CMDLINE_LINUX"_s},
        {u"console=tty0 console=ttyS0,115200n8"_s, u"update-grub"_s, u"grubby"_s});
    row("xen-pv-kernel", {u"CONFIG_XEN="_s}, {u"--install"_s});
    row("virtio-drivers", {u"VIRTIO_BLK"_s, u"modules.builtin"_s, u"MODULES="_s, u"hostonly"_s},
        {u"MODULES=most"_s, u"update-initramfs"_s, u"dracut"_s});
    row("qemu-guest-agent", {u"qemu-guest-agent"_s}, {u"--install qemu-guest-agent"_s});
    row("machine-id", {u"/etc/machine-id"_s, u"/var/lib/dbus/machine-id"_s}, {u"virt-sysprep -a COPY --operations machine-id"_s});
    row("leftover-state", {u"_history"_s, u"/var/lib/dhcp"_s, u"/var/log"_s}, {u"bash-history"_s, u"dhcp-client-state"_s});
    row("no-baked-credentials", {u"authorized_keys"_s, u"PRIVATE KEY"_s, u"known_hosts"_s, u".netrc"_s, u".aws/credentials"_s,
                                 u"clouds.yaml"_s, u".docker/config.json"_s, u"/etc/shadow"_s},
        {u"ssh-userdir"_s, u".netrc"_s, u"passwd -l"_s, u"userdel -r"_s});
    row("security-updates", {u"-security"_s, u"dist-upgrade"_s, u"updateinfo list --security"_s}, {u"--only-upgrade"_s, u"upgrade --security"_s});
    row("cloud-init-locale", {u"^locale:"_s, u"/etc/default/locale"_s, u"--list-archive"_s, u"/etc/locale.gen"_s},
        {u"locale-gen"_s, u"locale: C.UTF-8"_s});
    row("selinux-relabel", {u"/etc/selinux/config"_s, u"/.autorelabel"_s}, {u"--selinux-relabel"_s});
}

void TestManualSteps::matchWhatTheCheckReads()
{
    QFETCH(QString, id);
    QFETCH(QStringList, check);
    QFETCH(QStringList, fix);
    const ManualSteps steps = manualSteps(id);
    const QString checkCommands = commandLines(steps.check).join(u'\n');
    const QString fixCommands = commandLines(steps.fix).join(u'\n');
    for (const QString &word : check)
        QVERIFY2(checkCommands.contains(word), qPrintable(word + u"\n"_s + steps.check));
    for (const QString &word : fix)
        QVERIFY2(fixCommands.contains(word), qPrintable(word + u"\n"_s + steps.fix));
}

void TestManualSteps::unknownIdIsEmpty()
{
    QVERIFY(manualSteps(u"no-such-requirement"_s).isEmpty());
    QVERIFY(manualSteps(QString()).check.isEmpty());
    QVERIFY(manualSteps(QString()).fix.isEmpty());
}

void TestManualSteps::onlyProseIsTranslated()
{
    const ManualSteps before = manualSteps(u"serial-console"_s);
    MarkingTranslator marker;
    QVERIFY(QCoreApplication::installTranslator(&marker));
    const ManualSteps after = manualSteps(u"serial-console"_s);
    QCoreApplication::removeTranslator(&marker);

    // Translated at call time: the prose changed, the commands did not.
    QCOMPARE(commandLines(after.check), commandLines(before.check));
    QCOMPARE(commandLines(after.fix), commandLines(before.fix));
    for (const QString &text : {after.check, after.fix}) {
        const QStringList comments = commentLines(text);
        QVERIFY(!comments.isEmpty());
        for (const QString &line : comments)
            QVERIFY2(line.startsWith(u"# TRANSLATED "_s), qPrintable(line));
        QVERIFY(!commandLines(text).join(u'\n').contains(u"TRANSLATED"_s));
    }
    QCOMPARE(manualSteps(u"serial-console"_s).check, before.check);
}

void TestManualSteps::substitutesImagePath()
{
    const QString steps = u"# Look at IMAGE first\nvirt-cat -a IMAGE /etc/fstab\ncp --sparse=always IMAGE COPY\nvirt-customize -a COPY --truncate /etc/machine-id"_s;
    QCOMPARE(withImagePath(steps, QString()), steps);

    const QString plain = withImagePath(steps, u"/srv/images/web.qcow2"_s);
    QCOMPARE(plain.split(u'\n'),
             QStringList({u"# Look at IMAGE first"_s, u"virt-cat -a /srv/images/web.qcow2 /etc/fstab"_s,
                          u"cp --sparse=always /srv/images/web.qcow2 /srv/images/web-fixed.qcow2"_s,
                          u"virt-customize -a /srv/images/web-fixed.qcow2 --truncate /etc/machine-id"_s}));

    const QString spaced = withImagePath(steps, u"/srv/my images/it's.img"_s);
    QVERIFY2(spaced.contains(u"virt-cat -a '/srv/my images/it'\\''s.img' /etc/fstab"_s), qPrintable(spaced));
    QVERIFY2(spaced.contains(u"-a '/srv/my images/it'\\''s-fixed.img' --truncate"_s), qPrintable(spaced));

    QCOMPARE(manualCopyPath(u"/a/b/disk.raw"_s), u"/a/b/disk-fixed.raw"_s);
    QCOMPARE(manualCopyPath(u"/a/b/ubuntu-22.04.qcow2"_s), u"/a/b/ubuntu-22.04-fixed.qcow2"_s);
    QCOMPARE(manualCopyPath(u"disk"_s), u"disk-fixed"_s);

    // Every catalogue text: no placeholder left in a command once a path is given.
    for (const QString &id : Catalogue::instance().ids()) {
        const ManualSteps s = manualSteps(id);
        for (const QString &text : {s.check, s.fix}) {
            const QString done = commandLines(withImagePath(text, u"/srv/web.qcow2"_s)).join(u'\n');
            QVERIFY2(!done.contains(QRegularExpression(u"\\b(IMAGE|COPY)\\b"_s)), qPrintable(id + u'\n' + done));
        }
    }
}

QTEST_GUILESS_MAIN(TestManualSteps)
#include "tst_manualsteps.moc"
