#pragma once
// A scratch nova instances folder built at test time with qemu-img: raw and
// qcow2 files in _base, instance disks backed by them, mtimes relative to a
// fixed report time. Shared by the cache tests.

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>

namespace cachefixture {

// The report time every mtime is set against.
inline QDateTime referenceTime()
{
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

inline QString sha1(const QString &imageId)
{
    return QString::fromLatin1(QCryptographicHash::hash(imageId.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Glance ids of the images in the fixture.
inline QString usedImage() { return QStringLiteral("11111111-1111-4111-8111-111111111111"); }
inline QString oldImage() { return QStringLiteral("22222222-2222-4222-8222-222222222222"); }
inline QString youngImage() { return QStringLiteral("33333333-3333-4333-8333-333333333333"); }
inline QString qcowBaseImage() { return QStringLiteral("44444444-4444-4444-8444-444444444444"); }
inline QString deepImage() { return QStringLiteral("55555555-5555-4555-8555-555555555555"); }
inline QString lostImage() { return QStringLiteral("66666666-6666-4666-8666-666666666666"); }
inline QString movedImage() { return QStringLiteral("77777777-7777-4777-8777-777777777777"); }

inline bool run(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("qemu-img"), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = QStringLiteral("qemu-img %1: %2 %3")
                     .arg(args.join(QLatin1Char(' ')), p.errorString(),
                          QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

inline bool setMtime(const QString &path, const QDateTime &t)
{
    struct timespec times[2];
    times[0].tv_sec = time_t(t.toSecsSinceEpoch());
    times[0].tv_nsec = 0;
    times[1] = times[0];
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

struct Layout {
    QString root;   // the instances folder
    QString base;   // root/_base
    QString other;  // a second node's cache, for the "matched by name" case
};

// Builds the layout under dir; returns an empty string or the error.
//
//   _base/<used>               raw, backing file of inst-a/disk          -> in use
//   _base/<used>_4194304       raw resized copy, unused                  -> in use (same image)
//   _base/<old>                raw, 2 days old                           -> original threshold
//   _base/<old>_8388608        raw resized, 2 hours old                  -> resized threshold
//   _base/<young>              raw, 30 minutes old
//   _base/<young>_sm           old-style small copy, 30 minutes old
//   _base/<qcowbase>           qcow2, backing file of inst-b/disk
//   _base/<deep>               raw, reached through inst-c/overlay.qcow2
//   _base/<moved>              raw; inst-f/disk names another node's copy
//   _base/swap_512             unused swap template, 2 days old
//   _base/swap_1024            backing file of inst-b/disk.swap
//   _base/ephemeral_1_0706d66  nova never manages it
//   _base/<old>.info           nova's info file, never managed
//   inst-d/disk                qcow2 whose backing file was deleted
//   inst-e/disk                raw: nothing to follow
inline QString build(const QString &dir, Layout *layout)
{
    QString error;
    layout->root = dir + QStringLiteral("/instances");
    layout->base = layout->root + QStringLiteral("/_base");
    layout->other = dir + QStringLiteral("/othernode/_base");
    QDir d;
    for (const QString &sub : {layout->base, layout->other, layout->root + QStringLiteral("/inst-a"),
                               layout->root + QStringLiteral("/inst-b"), layout->root + QStringLiteral("/inst-c"),
                               layout->root + QStringLiteral("/inst-d"), layout->root + QStringLiteral("/inst-e"),
                               layout->root + QStringLiteral("/inst-f")}) {
        if (!d.mkpath(sub))
            return QStringLiteral("cannot create %1").arg(sub);
    }
    const QString b = layout->base + QLatin1Char('/');
    const QString r = layout->root + QLatin1Char('/');
    const auto raw = [&](const QString &path, const QString &size) {
        return run({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"), path,
                    size},
                   &error);
    };
    const auto overlay = [&](const QString &path, const QString &backing, const QString &backingFormat) {
        return run({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                    QStringLiteral("-b"), backing, QStringLiteral("-F"), backingFormat, path},
                   &error);
    };
    const QString used = sha1(usedImage()), old = sha1(oldImage()), young = sha1(youngImage()),
                  qcowBase = sha1(qcowBaseImage()), deep = sha1(deepImage()), lost = sha1(lostImage()),
                  moved = sha1(movedImage());
    const QString raws[][2] = {
        {used, QStringLiteral("1M")},
        {used + QStringLiteral("_4194304"), QStringLiteral("4M")},
        {old, QStringLiteral("1M")},
        {old + QStringLiteral("_8388608"), QStringLiteral("8M")},
        {young, QStringLiteral("1M")},
        {young + QStringLiteral("_sm"), QStringLiteral("1M")},
        {deep, QStringLiteral("1M")},
        {moved, QStringLiteral("1M")},
        {QStringLiteral("swap_512"), QStringLiteral("512K")},
        {QStringLiteral("swap_1024"), QStringLiteral("1M")},
        {QStringLiteral("ephemeral_1_0706d66"), QStringLiteral("1M")},
        {lost, QStringLiteral("1M")},
    };
    for (const auto &f : raws) {
        if (!raw(b + f[0], f[1]))
            return error;
    }
    // Base files have content, so "nothing changed" compares real bytes.
    {
        QFile f(b + used);
        if (!f.open(QIODevice::ReadWrite) || f.write("base image bytes") < 0)
            return QStringLiteral("cannot write %1").arg(f.fileName());
    }
    if (!run({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
              b + qcowBase, QStringLiteral("2M")},
             &error))
        return error;
    {
        QFile info(b + old + QStringLiteral(".info"));
        if (!info.open(QIODevice::WriteOnly) || info.write("{\"sha1\": \"x\"}") < 0)
            return QStringLiteral("cannot write %1").arg(info.fileName());
    }
    if (!raw(layout->other + QLatin1Char('/') + moved, QStringLiteral("1M")))
        return error;

    if (!overlay(r + QStringLiteral("inst-a/disk"), b + used, QStringLiteral("raw"))
        || !overlay(r + QStringLiteral("inst-b/disk"), b + qcowBase, QStringLiteral("qcow2"))
        || !overlay(r + QStringLiteral("inst-b/disk.swap"), b + QStringLiteral("swap_1024"), QStringLiteral("raw"))
        || !overlay(r + QStringLiteral("inst-c/overlay.qcow2"), b + deep, QStringLiteral("raw"))
        || !overlay(r + QStringLiteral("inst-c/disk"), r + QStringLiteral("inst-c/overlay.qcow2"),
                    QStringLiteral("qcow2"))
        || !overlay(r + QStringLiteral("inst-d/disk"), b + lost, QStringLiteral("raw"))
        || !overlay(r + QStringLiteral("inst-f/disk"), layout->other + QLatin1Char('/') + moved,
                    QStringLiteral("raw"))
        || !raw(r + QStringLiteral("inst-e/disk"), QStringLiteral("2M")))
        return error;
    if (!QFile::remove(b + lost))
        return QStringLiteral("cannot remove %1").arg(b + lost);

    const QDateTime t0 = referenceTime();
    const QMap<QString, qint64> agesSeconds{
        {used, 5 * 86400},
        {used + QStringLiteral("_4194304"), 5 * 86400},
        {old, 2 * 86400},
        {old + QStringLiteral("_8388608"), 2 * 3600},
        {young, 30 * 60},
        {young + QStringLiteral("_sm"), 30 * 60},
        {qcowBase, 3 * 86400},
        {deep, 3 * 86400},
        {moved, 3 * 86400},
        {QStringLiteral("swap_512"), 2 * 86400},
        {QStringLiteral("swap_1024"), 2 * 86400},
        {QStringLiteral("ephemeral_1_0706d66"), 10 * 86400},
        {old + QStringLiteral(".info"), 10 * 86400},
    };
    for (auto it = agesSeconds.cbegin(); it != agesSeconds.cend(); ++it) {
        if (!setMtime(b + it.key(), t0.addSecs(-it.value())))
            return QStringLiteral("cannot set the mtime of %1").arg(it.key());
    }
    return {};
}

// path -> "size mtime sha256" of every file under dir, to prove nothing changed.
inline QMap<QString, QString> snapshot(const QString &dir)
{
    QMap<QString, QString> result;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            h.addData(&f);
        const QFileInfo fi(path);
        result.insert(path, QStringLiteral("%1 %2 %3")
                                .arg(fi.size())
                                .arg(fi.lastModified().toMSecsSinceEpoch())
                                .arg(QString::fromLatin1(h.result().toHex())));
    }
    // folders too: a created or removed entry changes a folder's mtime
    QDirIterator dirs(dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext()) {
        const QString path = dirs.next();
        result.insert(path + QLatin1Char('/'),
                      QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch()));
    }
    return result;
}

} // namespace cachefixture
