// The boot test's serial-log parsing, on recorded console logs of passing and
// failing boots (tests/boot/data), plus the pieces of the runner that need no
// guest: firmware choice, ConfigDrive contents, missing tools and images.
#include "boot/BootChecklist.h"
#include "boot/BootTest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace imageprep;

namespace {

constexpr qint64 GiB = qint64(1024) * 1024 * 1024;

QStringList recordedLog(const QString &name)
{
    QFile f(QStringLiteral(IMAGEPREP_SOURCE_DIR "/tests/boot/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

using S = BootCheckStatus;

// A GPT disk header (protective MBR + header + entries at LBA 2) with the
// given partition type GUIDs in on-disk byte order.
QByteArray gptHeader(const QList<QByteArray> &types)
{
    QByteArray d(34 * 512, '\0');
    d[446 + 4] = char(0xee);
    d[510] = char(0x55);
    d[511] = char(0xaa);
    d.replace(512, 8, "EFI PART");
    const auto put32 = [&d](int off, quint32 v) {
        for (int i = 0; i < 4; ++i)
            d[off + i] = char((v >> (8 * i)) & 0xff);
    };
    put32(512 + 72, 2);
    put32(512 + 80, 128);
    put32(512 + 84, 128);
    for (int i = 0; i < types.size(); ++i)
        d.replace(1024 + i * 128, 16, types.at(i));
    return d;
}

const QByteArray EspType = QByteArray::fromHex("28732ac11ff8d211ba4b00a0c93ec93b");
const QByteArray BiosBootType = QByteArray::fromHex("4861682149646f6e744e656564454649");
const QByteArray LinuxType = QByteArray::fromHex("af3dc60f838472478e793d69d8477de4");

} // namespace

class TestBootLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesRecordedBoots_data();
    void parsesRecordedBoots();
    void evidenceOfThePassingBoot();
    void quietBootNamesQuiet();
    void cleansConsoleLines_data();
    void cleansConsoleLines();
    void loginPromptWithoutNewline();
    void loginPromptSplitByAKernelMessage();
    void rootGrowthThreshold_data();
    void rootGrowthThreshold();
    void notGrownIsNotApplicable();
    void firmwareFromPartitionTable_data();
    void firmwareFromPartitionTable();
    void uefiQemuUsesOvmfPflashWithCopiedVars();
    void biosQemuHasNoPflash();
    void configDriveCarriesTheKey();
    void missingQemuIsAClearError();
    void missingImageIsAnError();
    void cliReportsMissingQemu();
};

void TestBootLog::parsesRecordedBoots_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<S>("kernel");
    QTest::addColumn<S>("login");
    QTest::addColumn<S>("cloudInit");
    QTest::addColumn<S>("rootGrown");
    QTest::addColumn<bool>("powerDown");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QString>("datasource");

    // A real boot of make-debian12.sh --fixed, grown by 1 GiB, powered off over QMP.
    QTest::newRow("fixed Debian 12: every item passes")
        << QStringLiteral("debian12-fixed-pass.log") << S::Pass << S::Pass << S::Pass << S::Pass << true << false
        << QStringLiteral("DataSourceConfigDrive");
    // The unfixed image: no console=ttyS0, so only the boot loader talks on the serial port.
    QTest::newRow("no console=ttyS0: nothing from the kernel")
        << QStringLiteral("no-serial-console.log") << S::Fail << S::Fail << S::Fail << S::Fail << false << false
        << QString();
    // cloud-init not told about ConfigDrive: it falls back to DataSourceNone.
    QTest::newRow("cloud-init without ConfigDrive: DataSourceNone")
        << QStringLiteral("datasource-none.log") << S::Pass << S::Pass << S::Fail << S::Fail << false << false
        << QStringLiteral("DataSourceNone");
    // growpart missing: the filesystem keeps the original size.
    QTest::newRow("root filesystem not grown")
        << QStringLiteral("root-not-grown.log") << S::Pass << S::Pass << S::Pass << S::Fail << true << false
        << QStringLiteral("DataSourceConfigDrive");
    // quiet on the kernel command line: user space talks, the kernel does not.
    QTest::newRow("quiet: no kernel boot messages")
        << QStringLiteral("quiet-boot.log") << S::Fail << S::Pass << S::Pass << S::Pass << true << false
        << QStringLiteral("DataSourceConfigDrive");
    // The initramfs lacks virtio_blk: the root device never appears.
    QTest::newRow("kernel panic: root device missing")
        << QStringLiteral("kernel-panic.log") << S::Pass << S::Fail << S::Fail << S::Fail << false << true
        << QString();
}

void TestBootLog::parsesRecordedBoots()
{
    QFETCH(QString, log);
    QFETCH(S, kernel);
    QFETCH(S, login);
    QFETCH(S, cloudInit);
    QFETCH(S, rootGrown);
    QFETCH(bool, powerDown);
    QFETCH(bool, fatal);
    QFETCH(QString, datasource);

    const QStringList lines = recordedLog(log);
    QVERIFY2(!lines.isEmpty(), qPrintable(log));
    // The recorded boots had a 2 GiB disk grown to 3 GiB.
    BootLogParser p(2 * GiB, 3 * GiB);
    for (const QString &line : lines)
        p.addLine(line);
    p.failPending(QStringLiteral("The log ended."));

    QCOMPARE(p.check(BootCheckId::KernelLog).status, kernel);
    QCOMPARE(p.check(BootCheckId::LoginPrompt).status, login);
    QCOMPARE(p.check(BootCheckId::CloudInit).status, cloudInit);
    QCOMPARE(p.check(BootCheckId::RootGrown).status, rootGrown);
    QCOMPARE(p.sawPowerDown(), powerDown);
    QCOMPARE(!p.fatal().isEmpty(), fatal);
    QCOMPARE(p.datasource(), datasource);
    // SSH and power-off are the runner's to decide, never the parser's.
    QCOMPARE(p.check(BootCheckId::SshLogin).status, S::Pending);
    QCOMPARE(p.check(BootCheckId::PowerOff).status, S::Pending);
    // Every failure says why; every pass cites its console line.
    for (const BootCheck &c : p.checks()) {
        if (c.status == S::Fail)
            QVERIFY2(!c.detail.isEmpty(), qPrintable(bootCheckKey(c.id)));
        if (c.status == S::Pass) {
            QVERIFY2(c.line > 0 && c.line <= lines.size(), qPrintable(bootCheckKey(c.id)));
            QCOMPARE(cleanConsoleLine(lines.at(c.line - 1)).trimmed(), c.evidence);
        }
    }
}

void TestBootLog::quietBootNamesQuiet()
{
    BootLogParser p(2 * GiB, 3 * GiB);
    for (const QString &line : recordedLog(QStringLiteral("quiet-boot.log")))
        p.addLine(line);
    // Decided as soon as the login prompt shows the guest is up.
    QCOMPARE(p.check(BootCheckId::KernelLog).status, S::Fail);
    QVERIFY(p.check(BootCheckId::KernelLog).detail.contains(QLatin1String("quiet")));
    // A timestamped user-space line alone is not the kernel log.
    BootLogParser q;
    q.addLine(QStringLiteral("[   80.633929] cloud-init[247]: Cloud-init v. 22.4.2 running 'init-local' at Sat."));
    QCOMPARE(q.check(BootCheckId::KernelLog).status, S::Pending);
    q.addLine(QStringLiteral("[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz ro console=ttyS0"));
    QCOMPARE(q.check(BootCheckId::KernelLog).status, S::Pass);
}

void TestBootLog::evidenceOfThePassingBoot()
{
    BootLogParser p(2 * GiB, 3 * GiB);
    for (const QString &line : recordedLog(QStringLiteral("debian12-fixed-pass.log")))
        p.addLine(line);
    QVERIFY(p.check(BootCheckId::KernelLog).evidence.contains(QLatin1String("Linux version 6.1")));
    QVERIFY(p.check(BootCheckId::LoginPrompt).evidence.endsWith(QLatin1String("login:")));
    QVERIFY(p.check(BootCheckId::CloudInit).evidence.contains(QLatin1String("Datasource DataSourceConfigDrive")));
    QVERIFY(p.rootFsBytes() > 2 * GiB);
    QVERIFY(p.check(BootCheckId::RootGrown).detail.contains(QLatin1String("GiB")));
    QVERIFY(p.powerDownText().contains(QLatin1String("reboot: Power down")));
    QVERIFY(p.powerDownLine() > p.check(BootCheckId::LoginPrompt).line);
}

void TestBootLog::cleansConsoleLines_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::newRow("systemd status colours")
        << QStringLiteral("[\x1b[0;32m  OK  \x1b[0m] Started \x1b[0;1;39mssh.service\x1b[0m.\r")
        << QStringLiteral("[  OK  ] Started ssh.service.");
    QTest::newRow("grub cursor and clear-screen sequences")
        << QStringLiteral("\x1b[2J\x1b[1;1HBooting `Debian GNU/Linux'") << QStringLiteral("Booting `Debian GNU/Linux'");
    QTest::newRow("carriage return and NUL") << QStringLiteral("debian12 login: \r\x00")
                                             << QStringLiteral("debian12 login: ");
    QTest::newRow("plain kernel line unchanged")
        << QStringLiteral("[    0.000000] Linux version 6.1.0-50-amd64") << QStringLiteral("[    0.000000] Linux version 6.1.0-50-amd64");
}

