// The digests an export publishes: SHA-256 and SHA-512 files next to the
// image, MD5 and SHA-512 for Glance, all from one read of the image.
#include "export/Exporter.h"

#include "util/VerifiedWrite.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

namespace imageprep {

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

// OpenSSL's digests run several times faster than QCryptographicHash's
// portable ones (SHA extensions, assembly): hashing is a full read of a
// multi-GiB image, so it matters.
struct Digest {
    explicit Digest(const EVP_MD *md) : ctx(EVP_MD_CTX_new()) { ok = ctx && EVP_DigestInit_ex(ctx, md, nullptr) == 1; }
    ~Digest() { EVP_MD_CTX_free(ctx); }
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;
    void add(const char *data, size_t n) { ok = ok && EVP_DigestUpdate(ctx, data, n) == 1; }
    QString hex()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        ok = ok && EVP_DigestFinal_ex(ctx, out, &len) == 1;
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex());
    }
    EVP_MD_CTX *ctx;
    bool ok = false;
};

} // namespace

Result<FileDigests> hashFile(const QString &path, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, ExporterText::tr("Cannot read %1.").arg(path), f.errorString());
    Digest sha256(EVP_sha256()), sha512(EVP_sha512()), md5(EVP_md5());
    const qint64 total = f.size();
    QByteArray buf(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return makeError(ErrorCode::Unreadable, ExporterText::tr("Reading %1 failed.").arg(path), f.errorString());
        if (n == 0)
            break;
        sha256.add(buf.constData(), size_t(n));
        sha512.add(buf.constData(), size_t(n));
        md5.add(buf.constData(), size_t(n));
        done += n;
        if (progress)
            progress(done, total, ExporterText::tr("Hashing"));
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, ExporterText::tr("Cancelled."));
    }
    FileDigests d{sha256.hex(), sha512.hex(), md5.hex(), done};
    if (!sha256.ok || !sha512.ok || !md5.ok)
        return makeError(ErrorCode::Internal, ExporterText::tr("The OpenSSL digests failed."));
    return d;
}

Status writeSums(const QString &path, const QList<QPair<QString, QString>> &hashAndName)
{
    QByteArray content;
    for (const auto &[hash, name] : hashAndName)
        content += hash.toLatin1() + "  " + QFile::encodeName(name) + '\n';
    return writeFileVerified(path, content);
}

} // namespace imageprep
