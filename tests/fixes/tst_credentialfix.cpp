// no-baked-credentials end to end on the generated Debian guest: a user's
// authorized key, root's private key and a user's .netrc are planted (one
// guestfish launch on a copy), the default `fix` removes them, and the
// written image has none of them; the plan's preview never shows a secret.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep::test;

namespace {

const QByteArray Secret = "n3tRc-s3cret";

// Runs a guestfish script on image; returns its stdout, or fails the test.
QByteArray guestfish(const QStringList &args, const QByteArray &script)
{
    QProcess p;
    p.start(QStringLiteral("guestfish"), args);
    if (!p.waitForStarted())
        return "guestfish did not start";
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(10 * 60 * 1000))
        return "guestfish did not finish";
    return p.readAllStandardOutput() + (p.exitCode() == 0 ? QByteArray() : "\nguestfish failed: " + p.readAllStandardError());
}

} // namespace

class TestCredentialFix final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultFixRemovesPlantedCredentials()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("planted.qcow2"));
        const QString out = dir.filePath(QStringLiteral("fixed.qcow2"));
        // A copy: the command line takes self-contained images, not overlays.
        QVERIFY(QFile::copy(fixture(QStringLiteral("debian.qcow2")), in));
        QVERIFY(QFile::setPermissions(in, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray blob = sshString("ssh-ed25519") + sshString(QByteArray(32, 'k'));
        const QByteArray planted = guestfish(
            {QStringLiteral("-a"), in, QStringLiteral("-i")},
            "mkdir-p /home/alice/.ssh\n"
            "write /home/alice/.ssh/authorized_keys \"ssh-ed25519 " + blob.toBase64() + " alice@builder\\n\"\n"
            "mkdir-p /root/.ssh\n"
            "write /root/.ssh/id_ed25519 \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjE=\\n-----END OPENSSH PRIVATE KEY-----\\n\"\n"
            "write /home/alice/.netrc \"machine mirror.example.com login alice password " + Secret + "\\n\"\n");
        QVERIFY2(!planted.contains("failed"), planted.constData());

        const CliRun fix = runCli({QStringLiteral("fix"), in, QStringLiteral("-o"), out, QStringLiteral("--only"),
                                   QStringLiteral("no-baked-credentials"), QStringLiteral("--yes"), QStringLiteral("--offline")});
        QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());
        for (const char *line : {"--- a/home/alice/.ssh/authorized_keys", "--- a/root/.ssh/id_ed25519", "--- a/home/alice/.netrc",
                                 "Re-check: every fixed check passes."})
            QVERIFY2(fix.out.contains(line), line);
        QVERIFY(!fix.out.contains(Secret) && !fix.err.contains(Secret));
        QVERIFY(!fix.out.contains(blob.toBase64()));

        const QByteArray left = guestfish({QStringLiteral("--ro"), QStringLiteral("-a"), out, QStringLiteral("-i")},
                                          "exists /home/alice/.ssh/authorized_keys\nexists /root/.ssh/id_ed25519\nexists /home/alice/.netrc\n"
                                          "exists /home/alice\n");
        QCOMPARE(left, QByteArray("false\nfalse\nfalse\ntrue\n"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialFix)
#include "tst_credentialfix.moc"
