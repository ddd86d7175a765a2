// Fault injection on every write path: the verified writer, the export
// (image, properties, sums, bundle), the fixed image and a CLI report. A full
// disk or a write error at each file must fail the step with its exit code
// or error, and leave nothing incomplete under a final name.
#include "FaultWrite.h"

#include "export/Exporter.h"
#include "fixes/FixOutput.h"
#include "util/VerifiedWrite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace imageprep;
using namespace imageprep::testing;

namespace {

QString s(const char *t)
{
    return QString::fromUtf8(t);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList allFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestWriteFaults final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifiedWrite_data();
    void verifiedWrite();
    void verifiedWriteKeepsOldFile();
    void exportSideFiles_data();
    void exportSideFiles();
    void fixedImage();
    void abandonedFixOutput();
    void cliReport();

private:
    QTemporaryDir m_tmp;
    QString m_source;
};

void TestWriteFaults::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_source = m_tmp.filePath(s("source.qcow2"));
    QVERIFY(run(s("qemu-img"), {s("create"), s("-q"), s("-f"), s("qcow2"), m_source, s("16M")}));
    QVERIFY(run(s("qemu-io"), {s("-c"), s("write -P 0x5a 0 1M"), m_source}));
}

void TestWriteFaults::verifiedWrite_data()
{
    QTest::addColumn<int>("err");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<int>("code");
    QTest::newRow("full disk") << ENOSPC << qint64(0) << int(ErrorCode::NoSpace);
    QTest::newRow("full after 100 bytes") << ENOSPC << qint64(100) << int(ErrorCode::NoSpace);
    QTest::newRow("quota") << EDQUOT << qint64(0) << int(ErrorCode::NoSpace);
    QTest::newRow("I/O error") << EIO << qint64(0) << int(ErrorCode::Unreadable);
}

void TestWriteFaults::verifiedWrite()
{
    QFETCH(int, err);
    QFETCH(qint64, after);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(s("report.json"));
    const QByteArray content(4096, 'r');
    {
        const WriteFault fault("report.json", err, after);
        const Status w = writeFileVerified(path, content);
        QVERIFY(!w.ok());
        QCOMPARE(int(w.error().code), code);
        QVERIFY(w.error().message.contains(s("report.json")));
    }
    QCOMPARE(allFiles(dir.path()), QStringList());
    QVERIFY(writeFileVerified(path, content, true).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QVERIFY(f.permissions() & QFileDevice::ExeOwner);
    QCOMPARE(allFiles(dir.path()), QStringList{s("report.json")});
}

void TestWriteFaults::verifiedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("SHA256SUMS"));
    QVERIFY(writeFileVerified(path, "old\n").ok());
    {
        const WriteFault fault("SHA256SUMS");
        QVERIFY(!writeFileVerified(path, "new\n").ok());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old\n"));
}

void TestWriteFaults::exportSideFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("err");
    // The image itself is written by qemu-img, which gets the fault through LD_PRELOAD.
    for (const char *f : {".disk.qcow2.part", "disk.properties.json", "disk.properties.yaml", "disk.properties.sh",
                          "SHA256SUMS", "SHA512SUMS", "disk.tar"}) {
        QTest::newRow(qPrintable(s("%1 full").arg(QLatin1String(f)))) << QByteArray(f) << ENOSPC;
        QTest::newRow(qPrintable(s("%1 I/O error").arg(QLatin1String(f)))) << QByteArray(f) << EIO;
    }
}

void TestWriteFaults::exportSideFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(int, err);
    QTemporaryDir out;
    ExportOptions o;
    o.outputDir = out.path();
    o.baseName = s("disk");
    o.bundle = BundleFormat::Tar;
    o.properties.set(s("os_distro"), s("debian"), s("test"));
    const QByteArray preload = qgetenv("LD_PRELOAD");
    qputenv("LD_PRELOAD", QByteArray(IMAGEPREP_FAULTWRITE_LIB));
    Result<ExportResult> r = makeError(ErrorCode::Internal, QString());
    {
        const WriteFault fault(file, err);
        r = exportImage(ExportSource{m_source, s("qcow2"), m_source}, o);
    }
    qputenv("LD_PRELOAD", preload);
    QVERIFY2(!r.ok(), "a failed write fails the export");
    if (err == ENOSPC && !file.startsWith('.'))
        QCOMPARE(int(r.error().code), int(ErrorCode::NoSpace));
    // Nothing under a final name, nothing half-written under a temporary one.
    QCOMPARE(allFiles(out.path()), QStringList());

    // Without the fault the same export succeeds.
    auto ok = exportImage(ExportSource{m_source, s("qcow2"), m_source}, o);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message + ok.error().detail));
    QCOMPARE(allFiles(out.path()).size(), 7);
    QVERIFY(QFileInfo(out.filePath(s("SHA256SUMS"))).size() > 64);
}

void TestWriteFaults::fixedImage()
{
    QTemporaryDir out;
    const QString target = out.filePath(s("fixed.qcow2"));
    const QByteArray preload = qgetenv("LD_PRELOAD");
    qputenv("LD_PRELOAD", QByteArray(IMAGEPREP_FAULTWRITE_LIB));
    Status w = success();
    {
        const WriteFault fault("fixed.qcow2");
        w = writeFixedImage(m_source, target, s("qcow2"));
    }
    qputenv("LD_PRELOAD", preload);
    QVERIFY(!w.ok());
    QCOMPARE(allFiles(out.path()), QStringList());
    QVERIFY(writeFixedImage(m_source, target, s("qcow2")).ok());
    QCOMPARE(allFiles(out.path()), QStringList{s("fixed.qcow2")});
}

// A write killed with SIGKILL leaves OUT.tmp-XXXXXX; the next write of OUT
// removes it, but never one that a running write still holds.
void TestWriteFaults::abandonedFixOutput()
{
    QTemporaryDir out;
    const QString target = out.filePath(s("fixed.qcow2"));
    const QString abandoned = target + s(".tmp-AbC123");
    const QString running = target + s(".tmp-XyZ789");
    const QString unrelated = out.filePath(s("other.qcow2.tmp-AbC123"));
    for (const QString &p : {abandoned, running, unrelated}) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial image");
    }
    const int held = ::open(QFile::encodeName(running).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(held >= 0);
    QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0);
    QCOMPARE(removeAbandonedOutputs(target), QStringList{abandoned});
    ::close(held);
    QVERIFY(writeFixedImage(m_source, target, s("qcow2")).ok());
    QCOMPARE(allFiles(out.path()), (QStringList{s("fixed.qcow2"), s("other.qcow2.tmp-AbC123")}));
}

// A CLI report under a full disk: the exit code says so and no file is left.
void TestWriteFaults::cliReport()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(s("instances/_base"))));
    const QString html = dir.filePath(s("report.html"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("LD_PRELOAD"), s(IMAGEPREP_FAULTWRITE_LIB));
    env.insert(s("IMAGEPREP_FAULT_PATH"), s("report.html"));
    env.insert(s("ASAN_OPTIONS"), s("verify_asan_link_order=0:detect_leaks=0")); // the sanitizer build
    p.setProcessEnvironment(env);
    p.start(s(IMAGEPREP_CLI), {s("cache-report"), dir.filePath(s("instances")), s("--html"), html});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(p.readAllStandardError().contains("full"), "the error names the full disk");
    QCOMPARE(allFiles(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
