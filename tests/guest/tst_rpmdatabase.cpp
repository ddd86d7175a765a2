// RPM packages read by the host's rpm (guest/RpmDatabase): a real database
// made by tests/fixtures/make-rpmdb.sh, read from a host folder and from an
// in-memory guest whose /var/lib/rpm links to /usr/lib/sysimage/rpm.
#include "GuestCopyOut.h"
#include "guest/RpmDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;

namespace {

QStringList names(const QList<PackageInfo> &packages)
{
    QStringList out;
    for (const PackageInfo &p : packages)
        out << p.name + QLatin1Char(' ') + p.version;
    out.sort();
    return out;
}

} // namespace

class TestRpmDatabase final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("rpm"));
        QProcess make;
        make.start(QStringLiteral(IMAGEPREP_SOURCE_DIR "/tests/fixtures/make-rpmdb.sh"),
                   {m_db, QStringLiteral("openssh-server=8.7p1-38.el9"), QStringLiteral("shadow-utils=2:4.9-8.el9"),
                    QStringLiteral("cloud-init=23.4-7.el9")});
        QVERIFY(make.waitForFinished(120000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
    }

    void parsesQueryLines()
    {
        const QByteArray out = "bash\t0\t5.1.8\t6.el9\nshadow-utils\t2\t4.9\t8.el9\n\ngarbage\nkernel\t0\t5.14.0\t\n";
        QCOMPARE(names(parseRpmQuery(out)),
                 (QStringList{QStringLiteral("bash 5.1.8-6.el9"), QStringLiteral("kernel 5.14.0"), QStringLiteral("shadow-utils 2:4.9-8.el9")}));
    }

    void readsAHostFolder()
    {
        const auto packages = queryRpmDatabase(m_db);
        QVERIFY2(packages, packages ? "" : qPrintable(packages.error().message + packages.error().detail));
        QCOMPARE(names(packages.value()), (QStringList{QStringLiteral("cloud-init 23.4-7.el9"), QStringLiteral("openssh-server 8.7p1-38.el9"),
                                                QStringLiteral("shadow-utils 2:4.9-8.el9")}));
    }

    void readsTheGuestsCopy()
    {
        MemoryGuestFiles files;
        for (const QString &name : QDir(m_db).entryList(QDir::Files)) {
            QFile f(m_db + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files.addFile(QStringLiteral("/usr/lib/sysimage/rpm/") + name, f.readAll());
        }
        files.addFile(QStringLiteral("/usr/lib/sysimage/rpm/.rpm.lock"), "");
        files.addSymlink(QStringLiteral("/var/lib/rpm"), QStringLiteral("../../usr/lib/sysimage/rpm"));
        QStringList copied;
        const auto packages = readGuestRpmDatabase(files, test::copyOutOf(files, &copied));
        QVERIFY2(packages, packages ? "" : qPrintable(packages.error().message + packages.error().detail));
        QCOMPARE(packages->size(), 3);
        QVERIFY(copied.contains(QStringLiteral("/usr/lib/sysimage/rpm/rpmdb.sqlite")));
        QVERIFY(!copied.contains(QStringLiteral("/usr/lib/sysimage/rpm/.rpm.lock")));
    }

    void noDatabase()
    {
        MemoryGuestFiles files;
        files.addDir(QStringLiteral("/etc"));
        const auto packages = readGuestRpmDatabase(files, [](const QString &, const QString &) { return true; });
        QVERIFY(!packages);
        QCOMPARE(int(packages.error().code), int(ErrorCode::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestRpmDatabase)
#include "tst_rpmdatabase.moc"
