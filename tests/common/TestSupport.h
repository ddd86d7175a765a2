#pragma once
// Helpers shared by the integration tests: fixture paths, hashes, running
// the built command line, and waiting on a Session with a checked timeout.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtEndian>

namespace imageprep::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(IMAGEPREP_FIXTURE_DIR "/") + name;
}

// Hex digest of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString &path, QCryptographicHash::Algorithm algo)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(algo);
    h.addData(&f);
    return h.result().toHex();
}

inline QByteArray sha256(const QString &path)
{
    return fileHash(path, QCryptographicHash::Sha256);
}

// An SSH wire-format string (RFC 4251): 32-bit big-endian length, then the
// bytes; tests build key blobs from them.
inline QByteArray sshString(const QByteArray &s)
{
    QByteArray len(4, '\0');
    qToBigEndian<quint32>(quint32(s.size()), len.data());
    return len + s;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 10 * 60 * 1000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMAGEPREP_CLI), args);
    CliRun r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "imageprep-cli did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace imageprep::test
