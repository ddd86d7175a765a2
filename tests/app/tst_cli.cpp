// Integration: the command line end to end on generated guests — inspect's
// JSON (and the same facts in check's), check's verdicts (every planted defect found, a clean guest passing),
// report files, and exit codes.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace imageprep::test;

namespace {

QSet<QString> idsWithStatus(const QJsonObject &report, const QString &status)
{
    QSet<QString> ids;
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        if (v[QStringLiteral("status")].toString() == status)
            ids.insert(v[QStringLiteral("id")].toString());
    }
    return ids;
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inspectRefusesNonImage();
    void uefiGuestInspectedAndExported();
    void hybridGuestExportedAsBios();
    void checkFindsEveryDefect();
    void checkPassesCleanGuest();
    void checkRefusesUnknownIds();
    void killedSessionsFolderIsSweptNextTime();
};

namespace {
// export --properties-only prints "key=value    # reason" lines.
QMap<QString, QString> propertyLines(const QByteArray &out, QMap<QString, QString> *reasons)
{
    QMap<QString, QString> props;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString kv = line.section(QStringLiteral("    # "), 0, 0);
        props.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        reasons->insert(kv.section(QLatin1Char('='), 0, 0), line.section(QStringLiteral("    # "), 1));
    }
    return props;
}
} // namespace

void TestCli::uefiGuestInspectedAndExported()
{
    const QString img = fixture(QStringLiteral("efi.qcow2"));
    CliRun r = runCli({QStringLiteral("-q"), QStringLiteral("inspect"), QStringLiteral("--json"), img});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("firmware")).toString(), QStringLiteral("uefi"));
    const QJsonObject boot = doc.value(QStringLiteral("boot")).toObject();
    QCOMPARE(boot.value(QStringLiteral("uefi")).toBool(), true);
    QCOMPARE(boot.value(QStringLiteral("hybrid")).toBool(), false);
    QCOMPARE(boot.value(QStringLiteral("esp")).toObject().value(QStringLiteral("mountpoint")).toString(), QStringLiteral("/boot/efi"));
    QStringList evidence;
    for (const QJsonValue &v : boot.value(QStringLiteral("evidence")).toArray())
        evidence << v.toString();
    QVERIFY2(evidence.contains(QStringLiteral("EFI boot loader /boot/efi/EFI/debian/grubx64.efi")), qPrintable(evidence.join(u'|')));
    const QJsonArray parts = doc.value(QStringLiteral("partitions")).toArray();
    QCOMPARE(parts.at(0)[QStringLiteral("mountpoint")].toString(), QStringLiteral("/boot/efi"));
    QCOMPARE(parts.at(1)[QStringLiteral("mountpoint")].toString(), QStringLiteral("/"));

    r = runCli({QStringLiteral("-q"), QStringLiteral("export"), QStringLiteral("--properties-only"), img});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, QString> reasons;
    const QMap<QString, QString> props = propertyLines(r.out, &reasons);
    QCOMPARE(props.value(QStringLiteral("hw_firmware_type")), QStringLiteral("uefi"));
    QVERIFY2(reasons.value(QStringLiteral("hw_firmware_type")).contains(QStringLiteral("grub-efi-amd64")),
             qPrintable(reasons.value(QStringLiteral("hw_firmware_type"))));
    QCOMPARE(props.value(QStringLiteral("hw_machine_type")), QStringLiteral("q35"));
    QVERIFY(!props.contains(QStringLiteral("os_secure_boot"))); // GRUB unsigned, no shim
}

