// The cache report on a scratch instances folder built with qemu-img: the
// fate of each base file for several nova.conf settings and report times,
// per-file problems, image ids, preallocation, and that nothing is written.
#include "CacheFixture.h"

#include "cache/CacheReport.h"
#include "util/Process.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace cachefixture;

class TestCacheReport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void classifiesNames_data();
    void classifiesNames();
    void fates_data();
    void fates();
    void keptUntilNamesTheTime();
    void findsUsersThroughChains();
    void reportsProblemsPerFile();
    void oddEntriesAreNotFatal();
    void namesImagesById();
    void missingCacheFolder();
    void preallocationReserves();
    void spaceFreedSumsRemovableFiles();
    void cancelStopsEarly();
    void rendersEveryFormat();
    void writesNothing();

private:
    CacheReport report(const QByteArray &novaConf, qint64 atOffsetSeconds);
    static const BaseFileEntry *find(const CacheReport &r, const QString &name);
    static const InstanceDisk *findDisk(const CacheReport &r, const QString &instance, const QString &file);

    QTemporaryDir m_dir;
    Layout m_layout;
    QHash<QString, CacheReport> m_reports; // by settings and time: qemu-img runs once per variant
};

void TestCacheReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (findTool(QStringLiteral("qemu-img")).isEmpty())
        QFAIL("qemu-img is missing (install qemu-utils)");
    const QString error = build(m_dir.path(), &m_layout);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

CacheReport TestCacheReport::report(const QByteArray &novaConf, qint64 atOffsetSeconds)
{
    const QString key = QString::fromUtf8(novaConf) + QString::number(atOffsetSeconds);
    if (const auto it = m_reports.constFind(key); it != m_reports.constEnd())
        return *it;
    CacheReportRequest req;
    req.instancesDir = m_layout.root;
    const auto settings = parseNovaConf(novaConf);
    if (!settings.ok())
        qFatal("bad nova.conf in the test table: %s", qPrintable(settings.error().message));
    req.settings = settings.value();
    req.at = referenceTime().addSecs(atOffsetSeconds);
    req.imageIds = QStringList{usedImage(), oldImage()};
    const CacheReport r = buildCacheReport(req);
    m_reports.insert(key, r);
    return r;
}

const BaseFileEntry *TestCacheReport::find(const CacheReport &r, const QString &name)
{
    for (const BaseFileEntry &e : r.files) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const InstanceDisk *TestCacheReport::findDisk(const CacheReport &r, const QString &instance, const QString &file)
{
    for (const InstanceDisk &d : r.disks) {
        if (d.instance == instance && d.path.endsWith(QLatin1Char('/') + file))
            return &d;
    }
    return nullptr;
}

void TestCacheReport::classifiesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("resizedTo");
    const QString f = sha1(usedImage());
    QTest::newRow("sha1 is an original") << f << int(BaseFileKind::Original) << qint64(-1);
    QTest::newRow("sha1 with size is resized") << f + QStringLiteral("_10737418240") << int(BaseFileKind::Resized)
                                               << qint64(10737418240);
    QTest::newRow("sha1 with _sm is old small") << f + QStringLiteral("_sm") << int(BaseFileKind::LegacySmall)
                                                << qint64(-1);
    QTest::newRow("info file is not managed") << f + QStringLiteral(".info") << int(BaseFileKind::Unmanaged)
                                              << qint64(-1);
    QTest::newRow("resized info file has an unknown suffix") << f + QStringLiteral("_20.info")
                                                             << int(BaseFileKind::OtherSuffix) << qint64(-1);
    QTest::newRow("other suffix is not grouped") << f + QStringLiteral("_abc") << int(BaseFileKind::OtherSuffix)
                                                 << qint64(-1);
    QTest::newRow("sha1 with _ and one digit is too short") << f + QStringLiteral("_1")
                                                            << int(BaseFileKind::Unmanaged) << qint64(-1);
    QTest::newRow("swap with Arabic-Indic digits (isdigit)") << QString::fromUtf8("swap_\u0661\u0662")
                                                             << int(BaseFileKind::Swap) << qint64(-1);
    QTest::newRow("swap with a superscript digit (isdigit)") << QString::fromUtf8("swap_\u00b2")
                                                             << int(BaseFileKind::Swap) << qint64(-1);
    QTest::newRow("swap with letters") << QStringLiteral("swap_1k") << int(BaseFileKind::Unmanaged) << qint64(-1);
    QTest::newRow("ephemeral with a 6-char extension") << QStringLiteral("ephemeral_1_abcdef")
                                                       << int(BaseFileKind::Unmanaged) << qint64(-1);
    QTest::newRow("swap template") << QStringLiteral("swap_2048") << int(BaseFileKind::Swap) << qint64(-1);
    QTest::newRow("swap without size") << QStringLiteral("swap_") << int(BaseFileKind::Unmanaged) << qint64(-1);
    QTest::newRow("ephemeral template") << QStringLiteral("ephemeral_10_40d1d2c") << int(BaseFileKind::Ephemeral)
                                        << qint64(-1);
    QTest::newRow("short name") << QStringLiteral("abc") << int(BaseFileKind::Unmanaged) << qint64(-1);
    QTest::newRow("sha1 with one trailing char is not resized")
        << f + QStringLiteral("_") << int(BaseFileKind::Unmanaged) << qint64(-1);
}

