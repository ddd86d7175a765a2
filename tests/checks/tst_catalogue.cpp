// The catalogue's contents and order, and runChecklist's selection and verdicts.
#include "GuestFixtures.h"

#include "checks/CheckRun.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestCatalogue final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hasEveryRequirementOnce();
    void describesEveryRequirement();
    void severities_data();
    void severities();
    void findsById();
    void cleanGuestsPassRequired_data();
    void cleanGuestsPassRequired();
    void selectsChecks_data();
    void selectsChecks();
    void reportsUnknownIds();
    void requiredVerdict_data();
    void requiredVerdict();
};

void TestCatalogue::hasEveryRequirementOnce()
{
    const QStringList expected{
        // requirements/Units.h, in report order
        s("partition-layout"), s("root-resize"), s("fstab-stable-names"),
        s("no-persistent-net-rules"), s("no-hardcoded-mac"), s("firewall-disabled"),
        s("ssh-server"), s("ssh-host-keys"), s("root-password"), s("no-baked-credentials"),
        s("ssh-key-injection"), s("user-data"), s("cloud-init-user"), s("cloud-init-locale"),
        s("serial-console"), s("xen-pv-kernel"), s("virtio-drivers"), s("acpi-shutdown"),
        s("qemu-guest-agent"), s("machine-id"), s("leftover-state"), s("selinux-relabel"), s("security-updates"),
    };
    QCOMPARE(Catalogue::instance().ids(), expected);
    QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), expected.size());
}

