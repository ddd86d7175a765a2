#pragma once
// Baked credentials: what an image would hand to every instance started from
// it (SSH keys, known hosts, .netrc, cloud and registry credentials, login
// passwords). A pure scan over a GuestFiles view: findings name a path, the
// owner, the kind and a fingerprint, never the secret itself. Links are never
// followed out of the guest, and only small regular files are read.

#include <QList>
#include <QString>
#include <QStringList>

namespace imageprep {

class GuestFiles;

enum class CredentialKind {
    AuthorizedKeys, // ~/.ssh/authorized_keys(2): keys that log in to every instance
    PrivateKey,     // id_* or any file that parses as a private key
    KnownHosts,     // ~/.ssh/known_hosts: the builder's hosts
    Netrc,          // ~/.netrc with a password
    AwsCredentials, // ~/.aws/credentials
    CloudsYaml,     // clouds.yaml / secure.yaml with a password
    DockerAuth,     // ~/.docker/config.json with auths
    UserPassword,   // a non-root login user with a usable password in /etc/shadow
};

// Stable machine name ("authorized-keys", "private-key", ...) and a translated word.
QString toString(CredentialKind kind);
QString credentialKindWord(CredentialKind kind);

struct CredentialFinding {
    CredentialKind kind = CredentialKind::PrivateKey;
    QString path;        // guest path of the file (/etc/shadow for passwords)
    int line = 0;        // /etc/shadow line for passwords, else 0
    QString owner;       // user name (or uid when not in /etc/passwd)
    QString user;        // UserPassword: the user whose password it is
    QString fingerprint; // "SHA256:..." of the key blob(s) or the file; empty for passwords
    int count = 0;       // keys, hosts, entries in the file
};

// Everything found, in path order; files that could not be read are noted in
// the GuestFiles failure log by the reads themselves.
QList<CredentialFinding> scanBakedCredentials(const GuestFiles &files);

// OpenSSH-style fingerprint ("SHA256:" + unpadded base64) of a key blob.
QString sshFingerprint(const QByteArray &blob);
// The public-key blobs of an authorized_keys / known_hosts text (options and comments skipped).
QList<QByteArray> publicKeyBlobs(const QByteArray &text);
// True when text starts like a PEM or OpenSSH private key.
bool looksLikePrivateKey(const QByteArray &text);
// The public blob inside an "openssh-key-v1" private key (unencrypted part), or empty.
QByteArray opensshPublicBlob(const QByteArray &pemText);

} // namespace imageprep
