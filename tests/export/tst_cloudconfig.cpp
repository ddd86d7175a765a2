// clouds.yaml: password and application-credential clouds, secure.yaml
// merging, OS_CLOUD, and refusals that name what is missing.
#include "glance/CloudConfig.h"
#include "glance/GlanceClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray CloudsYaml = R"(clouds:
  lab:
    auth:
      auth_url: https://keystone.lab.example:5000
      username: alice
      password: "s3cret: with colon"
      project_name: images
      user_domain_name: LabUsers
      project_domain_id: 4a7c
    region_name: RegionTwo
    interface: internal
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.example/v3/
      application_credential_id: 21dced0fd20347869b93710d2b98aae0
      application_credential_secret: topsecret
  nosecret:
    auth:
      auth_url: https://keystone.example/v3
      username: bob
      project_name: p
  local:
    auth_type: none
    image_endpoint_override: http://127.0.0.1:9292/v2/
  ldap:
    auth_type: v3oidcpassword
    auth:
      auth_url: https://keystone.example/v3
)";

} // namespace

class TestCloudConfig final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void passwordCloud();
    void applicationCredentialCloud();
    void endpointOnlyCloud();
    void refusals_data();
    void refusals();
    void secureYamlAndOsCloud();
    void interfaceSpellings_data();
    void interfaceSpellings();
    void osVariablesWithoutCloudsYaml();
    void glanceErrorMessages_data();
    void glanceErrorMessages();
};

void TestCloudConfig::passwordCloud()
{
    auto c = parseCloudConfig(CloudsYaml, s("lab"));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->authType, s("password"));
    QCOMPARE(c->authUrl, s("https://keystone.lab.example:5000"));
    QCOMPARE(c->username, s("alice"));
    QCOMPARE(c->password, s("s3cret: with colon"));
    QCOMPARE(c->projectName, s("images"));
    QCOMPARE(c->userDomainName, s("LabUsers"));
    QCOMPARE(c->projectDomainName, s("Default"));
    QCOMPARE(c->projectDomainId, s("4a7c"));
    QCOMPARE(c->regionName, s("RegionTwo"));
    QCOMPARE(c->interface, s("internal"));
}

void TestCloudConfig::applicationCredentialCloud()
{
    auto c = parseCloudConfig(CloudsYaml, s("appcred"));
    QVERIFY(c.ok());
    QCOMPARE(c->authType, s("v3applicationcredential"));
    QCOMPARE(c->applicationCredentialId, s("21dced0fd20347869b93710d2b98aae0"));
    QCOMPARE(c->applicationCredentialSecret, s("topsecret"));
    QCOMPARE(c->interface, s("public"));
}

void TestCloudConfig::endpointOnlyCloud()
{
    auto c = parseCloudConfig(CloudsYaml, s("local"));
    QVERIFY(c.ok());
    // No Keystone: authenticate() returns the override, normalised without /v2.
    auto session = authenticate(c.value());
    QVERIFY(session.ok());
    QCOMPARE(session->endpoint, s("http://127.0.0.1:9292"));
    QVERIFY(session->token.isEmpty());
}

void TestCloudConfig::refusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown cloud lists the known ones") << CloudsYaml << s("prod") << s("lab, appcred");
    QTest::newRow("password missing") << CloudsYaml << s("nosecret") << s("password");
    QTest::newRow("unsupported auth type") << CloudsYaml << s("ldap") << s("v3oidcpassword");
    QTest::newRow("not YAML") << QByteArray("clouds: [unclosed") << s("lab") << s("YAML");
    QTest::newRow("no clouds mapping") << QByteArray("other: 1\n") << s("lab") << s("clouds");
}

void TestCloudConfig::refusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, cloud);
    QFETCH(QString, mentions);
    auto c = parseCloudConfig(yaml, cloud);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

void TestCloudConfig::secureYamlAndOsCloud()
{
    QTemporaryDir dir;
    QFile clouds(dir.filePath(s("clouds.yaml")));
    QVERIFY(clouds.open(QIODevice::WriteOnly));
    clouds.write(CloudsYaml);
    clouds.close();
    QFile secure(dir.filePath(s("secure.yaml")));
    QVERIFY(secure.open(QIODevice::WriteOnly));
    secure.write("clouds:\n  nosecret:\n    auth:\n      password: from-secure\n");
    secure.close();

    auto c = loadCloudConfig(s("nosecret"), {clouds.fileName()});
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->password, s("from-secure"));
    QCOMPARE(c->username, s("bob")); // kept from clouds.yaml

    qputenv("OS_CLOUD", "appcred");
    auto fromEnv = loadCloudConfig(QString(), {clouds.fileName()});
    qunsetenv("OS_CLOUD");
    QVERIFY(fromEnv.ok());
    QCOMPARE(fromEnv->name, s("appcred"));

    auto none = loadCloudConfig(QString(), {clouds.fileName()});
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(s("OS_CLOUD")));

    // OS_CLIENT_CONFIG_FILE is searched first.
    qputenv("OS_CLIENT_CONFIG_FILE", clouds.fileName().toLocal8Bit());
    const QStringList candidates = cloudsYamlCandidates();
    qunsetenv("OS_CLIENT_CONFIG_FILE");
    QCOMPARE(candidates.value(0), clouds.fileName());
}

