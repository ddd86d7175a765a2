#pragma once
// CloudConfig: one cloud's credentials from clouds.yaml (and secure.yaml:
// $OS_CLIENT_SECURE_FILE or the first in the same folders), or from the
// OS_* variables when no cloud is named,
// found the way the OpenStack client finds them: ./clouds.yaml,
// $OS_CLIENT_CONFIG_FILE, ~/.config/openstack/, /etc/openstack/; the cloud
// name from --os-cloud or $OS_CLOUD. Only what Keystone v3 password and
// application-credential auth (or a bare endpoint + token) need.

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace imageprep {

struct CloudConfig {
    QString name;
    QString authType;          // "password" (default), "v3applicationcredential", "token", "none"
    QString authUrl;           // Keystone, e.g. https://keystone.example:5000/v3
    QString username, userId, password;
    QString userDomainName = QStringLiteral("Default"), userDomainId;
    QString projectName, projectId;
    QString projectDomainName = QStringLiteral("Default"), projectDomainId;
    QString applicationCredentialId, applicationCredentialName, applicationCredentialSecret;
    QString token;             // auth_type token/none with an endpoint
    QString regionName;
    QString interface = QStringLiteral("public");
    QString imageEndpointOverride; // image_endpoint_override: skip the catalog
    QString caCert;            // cacert
    bool verify = true;
};

// Search path for clouds.yaml in the client's order (existing files only).
QStringList cloudsYamlCandidates();

// Reads cloud `name` (empty: $OS_CLOUD) from the first clouds.yaml found in
// files (empty: cloudsYamlCandidates()), merged with secure.yaml next to it.
Result<CloudConfig> loadCloudConfig(const QString &name, const QStringList &files = {});

// Parses the YAML text of a clouds.yaml directly (tests).
Result<CloudConfig> parseCloudConfig(const QByteArray &yaml, const QString &name);

} // namespace imageprep