void TestBootLog::cleansConsoleLines()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QCOMPARE(cleanConsoleLine(raw), clean);
}

void TestBootLog::loginPromptWithoutNewline()
{
    BootLogParser p;
    // A prompt is recognised on its own line only, not inside a message about logins.
    p.addLine(QStringLiteral("systemd-logind[300]: New seat seat0 login: none"));
    QCOMPARE(p.check(BootCheckId::LoginPrompt).status, S::Pending);
    QVERIFY(p.addLine(QStringLiteral("imageprep-boot-test login: ")));
    QCOMPARE(p.check(BootCheckId::LoginPrompt).status, S::Pass);
    QCOMPARE(p.check(BootCheckId::LoginPrompt).line, 2);
}

void TestBootLog::loginPromptSplitByAKernelMessage()
{
    // Seen in a CI boot: cloud-init printed to the console while getty wrote
    // the prompt, so the host name and "login:" ended on different lines.
    BootLogParser p;
    p.addLine(QStringLiteral("Debian GNU/Linux 12 imageprep-boot-test ttyS0\r"));
    p.addLine(QStringLiteral("\r"));
    p.addLine(QStringLiteral("imageprep-boot-test[   67.931321] cloud-init[406]: *** update-locale: Error: invalid locale settings:  LANG=en_US.UTF-8\r"));
    QCOMPARE(p.check(BootCheckId::LoginPrompt).status, S::Pending);
    QVERIFY(p.addLine(QStringLiteral(" login: [   67.955908] cloud-init[406]: 2026-11-28 21:47:37,355 - util.py[WARNING]: Running module locale failed\r")));
    QCOMPARE(p.check(BootCheckId::LoginPrompt).status, S::Pass);
    QCOMPARE(p.check(BootCheckId::LoginPrompt).line, 4);
}

