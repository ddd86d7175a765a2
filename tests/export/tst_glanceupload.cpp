// Upload against a real glance-api (Debian's, started by the CTest fixture
// glance_server through scripts/glance-test-server.sh): export + upload of a
// fixed image with its properties, read back and checksums compared; Glance's
// own 403/400/409 answers as messages; clouds.yaml + Keystone v3 through a
// stub Keystone whose catalog points at the real Glance.
#include "export/Exporter.h"
#include "TestSupport.h"
#include "glance/GlanceClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using imageprep::test::fileHash;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Peak resident memory of this process so far, KiB (/proc/self/status VmHWM).
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool runOk(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A minimal Keystone v3: answers POST /v3/auth/tokens with a token and a
// catalog whose image endpoint is the real Glance; records the request body.
class StubKeystone : public QObject {
public:
    explicit StubKeystone(QString glanceUrl) : m_glance(std::move(glanceUrl))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *sock = m_server.nextPendingConnection())
                connect(sock, &QTcpSocket::readyRead, this, [this, sock] { serve(sock); });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return s("http://127.0.0.1:%1/v3").arg(m_server.serverPort()); }
    QJsonObject lastAuth;
    QByteArray lastPath;

private:
    void serve(QTcpSocket *sock)
    {
        QByteArray &buf = m_buffers[sock];
        buf += sock->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buf.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        lastPath = buf.left(buf.indexOf(' ', 5)).mid(5);
        lastAuth = QJsonDocument::fromJson(buf.mid(end + 4, length)).object();
        const QJsonObject catalog{{s("token"), QJsonObject{{s("catalog"), QJsonArray{
            QJsonObject{{s("type"), s("identity")}, {s("endpoints"), QJsonArray{}}},
            QJsonObject{{s("type"), s("image")}, {s("endpoints"), QJsonArray{
                QJsonObject{{s("interface"), s("internal")}, {s("region_id"), s("RegionOne")}, {s("url"), s("http://127.0.0.1:1/")}},
                QJsonObject{{s("interface"), s("public")}, {s("region_id"), s("RegionTwo")}, {s("url"), s("http://127.0.0.1:1/")}},
                QJsonObject{{s("interface"), s("public")}, {s("region_id"), s("RegionOne")}, {s("url"), m_glance + s("/v2/")}}}}}}}}}};
        const QByteArray body = QJsonDocument(catalog).toJson(QJsonDocument::Compact);
        sock->write("HTTP/1.1 201 Created\r\nX-Subject-Token: stub-token-123\r\nContent-Type: application/json\r\n"
                    "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        sock->disconnectFromHost();
        m_buffers.remove(sock);
    }

    QString m_glance;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestGlanceUpload final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportAndUpload();
    void reservedAttributeIsRefused();
    void schemaErrorIsExplained();
    void secondUploadIsAConflict();
    void keystonePasswordFromCloudsYaml();
    void keystoneApplicationCredential();
    void unreachableGlance();
    void uploadStreamsFromDisk();
    void cancelledUploadLeavesNoImage();

private:
    PropertySet sampleProperties() const;

    QTemporaryDir m_dir;
    QString m_endpoint;
    QString m_store;
    QString m_image; // a small qcow2 "fixed image"
};

void TestGlanceUpload::initTestCase()
{
    const QString dir = qEnvironmentVariable("IMAGEPREP_GLANCE_DIR");
    QVERIFY2(!dir.isEmpty(), "IMAGEPREP_GLANCE_DIR is not set: run through ctest (fixture glance_server)");
    QFile endpoint(dir + s("/endpoint"));
    QVERIFY2(endpoint.open(QIODevice::ReadOnly), "the glance_server fixture did not start glance-api");
    m_endpoint = QString::fromUtf8(endpoint.readAll()).trimmed();
    m_store = dir + s("/images");
    QVERIFY(m_dir.isValid());
    m_image = m_dir.filePath(s("source.qcow2"));
    QVERIFY(runOk(s("qemu-img"), {s("create"), s("-f"), s("qcow2"), m_image, s("1G")}));
    QVERIFY(runOk(s("qemu-io"), {s("-f"), s("qcow2"), s("-c"), s("write -P 0x5a 0 3M"), s("-c"), s("write -P 0xa5 512M 1M"), m_image}));
}

