// The baked-credentials scan. Why each rule: authorized_keys let the image's
// builder into every instance; private keys and known_hosts leak the build
// host's trust; .netrc, cloud and registry files carry passwords and tokens;
// a login user's password is the same on every instance.
#include "checks/BakedCredentials.h"

#include "guest/GuestFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace imageprep {

namespace {

class CredentialText {
    Q_DECLARE_TR_FUNCTIONS(CredentialText)
};

// A private key is a few KiB; anything larger is not read at all.
constexpr qint64 MaxCredentialFile = 64 * 1024;
// Bounds of the walk for files that parse as private keys.
constexpr int MaxWalkDepth = 4;
constexpr int MaxWalkEntries = 2000;

struct PasswdEntry {
    QString name;
    uint uid = 0;
    QString home;
    QString shell;
};

QList<PasswdEntry> readPasswd(const GuestFiles &files)
{
    QList<PasswdEntry> out;
    const QStringList lines = files.readText(QStringLiteral("/etc/passwd")).split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        const QStringList f = l.split(QLatin1Char(':'));
        if (f.size() < 7 || f.at(0).isEmpty() || f.at(0).startsWith(QLatin1Char('#')))
            continue;
        bool ok = false;
        const uint uid = f.at(2).toUInt(&ok);
        if (ok)
            out << PasswdEntry{f.at(0), uid, f.at(5), f.at(6).trimmed()};
    }
    return out;
}

bool isLoginShell(const QString &shell)
{
    static const QStringList noLogin{QStringLiteral("nologin"), QStringLiteral("false"), QStringLiteral("sync"),
                                     QStringLiteral("halt"), QStringLiteral("shutdown")};
    const QString base = shell.section(QLatin1Char('/'), -1);
    return !noLogin.contains(base);
}

int countMatches(const QRegularExpression &re, const QByteArray &content)
{
    int n = 0;
    for (auto it = re.globalMatch(QString::fromUtf8(content)); it.hasNext(); it.next())
        ++n;
    return n;
}

QString fileFingerprint(const QByteArray &content)
{
    return sshFingerprint(content);
}

struct Scanner {
    const GuestFiles &files;
    QHash<uint, QString> names;
    QList<CredentialFinding> found;
    QSet<QString> seen;

    QString owner(uint uid) const { return names.value(uid, QString::number(uid)); }

    // Regular file content, read symlink-safely and bounded; nullopt otherwise.
    // A credential file named by its path (not one found by the walk) that is
    // over the limit is reported as oversizedKind instead of being read.
    std::optional<QByteArray> small(const QString &path, QString *real, std::optional<CredentialKind> oversizedKind = std::nullopt)
    {
        if (seen.contains(path))
            return std::nullopt;
        const GuestStat st = files.lstat(path);
        if (st.type == GuestStat::Type::Missing)
            return std::nullopt;
        const auto resolved = files.resolve(path); // a loop or an escape is noted, never followed
        if (!resolved)
            return std::nullopt;
        const GuestStat target = files.lstat(*resolved);
        if (target.type != GuestStat::Type::Regular)
            return std::nullopt;
        if (target.size > MaxCredentialFile) {
            // Too large to read safely, and too dangerous to pass unseen.
            if (oversizedKind)
                found << CredentialFinding{*oversizedKind, *resolved, 0, owner(target.uid), {},
                                           CredentialText::tr("not read: %1 bytes").arg(target.size), 0};
            seen.insert(*resolved);
            return std::nullopt;
        }
        const GuestRead r = files.read(*resolved, MaxCredentialFile);
        if (!r.ok())
            return std::nullopt;
        *real = *resolved;
        return r.content;
    }

    void add(CredentialKind kind, const QString &path, const QByteArray &content, int count, QString fingerprint = {})
    {
        if (seen.contains(path))
            return;
        seen.insert(path);
        if (fingerprint.isEmpty())
            fingerprint = fileFingerprint(content);
        found << CredentialFinding{kind, path, 0, owner(files.lstat(path).uid), {}, fingerprint, count};
    }

    void keysFile(const QString &path, CredentialKind kind)
    {
        QString real;
        const auto content = small(path, &real, kind);
        if (!content)
            return;
        const QList<QByteArray> blobs = publicKeyBlobs(*content);
        if (blobs.isEmpty())
            return;
        QStringList prints;
        for (const QByteArray &b : blobs)
            prints << sshFingerprint(b);
        add(kind, real, *content, static_cast<int>(blobs.size()), prints.join(QLatin1Char(' ')));
    }

    void privateKey(const QString &path)
    {
        QString real;
        const auto content = small(path, &real, CredentialKind::PrivateKey);
        if (!content || !looksLikePrivateKey(*content))
            return;
        const QByteArray pub = opensshPublicBlob(*content);
        add(CredentialKind::PrivateKey, real, *content, 1, pub.isEmpty() ? fileFingerprint(*content) : sshFingerprint(pub));
    }

    void matching(const QString &path, CredentialKind kind, const std::function<int(const QByteArray &)> &count)
    {
        QString real;
        const auto content = small(path, &real, kind);
        if (!content)
            return;
        const int n = count(*content);
        if (n > 0)
            add(kind, real, *content, n);
    }

