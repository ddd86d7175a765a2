// libFuzzer targets for the parsers that read untrusted bytes. One source,
// one target per parser, chosen by IMAGEPREP_FUZZ_TARGET at compile time;
// guest files go through the real path: the input is the file in a clean
// in-memory Debian guest, then every check, the planner and the fact readers
// run on it. Each target must never crash, hang or trip a sanitizer.
#include "GuestFixtures.h"
#include "NdbWriter.h"

#include "cache/NovaConfig.h"
#include "checks/CheckRun.h"
#include "fixes/FixPlan.h"
#include "glance/CloudConfig.h"
#include "guest/FileFacts.h"
#include "guest/RpmNdb.h"
#include "image/Archive.h"
#include "image/Ovf.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace imageprep;

namespace {

[[maybe_unused]] void guestFile(const char *path, const QByteArray &content)
{
    static const testing::Guest clean = testing::cleanGuest(testing::Family::Debian);
    testing::Guest g = clean;
    g.files.addFile(QString::fromLatin1(path), content);
    const CheckRun run = runChecklist(g.facts, g.files);
    const FixPlan plan = planFixes(g.facts, g.files, run);
    (void)plan.renderDiff();
    (void)detectInitSystem(g.files);
    (void)detectKernels(g.files);
    (void)prettyNameFromOsRelease(g.files.readText(QStringLiteral("/etc/os-release")));
}

[[maybe_unused]] void archive(const QByteArray &bytes)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        abort();
    f.close();
    const auto c = detectContainer(path);
    if (c && c->kind == ContainerKind::Tar)
        (void)scanTar(path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(FUZZ_OVF)
    (void)parseOvf(in);
    (void)parseManifest(in);
#elif defined(FUZZ_ARCHIVE)
    archive(in);
#elif defined(FUZZ_NOVACONF)
    (void)parseNovaConf(in);
#elif defined(FUZZ_CLOUDSYAML)
    (void)parseCloudConfig(in, QStringLiteral("devstack"));
#elif defined(FUZZ_RPM_NDB)
    // The input as a whole Packages.db, as one header blob, and as that blob
    // inside a well-formed container (past the checksums to the header reader).
    (void)readNdbPackages(in);
    (void)parseRpmHeader(in);
    (void)readNdbPackages(imageprep::test::makeNdb({QByteArray(in.constData(), in.size())}).bytes);
#elif defined(FUZZ_GUEST_PATH)
    guestFile(FUZZ_GUEST_PATH, QByteArray(in.constData(), in.size()));
#else
#error "choose a fuzz target"
#endif
    return 0;
}