PropertySet TestGlanceUpload::sampleProperties() const
{
    PropertySet p;
    p.set(s("os_type"), s("linux"), s("t"));
    p.set(s("os_distro"), s("debian"), s("t"));
    p.set(s("os_version"), s("12"), s("t"));
    p.set(s("architecture"), s("x86_64"), s("t"));
    p.set(s("hw_disk_bus"), s("virtio"), s("t"));
    p.set(s("hw_vif_model"), s("virtio"), s("t"));
    p.set(s("hw_firmware_type"), s("uefi"), s("t"));
    p.set(s("hw_machine_type"), s("q35"), s("t"));
    p.set(s("hw_qemu_guest_agent"), s("yes"), s("t"));
    p.set(s("os_require_quiesce"), s("yes"), s("t"));
    p.set(s("auto_disk_config"), s("False"), s("t"));
    p.set(s("cloud_init_installed"), s("True"), s("t"));
    p.set(s("min_ram"), s("512"), s("t"));
    p.set(s("container_format"), s("bare"), s("t"));
    return p;
}

void TestGlanceUpload::exportAndUpload()
{
    ExportOptions o;
    o.outputDir = m_dir.filePath(s("out"));
    o.baseName = s("fixed");
    o.imageName = s("imageprep test image");
    o.properties = sampleProperties();
    o.upload = true;
    o.uploadOptions.endpoint = m_endpoint;
    qint64 uploaded = 0;
    auto r = exportImage(ExportSource{m_image, s("qcow2")}, o, [&uploaded](qint64 done, qint64, const QString &what) {
        if (what == s("Uploading"))
            uploaded = std::max(uploaded, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + s("\n") + r.error().detail));
    qInfo("convert %lld ms, hash %lld ms, upload %lld ms for %lld bytes", r->convertMs, r->hashMs, r->uploadMs, r->imageBytes);
    QCOMPARE(uploaded, r->imageBytes);
    const UploadResult &up = r->upload;
    QVERIFY(!up.imageId.isEmpty());
    QCOMPARE(up.status, s("active"));
    QCOMPARE(up.checksum, r->md5);
    QCOMPARE(up.hashAlgo, s("sha512"));
    QCOMPARE(up.hashValue, r->sha512);
    QCOMPARE(up.size, r->imageBytes);

    // Read the record back in a fresh client: every property as we sent it.
    GlanceClient client(GlanceSession{m_endpoint, {}});
    auto image = client.getImage(up.imageId);
    QVERIFY(image.ok());
    QCOMPARE(image->value(s("name")).toString(), s("imageprep test image"));
    QCOMPARE(image->value(s("disk_format")).toString(), s("qcow2"));
    QCOMPARE(image->value(s("container_format")).toString(), s("bare"));
    QCOMPARE(image->value(s("min_disk")).toInt(), 1);
    QCOMPARE(image->value(s("min_ram")).toInt(), 512);
    for (const ImageProperty &p : sampleProperties().properties()) {
        if (p.key == s("min_ram") || p.key == s("container_format"))
            continue;
        QCOMPARE(image->value(p.key).toString(), p.value);
    }
    QCOMPARE(image->value(s("virtual_size")).toInteger(), qint64(1) << 30);
    // The stored bytes are the file's.
    QCOMPARE(fileHash(m_store + QLatin1Char('/') + up.imageId, QCryptographicHash::Sha256), r->sha256.toLatin1());
    QVERIFY(client.deleteImage(up.imageId).ok());
}

void TestGlanceUpload::reservedAttributeIsRefused()
{
    // Past our own validation (which refuses it first), Glance's answer must read well too.
    GlanceClient client(GlanceSession{m_endpoint, {}});
    auto r = client.createImage(R"({"name": "x", "disk_format": "raw", "container_format": "bare", "os_glance_foo": "1"})");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(s("403")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(s("Attribute 'os_glance_foo' is reserved")), qPrintable(r.error().message));
}

void TestGlanceUpload::schemaErrorIsExplained()
{
    GlanceClient client(GlanceSession{m_endpoint, {}});
    auto r = client.createImage(R"({"name": "x", "disk_format": "raw", "container_format": "bare", "min_disk": "3"})");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(s("400")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(s("'3' is not of type 'integer'")), qPrintable(r.error().message));
    // A custom property sent as a number instead of a string: Glance refuses it.
    auto n = client.createImage(R"({"name": "x", "disk_format": "raw", "container_format": "bare", "hw_video_ram": 64})");
    QVERIFY(!n.ok());
    QVERIFY2(n.error().message.contains(s("400")), qPrintable(n.error().message));
}

void TestGlanceUpload::secondUploadIsAConflict()
{
    GlanceClient client(GlanceSession{m_endpoint, {}});
    PropertySet p;
    p.set(s("disk_format"), s("qcow2"), s("t"));
    p.set(s("container_format"), s("bare"), s("t"));
    auto created = client.createImage(toGlanceCreateJson(p, s("twice")));
    QVERIFY(created.ok());
    const QString id = created->value(s("id")).toString();
    QVERIFY(client.uploadFile(id, m_image).ok());
    QVERIFY(client.waitForActive(id, 60000).ok());
    const Status again = client.uploadFile(id, m_image);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(s("409")), qPrintable(again.error().message));
    QVERIFY(client.deleteImage(id).ok());
    QVERIFY(!client.getImage(id).ok());
}