void TestBootLog::rootGrowthThreshold_data()
{
    QTest::addColumn<qint64>("fsBytes");
    QTest::addColumn<S>("status");
    // disk 2 GiB grown to 3 GiB
    QTest::newRow("filled the grown disk (ext4 overhead)") << qint64(3 * GiB - 120 * 1024 * 1024) << S::Pass;
    QTest::newRow("original size: not grown") << qint64(2 * GiB - 80 * 1024 * 1024) << S::Fail;
    QTest::newRow("grew by less than half the added space") << qint64(2 * GiB + 300 * 1024 * 1024) << S::Fail;
}

void TestBootLog::rootGrowthThreshold()
{
    QFETCH(qint64, fsBytes);
    QFETCH(S, status);
    BootLogParser p(2 * GiB, 3 * GiB);
    QVERIFY(p.addLine(QStringLiteral("IMAGEPREP-BOOT-TEST root-fs-bytes=%1").arg(fsBytes)));
    QCOMPARE(p.check(BootCheckId::RootGrown).status, status);
    QCOMPARE(p.rootFsBytes(), fsBytes);
}

void TestBootLog::notGrownIsNotApplicable()
{
    BootLogParser p(2 * GiB, 2 * GiB);
    QCOMPARE(p.check(BootCheckId::RootGrown).status, S::NotApplicable);
    p.addLine(QStringLiteral("IMAGEPREP-BOOT-TEST root-fs-bytes=100"));
    p.failPending(QStringLiteral("end"));
    QCOMPARE(p.check(BootCheckId::RootGrown).status, S::NotApplicable);
}

void TestBootLog::firmwareFromPartitionTable_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<BootFirmware>("firmware");

    QByteArray mbr(34 * 512, '\0');
    mbr[446 + 4] = char(0x83);
    mbr[510] = char(0x55);
    mbr[511] = char(0xaa);
    QTest::newRow("MBR with a Linux partition: BIOS") << mbr << BootFirmware::Bios;
    QTest::newRow("GPT with ESP only: UEFI") << gptHeader({EspType, LinuxType}) << BootFirmware::Uefi;
    QTest::newRow("GPT with ESP and BIOS boot partition: BIOS (hybrid)")
        << gptHeader({BiosBootType, EspType, LinuxType}) << BootFirmware::Bios;
    QTest::newRow("GPT without ESP: BIOS") << gptHeader({BiosBootType, LinuxType}) << BootFirmware::Bios;
    QTest::newRow("blank disk: BIOS") << QByteArray(34 * 512, '\0') << BootFirmware::Bios;
    QTest::newRow("short read: BIOS") << QByteArray(100, '\x55') << BootFirmware::Bios;
}

void TestBootLog::firmwareFromPartitionTable()
{
    QFETCH(QByteArray, header);
    QFETCH(BootFirmware, firmware);
    QCOMPARE(firmwareForDiskHeader(header), firmware);
}

