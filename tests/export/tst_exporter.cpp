// Exporter on scratch images made with qemu-img/qemu-io at run time:
// conversion to every format with verification and no partial files on
// failure, digests, SHA256SUMS that sha256sum -c accepts, bundles read back
// by bsdtar/GNU tar (sparse and over 8 GiB), and the whole export.
#include "export/Exporter.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace imageprep;
using imageprep::test::fileHash;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args, const QString &cwd = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

#define RUN_OK(program, ...)                                                                   \
    do {                                                                                       \
        const Run r_ = run(s(program), __VA_ARGS__);                                           \
        QVERIFY2(r_.code == 0, (QByteArray(program) + ": " + r_.err + r_.out).constData());    \
    } while (false)

qint64 virtualSize(const QString &path)
{
    const Run r = run(s("qemu-img"), {s("info"), s("--output=json"), path});
    return QJsonDocument::fromJson(r.out).object().value(s("virtual-size")).toInteger(-1);
}

} // namespace

class TestExporter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convert_data();
    void convert();
    void writeErrorLeavesNoFile();
    void diskFullLeavesNoFile();
    void cancelledConvertLeavesNoFile();
    void digests();
    void sumsAreCheckable();
    void bundle_data();
    void bundle();
    void sparseBundleOver8GiB();
    void wholeExport();
    void existingFilesAreNotOverwritten();
    void invalidPropertiesWriteNothing();
    void formatNames();

private:
    QTemporaryDir m_dir;
    QString m_source; // qcow2 overlay over a raw base, like a session's
    QString m_base;
};

void TestExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(s("base.raw"));
    m_source = m_dir.filePath(s("overlay.qcow2"));
    RUN_OK("qemu-img", {s("create"), s("-f"), s("raw"), m_base, s("64M")});
    RUN_OK("qemu-io", {s("-f"), s("raw"), s("-c"), s("write -P 0x11 0 4M"), s("-c"), s("write -P 0x22 32M 1M"), m_base});
    RUN_OK("qemu-img", {s("create"), s("-f"), s("qcow2"), s("-F"), s("raw"), s("-b"), m_base, m_source});
    // Writes land in the overlay, as the fix runner's would.
    RUN_OK("qemu-io", {s("-f"), s("qcow2"), s("-c"), s("write -P 0x33 1M 2M"), s("-c"), s("write -P 0x44 60M 512k"), m_source});
}

void TestExporter::convert_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("compress");
    QTest::newRow("qcow2") << int(ExportImageFormat::Qcow2) << false;
    QTest::newRow("qcow2 compressed") << int(ExportImageFormat::Qcow2) << true;
    QTest::newRow("raw") << int(ExportImageFormat::Raw) << false;
}

void TestExporter::convert()
{
    QFETCH(int, format);
    QFETCH(bool, compress);
    const auto fmt = ExportImageFormat(format);
    const QString target = m_dir.filePath(s("out-%1-%2.img").arg(format).arg(compress));
    QList<qint64> seen;
    bool sawConverting = false;
    const Status st = convertImage(ExportSource{m_source, s("qcow2")}, target, fmt, compress,
                                   [&](qint64 done, qint64 total, const QString &what) {
                                       if (what == s("Converting")) {
                                           sawConverting = true;
                                           seen << done;
                                           QCOMPARE(total, 10000);
                                       }
                                   });
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message + s(": ") + st.error().detail));
    QVERIFY(sawConverting);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QLatin1Char('.') + QFileInfo(target).fileName() + s(".part"))));
    // Same guest-visible content, same virtual size, no backing file left.
    RUN_OK("qemu-img", {s("compare"), s("-f"), s("qcow2"), s("-F"), toString(fmt), m_source, target});
    QCOMPARE(virtualSize(target), qint64(64) << 20);
    const Run info = run(s("qemu-img"), {s("info"), s("--output=json"), target});
    const QJsonObject o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value(s("format")).toString(), toString(fmt));
    QVERIFY(!o.contains(s("backing-filename")));
}

void TestExporter::writeErrorLeavesNoFile()
{
    // The temporary name is taken by a folder qemu-img cannot replace.
    const QString target = m_dir.filePath(s("blocked.qcow2"));
    QVERIFY(QDir().mkpath(m_dir.filePath(s(".blocked.qcow2.part/x"))));
    const Status st = convertImage(ExportSource{m_source, s("qcow2")}, target, ExportImageFormat::Qcow2, false);
    QVERIFY(!st.ok());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(st.error().message.contains(s("no image was written")));
}

