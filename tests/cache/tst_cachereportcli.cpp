// imageprep-cli cache-report end to end: the built executable on a scratch
// instances folder, its JSON, text and HTML output, and its exit codes.
#include "CacheFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>

using namespace cachefixture;

class TestCacheReportCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonReport();
    void textAndHtmlReport();
    void inputErrors_data();
    void inputErrors();
    void writesNothing();
    void exitCodesAndTimes();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args);
    QString writeConf(const QString &name, const QByteArray &text);

    QTemporaryDir m_dir;
    Layout m_layout;
};

TestCacheReportCli::Run TestCacheReportCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(IMAGEPREP_CLI), QStringList{QStringLiteral("cache-report")} + args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCacheReportCli::writeConf(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

void TestCacheReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(IMAGEPREP_CLI)), IMAGEPREP_CLI);
    const QString error = build(m_dir.path(), &m_layout);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCacheReportCli::jsonReport()
{
    const QString conf = writeConf(QStringLiteral("nova.conf"),
                                   "[DEFAULT]\npreallocate_images = space\n"
                                   "[image_cache]\nremove_unused_original_minimum_age_seconds = 172800\n");
    QVERIFY(!conf.isEmpty());
    const Run r = cli({m_layout.root, QStringLiteral("--nova-conf"), conf, QStringLiteral("--at"),
                       QStringLiteral("2025-06-01T12:00:00Z"), QStringLiteral("--json"), QStringLiteral("--image-id"),
                       usedImage() + QLatin1Char(',') + oldImage(), QStringLiteral("--image-id"), youngImage()});
    QVERIFY2(r.exitCode == 1, r.err.constData()); // files would be removed
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("at")).toString(), QStringLiteral("2025-06-01T12:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("settings")).toObject().value(QStringLiteral("preallocate_images")).toString(),
             QStringLiteral("space"));

    QHash<QString, QJsonObject> files;
    for (const QJsonValue &v : root.value(QStringLiteral("files")).toArray())
        files.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QCOMPARE(files.size(), 13);
    const auto fate = [&](const QString &name) {
        return files.value(name).value(QStringLiteral("fate")).toString();
    };
    QCOMPARE(fate(sha1(usedImage())), QStringLiteral("in-use"));
    // exactly two days old against a two-day threshold: removable
    QCOMPARE(fate(sha1(oldImage())), QStringLiteral("removable"));
    QCOMPARE(fate(QStringLiteral("swap_512")), QStringLiteral("removable"));
    QCOMPARE(fate(sha1(youngImage())), QStringLiteral("kept"));
    QCOMPARE(files.value(sha1(youngImage())).value(QStringLiteral("kept_until")).toString(),
             QStringLiteral("2025-06-03T11:30:00Z"));
    QCOMPARE(files.value(sha1(youngImage())).value(QStringLiteral("image_id")).toString(), youngImage());
    QCOMPARE(files.value(sha1(oldImage()) + QStringLiteral("_8388608")).value(QStringLiteral("image_id")).toString(),
             oldImage());
    QCOMPARE(files.value(sha1(oldImage()) + QStringLiteral("_8388608")).value(QStringLiteral("resized_to")).toInteger(),
             8388608);
    QCOMPARE(files.value(sha1(usedImage())).value(QStringLiteral("used_by")).toArray().first().toString(),
             QStringLiteral("inst-a/disk"));

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("files")).toInt(), 13);
    QCOMPARE(summary.value(QStringLiteral("in_use")).toInt(), 6);
    QCOMPARE(summary.value(QStringLiteral("removable_now")).toInt(), 4);
    QCOMPARE(root.value(QStringLiteral("in_use_source")).toString(), QStringLiteral("disk-chains"));
    qint64 freed = 0;
    for (const QJsonObject &f : std::as_const(files)) {
        if (f.value(QStringLiteral("fate")).toString() == u"removable")
            freed += f.value(QStringLiteral("allocated")).toInteger();
    }
    QCOMPARE(summary.value(QStringLiteral("space_freed")).toInteger(), freed);
    QVERIFY(summary.value(QStringLiteral("reserved_by_preallocation")).toInteger() > 0);

    bool brokenReported = false;
    for (const QJsonValue &v : root.value(QStringLiteral("instance_disks")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("instance")).toString() == u"inst-d")
            brokenReported = d.value(QStringLiteral("problem")).toString().contains(QStringLiteral("broken"));
    }
    QVERIFY(brokenReported);
}

