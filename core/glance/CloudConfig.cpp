#include "glance/CloudConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace imageprep {

namespace {

struct CloudConfigText {
    Q_DECLARE_TR_FUNCTIONS(CloudConfig)
};

QString str(const YAML::Node &node, const char *key)
{
    const YAML::Node v = node[key];
    if (!v || !v.IsScalar())
        return {};
    return QString::fromStdString(v.as<std::string>());
}

// secure.yaml values win over clouds.yaml ones, key by key (as openstacksdk merges).
YAML::Node merge(const YAML::Node &base, const YAML::Node &over)
{
    if (!over || !over.IsMap() || !base || !base.IsMap())
        return over ? YAML::Clone(over) : YAML::Clone(base);
    YAML::Node out = YAML::Clone(base);
    for (const auto &kv : over) {
        const std::string key = kv.first.as<std::string>();
        out[key] = merge(base[key], kv.second);
    }
    return out;
}

// "publicURL", "internalURL", "adminURL" (Keystone v2 spellings) and any
// case mean the v3 interface names.
QString normalizeInterface(const QString &text)
{
    QString i = text.trimmed().toLower();
    if (i.endsWith(QLatin1String("url")))
        i.chop(3);
    return i;
}

// Where openstacksdk looks for secure.yaml: $OS_CLIENT_SECURE_FILE, then
// the same folders as for clouds.yaml; the first file found is used.
QString secureYamlPath(const QString &cloudsYaml)
{
    if (const QString env = qEnvironmentVariable("OS_CLIENT_SECURE_FILE"); !env.isEmpty())
        return env;
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    const QStringList candidates{QFileInfo(cloudsYaml).dir().filePath(QStringLiteral("secure.yaml")),
                                 QDir::current().filePath(QStringLiteral("secure.yaml")),
                                 config + QStringLiteral("/openstack/secure.yaml"), QStringLiteral("/etc/openstack/secure.yaml")};
    for (const QString &p : candidates) {
        if (QFileInfo(p).isFile())
            return p;
    }
    return {};
}

// A cloud from the OS_* variables alone (openstacksdk's "envvars" cloud).
YAML::Node cloudFromEnvironment()
{
    YAML::Node cloud;
    const auto put = [](YAML::Node node, const char *key, const char *var) {
        if (const QString v = qEnvironmentVariable(var); !v.isEmpty())
            node[key] = v.toStdString();
    };
    YAML::Node auth = cloud["auth"];
    put(auth, "auth_url", "OS_AUTH_URL");
    put(auth, "username", "OS_USERNAME");
    put(auth, "user_id", "OS_USER_ID");
    put(auth, "password", "OS_PASSWORD");
    put(auth, "project_name", "OS_PROJECT_NAME");
    put(auth, "tenant_name", "OS_TENANT_NAME");
    put(auth, "project_id", "OS_PROJECT_ID");
    put(auth, "tenant_id", "OS_TENANT_ID");
    put(auth, "user_domain_name", "OS_USER_DOMAIN_NAME");
    put(auth, "user_domain_id", "OS_USER_DOMAIN_ID");
    put(auth, "project_domain_name", "OS_PROJECT_DOMAIN_NAME");
    put(auth, "project_domain_id", "OS_PROJECT_DOMAIN_ID");
    put(auth, "domain_id", "OS_DOMAIN_ID");
    put(auth, "application_credential_id", "OS_APPLICATION_CREDENTIAL_ID");
    put(auth, "application_credential_name", "OS_APPLICATION_CREDENTIAL_NAME");
    put(auth, "application_credential_secret", "OS_APPLICATION_CREDENTIAL_SECRET");
    put(cloud, "auth_type", "OS_AUTH_TYPE");
    put(cloud, "region_name", "OS_REGION_NAME");
    put(cloud, "interface", "OS_INTERFACE");
    put(cloud, "endpoint_type", "OS_ENDPOINT_TYPE");
    put(cloud, "image_interface", "OS_IMAGE_INTERFACE");
    put(cloud, "cacert", "OS_CACERT");
    if (const QString insecure = qEnvironmentVariable("OS_INSECURE").toLower();
        insecure == QLatin1String("true") || insecure == QLatin1String("1") || insecure == QLatin1String("yes"))
        cloud["verify"] = "false";
    return cloud;
}

Result<YAML::Node> loadYaml(const QByteArray &text, const QString &origin)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        // yaml-cpp reports errors by exception; turn them into a value at this edge.
        return makeError(ErrorCode::Corrupt, CloudConfigText::tr("%1 is not valid YAML.").arg(origin), QString::fromStdString(e.what()));
    }
}