void TestCacheReport::classifiesNames()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(qint64, resizedTo);
    BaseFileEntry e;
    classifyBaseFile(name, &e);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.resizedTo, resizedTo);
}

void TestCacheReport::fates_data()
{
    QTest::addColumn<QByteArray>("novaConf");
    QTest::addColumn<qint64>("atOffset");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("fate");

    const QByteArray defaults;
    const QByteArray keepAll("[image_cache]\nremove_unused_base_images = False\n");
    const QByteArray keepAllDeprecated("[DEFAULT]\nremove_unused_base_images = no\n");
    const QByteArray longOriginal("[image_cache]\nremove_unused_original_minimum_age_seconds = 259200\n");
    const QByteArray shortOriginalDeprecated("[DEFAULT]\nremove_unused_original_minimum_age_seconds = 600\n");
    const QByteArray newNameWins("[DEFAULT]\nremove_unused_original_minimum_age_seconds = 600\n"
                                 "[image_cache]\nremove_unused_original_minimum_age_seconds = 86400\n");
    const QByteArray longResized("[libvirt]\nremove_unused_resized_minimum_age_seconds = 10800\n");
    const QByteArray managerOff("[image_cache]\nmanager_interval = -1\n");

    const QString used = sha1(usedImage()), old = sha1(oldImage()), young = sha1(youngImage());
    const int inUse = int(CacheFate::InUse), kept = int(CacheFate::KeptUntil),
              removable = int(CacheFate::RemovableNow), never = int(CacheFate::NeverRemoved),
              unmanaged = int(CacheFate::NotManaged);

    // defaults at the reference time
    QTest::newRow("defaults: original used by a disk is in use") << defaults << qint64(0) << used << inUse;
    QTest::newRow("defaults: unused resized copy of a used image is in use")
        << defaults << qint64(0) << used + QStringLiteral("_4194304") << inUse;
    QTest::newRow("defaults: 2-day-old original is removable") << defaults << qint64(0) << old << removable;
    QTest::newRow("defaults: 2-hour-old resized is removable")
        << defaults << qint64(0) << old + QStringLiteral("_8388608") << removable;
    QTest::newRow("defaults: 30-minute-old original is kept") << defaults << qint64(0) << young << kept;
    QTest::newRow("defaults: 30-minute-old _sm is kept")
        << defaults << qint64(0) << young + QStringLiteral("_sm") << kept;
    QTest::newRow("defaults: qcow2 base file of a disk is in use")
        << defaults << qint64(0) << sha1(qcowBaseImage()) << inUse;
    QTest::newRow("defaults: base reached deep in a chain is in use")
        << defaults << qint64(0) << sha1(deepImage()) << inUse;
    QTest::newRow("defaults: base named by another node's path is in use")
        << defaults << qint64(0) << sha1(movedImage()) << inUse;
    QTest::newRow("defaults: unused old swap is removable")
        << defaults << qint64(0) << QStringLiteral("swap_512") << removable;
    QTest::newRow("defaults: swap backing disk.swap is in use")
        << defaults << qint64(0) << QStringLiteral("swap_1024") << inUse;
    QTest::newRow("defaults: unused 10-day-old ephemeral template is removable")
        << defaults << qint64(0) << QStringLiteral("ephemeral_1_0706d66") << removable;
    QTest::newRow("defaults: info file is not managed")
        << defaults << qint64(0) << old + QStringLiteral(".info") << unmanaged;

    // report times
    QTest::newRow("a day later: young original is removable") << defaults << qint64(86400) << young << removable;
    QTest::newRow("a day later: used original is still in use") << defaults << qint64(86400) << used << inUse;
    QTest::newRow("3 hours earlier: resized modified later is kept")
        << defaults << qint64(-3 * 3600) << old + QStringLiteral("_8388608") << kept;
    QTest::newRow("exactly at the threshold: removable (age < maxage keeps)")
        << defaults << qint64(86400 - 30 * 60) << young << removable;
    QTest::newRow("one second before the threshold: kept")
        << defaults << qint64(86400 - 30 * 60 - 1) << young << kept;

    // remove_unused_base_images = False
    QTest::newRow("keep all: old original is never removed") << keepAll << qint64(0) << old << never;
    QTest::newRow("keep all: young original is never removed") << keepAll << qint64(0) << young << never;
    QTest::newRow("keep all: old swap is never removed")
        << keepAll << qint64(0) << QStringLiteral("swap_512") << never;
    QTest::newRow("keep all: used original is in use") << keepAll << qint64(0) << used << inUse;
    QTest::newRow("keep all (deprecated name): old original is never removed")
        << keepAllDeprecated << qint64(0) << old << never;
    QTest::newRow("manager disabled: old original is never removed") << managerOff << qint64(0) << old << never;

    // thresholds
    QTest::newRow("3-day original age: 2-day original is kept") << longOriginal << qint64(0) << old << kept;
    QTest::newRow("3-day original age: swap follows the original age")
        << longOriginal << qint64(0) << QStringLiteral("swap_512") << kept;
    QTest::newRow("3-day original age: resized keeps its own age")
        << longOriginal << qint64(0) << old + QStringLiteral("_8388608") << removable;
    QTest::newRow("10-minute original age (deprecated name): young original removable")
        << shortOriginalDeprecated << qint64(0) << young << removable;
    QTest::newRow("10-minute original age: _sm follows the resized age")
        << shortOriginalDeprecated << qint64(0) << young + QStringLiteral("_sm") << kept;
    QTest::newRow("new name wins over deprecated: young original kept") << newNameWins << qint64(0) << young << kept;
    QTest::newRow("3-hour resized age ([libvirt]): 2-hour resized kept")
        << longResized << qint64(0) << old + QStringLiteral("_8388608") << kept;
    QTest::newRow("3-hour resized age: original unaffected") << longResized << qint64(0) << old << removable;
}

