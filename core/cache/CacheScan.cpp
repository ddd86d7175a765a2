#include "cache/CacheScan.h"

#include "cache/PythonText.h"
#include "util/Process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <sys/stat.h>

namespace imageprep {

namespace {

// hashlib.sha1().digest_size * 2
constexpr qsizetype digestSize = 40;
constexpr int qemuImgTimeoutMs = 60 * 1000;

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The first n code points of s.
QString leftCodePoints(const QString &s, qsizetype n)
{
    const QList<uint> cps = s.toUcs4().mid(0, n);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), cps.size());
}

QString afterCodePoints(const QString &s, qsizetype n)
{
    const QList<uint> cps = s.toUcs4().mid(n);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), cps.size());
}

} // namespace

void classifyBaseFile(const QString &name, BaseFileEntry *entry)
{
    entry->kind = BaseFileKind::Unmanaged;
    entry->resizedTo = -1;
    entry->fingerprint.clear();
    const qsizetype length = python::length(name);
    // _scan_base_images: a name of the digest's length is an original; a
    // longer one with "_" right after the digest is some other cached file
    // of that image. Lengths count code points, as Python's len().
    if (length == digestSize) {
        entry->kind = BaseFileKind::Original;
        entry->fingerprint = name;
        return;
    }
    if (length > digestSize + 2 && python::at(name, digestSize) == U'_') {
        entry->fingerprint = leftCodePoints(name, digestSize);
        const QString suffix = afterCodePoints(name, digestSize + 1);
        // _find_base_file groups only "<sha1>_sm" and "<sha1>_[0-9]+" with
        // the image; anything else (e.g. "<sha1>_5.info") stays unexplained.
        if (suffix == u"sm") {
            entry->kind = BaseFileKind::LegacySmall;
        } else if (isAsciiDigits(suffix)) {
            entry->kind = BaseFileKind::Resized;
            entry->resizedTo = suffix.toLongLong();
        } else {
            entry->kind = BaseFileKind::OtherSuffix;
        }
        return;
    }
    // _store_swap_image and _store_ephemeral_image: str.split('_') and
    // str.isdigit(), which accepts any Unicode digit.
    const QStringList parts = name.split(QLatin1Char('_'));
    if (parts.size() == 2 && parts.at(0) == u"swap" && python::isDigit(parts.at(1)))
        entry->kind = BaseFileKind::Swap;
    else if (parts.size() == 3 && parts.at(0) == u"ephemeral" && python::isDigit(parts.at(1))
             && python::length(parts.at(2)) == 7)
        entry->kind = BaseFileKind::Ephemeral;
}

namespace cachescan {

QString readProblem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable: %1").arg(f.errorString());
    char byte = 0;
    if (f.size() > 0 && f.read(&byte, 1) != 1)
        return QStringLiteral("unreadable: %1").arg(f.errorString());
    return {};
}

QemuInfo qemuInfo(const QString &qemuImg, const QString &path, bool backingChain)
{
    QemuInfo info;
    QStringList args{QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json")};
    if (backingChain)
        args << QStringLiteral("--backing-chain");
    args << path;
    const ProcessResult r = runProcess(qemuImg, args, qemuImgTimeoutMs);
    if (!r.ok()) {
        info.problem = r.timedOut ? QStringLiteral("qemu-img timed out") : r.diagnostics();
        if (info.problem.isEmpty())
            info.problem = QStringLiteral("qemu-img failed (exit code %1)").arg(r.exitCode);
        return info;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &err);
    if (err.error != QJsonParseError::NoError) {
        info.problem = QStringLiteral("unexpected qemu-img output: %1").arg(err.errorString());
        return info;
    }
    if (doc.isArray())
        info.chain = doc.array();
    else if (doc.isObject())
        info.chain.append(doc.object());
    if (info.chain.isEmpty())
        info.problem = QStringLiteral("qemu-img reported nothing");
    return info;
}

QJsonObject readTopImage(const QemuInfo &info, InstanceDisk *disk)
{
    const QJsonObject top = info.chain.first().toObject();
    disk->format = top.value(QLatin1String("format")).toString();
    disk->virtualSize = qint64(top.value(QLatin1String("virtual-size")).toDouble(-1));
    disk->actualSize = qint64(top.value(QLatin1String("actual-size")).toDouble(-1));
    return top;
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return nl < 0 ? text : text.left(nl);
}

QByteArray contentHash(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return h.result();
}

namespace {

// stat() the way os.stat does: st_mtime as sec + nsec * 1e-9 in a double.
void statEntry(BaseFileEntry *e)
{
    struct stat st {};
    if (::stat(QFile::encodeName(e->path).constData(), &st) != 0)
        return;
    e->allocated = qint64(st.st_blocks) * 512;
    e->mtime = double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) * 1e-9;
}

} // namespace

void scanBaseDir(CacheReport *report, const QString &qemuImg, const QHash<QString, QString> &imageByFingerprint,
                 const std::atomic<bool> *cancel)
{
    QDir base(report->baseDir);
    const QFileInfoList entries = base.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                         | QDir::NoDotAndDotDot,
                                                     QDir::Name);
    if (entries.isEmpty() && !base.isReadable())
        report->problems << QStringLiteral("cannot list %1").arg(report->baseDir);
    const double now = double(report->at.toMSecsSinceEpoch()) / 1000.0;
    for (const QFileInfo &fi : entries) {
        BaseFileEntry e;
        e.name = fi.fileName();
        e.path = fi.absoluteFilePath();
        classifyBaseFile(e.name, &e);
        e.regularFile = fi.isFile();
        if (!e.regularFile) {
            e.problem = fi.isDir() ? QStringLiteral("a folder, not a file")
                                   : QStringLiteral("not a regular file (dangling link?)");
        } else {
            e.size = fi.size();
            e.problem = readProblem(e.path);
        }
        statEntry(&e);
        e.modified = fi.lastModified().toUTC();
        e.age = now - e.mtime;
        if (e.modified.isValid())
            e.ageSeconds = e.modified.secsTo(report->at);
        if (!e.fingerprint.isEmpty())
            e.imageId = imageByFingerprint.value(e.fingerprint);
        report->files.append(e);
    }
    // The format tells raw from qcow2 and catches files qemu cannot open.
    for (BaseFileEntry &e : report->files) {
        if (qemuImg.isEmpty() || !e.problem.isEmpty() || e.kind == BaseFileKind::Unmanaged)
            continue;
        if (cancel && cancel->load()) {
            report->cancelled = true;
            break;
        }
        const QemuInfo qi = qemuInfo(qemuImg, e.path, false);
        if (!qi.problem.isEmpty())
            e.problem = QStringLiteral("qemu-img cannot open it: %1").arg(firstLine(qi.problem));
        else
            e.format = qi.chain.first().toObject().value(QLatin1String("format")).toString();
    }
}

} // namespace cachescan

} // namespace imageprep