Result<CloudConfig> fromNode(const YAML::Node &cloud, const QString &name)
{
    CloudConfig c;
    c.name = name;
    const YAML::Node auth = cloud["auth"];
    c.authType = str(cloud, "auth_type");
    c.regionName = str(cloud, "region_name");
    // image_interface wins over interface for the image service, as in openstacksdk.
    for (const char *key : {"interface", "endpoint_type", "image_interface"}) {
        if (const QString i = str(cloud, key); !i.isEmpty())
            c.interface = normalizeInterface(i);
    }
    c.imageEndpointOverride = str(cloud, "image_endpoint_override");
    c.caCert = str(cloud, "cacert");
    if (const YAML::Node v = cloud["verify"]; v && v.IsScalar()) {
        const QString s = QString::fromStdString(v.as<std::string>()).toLower();
        c.verify = !(s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"));
    }
    if (auth && auth.IsMap()) {
        c.authUrl = str(auth, "auth_url");
        c.username = str(auth, "username");
        c.userId = str(auth, "user_id");
        c.password = str(auth, "password");
        c.projectName = str(auth, "project_name");
        if (c.projectName.isEmpty())
            c.projectName = str(auth, "tenant_name");
        c.projectId = str(auth, "project_id");
        if (c.projectId.isEmpty())
            c.projectId = str(auth, "tenant_id");
        c.applicationCredentialId = str(auth, "application_credential_id");
        c.applicationCredentialName = str(auth, "application_credential_name");
        c.applicationCredentialSecret = str(auth, "application_credential_secret");
        c.token = str(auth, "token");
        if (const QString d = str(auth, "user_domain_name"); !d.isEmpty())
            c.userDomainName = d;
        c.userDomainId = str(auth, "user_domain_id");
        if (const QString d = str(auth, "project_domain_name"); !d.isEmpty())
            c.projectDomainName = d;
        c.projectDomainId = str(auth, "project_domain_id");
        // domain_id/domain_name stand for both when the specific ones are absent.
        if (const QString d = str(auth, "domain_id"); !d.isEmpty()) {
            if (c.userDomainId.isEmpty())
                c.userDomainId = d;
            if (c.projectDomainId.isEmpty())
                c.projectDomainId = d;
        }
        if (c.imageEndpointOverride.isEmpty())
            c.imageEndpointOverride = str(auth, "endpoint");
    }
    if (c.authType.isEmpty())
        c.authType = c.applicationCredentialId.isEmpty() && c.applicationCredentialName.isEmpty()
                         ? QStringLiteral("password") : QStringLiteral("v3applicationcredential");
    if (c.authType == QLatin1String("v3password"))
        c.authType = QStringLiteral("password");
    if (c.authType == QLatin1String("v3token"))
        c.authType = QStringLiteral("token");
    if (c.authType == QLatin1String("none") || c.authType == QLatin1String("token")) {
        if (c.imageEndpointOverride.isEmpty() && c.authUrl.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             CloudConfigText::tr("Cloud \"%1\" uses auth_type %2 but gives no image_endpoint_override.").arg(name, c.authType));
        return c;
    }
    if (c.authType != QLatin1String("password") && c.authType != QLatin1String("v3applicationcredential"))
        return makeError(ErrorCode::InvalidArgument,
                         CloudConfigText::tr("Cloud \"%1\" uses auth_type %2; imageprep supports password and v3applicationcredential.")
                             .arg(name, c.authType));
    if (c.authUrl.isEmpty())
        return makeError(ErrorCode::InvalidArgument, CloudConfigText::tr("Cloud \"%1\" has no auth.auth_url.").arg(name));
    if (c.authType == QLatin1String("password") && ((c.username.isEmpty() && c.userId.isEmpty()) || c.password.isEmpty()))
        return makeError(ErrorCode::InvalidArgument,
                         CloudConfigText::tr("Cloud \"%1\" needs auth.username and auth.password (in clouds.yaml or secure.yaml).").arg(name));
    if (c.authType == QLatin1String("v3applicationcredential")
        && ((c.applicationCredentialId.isEmpty() && c.applicationCredentialName.isEmpty()) || c.applicationCredentialSecret.isEmpty()))
        return makeError(ErrorCode::InvalidArgument,
                         CloudConfigText::tr("Cloud \"%1\" needs application_credential_id and application_credential_secret.").arg(name));
    return c;
}

Result<CloudConfig> pick(const YAML::Node &root, const YAML::Node &secure, const QString &name, const QString &origin)
try {
    if (!root || !root.IsMap() || !root["clouds"] || !root["clouds"].IsMap())
        return makeError(ErrorCode::Corrupt, CloudConfigText::tr("%1 has no \"clouds\" mapping.").arg(origin));
    const std::string key = name.toStdString();
    const YAML::Node cloud = root["clouds"][key];
    if (!cloud) {
        QStringList known;
        for (const auto &kv : root["clouds"])
            known << QString::fromStdString(kv.first.as<std::string>());
        return makeError(ErrorCode::NotFound,
                         CloudConfigText::tr("Cloud \"%1\" is not in %2 (it has: %3).").arg(name, origin, known.join(QStringLiteral(", "))));
    }
    YAML::Node merged = cloud;
    if (secure && secure.IsMap() && secure["clouds"] && secure["clouds"][key])
        merged = merge(cloud, secure["clouds"][key]);
    return fromNode(merged, name);
} catch (const YAML::Exception &e) {
    // Any node of the wrong kind (a sequence as a cloud name, say; found by fuzz_cloudsyaml).
    return makeError(ErrorCode::Corrupt, CloudConfigText::tr("Cloud \"%1\" in %2 is malformed.").arg(name, origin), QString::fromStdString(e.what()));
}

} // namespace