void TestCatalogue::describesEveryRequirement()
{
    static const QRegularExpression idPattern(s("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const QStringList groups{s("disk-boot"), s("network"), s("access"), s("cloud-init"), s("hygiene")};
    for (const Requirement *r : Catalogue::instance().all()) {
        QVERIFY2(idPattern.match(r->id()).hasMatch(), qPrintable(r->id()));
        QVERIFY2(!r->title().isEmpty(), qPrintable(r->id()));
        QVERIFY2(r->rationale().size() > 60, qPrintable(r->id() + s(": rationale should explain why")));
        QVERIFY2(groups.contains(r->group()), qPrintable(r->id() + s(": ") + r->group()));
    }
}

void TestCatalogue::severities_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("severity");
    for (const char *id : {"partition-layout", "root-resize", "no-persistent-net-rules", "no-hardcoded-mac", "ssh-server",
                           "firewall-disabled", "ssh-key-injection", "user-data", "cloud-init-user", "serial-console",
                           "xen-pv-kernel", "virtio-drivers", "no-baked-credentials"})
        QTest::newRow(id) << QString::fromLatin1(id) << s("required");
    for (const char *id : {"qemu-guest-agent", "machine-id", "ssh-host-keys", "fstab-stable-names", "root-password",
                           "leftover-state", "selinux-relabel", "cloud-init-locale", "security-updates"})
        QTest::newRow(id) << QString::fromLatin1(id) << s("recommended");
}

void TestCatalogue::severities()
{
    QFETCH(QString, id);
    QFETCH(QString, severity);
    const Requirement *r = Catalogue::instance().find(id);
    QVERIFY(r);
    QCOMPARE(toString(r->severity()), severity);
}

void TestCatalogue::findsById()
{
    const Requirement *r = Catalogue::instance().find(s("serial-console"));
    QVERIFY(r);
    QCOMPARE(r->id(), s("serial-console"));
    QCOMPARE(Catalogue::instance().find(s("serial")), nullptr);
    QCOMPARE(Catalogue::instance().find(QString()), nullptr);
}

void TestCatalogue::cleanGuestsPassRequired_data()
{
    QTest::addColumn<Guest>("guest");
    for (Family fam : allFamilies()) {
        const Guest g = cleanGuest(fam);
        QTest::newRow(qPrintable(g.label)) << g;
    }
}

void TestCatalogue::cleanGuestsPassRequired()
{
    QFETCH(Guest, guest);
    const CheckRun run = runChecklist(guest.facts, guest.files);
    QCOMPARE(run.results.size(), Catalogue::instance().all().size());
    QVERIFY(run.unknownIds.isEmpty());
    for (const CheckResult &r : run.results) {
        QVERIFY2(r.status == CheckStatus::Pass || r.status == CheckStatus::NotApplicable,
                 qPrintable(QStringLiteral("%1: %2 (%3)").arg(r.id, toString(r.status), r.summary)));
    }
    QVERIFY(run.requiredPassed());
    QCOMPARE(run.count(CheckStatus::Pass) + run.count(CheckStatus::NotApplicable), run.results.size());
}

void TestCatalogue::selectsChecks_data()
{
    QTest::addColumn<QStringList>("only");
    QTest::addColumn<QStringList>("skip");
    QTest::addColumn<QStringList>("expected");
    const QStringList all = Catalogue::instance().ids();
    QTest::newRow("everything") << QStringList{} << QStringList{} << all;
    QTest::newRow("only two, given out of order")
        << QStringList{s("serial-console"), s("ssh-server")} << QStringList{}
        << QStringList{s("ssh-server"), s("serial-console")};
    QStringList withoutHygiene = all;
    for (const char *id : {"leftover-state", "machine-id"})
        withoutHygiene.removeAll(QString::fromLatin1(id));
    QTest::newRow("skip two") << QStringList{} << QStringList{s("leftover-state"), s("machine-id")} << withoutHygiene;
    QTest::newRow("only and skip the same") << QStringList{s("user-data")} << QStringList{s("user-data")} << QStringList{};
}

void TestCatalogue::selectsChecks()
{
    QFETCH(QStringList, only);
    QFETCH(QStringList, skip);
    QFETCH(QStringList, expected);
    const Guest g = cleanGuest(Family::Debian);
    const CheckRun run = runChecklist(g.facts, g.files, only, skip);
    QStringList got;
    for (const CheckResult &r : run.results)
        got << r.id;
    QCOMPARE(got, expected);
}

void TestCatalogue::reportsUnknownIds()
{
    const Guest g = cleanGuest(Family::Rocky);
    const CheckRun run = runChecklist(g.facts, g.files, {s("ssh-server"), s("ssh-sever")}, {s("no-such-check")});
    QCOMPARE(run.unknownIds, (QStringList{s("ssh-sever"), s("no-such-check")}));
    QVERIFY(run.results.isEmpty());
}

void TestCatalogue::requiredVerdict_data()
{
    QTest::addColumn<Guest>("guest");
    QTest::addColumn<bool>("passed");
    Guest recommendedFails = cleanGuest(Family::Debian);
    recommendedFails.file(s("/etc/machine-id"), "4f9a1c2b3d4e5f60718293a4b5c6d7e8\n");
    QTest::newRow("only a recommended check fails") << recommendedFails << true;

    Guest requiredFails = cleanGuest(Family::Rocky);
    requiredFails.removePackage(s("openssh-server"));
    QTest::newRow("a required check fails") << requiredFails << false;

    Guest requiredWarns = cleanGuest(Family::OpenSuse);
    requiredWarns.file(s("/etc/default/grub"), "GRUB_CMDLINE_LINUX=\"quiet console=tty0 console=ttyS0,115200n8\"\n");
    QTest::newRow("a required check warns") << requiredWarns << false;

    Guest requiredUnknown = cleanGuest(Family::Alpine);
    requiredUnknown.facts.kernels.clear();
    QTest::newRow("a required check is unknown") << requiredUnknown << false;
}

void TestCatalogue::requiredVerdict()
{
    QFETCH(Guest, guest);
    QFETCH(bool, passed);
    const CheckRun run = runChecklist(guest.facts, guest.files);
    QCOMPARE(run.requiredPassed(), passed);
    QVERIFY(run.count(CheckStatus::Pass) < run.results.size());
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
