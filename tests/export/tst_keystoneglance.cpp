// Upload through a real Keystone (scripts/keystone-test-server.sh, tokens
// that live KEYSTONE_TOKEN_EXPIRATION seconds) and two real glance-api
// behind keystonemiddleware: RegionOne takes the direct upload, RegionTwo
// only the interoperable import. Fixture keystone_glance starts all three.
#include "TestSupport.h"

#include "glance/GlanceClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString readLine(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

bool runOk(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestKeystoneGlance final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directUploadInRegionOne();
    void importOnlyGlanceUsesGlanceDirect();
    void importAskedFor();
    void failedImportIsReported();
    void failsEarly_data();
    void failsEarly();
    void firstRegionIsSaid();
    void nameTakenOrReplaced();
    void tokenIsRenewed();
    void environmentWithoutCloudsYaml();
    void secureFileAndPublicUrlSpelling();
    void cliFailsBeforeTheAppliance();

private:
    // clouds.yaml with one cloud "demo" (extra lines go under it) and its path.
    QString cloudsYaml(const QString &extra, const QString &password = QStringLiteral("demo-secret"));
    UploadOptions cloud(const QString &extra = {});
    PropertySet properties() const;

    QTemporaryDir m_dir;
    QString m_authUrl;
    QString m_image; // a small qcow2
    QString m_md5, m_sha512;
    int m_files = 0;
};

void TestKeystoneGlance::initTestCase()
{
    m_authUrl = readLine(qEnvironmentVariable("IMAGEPREP_KEYSTONE_DIR") + s("/auth_url"));
    QVERIFY2(!m_authUrl.isEmpty(), "the keystone_glance fixture did not start Keystone");
    QVERIFY(m_dir.isValid());
    m_image = m_dir.filePath(s("small.qcow2"));
    QVERIFY(runOk(s("qemu-img"), {s("create"), s("-f"), s("qcow2"), m_image, s("64M")}));
    QVERIFY(runOk(s("qemu-io"), {s("-f"), s("qcow2"), s("-c"), s("write -P 0x5a 0 2M"), m_image}));
    QFile f(m_image);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    m_md5 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    m_sha512 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex());
    qunsetenv("OS_CLOUD");
    qunsetenv("OS_AUTH_URL");
    qunsetenv("OS_CLIENT_SECURE_FILE");
}

QString TestKeystoneGlance::cloudsYaml(const QString &extra, const QString &password)
{
    const QString path = m_dir.filePath(s("clouds-%1.yaml").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(s("clouds:\n  demo:\n    auth:\n      auth_url: %1\n      username: demo\n%2"
              "      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n%3")
                .arg(m_authUrl, password.isEmpty() ? QString() : s("      password: %1\n").arg(password), extra)
                .toUtf8());
    return path;
}

UploadOptions TestKeystoneGlance::cloud(const QString &extra)
{
    UploadOptions o;
    o.cloudName = s("demo");
    o.cloudsYamlFiles = {cloudsYaml(extra)};
    return o;
}

PropertySet TestKeystoneGlance::properties() const
{
    PropertySet p;
    p.set(s("disk_format"), s("qcow2"), s("t"));
    p.set(s("container_format"), s("bare"), s("t"));
    p.set(s("os_distro"), s("debian"), s("t"));
    return p;
}

void TestKeystoneGlance::directUploadInRegionOne()
{
    const UploadOptions o = cloud(s("    region_name: RegionOne\n"));
    auto up = uploadImage(o, properties(), s("direct"), m_image, m_md5, m_sha512);
    QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().message + u' ' + up.error().detail));
    QCOMPARE(up->status, s("active"));
    QVERIFY(!up->imported);
    QCOMPARE(up->hashValue, m_sha512);
}