void TestCacheReportCli::textAndHtmlReport()
{
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const Run r = cli({m_layout.root, QStringLiteral("--at"), QStringLiteral("2025-06-01T12:00:00Z"),
                       QStringLiteral("--html"), html});
    QVERIFY2(r.exitCode == 1, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Summary: 13 files, 6 in use, 2 kept, 4 removable now")), r.out.constData());
    QVERIFY(text.contains(QStringLiteral("defaults (no nova.conf given)")));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray page = f.readAll();
    QVERIFY(page.contains("<table>"));
    QVERIFY(page.contains(sha1(oldImage()).toLatin1()));

    // never into the instances folder
    const Run refused = cli({m_layout.root, QStringLiteral("--html"), m_layout.root + QStringLiteral("/r.html")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!QFile::exists(m_layout.root + QStringLiteral("/r.html")));
}

void TestCacheReportCli::inputErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString root = QStringLiteral("@root");
    QTest::newRow("missing instances folder")
        << QStringList{QStringLiteral("/nonexistent/instances")} << QStringLiteral("not a folder");
    QTest::newRow("no instances folder given") << QStringList{} << QStringLiteral("INSTANCES_DIR");
    QTest::newRow("nova.conf given but missing")
        << QStringList{root, QStringLiteral("--nova-conf"), QStringLiteral("/nonexistent/nova.conf")}
        << QStringLiteral("cannot read");
    QTest::newRow("nova.conf with a bad boolean")
        << QStringList{root, QStringLiteral("--nova-conf"), QStringLiteral("@bad")}
        << QStringLiteral("remove_unused_base_images");
    QTest::newRow("bad --at") << QStringList{root, QStringLiteral("--at"), QStringLiteral("yesterday")}
                              << QStringLiteral("ISO 8601");
    QTest::newRow("instance list missing")
        << QStringList{root, QStringLiteral("--instances-json"), QStringLiteral("/nonexistent/servers.json")}
        << QStringLiteral("cannot read");
    QTest::newRow("libvirt XML folder missing")
        << QStringList{root, QStringLiteral("--libvirt-xml-dir"), QStringLiteral("/nonexistent/qemu")}
        << QStringLiteral("no libvirt XML folder");
    QTest::newRow("unknown option in an interpolation")
        << QStringList{root, QStringLiteral("--nova-conf"), QStringLiteral("@interp")} << QStringLiteral("no such option");
    QTest::newRow("unknown option") << QStringList{root, QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestCacheReportCli::inputErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString bad = writeConf(QStringLiteral("bad.conf"), "[image_cache]\nremove_unused_base_images = perhaps\n");
    QVERIFY(!bad.isEmpty());
    args.replaceInStrings(QStringLiteral("@root"), m_layout.root);
    args.replaceInStrings(QStringLiteral("@bad"), bad);
    args.replaceInStrings(QStringLiteral("@interp"),
                          writeConf(QStringLiteral("interp.conf"), "[image_cache]\nsubdirectory_name = _base_$nosuch\n"));
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCacheReportCli::writesNothing()
{
    const QMap<QString, QString> before = snapshot(m_layout.root);
    QVERIFY(before.size() > 15);
    const Run r = cli({m_layout.root, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(snapshot(m_layout.root), before);
}

void TestCacheReportCli::exitCodesAndTimes()
{
    // nothing to act on: exit 0
    const QString keep = writeConf(QStringLiteral("keep.conf"), "[image_cache]\nremove_unused_base_images = off\n");
    Run r = cli({m_layout.root, QStringLiteral("--nova-conf"), keep, QStringLiteral("--json"), QStringLiteral("--at"),
                 QStringLiteral("1748779200")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("at")).toString(), QStringLiteral("2025-06-01T12:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("needs_action")).toBool(), false);

    // ISO 8601 with an offset prints with that offset
    r = cli({m_layout.root, QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2025-06-01T14:00:00+02:00")});
    root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("at")).toString(), QStringLiteral("2025-06-01T14:00:00+02:00"));

    // a listed instance whose disk qemu-img cannot read: the run fails, exit 1
    const QString servers = m_dir.filePath(QStringLiteral("servers.json"));
    QFile f(servers);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[{\"ID\": \"inst-x\", \"Image ID\": \"\", \"Status\": \"ACTIVE\"}]");
    f.close();
    QTemporaryDir broken;
    QVERIFY(QDir().mkpath(broken.filePath(QStringLiteral("_base"))));
    QVERIFY(QDir().mkpath(broken.filePath(QStringLiteral("inst-x"))));
    QFile disk(broken.filePath(QStringLiteral("inst-x/disk")));
    QVERIFY(disk.open(QIODevice::WriteOnly));
    static const char header[] = "QFI\xfb\x00\x00\x00\x03garbage"; // a qcow2 magic, then junk
    disk.write(header, sizeof header - 1);
    disk.close();
    QFile old(broken.filePath(QStringLiteral("_base/swap_1")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(setMtime(old.fileName(), referenceTime().addDays(-5)));
    r = cli({broken.path(), QStringLiteral("--instances-json"), servers, QStringLiteral("--at"),
             referenceTime().toString(Qt::ISODate)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("THE NEXT RUN FAILS AND REMOVES NOTHING"), r.out.constData());
    QVERIFY2(r.out.contains("instance list"), r.out.constData());
    QVERIFY2(r.out.contains("Space freed by the next run: 0 bytes"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCacheReportCli)
#include "tst_cachereportcli.moc"