void TestExporter::diskFullLeavesNoFile()
{
    // A 4 MiB tmpfs: the compressed image of 8 MiB of random data cannot fit,
    // and compression skips the up-front size estimate, so the write itself fails.
    QTemporaryDir small;
    QVERIFY(small.isValid());
    if (::mount("imageprep-test", QFile::encodeName(small.path()).constData(), "tmpfs", 0, "size=4m") != 0)
        QSKIP("cannot mount a tmpfs here (not root or no CAP_SYS_ADMIN)");
    struct Unmount {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{small.path()};

    const QString noise = m_dir.filePath(s("noise.raw"));
    RUN_OK("qemu-img", {s("create"), s("-f"), s("raw"), noise, s("8M")});
    RUN_OK("dd", {s("if=/dev/urandom"), s("of=") + noise, s("bs=1M"), s("count=8"), s("conv=notrunc"), s("status=none")});
    const QString target = small.filePath(s("full.qcow2"));
    const Status st = convertImage(ExportSource{noise, s("raw")}, target, ExportImageFormat::Qcow2, true);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::NoSpace);
    QVERIFY(st.error().message.contains(s("full")));
    QCOMPARE(QDir(small.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Without compression the estimate refuses before writing anything.
    const Status raw = convertImage(ExportSource{noise, s("raw")}, small.filePath(s("full.raw")), ExportImageFormat::Raw, false);
    QVERIFY(!raw.ok());
    QCOMPARE(raw.error().code, ErrorCode::NoSpace);
    QCOMPARE(QDir(small.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestExporter::cancelledConvertLeavesNoFile()
{
    std::atomic_bool cancel{true};
    const QString target = m_dir.filePath(s("cancelled.qcow2"));
    const Status st = convertImage(ExportSource{m_source, s("qcow2")}, target, ExportImageFormat::Qcow2, false, {}, &cancel);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(s(".cancelled.qcow2.part"))));
}

void TestExporter::digests()
{
    const QString abc = m_dir.filePath(s("abc.txt"));
    QFile f(abc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("abc");
    f.close();
    auto d = hashFile(abc);
    QVERIFY(d.ok());
    // FIPS 180-2 / RFC 1321 test vectors.
    QCOMPARE(d->sha256, s("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(d->sha512, s("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                          "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    QCOMPARE(d->md5, s("900150983cd24fb0d6963f7d28e17f72"));
    QCOMPARE(d->size, 3);

    // Over several read chunks, against sha256sum.
    QElapsedTimer timer;
    timer.start();
    auto big = hashFile(m_base);
    QVERIFY(big.ok());
    qInfo("SHA-256 + SHA-512 + MD5 of 64 MiB in %lld ms", timer.elapsed());
    QCOMPARE(big->size, qint64(64) << 20);
    QCOMPARE(big->sha256.toLatin1(), run(s("sha256sum"), {m_base}).out.left(64));
    QCOMPARE(big->sha512.toLatin1(), run(s("sha512sum"), {m_base}).out.left(128));
    QCOMPARE(big->md5.toLatin1(), run(s("md5sum"), {m_base}).out.left(32));
}

void TestExporter::sumsAreCheckable()
{
    QTemporaryDir dir;
    const QString name = s("with space.img");
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("data");
    f.close();
    const auto d = hashFile(f.fileName());
    QVERIFY(d.ok());
    QVERIFY(writeSums(dir.filePath(s("SHA256SUMS")), {{d->sha256, name}}).ok());
    QVERIFY(writeSums(dir.filePath(s("SHA512SUMS")), {{d->sha512, name}}).ok());
    QCOMPARE(run(s("sha256sum"), {s("-c"), s("SHA256SUMS")}, dir.path()).code, 0);
    QCOMPARE(run(s("sha512sum"), {s("-c"), s("SHA512SUMS")}, dir.path()).code, 0);
    // A changed file fails the check: the sums are not trivially true.
    QVERIFY(f.open(QIODevice::Append));
    f.write("x");
    f.close();
    QCOMPARE(run(s("sha256sum"), {s("-c"), s("SHA256SUMS")}, dir.path()).code, 1);
}

void TestExporter::bundle_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("gnuTarFlag");
    QTest::newRow("tar") << int(BundleFormat::Tar) << s("");
    QTest::newRow("tar.gz") << int(BundleFormat::TarGz) << s("-z");
    QTest::newRow("tar.zst") << int(BundleFormat::TarZst) << s("--zstd");
}

void TestExporter::bundle()
{
    QFETCH(int, format);
    QFETCH(QString, gnuTarFlag);
    QTemporaryDir dir;
    // A sparse file (holes between data) and a small text file.
    const QString sparse = dir.filePath(s("disk.raw"));
    RUN_OK("qemu-img", {s("create"), s("-f"), s("raw"), sparse, s("32M")});
    RUN_OK("qemu-io", {s("-f"), s("raw"), s("-c"), s("write -P 0x55 1M 1M"), s("-c"), s("write -P 0x66 20M 64k"), sparse});
    const QString text = dir.filePath(s("disk.properties.json"));
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("{\"a\": \"b\"}\n");
    t.close();

    const QString archive = dir.filePath(s("bundle.") + toString(BundleFormat(format)));
    qint64 lastDone = 0;
    const Status st = writeBundle(archive, BundleFormat(format), {sparse, text},
                                  [&lastDone](qint64 done, qint64, const QString &) { lastDone = done; });
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message + s(": ") + st.error().detail));
    QVERIFY(!QFileInfo::exists(dir.filePath(s(".bundle.") + toString(BundleFormat(format)) + s(".part"))));
    // Holes are not stored: the archive holds about the 1 MiB + 64 KiB of data.
    QVERIFY2(QFileInfo(archive).size() < 4 * 1024 * 1024, qPrintable(QString::number(QFileInfo(archive).size())));
    QVERIFY(lastDone > 0);

    // GNU tar (not libarchive) reads it back with the same content.
    const QString out = dir.filePath(s("out"));
    QVERIFY(QDir().mkpath(out));
    QStringList args{s("-x")};
    if (!gnuTarFlag.isEmpty())
        args << gnuTarFlag;
    args << s("-f") << archive << s("-C") << out;
    RUN_OK("tar", args);
    QCOMPARE(fileHash(out + s("/disk.raw"), QCryptographicHash::Sha256), fileHash(sparse, QCryptographicHash::Sha256));
    QCOMPARE(fileHash(out + s("/disk.properties.json"), QCryptographicHash::Sha256), fileHash(text, QCryptographicHash::Sha256));
    QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{s("disk.properties.json"), s("disk.raw")}));
}

void TestExporter::sparseBundleOver8GiB()
{
    // 9 GiB exceeds the ustar size field (8 GiB): pax headers carry it.
    QTemporaryDir dir;
    const QString big = dir.filePath(s("big.raw"));
    RUN_OK("qemu-img", {s("create"), s("-f"), s("raw"), big, s("9G")});
    RUN_OK("qemu-io", {s("-f"), s("raw"), s("-c"), s("write -P 0x77 0 64k"), s("-c"), s("write -P 0x78 8704M 64k"), big});
    const QString archive = dir.filePath(s("big.tar.zst"));
    QElapsedTimer timer;
    timer.start();
    const Status st = writeBundle(archive, BundleFormat::TarZst, {big});
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message + s(": ") + st.error().detail));
    qInfo("9 GiB sparse file bundled in %lld ms, archive %lld bytes", timer.elapsed(), QFileInfo(archive).size());
    QVERIFY(QFileInfo(archive).size() < 1024 * 1024);
    const Run list = run(s("tar"), {s("--zstd"), s("-tvf"), archive});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(" 9663676416 "), list.out.constData());
    // The data after the 8 GiB mark survives: extract that one member to stdout and read its tail.
    const Run tail = run(s("sh"), {s("-c"), s("tar --zstd -xOf '%1' big.raw | tail -c +%2 | head -c 65536 | sha256sum")
                                                .arg(archive).arg((qint64(8704) << 20) + 1)});
    QByteArray expected(65536, '\x78');
    QCOMPARE(tail.out.left(64), QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
}

