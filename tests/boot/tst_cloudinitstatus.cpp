// cloud-init's own verdict, as the boot test reads it: `cloud-init status
// --long` of 22.4 (Debian 12) and 23.4+ (extended_status, errors), and the
// module failures cloud-init logs on the console.
#include "boot/CloudInitStatus.h"

#include <QTest>

using namespace imageprep;

class TestCloudInitStatus final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void console();
};

void TestCloudInitStatus::parse_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QStringList>("modules");
    QTest::newRow("22.4 done") << QStringLiteral("status: done\nboot_status_code: enabled-by-generator\nlast_update: Thu, 01 Jan 1970 00:00:41 +0000\n"
                                                 "detail:\nDataSourceConfigDrive [net,ver=2][source=/dev/sr0]\n")
                               << 0 << QStringLiteral("pass") << QStringList{};
    QTest::newRow("22.4 error in locale")
        << QStringLiteral("status: error\ntime: Thu, 01 Jan 1970 00:00:41 +0000\ndetail:\n"
                          "('locale', ProcessExecutionError(\"Unexpected error while running command.\\nCommand: ['update-locale', "
                          "'--locale-file=/etc/default/locale', 'LANG=en_US.UTF-8']\\nExit code: 255\"))\n")
        << 1 << QStringLiteral("fail") << QStringList{QStringLiteral("locale")};
    QTest::newRow("23.4 degraded")
        << QStringLiteral("status: done\nextended_status: degraded done\nboot_status_code: enabled-by-generator\ndetail:\n"
                          "DataSourceConfigDrive [net,ver=2][source=/dev/sr0]\nerrors: []\nrecoverable_errors:\nWARNING:\n"
                          "\t- Running module ntp (<module 'cloudinit.config.cc_ntp'>) failed\n")
        << 2 << QStringLiteral("fail") << QStringList{QStringLiteral("ntp")};
    QTest::newRow("23.4 error list")
        << QStringLiteral("status: error\nextended_status: error - done\ndetail:\nDataSourceConfigDrive\nerrors:\n"
                          "\t- (\"('locale', ProcessExecutionError(...))\")\nrecoverable_errors: {}\n")
        << 1 << QStringLiteral("fail") << QStringList{QStringLiteral("locale")};
    QTest::newRow("still running") << QStringLiteral("status: running\n") << 0 << QStringLiteral("fail") << QStringList{};
    QTest::newRow("nothing read") << QString() << 255 << QStringLiteral("fail") << QStringList{};
}

void TestCloudInitStatus::parse()
{
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, check);
    QFETCH(QStringList, modules);
    const CloudInitStatus s = parseCloudInitStatus(output, exitCode);
    QCOMPARE(s.failedModules, modules);
    const BootCheck c = cloudInitStatusCheck(s, {}, QStringLiteral("evidence"));
    QCOMPARE(c.id, BootCheckId::CloudInitStatus);
    QCOMPARE(c.status == BootCheckStatus::Pass ? QStringLiteral("pass") : QStringLiteral("fail"), check);
    for (const QString &m : modules)
        QVERIFY2(c.detail.contains(m), qPrintable(c.detail));
}

void TestCloudInitStatus::console()
{
    const QString log = QStringLiteral(
        "[   40.1] cloud-init[512]: 2026-11-30 06:00:00,000 - util.py[WARNING]: Running module locale "
        "(<module 'cloudinit.config.cc_locale' from '/usr/lib/python3/dist-packages/cloudinit/config/cc_locale.py'>) failed\n"
        "[   41.0] cloud-init[600]: Cloud-init v. 22.4.2 finished at Mon, 30 Nov 2026 06:00:01 +0000. Datasource DataSourceConfigDrive.\n");
    QCOMPARE(failedModulesOnConsole(log), QStringList{QStringLiteral("locale")});
    // An error status without module details names the module from the console.
    const BootCheck c = cloudInitStatusCheck(parseCloudInitStatus(QStringLiteral("status: error\n"), 1), log, {});
    QCOMPARE(c.status, BootCheckStatus::Fail);
    QVERIFY2(c.detail.contains(QLatin1String("locale")), qPrintable(c.detail));
}

QTEST_GUILESS_MAIN(TestCloudInitStatus)
#include "tst_cloudinitstatus.moc"