void TestCacheReport::fates()
{
    QFETCH(QByteArray, novaConf);
    QFETCH(qint64, atOffset);
    QFETCH(QString, file);
    QFETCH(int, fate);
    const CacheReport r = report(novaConf, atOffset);
    const BaseFileEntry *e = find(r, file);
    QVERIFY2(e, qPrintable(file));
    QVERIFY2(int(e->fate) == fate,
             qPrintable(QStringLiteral("%1: got %2, expected %3 (%4)")
                            .arg(file, fateId(e->fate), fateId(CacheFate(fate)), e->inUseReason)));
}

void TestCacheReport::keptUntilNamesTheTime()
{
    const CacheReport r = report({}, 0);
    const BaseFileEntry *young = find(r, sha1(youngImage()));
    QVERIFY(young);
    QCOMPARE(young->fate, CacheFate::KeptUntil);
    QCOMPARE(young->ageSeconds, qint64(30 * 60));
    QCOMPARE(young->minimumAgeSeconds, qint64(86400));
    QCOMPARE(young->removableFrom, referenceTime().addSecs(86400 - 30 * 60));
    const BaseFileEntry *sm = find(r, sha1(youngImage()) + QStringLiteral("_sm"));
    QVERIFY(sm);
    QCOMPARE(sm->removableFrom, referenceTime().addSecs(3600 - 30 * 60));
    // only kept files carry a time
    QVERIFY(!find(r, sha1(oldImage()))->removableFrom.isValid());
}

