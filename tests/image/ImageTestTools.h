#pragma once
// Fixture helpers for the image tests: every disk image, archive and
// compressed file is generated at run time with the real tools.

#include "TestSupport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <sys/stat.h>

namespace imageprep::test {

struct ToolRun {
    bool ok = false;
    QByteArray out;
    QByteArray err;
};

// Runs a tool; stdin from `input`, stdout to `outFile` when given.
inline ToolRun runTool(const QString &program, const QStringList &args,
                       const QByteArray &input = {}, const QString &outFile = {})
{
    ToolRun r;
    QProcess p;
    if (!outFile.isEmpty())
        p.setStandardOutputFile(outFile);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(120000);
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

// The error of a Result as text, empty on success; safe as a QVERIFY2
// message, which Qt evaluates even when the check passes.
template <typename R>
QString describe(const R &r)
{
    return r.ok() ? QString() : r.error().message + QLatin1String(" | ") + r.error().detail;
}

inline QByteArray sha256Of(const QString &path)
{
    return imageprep::test::sha256(path); // tests/common/TestSupport.h
}

inline QByteArray sha1Of(const QString &path)
{
    return imageprep::test::fileHash(path, QCryptographicHash::Sha1);
}

inline qint64 allocatedBytes(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_blocks) * 512;
}

// Writes `data` at `offset` into a fixture file the test owns.
inline bool writeAt(const QString &path, qint64 offset, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    return f.write(data) == data.size();
}

inline QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = seed ? seed : 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x & 0xff);
    }
    return b;
}

// A sparse raw disk of `size` bytes with a partition table ("dos" or "gpt",
// written by sfdisk) and some non-zero data so its content is recognisable.
inline bool makePartitionedRaw(const QString &path, qint64 size, const QString &label)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(size))
        return false;
    f.close();
    const QByteArray script = "label: " + label.toLatin1() + "\nstart=2048, type="
                              + (label == QLatin1String("gpt") ? "L" : "83") + "\n";
    if (!runTool(QStringLiteral("sfdisk"), {QStringLiteral("-q"), path}, script).ok)
        return false;
    return writeAt(path, 1 << 20, pseudoRandom(256 << 10, 7))
           && writeAt(path, size / 2, pseudoRandom(128 << 10, 11));
}

// Runs qemu-img; a failure prints qemu-img's own words, so a fixture that
// could not be built says why in the test log.
inline bool qemuImg(const QStringList &args)
{
    const ToolRun r = runTool(QStringLiteral("qemu-img"), args);
    if (!r.ok)
        qWarning("qemu-img %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.trimmed().constData());
    return r.ok;
}

// LUKS creation measures PBKDF2 speed on the running thread's CPU clock and
// draws a fresh master key, so it depends on the machine's state as no other
// fixture does: qemu-img gives up with "Unable to get accurate CPU usage" when
// that clock did not move during its short measurement, which happens on
// tick-based CPU accounting often enough that three quick tries all failed
// once under load. Each try takes milliseconds, so many are cheap; the last
// failure is reported.
inline bool qemuImgRetried(const QStringList &args, int attempts = 20)
{
    ToolRun last;
    for (int i = 0; i < attempts; ++i) {
        last = runTool(QStringLiteral("qemu-img"), args);
        if (last.ok)
            return true;
        QThread::msleep(20);
    }
    qWarning("qemu-img %s failed %d times: %s", qPrintable(args.join(QLatin1Char(' '))), attempts, last.err.trimmed().constData());
    return false;
}

} // namespace imageprep::test