QStringList cloudsYamlCandidates()
{
    QStringList paths;
    if (const QString env = qEnvironmentVariable("OS_CLIENT_CONFIG_FILE"); !env.isEmpty())
        paths << env;
    paths << QDir::current().filePath(QStringLiteral("clouds.yaml"));
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    paths << config + QStringLiteral("/openstack/clouds.yaml");
    paths << QStringLiteral("/etc/openstack/clouds.yaml");
    QStringList existing;
    for (const QString &p : paths) {
        if (QFileInfo(p).isFile() && !existing.contains(p))
            existing << p;
    }
    return existing;
}

Result<CloudConfig> parseCloudConfig(const QByteArray &yaml, const QString &name)
{
    auto root = loadYaml(yaml, QStringLiteral("clouds.yaml"));
    if (!root)
        return root.error();
    return pick(root.value(), YAML::Node(), name, QStringLiteral("clouds.yaml"));
}

Result<CloudConfig> loadCloudConfig(const QString &name, const QStringList &files)
{
    const QString cloud = name.isEmpty() ? qEnvironmentVariable("OS_CLOUD") : name;
    if (cloud.isEmpty() && !qEnvironmentVariable("OS_AUTH_URL").isEmpty()) {
        try {
            return fromNode(cloudFromEnvironment(), QStringLiteral("envvars"));
        } catch (const YAML::Exception &e) {
            return makeError(ErrorCode::Internal, CloudConfigText::tr("The OS_* variables could not be read."), QString::fromStdString(e.what()));
        }
    }
    if (cloud.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         CloudConfigText::tr("No cloud named: give --os-cloud NAME, set OS_CLOUD, or set OS_AUTH_URL and the other OS_* variables."));
    const QStringList candidates = files.isEmpty() ? cloudsYamlCandidates() : files;
    if (candidates.isEmpty())
        return makeError(ErrorCode::NotFound,
                         CloudConfigText::tr("No clouds.yaml found (looked in ./, ~/.config/openstack/, /etc/openstack/ and $OS_CLIENT_CONFIG_FILE)."));
    const QString path = candidates.first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, CloudConfigText::tr("Cannot read %1.").arg(path), f.errorString());
    auto root = loadYaml(f.read(1024 * 1024), path);
    if (!root)
        return root.error();
    YAML::Node secure;
    QFile sf(secureYamlPath(path));
    if (!sf.fileName().isEmpty() && sf.open(QIODevice::ReadOnly)) {
        auto s = loadYaml(sf.read(1024 * 1024), sf.fileName());
        if (!s)
            return s.error();
        secure = s.value();
    }
    return pick(root.value(), secure, cloud, path);
}

} // namespace imageprep