void TestKeystoneGlance::importOnlyGlanceUsesGlanceDirect()
{
    const UploadOptions o = cloud(s("    region_name: RegionTwo\n"));
    auto target = prepareUpload(o, s("imported"));
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message));
    QVERIFY(target->importMethods.contains(s("glance-direct")));
    QCOMPARE(target->session.region, s("RegionTwo"));
    // The direct upload is forbidden there: the plain client call says so ...
    {
        GlanceClient client(target->session);
        auto created = client.createImage(toGlanceCreateJson(properties(), s("forbidden")));
        QVERIFY(created.ok());
        const QString id = created->value(s("id")).toString();
        const Status put = client.uploadFile(id, m_image);
        QVERIFY(!put.ok());
        QVERIFY2(put.error().message.contains(s("403")), qPrintable(put.error().message));
        QVERIFY(client.deleteImage(id).ok());
    }
    // ... and the upload goes through the import instead.
    auto up = uploadImage(o, properties(), s("imported"), m_image, m_md5, m_sha512);
    QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().message));
    QVERIFY(up->imported);
    QCOMPARE(up->status, s("active"));
    QCOMPARE(up->checksum, m_md5);
    QCOMPARE(up->hashValue, m_sha512);
}

void TestKeystoneGlance::importAskedFor()
{
    UploadOptions o = cloud(s("    region_name: RegionOne\n"));
    o.method = UploadMethod::Import;
    auto up = uploadImage(o, properties(), s("asked-import"), m_image, m_md5, m_sha512);
    QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().message));
    QVERIFY(up->imported);
    QCOMPARE(up->hashValue, m_sha512);
}

void TestKeystoneGlance::failedImportIsReported()
{
    // The staged data vanishes before the import: Glance's import task fails,
    // and waiting for the image reports the task's message, not a timeout.
    auto target = prepareUpload(cloud(s("    region_name: RegionTwo\n")), {});
    QVERIFY(target.ok());
    GlanceClient client(target->session);
    auto created = client.createImage(toGlanceCreateJson(properties(), s("lost-stage")));
    QVERIFY(created.ok());
    const QString id = created->value(s("id")).toString();
    QVERIFY(client.stageFile(id, m_image).ok());
    const QString staged = qEnvironmentVariable("IMAGEPREP_GLANCE_IMPORT_DIR") + s("/staging/") + id;
    QVERIFY2(QFile::remove(staged), qPrintable(staged));
    QVERIFY(client.importImage(id, s("glance-direct")).ok());
    QElapsedTimer t;
    t.start();
    auto image = client.waitForActive(id, 60000);
    QVERIFY(!image.ok());
    qInfo("failed import reported after %lld ms: %s", t.elapsed(), qPrintable(image.error().message));
    QVERIFY2(image.error().message.contains(s("import of the image failed")), qPrintable(image.error().message));
    QVERIFY(client.deleteImage(id).ok());
}

void TestKeystoneGlance::failsEarly_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << QString() << s("wrong") << s("(401)");
    QTest::newRow("wrong region") << s("    region_name: RegionX\n") << s("demo-secret") << s("in region RegionX; it has one in: RegionOne, RegionTwo");
    QTest::newRow("missing endpoint") << s("    interface: admin\n") << s("demo-secret") << s("no admin image endpoint (only: public)");
}

void TestKeystoneGlance::failsEarly()
{
    QFETCH(QString, extra);
    QFETCH(QString, password);
    QFETCH(QString, message);
    UploadOptions o;
    o.cloudName = s("demo");
    o.cloudsYamlFiles = {cloudsYaml(extra, password)};
    QElapsedTimer t;
    t.start();
    auto target = prepareUpload(o, s("anything"));
    QVERIFY(!target.ok());
    QVERIFY2(target.error().message.contains(message), qPrintable(target.error().message));
    QVERIFY2(t.elapsed() < 10000, "preflight must take seconds");
}

void TestKeystoneGlance::firstRegionIsSaid()
{
    auto target = prepareUpload(cloud(), s("anything"));
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message));
    QCOMPARE(target->session.region, s("RegionOne"));
    QVERIFY2(target->session.notes.join(u' ').contains(s("using region RegionOne")), qPrintable(target->session.notes.join(u' ')));
}

void TestKeystoneGlance::nameTakenOrReplaced()
{
    UploadOptions o = cloud(s("    region_name: RegionOne\n"));
    auto first = uploadImage(o, properties(), s("taken"), m_image, m_md5, m_sha512);
    QVERIFY(first.ok());
    auto again = prepareUpload(o, s("taken"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(first->imageId), qPrintable(again.error().message));
    o.replace = true;
    auto second = uploadImage(o, properties(), s("taken"), m_image, m_md5, m_sha512);
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->replacedIds, QStringList{first->imageId});
    GlanceClient client(prepareUpload(o, {})->session);
    QCOMPARE(client.imagesNamed(s("taken"), {}).value(), QStringList{second->imageId});
}