void TestCacheReport::findsUsersThroughChains()
{
    const CacheReport r = report({}, 0);
    QCOMPARE(find(r, sha1(usedImage()))->usedBy, QStringList{QStringLiteral("inst-a/disk")});
    QCOMPARE(find(r, QStringLiteral("swap_1024"))->usedBy, QStringList{QStringLiteral("inst-b/disk.swap")});
    QCOMPARE(find(r, sha1(deepImage()))->usedBy, QStringList{QStringLiteral("inst-c/disk")});
    QVERIFY(find(r, sha1(movedImage()))->inUseReason.contains(QStringLiteral("matched by name")));
    // the sibling is kept for its image, not because a disk reaches it
    const BaseFileEntry *sibling = find(r, sha1(usedImage()) + QStringLiteral("_4194304"));
    QVERIFY(sibling->usedBy.isEmpty());
    QVERIFY(sibling->inUseReason.contains(QStringLiteral("same image")));
    QVERIFY(find(r, sha1(oldImage()))->usedBy.isEmpty());

    const InstanceDisk *deep = findDisk(r, QStringLiteral("inst-c"), QStringLiteral("disk"));
    QVERIFY(deep);
    QCOMPARE(deep->chain.size(), 2);
    QVERIFY(deep->chain.at(0).endsWith(QStringLiteral("inst-c/overlay.qcow2")));
    QVERIFY(deep->problem.isEmpty());
    QCOMPARE(deep->format, QStringLiteral("qcow2"));
    QCOMPARE(find(r, sha1(usedImage()))->format, QStringLiteral("raw"));
    QCOMPARE(find(r, sha1(qcowBaseImage()))->format, QStringLiteral("qcow2"));
    // the overlay in inst-c is not a disk name nova uses
    QVERIFY(!findDisk(r, QStringLiteral("inst-c"), QStringLiteral("overlay.qcow2")));
}

void TestCacheReport::reportsProblemsPerFile()
{
    const CacheReport r = report({}, 0);
    const InstanceDisk *broken = findDisk(r, QStringLiteral("inst-d"), QStringLiteral("disk"));
    QVERIFY(broken);
    QVERIFY2(broken->problem.startsWith(QStringLiteral("broken backing chain")), qPrintable(broken->problem));
    QCOMPARE(broken->format, QStringLiteral("qcow2"));
    const InstanceDisk *raw = findDisk(r, QStringLiteral("inst-e"), QStringLiteral("disk"));
    QVERIFY(raw);
    QCOMPARE(raw->format, QStringLiteral("raw"));
    // images_type=raw: normal, not a problem
    QVERIFY2(raw->problem.isEmpty(), qPrintable(raw->problem));
    QVERIFY(raw->chain.isEmpty());
    // the other disks are fine and the report as a whole is complete
    QVERIFY(findDisk(r, QStringLiteral("inst-a"), QStringLiteral("disk"))->problem.isEmpty());
    QVERIFY(r.problems.isEmpty());
    QVERIFY(r.baseDirFound);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.files.size(), 13);
    QCOMPARE(r.disks.size(), 7);
}

void TestCacheReport::oddEntriesAreNotFatal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString base = dir.filePath(QStringLiteral("_base"));
    QVERIFY(QDir().mkpath(base + QStringLiteral("/folder")));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("inst-x"))));
    const QString dangling = base + QLatin1Char('/') + sha1(usedImage());
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dangling));
    // a qcow2 magic followed by garbage: qemu-img refuses to open it
    const QString garbage = base + QLatin1Char('/') + sha1(oldImage());
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("QFI\xfb", 4) + QByteArray(60, '\xff'));
    }
    QVERIFY(QFile::copy(garbage, dir.filePath(QStringLiteral("inst-x/disk"))));
    QString error;
    QVERIFY2(run({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"),
                  base + QLatin1Char('/') + sha1(youngImage()), QStringLiteral("1M")},
                 &error),
             qPrintable(error));

    CacheReportRequest req;
    req.instancesDir = dir.path();
    req.at = referenceTime();
    const CacheReport r = buildCacheReport(req);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.files.size(), 4);
    const BaseFileEntry *link = find(r, sha1(usedImage()));
    QVERIFY(link);
    QCOMPARE(link->fate, CacheFate::NotManaged);
    QVERIFY2(link->problem.contains(QStringLiteral("not a regular file")), qPrintable(link->problem));
    QCOMPARE(find(r, QStringLiteral("folder"))->fate, CacheFate::NotManaged);
    const BaseFileEntry *bad = find(r, sha1(oldImage()));
    QVERIFY(bad);
    QVERIFY2(bad->problem.startsWith(QStringLiteral("qemu-img cannot open it")), qPrintable(bad->problem));
    // still aged like any original: a broken file in _base is removed too
    QVERIFY(bad->fate != CacheFate::NotManaged);
    const BaseFileEntry *fine = find(r, sha1(youngImage()));
    QVERIFY(fine && fine->problem.isEmpty());
    QCOMPARE(fine->format, QStringLiteral("raw"));
    QCOMPARE(r.disks.size(), 1);
    QVERIFY2(r.disks.first().problem.startsWith(QStringLiteral("qemu-img cannot open it")),
             qPrintable(r.disks.first().problem));
}

