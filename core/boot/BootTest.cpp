#include "boot/BootTest.h"
#include "boot/BootRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imageprep {

BootFirmware firmwareForDiskHeader(const QByteArray &s)
{
    if (s.size() < 1024 || quint8(s.at(510)) != 0x55 || quint8(s.at(511)) != 0xaa)
        return BootFirmware::Bios;
    bool protectiveMbr = false;
    for (int i = 0; i < 4; ++i) {
        if (quint8(s.at(446 + i * 16 + 4)) == 0xee)
            protectiveMbr = true;
    }
    if (!protectiveMbr || s.mid(512, 8) != "EFI PART")
        return BootFirmware::Bios;
    const auto le32 = [&s](int off) {
        return quint32(quint8(s.at(off))) | quint32(quint8(s.at(off + 1))) << 8 | quint32(quint8(s.at(off + 2))) << 16
               | quint32(quint8(s.at(off + 3))) << 24;
    };
    const quint64 entriesLba = le32(512 + 72); // the low half is enough for LBA 2
    const quint32 count = le32(512 + 80);
    const quint32 entrySize = le32(512 + 84);
    // GUIDs as stored on disk (mixed endian)
    static const QByteArray esp = QByteArray::fromHex("28732ac11ff8d211ba4b00a0c93ec93b");
    static const QByteArray biosBoot = QByteArray::fromHex("4861682149646f6e744e656564454649");
    bool hasEsp = false, hasBiosBoot = false;
    for (quint32 i = 0; i < count && entrySize >= 16; ++i) {
        const qint64 off = qint64(entriesLba) * 512 + qint64(i) * entrySize;
        if (off + 16 > s.size())
            break;
        const QByteArray type = s.mid(off, 16);
        hasEsp = hasEsp || type == esp;
        hasBiosBoot = hasBiosBoot || type == biosBoot;
    }
    return hasEsp && !hasBiosBoot ? BootFirmware::Uefi : BootFirmware::Bios;
}

QByteArray configDriveMetaData(const QString &uuid, const QString &hostname, const QString &publicKey)
{
    const QJsonObject meta{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), hostname},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("launch_index"), 0},
        {QStringLiteral("availability_zone"), QStringLiteral("nova")},
        {QStringLiteral("project_id"), QStringLiteral("imageprep-boot-test")},
        {QStringLiteral("public_keys"), QJsonObject{{QStringLiteral("key-0"), publicKey}}},
        {QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("key-0")},
                                                         {QStringLiteral("type"), QStringLiteral("ssh")},
                                                         {QStringLiteral("data"), publicKey}}}},
        {QStringLiteral("meta"), QJsonObject{}},
    };
    return QJsonDocument(meta).toJson(QJsonDocument::Indented);
}

QByteArray configDriveUserData()
{
    // runcmd runs in cloud-init's final stage, after growpart and resizefs;
    // its line on the serial console is the evidence for the grown root.
    return QByteArrayLiteral("#cloud-config\n"
                             "runcmd:\n"
                             "  - [ sh, -c, 'echo \"") + QByteArray(RootSizeMarker)
           + QByteArrayLiteral(" root-fs-bytes=$(df -B1 --output=size / | tail -n 1 | tr -d \" \")\" > /dev/ttyS0' ]\n");
}

Result<BootTestReport> runBootTest(const BootTestOptions &options, const BootTestCallbacks &callbacks,
                                   const std::atomic<bool> &cancel)
{
    bootrun::BootRun run(options, callbacks, cancel);
    return run.run();
}

BootTest::BootTest(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<BootCheck>();
    qRegisterMetaType<BootTestReport>();
}

BootTest::~BootTest()
{
    // The worker emits through this object: it must be done before we go.
    m_job.cancel();
    m_job.waitForFinished();
}

bool BootTest::isRunning() const
{
    return m_running;
}

void BootTest::cancel()
{
    m_job.cancel();
}

void BootTest::start(const BootTestOptions &options)
{
    if (m_running)
        return;
    // The callbacks emit from the worker; Qt queues the signals to this object's thread.
    m_job = Job<BootTestReport>::start([this, options](const JobControl &control) {
        BootTestCallbacks cb;
        cb.progress = [this](const QString &s) { Q_EMIT progress(s); };
        cb.serialLine = [this](const QString &s) { Q_EMIT serialLine(s); };
        cb.checkChanged = [this](const BootCheck &c) { Q_EMIT checkChanged(c); };
        return runBootTest(options, cb, control.cancelFlag());
    });
    m_job.onFinished(this, [this](const Result<BootTestReport> &outcome) {
        m_running = false;
        Q_EMIT runningChanged(false);
        if (outcome.ok())
            Q_EMIT finished(outcome.value());
        else if (outcome.error().code == ErrorCode::Cancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(outcome.error().message, outcome.error().detail);
    });
    m_running = true;
    Q_EMIT runningChanged(true);
}

} // namespace imageprep