void TestGlanceUpload::keystonePasswordFromCloudsYaml()
{
    StubKeystone keystone(m_endpoint);
    QFile clouds(m_dir.filePath(s("clouds.yaml")));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    clouds.write(QStringLiteral("clouds:\n  stub:\n    region_name: RegionOne\n    auth:\n      auth_url: %1\n"
                                "      username: alice\n      password: pw\n      project_name: demo\n"
                                "      user_domain_name: Default\n      project_domain_name: Default\n")
                     .arg(keystone.url())
                     .toUtf8());
    clouds.close();

    UploadOptions o;
    o.cloudName = s("stub");
    o.cloudsYamlFiles = {clouds.fileName()};
    auto session = resolveGlanceSession(o);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session->token, s("stub-token-123"));
    QCOMPARE(session->endpoint, m_endpoint); // public, RegionOne, /v2/ stripped
    QCOMPARE(keystone.lastPath, QByteArray("/v3/auth/tokens"));
    const QJsonObject auth = keystone.lastAuth.value(s("auth")).toObject();
    QCOMPARE(auth.value(s("identity")).toObject().value(s("methods")).toArray(), QJsonArray{s("password")});
    const QJsonObject user = auth.value(s("identity")).toObject().value(s("password")).toObject().value(s("user")).toObject();
    QCOMPARE(user.value(s("name")).toString(), s("alice"));
    QCOMPARE(user.value(s("password")).toString(), s("pw"));
    QCOMPARE(auth.value(s("scope")).toObject().value(s("project")).toObject().value(s("name")).toString(), s("demo"));

    // The whole upload through the cloud: the token reaches Glance (which ignores it here).
    const auto d = hashFile(m_image);
    QVERIFY(d.ok());
    PropertySet p = sampleProperties();
    p.set(s("disk_format"), s("qcow2"), s("t"));
    auto up = uploadImage(o, p, s("via keystone"), m_image, d->md5, d->sha512);
    QVERIFY2(up.ok(), qPrintable(up.ok() ? QString() : up.error().message));
    QCOMPARE(up->status, s("active"));
    QCOMPARE(up->hashValue, d->sha512);
    QVERIFY(GlanceClient(session.value()).deleteImage(up->imageId).ok());
}