    // Files under dir that parse as private keys; directories are entered only
    // when lstat says directory (a link is never entered), within bounds.
    void walk(const QString &dir, int depth, int *budget)
    {
        if (depth > MaxWalkDepth)
            return;
        for (const QString &name : files.list(dir)) {
            if (--*budget < 0)
                return;
            const QString path = dir + QLatin1Char('/') + name;
            const GuestStat st = files.lstat(path);
            if (st.type == GuestStat::Type::Directory) {
                walk(path, depth + 1, budget);
            } else if (st.type == GuestStat::Type::Regular && st.size > 0 && st.size <= MaxCredentialFile
                       && !name.endsWith(QLatin1String(".pub"))) {
                if (looksLikePrivateKey(files.readBytes(path, 64)))
                    privateKey(path);
            }
        }
    }

    void home(const QString &dir)
    {
        keysFile(dir + QStringLiteral("/.ssh/authorized_keys"), CredentialKind::AuthorizedKeys);
        keysFile(dir + QStringLiteral("/.ssh/authorized_keys2"), CredentialKind::AuthorizedKeys);
        matching(dir + QStringLiteral("/.ssh/known_hosts"), CredentialKind::KnownHosts, [](const QByteArray &c) {
            int n = 0;
            for (const QByteArray &l : c.split('\n'))
                n += (!l.trimmed().isEmpty() && !l.trimmed().startsWith('#')) ? 1 : 0;
            return n;
        });
        for (const QString &id : files.glob(dir + QStringLiteral("/.ssh"), QStringLiteral("id_*"))) {
            if (!id.endsWith(QLatin1String(".pub")))
                privateKey(id);
        }
        matching(dir + QStringLiteral("/.netrc"), CredentialKind::Netrc, [](const QByteArray &c) {
            static const QRegularExpression pw(QStringLiteral("(^|\\s)password\\s+\\S"));
            return countMatches(pw, c);
        });
        matching(dir + QStringLiteral("/.aws/credentials"), CredentialKind::AwsCredentials, [](const QByteArray &c) {
            static const QRegularExpression key(QStringLiteral("^\\s*aws_(secret_access_key|session_token)\\s*=\\s*\\S"),
                                                QRegularExpression::MultilineOption);
            return countMatches(key, c);
        });
        for (const QString &f : {QStringLiteral("/.config/openstack/clouds.yaml"), QStringLiteral("/.config/openstack/secure.yaml")})
            cloudsYaml(dir + f);
        matching(dir + QStringLiteral("/.docker/config.json"), CredentialKind::DockerAuth, &dockerAuths);
        int budget = MaxWalkEntries;
        walk(dir, 0, &budget);
    }

    void cloudsYaml(const QString &path)
    {
        matching(path, CredentialKind::CloudsYaml, [](const QByteArray &c) {
            static const QRegularExpression pw(QStringLiteral("^\\s*(password|application_credential_secret|token)\\s*:\\s*[^\\s#]"),
                                               QRegularExpression::MultilineOption);
            return countMatches(pw, c);
        });
    }

    static int dockerAuths(const QByteArray &c)
    {
        const QJsonObject auths = QJsonDocument::fromJson(c).object().value(QStringLiteral("auths")).toObject();
        int n = 0;
        for (auto it = auths.begin(); it != auths.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            if (!e.value(QStringLiteral("auth")).toString().isEmpty() || !e.value(QStringLiteral("identitytoken")).toString().isEmpty())
                ++n;
        }
        return n;
    }

    void shadow(const QList<PasswdEntry> &users)
    {
        QHash<QString, const PasswdEntry *> byName;
        for (const PasswdEntry &u : users)
            byName.insert(u.name, &u);
        const QString path = QStringLiteral("/etc/shadow");
        const QList<QByteArray> lines = files.read(path, 1024 * 1024).content.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).split(':');
            if (f.size() < 2)
                continue;
            const QString name = QString::fromUtf8(f.at(0));
            const PasswdEntry *u = byName.value(name);
            if (!u || u->uid == 0 || !isLoginShell(u->shell))
                continue;
            const QByteArray hash = f.at(1);
            if (hash.startsWith('!') || hash.startsWith('*'))
                continue;
            found << CredentialFinding{CredentialKind::UserPassword, path, i + 1, owner(0), name, {}, hash.isEmpty() ? 0 : 1};
        }
    }
};

} // namespace

QString toString(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AuthorizedKeys: return QStringLiteral("authorized-keys");
    case CredentialKind::PrivateKey: return QStringLiteral("private-key");
    case CredentialKind::KnownHosts: return QStringLiteral("known-hosts");
    case CredentialKind::Netrc: return QStringLiteral("netrc");
    case CredentialKind::AwsCredentials: return QStringLiteral("aws-credentials");
    case CredentialKind::CloudsYaml: return QStringLiteral("clouds-yaml");
    case CredentialKind::DockerAuth: return QStringLiteral("docker-auth");
    case CredentialKind::UserPassword: return QStringLiteral("user-password");
    }
    return {};
}