void TestExporter::wholeExport()
{
    QTemporaryDir out;
    ExportOptions o;
    o.outputDir = out.filePath(s("new/folder"));
    o.baseName = s("debian12");
    o.imageName = s("Debian 12 (imageprep)");
    o.bundle = BundleFormat::TarZst;
    o.properties.set(s("os_distro"), s("debian"), s("test"));
    o.properties.set(s("min_disk"), s("1"), s("test")); // derived: follows the written image
    o.properties.set(s("disk_format"), s("raw"), s("test")); // corrected to what is written
    QStringList steps;
    auto r = exportImage(ExportSource{m_source, s("qcow2")}, o, [&steps](qint64, qint64, const QString &what) {
        if (!steps.contains(what))
            steps << what;
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + s(": ") + r.error().detail));
    QCOMPARE(r->imagePath, o.outputDir + s("/debian12.qcow2"));
    QCOMPARE(r->virtualSize, qint64(64) << 20);
    QCOMPARE(r->sha256.toLatin1(), fileHash(r->imagePath, QCryptographicHash::Sha256));
    QCOMPARE(r->md5.toLatin1(), fileHash(r->imagePath, QCryptographicHash::Md5));
    QVERIFY(steps.contains(s("Converting")));
    QVERIFY(steps.contains(s("Hashing")));
    QVERIFY(steps.contains(s("Bundling")));
    QStringList written = QDir(o.outputDir).entryList(QDir::Files | QDir::Hidden);
    written.sort();
    QCOMPARE(written,
             (QStringList{s("SHA256SUMS"), s("SHA512SUMS"), s("debian12.properties.json"), s("debian12.properties.sh"),
                          s("debian12.properties.yaml"), s("debian12.qcow2"), s("debian12.tar.zst")}));
    QCOMPARE(run(s("sha256sum"), {s("-c"), s("SHA256SUMS")}, o.outputDir).code, 0);
    QCOMPARE(run(s("sha512sum"), {s("-c"), s("SHA512SUMS")}, o.outputDir).code, 0);

    QFile json(o.outputDir + s("/debian12.properties.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject body = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(body.value(s("name")).toString(), s("Debian 12 (imageprep)"));
    QCOMPARE(body.value(s("disk_format")).toString(), s("qcow2"));
    QCOMPARE(body.value(s("container_format")).toString(), s("bare"));
    QCOMPARE(body.value(s("min_disk")).toInt(), 1);
    QVERIFY(QFileInfo(o.outputDir + s("/debian12.properties.sh")).isExecutable());

    const Run list = run(s("tar"), {s("--zstd"), s("-tf"), r->bundlePath});
    QCOMPARE(list.code, 0);
    QCOMPARE(QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{s("debian12.qcow2"), s("debian12.properties.json"), s("debian12.properties.yaml"),
                          s("debian12.properties.sh"), s("SHA256SUMS"), s("SHA512SUMS")}));
}

void TestExporter::existingFilesAreNotOverwritten()
{
    QTemporaryDir out;
    ExportOptions o;
    o.outputDir = out.path();
    o.baseName = s("twice");
    QVERIFY(exportImage(ExportSource{m_source, s("qcow2")}, o).ok());
    const QByteArray before = fileHash(out.filePath(s("twice.qcow2")), QCryptographicHash::Sha256);
    auto again = exportImage(ExportSource{m_source, s("qcow2")}, o);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(s("exists")));
    QCOMPARE(fileHash(out.filePath(s("twice.qcow2")), QCryptographicHash::Sha256), before);
    o.overwrite = true;
    o.format = ExportImageFormat::Qcow2;
    QVERIFY(exportImage(ExportSource{m_source, s("qcow2")}, o).ok());
}

