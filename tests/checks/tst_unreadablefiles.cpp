// A check never passes on a guest file it could not read: every check of the
// catalogue, on the clean guest of every family, is run again with each file
// it looked at replaced by a symlink loop, and each file it read replaced by
// one over the read limit, one whose content cannot be read, and a folder.
#include "GuestFixtures.h"

#include "checks/CheckRun.h"

#include <QSet>
#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

namespace {

// Passes every raw operation to the guest and remembers the paths asked for.
class RecordingFiles final : public GuestFiles {
public:
    explicit RecordingFiles(const GuestFiles &base) : m_base(base) {}
    GuestStat lstat(const QString &path) const override
    {
        touched.insert(cleanGuestPath(path));
        return m_base.lstat(path);
    }
    QString readlink(const QString &path) const override { return m_base.readlink(path); }
    QStringList list(const QString &dir) const override
    {
        touched.insert(cleanGuestPath(dir));
        return m_base.list(dir);
    }
    QByteArray readBytes(const QString &path, qint64 maxBytes) const override
    {
        read.insert(cleanGuestPath(path));
        return m_base.readBytes(path, maxBytes);
    }
    mutable QSet<QString> touched, read;

private:
    const GuestFiles &m_base;
};

// Over GuestFiles::DefaultReadLimit; one shared buffer for every row.
const QByteArray &oversized()
{
    static const QByteArray big(GuestFiles::DefaultReadLimit + 1, 'x');
    return big;
}

} // namespace

class TestUnreadableFiles final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void interfacesInSymlinkLoop();
    void persistentNetRulesLinkToHugeFile();
    void unreadableContent();
    void everyCheckEveryFile_data();
    void everyCheckEveryFile();
};

// The hostile-input run's first case: ifupdown's file in a loop passed.
void TestUnreadableFiles::interfacesInSymlinkLoop()
{
    Guest g = cleanGuest(Family::Debian);
    g.files.addSymlink(s("/etc/network/interfaces"), s("/etc/network/interfaces.d/loop"));
    g.files.addSymlink(s("/etc/network/interfaces.d/loop"), s("/etc/network/interfaces"));
    const CheckResult r = Catalogue::instance().find(s("no-hardcoded-mac"))->check(g.facts, g.files);
    QCOMPARE(toString(r.status), s("unknown"));
    QVERIFY2(r.summary.contains(s("/etc/network/interfaces")), qPrintable(r.summary));
    QVERIFY(!r.evidence.isEmpty());
    QVERIFY2(r.evidence.first().note.contains(s("symbolic links")), qPrintable(r.evidence.first().note));
}

// The second: the rules file was a link to a 1 GiB file, too big to read, and passed.
void TestUnreadableFiles::persistentNetRulesLinkToHugeFile()
{
    for (Family fam : allFamilies()) {
        Guest g = cleanGuest(fam);
        g.files.addFile(s("/var/tmp/huge"), oversized());
        g.files.addSymlink(s("/etc/udev/rules.d/70-persistent-net.rules"), s("/var/tmp/huge"));
        const CheckRun run = runChecklist(g.facts, g.files, {s("no-persistent-net-rules")});
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(toString(run.results.first().status), s("unknown"));
        QVERIFY2(run.results.first().summary.contains(s("70-persistent-net.rules")), qPrintable(run.results.first().summary));
    }
}

// A file whose bytes the disk does not give back is an error, not an empty file.
void TestUnreadableFiles::unreadableContent()
{
    MemoryGuestFiles files;
    files.addUnreadableFile(s("/etc/fstab"), 300);
    const GuestRead r = files.read(s("/etc/fstab"));
    QCOMPARE(int(r.status), int(GuestRead::Status::Error));
    QVERIFY(r.content.isEmpty());
    QVERIFY(files.readText(s("/etc/fstab")).isEmpty());
}

void TestUnreadableFiles::everyCheckEveryFile_data()
{
    QTest::addColumn<int>("family");
    for (Family fam : allFamilies())
        QTest::newRow(qPrintable(cleanGuest(fam).label)) << int(fam);
}

void TestUnreadableFiles::everyCheckEveryFile()
{
    QFETCH(int, family);
    const Guest clean = cleanGuest(Family(family));
    QStringList falsePasses;
    int runs = 0;
    for (const Requirement *req : Catalogue::instance().all()) {
        const RecordingFiles recorder(clean.files);
        req->check(clean.facts, recorder);
        const auto verify = [&](const QString &what, const Guest &g) {
            const CheckResult r = req->check(g.facts, g.files);
            ++runs;
            if (r.status == CheckStatus::Pass || r.status == CheckStatus::NotApplicable)
                falsePasses << s("%1 %2 with %3: %4").arg(req->id(), toString(r.status), what, r.summary);
        };
        for (const QString &path : std::as_const(recorder.touched)) {
            if (path == QLatin1String("/"))
                continue;
            Guest loop = clean;
            loop.files.remove(path);
            loop.files.addSymlink(path, path);
            verify(path + s(" in a symlink loop"), loop);
        }
        for (const QString &path : std::as_const(recorder.read)) {
            const qint64 size = clean.files.lstat(path).size;
            if (size == 0)
                continue; // an empty file reads whole whatever happens
            Guest big = clean;
            big.files.addFile(path, oversized());
            verify(path + s(" over the read limit"), big);
            Guest broken = clean;
            broken.files.addUnreadableFile(path, size);
            verify(path + s(" unreadable"), broken);
            Guest folder = clean;
            folder.files.remove(path);
            folder.files.addDir(path);
            verify(path + s(" a folder"), folder);
        }
    }
    QVERIFY2(runs > 100, "the checks read files of the clean guest");
    for (const QString &f : std::as_const(falsePasses))
        qWarning("%s", qPrintable(f));
    QVERIFY2(falsePasses.isEmpty(), qPrintable(s("%1 false passes, listed above").arg(falsePasses.size())));
}

QTEST_GUILESS_MAIN(TestUnreadableFiles)
#include "tst_unreadablefiles.moc"