void TestCacheReport::namesImagesById()
{
    const CacheReport r = report({}, 0);
    QCOMPARE(find(r, sha1(usedImage()))->imageId, usedImage());
    QCOMPARE(find(r, sha1(usedImage()) + QStringLiteral("_4194304"))->imageId, usedImage());
    QCOMPARE(find(r, sha1(oldImage()) + QStringLiteral("_8388608"))->imageId, oldImage());
    QVERIFY(find(r, sha1(youngImage()))->imageId.isEmpty()); // not asked for
    QVERIFY(find(r, sha1(oldImage()) + QStringLiteral(".info"))->imageId.isEmpty());
    QCOMPARE(cacheFingerprint(QStringLiteral("abc")), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
}

void TestCacheReport::missingCacheFolder()
{
    const CacheReport r = report("[image_cache]\nsubdirectory_name = _base_10.1.2.3\n", 0);
    QVERIFY(!r.baseDirFound);
    QVERIFY(r.files.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().contains(QStringLiteral("_base_10.1.2.3")));
    // the disks are still listed, with their chains
    QCOMPARE(r.disks.size(), 7);
    QVERIFY(findDisk(r, QStringLiteral("inst-a"), QStringLiteral("disk"))->problem.isEmpty());
}

void TestCacheReport::preallocationReserves()
{
    const CacheReport none = report({}, 0);
    QCOMPARE(none.reservedBytes(), qint64(0));
    const CacheReport space = report("[DEFAULT]\npreallocate_images = space\n", 0);
    const InstanceDisk *a = findDisk(space, QStringLiteral("inst-a"), QStringLiteral("disk"));
    QVERIFY(a);
    QCOMPARE(a->virtualSize, qint64(1024 * 1024));
    QCOMPARE(a->reservedBytes, qint64(1024 * 1024));
    qint64 total = 0;
    for (const InstanceDisk &d : space.disks)
        total += d.virtualSize > 0 ? d.virtualSize : 0;
    QCOMPARE(space.reservedBytes(), total);
    QVERIFY(total > 0);
}

void TestCacheReport::spaceFreedSumsRemovableFiles()
{
    const CacheReport r = report({}, 0);
    qint64 expected = 0;
    int removable = 0;
    for (const BaseFileEntry &e : r.files) {
        if (e.fate == CacheFate::RemovableNow) {
            expected += e.allocated;
            ++removable;
        }
    }
    QCOMPARE(removable, 4); // old, old_8388608, swap_512, ephemeral_1_0706d66 and nothing else
    QCOMPARE(r.countFate(CacheFate::RemovableNow), removable);
    QCOMPARE(r.spaceFreed(), expected);
    QVERIFY(expected > 0);
    QCOMPARE(report("[image_cache]\nremove_unused_base_images = False\n", 0).spaceFreed(), qint64(0));
}

void TestCacheReport::cancelStopsEarly()
{
    std::atomic<bool> cancel{true};
    CacheReportRequest req;
    req.instancesDir = m_layout.root;
    req.cancel = &cancel;
    const CacheReport r = buildCacheReport(req);
    QVERIFY(r.cancelled);
    QVERIFY(r.disks.isEmpty());
    QVERIFY(r.problems.last().contains(QStringLiteral("cancelled")));
}

void TestCacheReport::rendersEveryFormat()
{
    const CacheReport r = report({}, 0);
    const QJsonObject json = cacheReportToJson(r);
    QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), r.files.size());
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("space_freed")).toInteger(),
             r.spaceFreed());
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2025-06-01T12:00:00Z"));

    const QString text = cacheReportToText(r);
    QVERIFY(text.contains(QStringLiteral("kept until 2025-06-02T11:30:00Z")));
    QVERIFY(text.contains(QStringLiteral("broken backing chain")));
    QVERIFY(text.contains(QStringLiteral("Summary: 13 files, 6 in use, 2 kept, 4 removable now")));
    // no instance list given: the report says "in use" is a guess
    QVERIFY(text.contains(QStringLiteral("\"in use\" is a guess")));

    const QString html = cacheReportToHtml(r);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QCOMPARE(html.count(QStringLiteral("<tr class=")), r.files.size());
    QVERIFY(html.contains(QStringLiteral("class=\"removable\"")));
}

void TestCacheReport::writesNothing()
{
    const QMap<QString, QString> before = snapshot(m_dir.path());
    QVERIFY(before.size() > 15);
    m_reports.clear();
    const CacheReport r = report("[DEFAULT]\npreallocate_images = space\n", 0);
    QVERIFY(!r.files.isEmpty());
    const QMap<QString, QString> after = snapshot(m_dir.path());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestCacheReport)
#include "tst_cachereport.moc"