void TestBootLog::uefiQemuUsesOvmfPflashWithCopiedVars()
{
    QTemporaryDir firmware;
    QTemporaryDir workspace;
    QVERIFY(firmware.isValid() && workspace.isValid());
    const QString templ = firmware.filePath(QStringLiteral("OVMF_VARS.fd"));
    {
        QFile t(templ);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QByteArray(4096, '\x5a'));
    }
    QFile(templ).setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther); // as installed: read-only
    const auto copy = copyUefiVars(templ, workspace.path());
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().message));
    QCOMPARE(QFileInfo(copy.value()).absolutePath(), QFileInfo(workspace.path()).absoluteFilePath());
    QVERIFY(QFileInfo(copy.value()).isWritable());
    QFile c(copy.value());
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), QByteArray(4096, '\x5a'));

    QemuMachine m;
    m.overlay = workspace.filePath(QStringLiteral("overlay.qcow2"));
    m.configDrive = workspace.filePath(QStringLiteral("config-2.iso"));
    m.serialPath = workspace.filePath(QStringLiteral("serial.log"));
    m.sshPort = 2222;
    m.uefi = true;
    m.ovmfCode = QStringLiteral("/usr/share/OVMF/OVMF_CODE.fd");
    m.ovmfVars = copy.value();
    const QStringList a = bootQemuArguments(m);
    QVERIFY(a.contains(QStringLiteral("if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE.fd")));
    QVERIFY(a.contains(QStringLiteral("if=pflash,format=raw,unit=1,file=") + copy.value()));
    QVERIFY(!a.join(u' ').contains(templ)); // never the template itself
    QCOMPARE(a.at(a.indexOf(QStringLiteral("-machine")) + 1), QStringLiteral("q35,accel=tcg"));
    QVERIFY(a.contains(QStringLiteral("file=%1,if=virtio,format=qcow2,cache=unsafe").arg(m.overlay)));
}

void TestBootLog::biosQemuHasNoPflash()
{
    QemuMachine m;
    m.overlay = QStringLiteral("/tmp/x/overlay.qcow2");
    m.kvm = true;
    const QStringList a = bootQemuArguments(m);
    QVERIFY(!a.join(u' ').contains(QStringLiteral("pflash")));
    QCOMPARE(a.at(a.indexOf(QStringLiteral("-machine")) + 1), QStringLiteral("pc,accel=kvm"));
    QVERIFY(a.contains(QStringLiteral("host")));
}

void TestBootLog::configDriveCarriesTheKey()
{
    const QString key = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITest imageprep-boot-test");
    const QJsonObject meta = QJsonDocument::fromJson(configDriveMetaData(QStringLiteral("u-1"), QStringLiteral("host-a"), key)).object();
    QCOMPARE(meta.value(QLatin1String("uuid")).toString(), QStringLiteral("u-1"));
    QCOMPARE(meta.value(QLatin1String("hostname")).toString(), QStringLiteral("host-a"));
    QCOMPARE(meta.value(QLatin1String("public_keys")).toObject().value(QLatin1String("key-0")).toString(), key);
    QCOMPARE(meta.value(QLatin1String("launch_index")).toInt(-1), 0);

    const QByteArray userData = configDriveUserData();
    QVERIFY(userData.startsWith("#cloud-config\n"));
    QVERIFY(userData.contains("runcmd:"));
    QVERIFY(userData.contains(QByteArray(RootSizeMarker) + " root-fs-bytes="));
    QVERIFY(userData.contains("/dev/ttyS0"));
}

void TestBootLog::missingQemuIsAClearError()
{
    QTemporaryDir emptyPath;
    QVERIFY(emptyPath.isValid());
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", emptyPath.path().toUtf8());
    BootTestOptions o;
    o.imagePath = QStringLiteral(IMAGEPREP_SOURCE_DIR "/README.md");
    std::atomic<bool> cancel{false};
    const Result<BootTestReport> r = runBootTest(o, {}, cancel);
    qputenv("PATH", oldPath);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::ToolMissing);
    QVERIFY2(r.error().message.contains(QLatin1String("qemu-system-x86_64")), qPrintable(r.error().message));
}

void TestBootLog::missingImageIsAnError()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64")).isEmpty())
        QSKIP("qemu-system-x86_64 is not installed");
    BootTestOptions o;
    o.imagePath = QStringLiteral("/nonexistent/imageprep-boot-test.qcow2");
    std::atomic<bool> cancel{false};
    const Result<BootTestReport> r = runBootTest(o, {}, cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
}

void TestBootLog::cliReportsMissingQemu()
{
    QTemporaryDir emptyPath;
    QVERIFY(emptyPath.isValid());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), emptyPath.path());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(IMAGEPREP_CLI), {QStringLiteral("boot-test"), QStringLiteral(IMAGEPREP_SOURCE_DIR "/README.md")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("qemu-system-x86_64 is not installed")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestBootLog)
#include "tst_bootlog.moc"