void TestCloudConfig::interfaceSpellings_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("interface");
    QTest::newRow("default") << QByteArray() << s("public");
    QTest::newRow("publicURL") << QByteArray("    interface: publicURL\n") << s("public");
    QTest::newRow("internalURL") << QByteArray("    endpoint_type: internalURL\n") << s("internal");
    QTest::newRow("image_interface wins")
        << QByteArray("    interface: public\n    image_interface: adminURL\n") << s("admin");
}

void TestCloudConfig::interfaceSpellings()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, interface);
    const QByteArray yaml = "clouds:\n  c:\n    auth:\n      auth_url: https://k/v3\n      username: u\n      password: p\n" + lines;
    auto c = parseCloudConfig(yaml, s("c"));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->interface, interface);
}

void TestCloudConfig::osVariablesWithoutCloudsYaml()
{
    const QList<QPair<const char *, QByteArray>> vars{
        {"OS_AUTH_URL", "https://keystone.example:5000/v3"}, {"OS_USERNAME", "alice"}, {"OS_PASSWORD", "pw"},
        {"OS_PROJECT_NAME", "lab"}, {"OS_USER_DOMAIN_NAME", "Users"}, {"OS_REGION_NAME", "RegionTwo"},
        {"OS_INTERFACE", "internalURL"}, {"OS_CACERT", "/etc/ssl/cloud.pem"}, {"OS_INSECURE", "true"}};
    for (const auto &v : vars)
        qputenv(v.first, v.second);
    auto c = loadCloudConfig(QString(), {s("/nonexistent/clouds.yaml")});
    for (const auto &v : vars)
        qunsetenv(v.first);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->name, s("envvars"));
    QCOMPARE(c->authUrl, s("https://keystone.example:5000/v3"));
    QCOMPARE(c->username, s("alice"));
    QCOMPARE(c->projectName, s("lab"));
    QCOMPARE(c->userDomainName, s("Users"));
    QCOMPARE(c->regionName, s("RegionTwo"));
    QCOMPARE(c->interface, s("internal"));
    QCOMPARE(c->caCert, s("/etc/ssl/cloud.pem"));
    QVERIFY(!c->verify);
}

void TestCloudConfig::glanceErrorMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    // Bodies as glance-api 25 (Zed) sends them.
    QTest::newRow("403 reserved attribute, JSON") << 403
        << QByteArray(R"({"message": "Access was denied to this resource.<br /><br />\nAttribute 'os_glance_foo' is reserved.\n\n", "code": "403 Forbidden", "title": "Forbidden"})")
        << s("Attribute 'os_glance_foo' is reserved.");
    QTest::newRow("400 schema error, HTML") << 400
        << QByteArray("<html>\n <head>\n  <title>400 Bad Request</title>\n </head>\n <body>\n  <h1>400 Bad Request</h1>\n"
                      "  Provided object does not match schema &#x27;image&#x27;: &#x27;3&#x27; is not of type &#x27;integer&#x27;\n\n"
                      "Failed validating &#x27;type&#x27; in schema\n<br /><br />\n </body>\n</html>")
        << s("Provided object does not match schema 'image': '3' is not of type 'integer'");
    QTest::newRow("409 conflict") << 409 << QByteArray(R"({"message": "Image status transition from active to saving is not allowed<br /><br />\n\n\n", "code": "409 Conflict", "title": "Conflict"})")
                                  << s("not allowed");
    QTest::newRow("413 quota") << 413 << QByteArray() << s("quota");
}

void TestCloudConfig::glanceErrorMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QString m = glanceErrorMessage(status, body);
    QVERIFY2(m.contains(mentions), qPrintable(m));
    QVERIFY2(!m.contains(QLatin1Char('<')) && !m.contains(s("&#x27;")), qPrintable(m));
    QVERIFY2(!m.contains(s("Failed validating")), qPrintable(m));
}

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