void TestExporter::invalidPropertiesWriteNothing()
{
    QTemporaryDir out;
    ExportOptions o;
    o.outputDir = out.path();
    o.properties.set(s("os_glance_import_method"), s("glance-direct"), s("user"));
    o.properties.set(s("hw_disk_bus"), s("nvme"), s("user"));
    auto r = exportImage(ExportSource{m_source, s("qcow2")}, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY(r.error().detail.contains(s("os_glance_import_method")));
    QVERIFY(r.error().detail.contains(s("hw_disk_bus")));
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestExporter::formatNames()
{
    QVERIFY(parseExportImageFormat(s("RAW")) == ExportImageFormat::Raw);
    QVERIFY(parseExportImageFormat(s("qcow2")) == ExportImageFormat::Qcow2);
    QVERIFY(!parseExportImageFormat(s("vmdk")));
    QVERIFY(parseBundleFormat(s("tgz")) == BundleFormat::TarGz);
    QVERIFY(parseBundleFormat(s("tar.zst")) == BundleFormat::TarZst);
    QVERIFY(parseBundleFormat(s("")) == BundleFormat::None);
    QVERIFY(!parseBundleFormat(s("zip")));
    QCOMPARE(defaultBaseName(s("/x/debian-12.qcow2")), s("debian-12"));
    QCOMPARE(defaultBaseName(s("/x/debian-12.raw.xz")), s("debian-12"));
    QCOMPARE(defaultBaseName(s("/x/Appliance.OVA")), s("Appliance"));
    QCOMPARE(defaultBaseName(s("/x/v1.2")), s("v1.2"));
    QCOMPARE(defaultBaseName(s("/x/.qcow2")), s(".qcow2"));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
