// `imageprep-cli export` end to end: the debian fixture guest (one appliance
// launch) exported with a bundle and uploaded to the fixture glance-api; the
// input stays byte-identical. Usage errors are refused before any launch.
// An untouched guest exports to the same bytes run after run.
#include "TestSupport.h"

#include "glance/GlanceClient.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// qemu-img check counts the compressed clusters of a qcow2.
qint64 compressedClusters(const QString &path)
{
    QProcess p;
    p.start(s("qemu-img"), {s("check"), s("--output=json"), path});
    if (!p.waitForFinished(120000))
        return -1;
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(s("compressed-clusters")).toInteger(-1);
}

} // namespace

class TestExportCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void exportBundleAndUpload();
    void untouchedExportIsReproducible();
};

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output folder") << QStringList{s("export"), s("x.qcow2")} << s("-o DIR");
    QTest::newRow("unknown format") << QStringList{s("export"), s("x.qcow2"), s("-o"), s("d"), s("--format"), s("vmdk")} << s("vmdk");
    QTest::newRow("unknown bundle") << QStringList{s("export"), s("x.qcow2"), s("-o"), s("d"), s("--bundle"), s("zip")} << s("zip");
    QTest::newRow("compressed raw") << QStringList{s("export"), s("x.qcow2"), s("-o"), s("d"), s("--format"), s("raw"), s("--compress")} << s("--compress");
    QTest::newRow("malformed property") << QStringList{s("export"), s("x.qcow2"), s("-o"), s("d"), s("--property"), s("hw_disk_bus")} << s("KEY=VALUE");
    QTest::newRow("cloud without upload") << QStringList{s("export"), s("x.qcow2"), s("-o"), s("d"), s("--os-cloud"), s("lab")} << s("--upload");
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args, QProcessEnvironment::systemEnvironment(), 20000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestExportCli::exportBundleAndUpload()
{
    QFile endpointFile(qEnvironmentVariable("IMAGEPREP_GLANCE_DIR") + s("/endpoint"));
    QVERIFY2(endpointFile.open(QIODevice::ReadOnly), "the glance_server fixture did not start glance-api");
    const QString endpoint = QString::fromUtf8(endpointFile.readAll()).trimmed();
    const QString input = fixture(s("debian.qcow2"));
    QVERIFY2(QFileInfo::exists(input), "fixture debian.qcow2 missing (make_guest_fixtures)");
    const QByteArray inputHash = sha256(input);

    QTemporaryDir out;
    QElapsedTimer timer;
    timer.start();
    const CliRun r = runCli({s("--quiet"), s("export"), input, s("-o"), out.path(), s("--bundle"), s("tar.zst"),
                             s("--property"), s("hw_video_model=virtio"), s("--unset"), s("cloud_init_installed"),
                             s("--name"), s("debian fixture"), s("--upload"), s("--os-image-url"), endpoint, s("--json")});
    qInfo("export with upload took %lld ms", timer.elapsed());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(sha256(input), inputHash); // never write the input

    const QJsonObject res = QJsonDocument::fromJson(r.out).object();
    // --name names the files too; an upload to a Glance that takes qcow2 is compressed.
    QCOMPARE(res.value(s("image")).toString(), out.filePath(s("debian fixture.qcow2")));
    QCOMPARE(res.value(s("bundle")).toString(), out.filePath(s("debian fixture.tar.zst")));
    QCOMPARE(res.value(s("sha256")).toString().toLatin1(), sha256(out.filePath(s("debian fixture.qcow2"))));
    QVERIFY(compressedClusters(out.filePath(s("debian fixture.qcow2"))) > 0);
    const QJsonObject props = res.value(s("properties")).toObject();
    QCOMPARE(props.value(s("hw_video_model")).toObject().value(s("value")).toString(), s("virtio"));
    QCOMPARE(props.value(s("hw_video_model")).toObject().value(s("reason")).toString(), s("set by the user"));
    QVERIFY(!props.contains(s("cloud_init_installed")));
    // The clean fixture guest passes virtio-drivers: the reason names the check.
    QCOMPARE(props.value(s("hw_disk_bus")).toObject().value(s("value")).toString(), s("virtio"));
    QVERIFY(props.value(s("hw_disk_bus")).toObject().value(s("reason")).toString().contains(s("virtio-drivers")));
    QCOMPARE(props.value(s("os_distro")).toObject().value(s("value")).toString(), s("debian"));

    const QString id = res.value(s("glance")).toObject().value(s("id")).toString();
    QVERIFY(!id.isEmpty());
    GlanceClient client(GlanceSession{endpoint, {}});
    auto image = client.getImage(id);
    QVERIFY(image.ok());
    QCOMPARE(image->value(s("status")).toString(), s("active"));
    QCOMPARE(image->value(s("name")).toString(), s("debian fixture"));
    QCOMPARE(image->value(s("hw_video_model")).toString(), s("virtio"));
    QCOMPARE(image->value(s("os_distro")).toString(), s("debian"));
    QCOMPARE(image->value(s("os_hash_value")).toString(), res.value(s("sha512")).toString());
    QVERIFY(!image->contains(s("cloud_init_installed")));
    QVERIFY(client.deleteImage(id).ok());
}

void TestExportCli::untouchedExportIsReproducible()
{
    // A session that only reads mounts the guest read-only: two runs (two
    // appliances; a third proved nothing more and cost a launch) give the
    // same bytes, so a published checksum can be reproduced.
    const QString input = fixture(s("debian.qcow2"));
    QVERIFY2(QFileInfo::exists(input), "fixture debian.qcow2 missing (make_guest_fixtures)");
    QTemporaryDir out;
    QSet<QByteArray> hashes;
    for (int run = 0; run < 2; ++run) {
        const QString dir = out.filePath(QString::number(run));
        QElapsedTimer timer;
        timer.start();
        const CliRun r = runCli({s("--quiet"), s("export"), input, s("-o"), dir});
        qInfo("untouched export %d took %lld ms", run + 1, timer.elapsed());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        hashes.insert(sha256(QDir(dir).filePath(s("debian.qcow2"))));
    }
    QCOMPARE(hashes.size(), 1);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