QString credentialKindWord(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AuthorizedKeys: return CredentialText::tr("authorized SSH keys");
    case CredentialKind::PrivateKey: return CredentialText::tr("private key");
    case CredentialKind::KnownHosts: return CredentialText::tr("known SSH hosts");
    case CredentialKind::Netrc: return CredentialText::tr(".netrc password");
    case CredentialKind::AwsCredentials: return CredentialText::tr("AWS credentials");
    case CredentialKind::CloudsYaml: return CredentialText::tr("OpenStack cloud password");
    case CredentialKind::DockerAuth: return CredentialText::tr("container registry login");
    case CredentialKind::UserPassword: return CredentialText::tr("login password");
    }
    return {};
}

QString sshFingerprint(const QByteArray &blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QList<QByteArray> publicKeyBlobs(const QByteArray &text)
{
    // A key is the base64 field after a type field (ssh-*, ecdsa-*, sk-*);
    // options before it and a comment after it are skipped.
    static const QRegularExpression type(QStringLiteral("^(ssh-|ecdsa-|sk-)[A-Za-z0-9@._-]+$"));
    QList<QByteArray> out;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        for (int i = 0; i + 1 < fields.size(); ++i) {
            if (!type.match(QString::fromLatin1(fields.at(i))).hasMatch())
                continue;
            const auto blob = QByteArray::fromBase64Encoding(fields.at(i + 1), QByteArray::AbortOnBase64DecodingErrors);
            if (blob && !blob.decoded.isEmpty())
                out << blob.decoded;
            break;
        }
    }
    return out;
}

bool looksLikePrivateKey(const QByteArray &text)
{
    static const QRegularExpression header(QStringLiteral("^-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----"));
    return header.match(QString::fromLatin1(text.left(64).trimmed())).hasMatch();
}

QByteArray opensshPublicBlob(const QByteArray &pemText)
{
    const QByteArray begin("-----BEGIN OPENSSH PRIVATE KEY-----");
    const qsizetype b = pemText.indexOf(begin);
    const qsizetype e = pemText.indexOf("-----END OPENSSH PRIVATE KEY-----");
    if (b < 0 || e <= b)
        return {};
    const QByteArray body = QByteArray::fromBase64(pemText.mid(b + begin.size(), e - b - begin.size()).simplified().replace(' ', ""));
    const QByteArray magic("openssh-key-v1", 15); // with its NUL
    if (!body.startsWith(magic))
        return {};
    qsizetype pos = magic.size();
    const auto u32 = [&](quint32 *v) {
        if (pos + 4 > body.size())
            return false;
        *v = (quint32(quint8(body[pos])) << 24) | (quint32(quint8(body[pos + 1])) << 16) | (quint32(quint8(body[pos + 2])) << 8)
            | quint32(quint8(body[pos + 3]));
        pos += 4;
        return true;
    };
    const auto string = [&](QByteArray *s) {
        quint32 n = 0;
        if (!u32(&n) || n > quint32(body.size() - pos))
            return false;
        *s = body.mid(pos, n);
        pos += n;
        return true;
    };
    QByteArray cipher, kdf, kdfOptions, pub;
    quint32 count = 0;
    if (!string(&cipher) || !string(&kdf) || !string(&kdfOptions) || !u32(&count) || count < 1 || !string(&pub))
        return {};
    return pub;
}

QList<CredentialFinding> scanBakedCredentials(const GuestFiles &files)
{
    Scanner s{files, {}, {}, {}};
    const QList<PasswdEntry> users = readPasswd(files);
    QStringList homes{QStringLiteral("/root")};
    for (const PasswdEntry &u : users) {
        s.names.insert(u.uid, u.name);
        if (u.home.startsWith(QLatin1Char('/')) && u.home != QLatin1String("/") && (u.uid == 0 || u.uid >= 1000 || isLoginShell(u.shell)))
            homes << cleanGuestPath(u.home);
    }
    // /home itself may be a link (or a loop, which resolve() notes: never a pass).
    if (const auto home = files.resolve(QStringLiteral("/home")); home && files.lstat(*home).type == GuestStat::Type::Directory) {
        for (const QString &d : files.list(*home))
            homes << *home + QLatin1Char('/') + d;
    }
    QStringList resolved;
    for (const QString &h : std::as_const(homes)) {
        // A home that is a link is followed only inside the guest, then walked once.
        const auto real = files.resolve(h);
        if (real && files.lstat(*real).type == GuestStat::Type::Directory && *real != QLatin1String("/") && !resolved.contains(*real))
            resolved << *real;
    }
    for (const QString &h : std::as_const(resolved))
        s.home(h);
    for (const QString &f : {QStringLiteral("/etc/openstack/clouds.yaml"), QStringLiteral("/etc/openstack/secure.yaml")})
        s.cloudsYaml(f);
    s.shadow(users);
    std::stable_sort(s.found.begin(), s.found.end(), [](const CredentialFinding &a, const CredentialFinding &b) {
        return a.path < b.path;
    });
    return s.found;
}

} // namespace imageprep