void TestGlanceUpload::keystoneApplicationCredential()
{
    StubKeystone keystone(m_endpoint);
    CloudConfig c;
    c.name = s("ac");
    c.authType = s("v3applicationcredential");
    c.authUrl = keystone.url().chopped(3); // without /v3: added
    c.applicationCredentialId = s("abc123");
    c.applicationCredentialSecret = s("sekrit");
    auto session = authenticate(c);
    QVERIFY(session.ok());
    const QJsonObject identity = keystone.lastAuth.value(s("auth")).toObject().value(s("identity")).toObject();
    QCOMPARE(identity.value(s("methods")).toArray(), QJsonArray{s("application_credential")});
    QCOMPARE(identity.value(s("application_credential")).toObject().value(s("id")).toString(), s("abc123"));
    QCOMPARE(identity.value(s("application_credential")).toObject().value(s("secret")).toString(), s("sekrit"));
    QVERIFY(!keystone.lastAuth.value(s("auth")).toObject().contains(s("scope")));

    c.regionName = s("Nowhere");
    auto none = authenticate(c);
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(s("Nowhere")));
}

void TestGlanceUpload::unreachableGlance()
{
    // A port nothing listens on: a transport error, not a hang.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    GlanceClient client(GlanceSession{s("http://127.0.0.1:%1").arg(port), {}});
    auto r = client.getImage(s("x"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
}

void TestGlanceUpload::uploadStreamsFromDisk()
{
    // 256 MiB of random data: were the body read whole, the peak would grow by that much.
    const QString big = m_dir.filePath(s("big.raw"));
    QVERIFY(runOk(s("dd"), {s("if=/dev/urandom"), s("of=") + big, s("bs=1M"), s("count=256"), s("status=none")}));
    const qint64 before = peakRssKiB();
    QVERIFY(before > 0);
    GlanceClient client(GlanceSession{m_endpoint, {}});
    PropertySet p;
    p.set(s("disk_format"), s("raw"), s("t"));
    p.set(s("container_format"), s("bare"), s("t"));
    auto created = client.createImage(toGlanceCreateJson(p, s("big")));
    QVERIFY(created.ok());
    const QString id = created->value(s("id")).toString();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.uploadFile(id, big).ok());
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const qint64 grown = peakRssKiB() - before;
    qInfo("256 MiB uploaded in %lld ms (%lld MiB/s); peak memory grew by %lld KiB", ms, 256 * 1000 / ms, grown);
    QVERIFY2(grown < 64 * 1024, qPrintable(QString::number(grown)));
    auto image = client.waitForActive(id, 60000);
    QVERIFY(image.ok());
    QCOMPARE(image->value(s("size")).toInteger(), qint64(256) << 20);
    QVERIFY(client.deleteImage(id).ok());
    QFile::remove(big);
}

void TestGlanceUpload::cancelledUploadLeavesNoImage()
{
    const QString file = m_dir.filePath(s("cancel.raw"));
    QVERIFY(runOk(s("dd"), {s("if=/dev/urandom"), s("of=") + file, s("bs=1M"), s("count=64"), s("status=none")}));
    PropertySet p;
    p.set(s("disk_format"), s("raw"), s("t"));
    p.set(s("container_format"), s("bare"), s("t"));
    UploadOptions o;
    o.endpoint = m_endpoint;
    std::atomic_bool cancel{false};
    // Cancel as soon as data flows, as the wizard's button or Ctrl-C would.
    auto r = uploadImage(o, p, s("cancel me"), file, {}, {}, [&cancel](qint64 done, qint64, const QString &what) {
        if (what == s("Uploading") && done > 0)
            cancel.store(true);
    }, &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY2(r.error().message.contains(s("deleted")), qPrintable(r.error().message));
    // Nothing named "cancel me" is left in Glance.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_endpoint + s("/v2/images?name=cancel%20me"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QJsonArray images = QJsonDocument::fromJson(reply->readAll()).object().value(s("images")).toArray();
    QCOMPARE(images.size(), 0);
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestGlanceUpload)
#include "tst_glanceupload.moc"