void TestKeystoneGlance::tokenIsRenewed()
{
    auto target = prepareUpload(cloud(s("    region_name: RegionOne\n")), {});
    QVERIFY(target.ok());
    const GlanceSession session = target->session;
    QVERIFY(session.expiresAt.isValid() && session.issuedAt.isValid());
    const qint64 lifetime = session.issuedAt.secsTo(session.expiresAt);
    QVERIFY2(lifetime <= 30, "run through ctest: the fixture gives Keystone a short token lifetime");
    GlanceClient client(session);
    // Past the old token's end: a request must still pass, with a new token.
    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(session.expiresAt)) + 1000);
    auto formats = client.diskFormats();
    QVERIFY2(formats.ok(), qPrintable(formats ? QString() : formats.error().message));
    QCOMPARE(client.tokenRenewals(), 1);
    QVERIFY(client.session().token != session.token);
    QVERIFY(client.session().expiresAt > session.expiresAt);
    // A whole upload on the old, expired session renews by itself.
    UploadOptions o;
    o.target = target.value();
    auto up = uploadImage(o, properties(), s("renewed"), m_image, m_md5, m_sha512);
    QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().message));
}

void TestKeystoneGlance::environmentWithoutCloudsYaml()
{
    qputenv("OS_AUTH_URL", m_authUrl.toUtf8());
    qputenv("OS_USERNAME", "demo");
    qputenv("OS_PASSWORD", "demo-secret");
    qputenv("OS_PROJECT_NAME", "demo");
    qputenv("OS_USER_DOMAIN_NAME", "Default");
    qputenv("OS_PROJECT_DOMAIN_NAME", "Default");
    qputenv("OS_REGION_NAME", "RegionTwo");
    auto target = prepareUpload(UploadOptions{}, s("from-env"));
    for (const char *v : {"OS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD", "OS_PROJECT_NAME", "OS_USER_DOMAIN_NAME",
                          "OS_PROJECT_DOMAIN_NAME", "OS_REGION_NAME"})
        qunsetenv(v);
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message));
    QCOMPARE(target->session.region, s("RegionTwo"));
    QCOMPARE(target->session.cloud->name, s("envvars"));
}

void TestKeystoneGlance::secureFileAndPublicUrlSpelling()
{
    const QString secure = m_dir.filePath(s("elsewhere-secure.yaml"));
    {
        QFile f(secure);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("clouds:\n  demo:\n    auth:\n      password: demo-secret\n");
    }
    UploadOptions o;
    o.cloudName = s("demo");
    o.cloudsYamlFiles = {cloudsYaml(s("    interface: publicURL\n    image_interface: publicURL\n"), QString())};
    qputenv("OS_CLIENT_SECURE_FILE", secure.toUtf8());
    auto target = prepareUpload(o, s("secure"));
    qunsetenv("OS_CLIENT_SECURE_FILE");
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message));
    QCOMPARE(target->session.cloud->interface, s("public"));
}

void TestKeystoneGlance::cliFailsBeforeTheAppliance()
{
    // Not even a disk image: the credentials are refused before it is opened.
    const QString input = m_dir.filePath(s("not-opened.qcow2"));
    QVERIFY(runOk(s("qemu-img"), {s("create"), s("-f"), s("qcow2"), input, s("1G")}));
    const QString out = m_dir.filePath(s("never-written"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("OS_CLIENT_CONFIG_FILE"), cloudsYaml({}, s("wrong")));
    QElapsedTimer t;
    t.start();
    const CliRun r = runCli({s("export"), input, s("-o"), out, s("--upload"), s("--os-cloud"), s("demo")}, env, 60000);
    qInfo("wrong password refused after %lld ms", t.elapsed());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(s("Keystone refused the credentials")), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(t.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestKeystoneGlance)
#include "tst_keystoneglance.moc"