void TestCli::hybridGuestExportedAsBios()
{
    const CliRun r = runCli({QStringLiteral("-q"), QStringLiteral("export"), QStringLiteral("--properties-only"),
                             fixture(QStringLiteral("hybrid.qcow2"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, QString> reasons;
    const QMap<QString, QString> props = propertyLines(r.out, &reasons);
    QCOMPARE(props.value(QStringLiteral("hw_firmware_type")), QStringLiteral("bios"));
    QVERIFY2(reasons.value(QStringLiteral("hw_firmware_type")).contains(QStringLiteral("BIOS and UEFI")),
             qPrintable(reasons.value(QStringLiteral("hw_firmware_type"))));
    QVERIFY(!props.contains(QStringLiteral("hw_machine_type")));
}

void TestCli::inspectRefusesNonImage()
{
    const CliRun r = runCli({QStringLiteral("inspect"), fixture(QStringLiteral("notimage.txt"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("imageprep-cli: "), r.err.constData());
}

void TestCli::checkFindsEveryDefect()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString junit = dir.filePath(QStringLiteral("report.xml"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QString img = fixture(QStringLiteral("debian-defects.qcow2"));
    const QByteArray before = sha256(img);
    const CliRun r = runCli({QStringLiteral("-q"), QStringLiteral("check"), QStringLiteral("--json"),
                             QStringLiteral("--junit"), junit, QStringLiteral("--html"), html, img});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QSet<QString> expected{
        QStringLiteral("root-resize"), QStringLiteral("fstab-stable-names"),
        QStringLiteral("no-persistent-net-rules"), QStringLiteral("no-hardcoded-mac"),
        QStringLiteral("firewall-disabled"), QStringLiteral("ssh-server"),
        QStringLiteral("ssh-host-keys"), QStringLiteral("root-password"),
        QStringLiteral("ssh-key-injection"), QStringLiteral("user-data"),
        QStringLiteral("serial-console"), QStringLiteral("qemu-guest-agent"),
        QStringLiteral("machine-id"), QStringLiteral("leftover-state"), QStringLiteral("acpi-shutdown")};
    QCOMPARE(idsWithStatus(report, QStringLiteral("fail")), expected);
    QCOMPARE(report.value(QStringLiteral("requiredPassed")).toBool(), false);

    // Evidence points at the planted lines.
    bool sawRule = false;
    for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
        if (c[QStringLiteral("id")].toString() != QLatin1String("no-persistent-net-rules"))
            continue;
        const QJsonObject ev = c[QStringLiteral("evidence")].toArray().first().toObject();
        QCOMPARE(ev.value(QStringLiteral("file")).toString(), QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules"));
        QCOMPARE(ev.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(ev.value(QStringLiteral("text")).toString().contains(QLatin1String("52:54:00:12:34:56")));
        sawRule = true;
    }
    QVERIFY(sawRule);

    QFile x(junit);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&x);
    int testcases = 0, failures = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            testcases += xml.name() == QLatin1String("testcase");
            failures += xml.name() == QLatin1String("failure");
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testcases, report.value(QStringLiteral("checks")).toArray().size());
    QCOMPARE(failures, expected.size());
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    QVERIFY(h.readAll().contains("no-hardcoded-mac"));
    QCOMPARE(sha256(img), before);
}

void TestCli::checkPassesCleanGuest()
{
    const CliRun r = runCli({QStringLiteral("-q"), QStringLiteral("check"), QStringLiteral("--json"),
                             fixture(QStringLiteral("debian.qcow2"))});
    QVERIFY2(r.exitCode == 0, r.out.left(4000).constData());
    QJsonParseError pe;
    const QJsonObject report = QJsonDocument::fromJson(r.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(idsWithStatus(report, QStringLiteral("fail")).isEmpty());
    QVERIFY(report.value(QStringLiteral("requiredPassed")).toBool());
    QVERIFY(idsWithStatus(report, QStringLiteral("pass")).contains(QStringLiteral("serial-console")));

    // The facts in the report are inspect --json's (GuestFacts::toJson, the
    // same launch): read here instead of a second appliance for inspect on
    // this guest. inspect --json itself is uefiGuestInspectedAndExported's.
    const QJsonObject doc = report.value(QStringLiteral("facts")).toObject();
    const QJsonObject os = doc.value(QStringLiteral("os")).toObject();
    QCOMPARE(os.value(QStringLiteral("type")).toString(), QStringLiteral("linux"));
    QCOMPARE(os.value(QStringLiteral("distro")).toString(), QStringLiteral("debian"));
    QCOMPARE(os.value(QStringLiteral("version")).toString(), QStringLiteral("12"));
    QCOMPARE(os.value(QStringLiteral("arch")).toString(), QStringLiteral("x86_64"));
    QCOMPARE(doc.value(QStringLiteral("firmware")).toString(), QStringLiteral("bios"));
    const QJsonArray parts = doc.value(QStringLiteral("partitions")).toArray();
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first()[QStringLiteral("fstype")].toString(), QStringLiteral("ext4"));
    QVERIFY(doc.value(QStringLiteral("lvm")).isObject());
    QCOMPARE(doc.value(QStringLiteral("kernels")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("packages")).toInt(), 11); // make-guests.sh: the Debian guest's dpkg status
}

void TestCli::checkRefusesUnknownIds()
{
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--only"), QStringLiteral("serial-console,no-such-check"),
                             fixture(QStringLiteral("debian.qcow2"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no-such-check"), r.err.constData());
}


void TestCli::killedSessionsFolderIsSweptNextTime()
{
    // A session killed mid-launch leaves its work folder (overlay and all);
    // the next session, even one that fails on its input, removes it.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMAGEPREP_WORKDIR"), work.path());
    QProcess victim;
    victim.setProcessEnvironment(env);
    victim.start(QStringLiteral(IMAGEPREP_CLI), {QStringLiteral("inspect"), fixture(QStringLiteral("debian.qcow2"))});
    QVERIFY(victim.waitForStarted());
    QString left;
    QElapsedTimer waited;
    waited.start();
    while (left.isEmpty() && waited.elapsed() < 300000 && victim.state() == QProcess::Running) {
        for (const QString &name : QDir(work.path()).entryList({QStringLiteral("imageprep-*")}, QDir::Dirs)) {
            if (QFile::exists(work.filePath(name + QStringLiteral("/overlay.qcow2"))))
                left = work.filePath(name);
        }
        QTest::qWait(50);
    }
    QVERIFY2(!left.isEmpty(), "the session never made its overlay");
    victim.kill(); // SIGKILL: no destructor runs
    QVERIFY(victim.waitForFinished());
    QVERIFY(QFileInfo(left).isDir());

    const CliRun r = runCli({QStringLiteral("inspect"), fixture(QStringLiteral("notimage.txt"))}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Removed 1 work folder left by sessions that ended without cleaning up"), r.err.constData());
    QVERIFY2(r.err.contains(left.toUtf8()), r.err.constData());
    QVERIFY(!QFileInfo::exists(left));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
