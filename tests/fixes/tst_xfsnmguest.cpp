// The generated debian-xfs-nm guest (tests/fixtures/make-guests.sh): root on
// an XFS logical volume with free space left in its volume group,
// NetworkManager with a keyfile pinning the NIC by mac-address=, cloud-init
// without an LVM-capable growpart. Inspected, checked, fixed and re-checked
// through the command line, as on a real image (three launches: check,
// fix, the check of OUT); the in-memory counterparts are in tst_families.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep::test;

namespace {

const QString Image = QStringLiteral("debian-xfs-nm.qcow2");
const QString Keyfile = QStringLiteral("/etc/NetworkManager/system-connections/Wired connection 1.nmconnection");
const QString Ids = QStringLiteral("partition-layout,root-resize,no-hardcoded-mac");

QJsonObject checkNamed(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject();
    }
    return {};
}

} // namespace

class TestXfsNmGuest final : public QObject {
    Q_OBJECT

    // check --json on the original, once for both functions: its "facts"
    // are inspect --json's (GuestFacts::toJson), so no second launch to
    // inspect; inspect --json itself is tst_cli's.
    QByteArray m_beforeSum;
    CliRun m_check;

private Q_SLOTS:
    void initTestCase()
    {
        m_beforeSum = sha256(fixture(Image));
        QVERIFY(!m_beforeSum.isEmpty());
        m_check = runCli({QStringLiteral("check"), QStringLiteral("--json"), fixture(Image)});
    }

    void inspectShowsXfsRootAndNetworkManager()
    {
        QVERIFY2(!m_check.out.isEmpty(), m_check.err.constData());
        const QJsonObject facts = QJsonDocument::fromJson(m_check.out).object().value(QStringLiteral("facts")).toObject();
        const QJsonObject root = facts.value(QStringLiteral("root")).toObject();
        QCOMPARE(root.value(QStringLiteral("fstype")).toString(), QStringLiteral("xfs"));
        QCOMPARE(root.value(QStringLiteral("device")).toString(), QStringLiteral("/dev/vg0/root"));
        QVERIFY(root.value(QStringLiteral("lvm")).toBool());
        QCOMPARE(facts.value(QStringLiteral("networkStacks")).toArray(), QJsonArray{QStringLiteral("NetworkManager")});
        // The group leaves about half the disk free: what the grow step is for.
        const QJsonObject vg = facts.value(QStringLiteral("lvm")).toObject().value(QStringLiteral("groups")).toArray().first().toObject();
        QVERIFY(vg.value(QStringLiteral("free")).toDouble() > 200.0 * 1024 * 1024);
    }

    // check, one fix run and the check of its output; the original stays as it was.
    void checkFixRecheck()
    {
        const QString image = fixture(Image);
        const QByteArray &before = m_beforeSum;
        const CliRun &check = m_check;
        QCOMPARE(check.exitCode, 1); // required checks fail
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        const QJsonObject root = report.value(QStringLiteral("facts")).toObject().value(QStringLiteral("root")).toObject();
        QCOMPARE(root.value(QStringLiteral("fstype")).toString(), QStringLiteral("xfs"));
        QVERIFY(root.value(QStringLiteral("lvm")).toBool());

        const QJsonObject mac = checkNamed(report, QStringLiteral("no-hardcoded-mac"));
        QCOMPARE(mac.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QJsonObject line = mac.value(QStringLiteral("evidence")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("file")).toString(), Keyfile);
        QCOMPARE(line.value(QStringLiteral("text")).toString(), QStringLiteral("mac-address=52:54:00:5e:0a:01"));

        // One answer about growing root, from both requirements.
        const QJsonObject layout = checkNamed(report, QStringLiteral("partition-layout"));
        const QJsonObject resize = checkNamed(report, QStringLiteral("root-resize"));
        QCOMPARE(layout.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(resize.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QString summary = layout.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.startsWith(QLatin1String("Root is on LVM and nothing grows the logical volume")), qPrintable(summary));
        QCOMPARE(resize.value(QStringLiteral("summary")).toString(), summary);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fixed.qcow2"));
        const CliRun fix = runCli({QStringLiteral("fix"), image, QStringLiteral("-o"), out, QStringLiteral("--only"), Ids,
                                   QStringLiteral("--yes"), QStringLiteral("--offline")});
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        // The grow step (lvextend -r grows XFS mounted), and the keyfile loses its MAC line only.
        for (const char *text : {"+++ b/usr/local/sbin/imageprep-lvm-growroot", "+lvextend -r -l +100%FREE \"$root\" 2>&1",
                                 "+ /etc/systemd/system/multi-user.target.wants/imageprep-lvm-growroot.service",
                                 "-mac-address=52:54:00:5e:0a:01", " [ethernet]", " [ipv4]"})
            QVERIFY2(fix.out.contains(text), text);
        int removed = 0;
        for (const QByteArray &l : fix.out.split('\n'))
            removed += l.startsWith('-') && !l.startsWith("---") ? 1 : 0;
        QCOMPARE(removed, 1);
        QVERIFY(fix.out.contains("Re-check: every fixed check passes."));
        QCOMPARE(sha256(image), before);

        // A fresh session on OUT agrees.
        const CliRun after = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--only"), Ids, out});
        QVERIFY2(after.exitCode == 0, after.out.constData());
        const QJsonObject fixed = QJsonDocument::fromJson(after.out).object();
        for (const QString &id : Ids.split(QLatin1Char(',')))
            QCOMPARE(checkNamed(fixed, id).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(fixed.value(QStringLiteral("facts")).toObject().value(QStringLiteral("root")).toObject().value(QStringLiteral("fstype")).toString(),
                 QStringLiteral("xfs"));
    }
};

QTEST_GUILESS_MAIN(TestXfsNmGuest)
#include "tst_xfsnmguest.moc"
