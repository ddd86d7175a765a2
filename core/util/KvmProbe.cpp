#include "util/KvmProbe.h"
#include "util/VerifiedWrite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace imageprep {

QString kvmMarkerPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QStringLiteral("/imageprep/kvm-launch-failed");
}

bool kvmKnownBroken()
{
    QFile f(kvmMarkerPath());
    return f.open(QIODevice::ReadOnly) && f.readLine().trimmed() == QSysInfo::kernelVersion().toUtf8();
}

void rememberKvmBroken()
{
    QDir().mkpath(QFileInfo(kvmMarkerPath()).absolutePath());
    (void)writeFileVerified(kvmMarkerPath(), QSysInfo::kernelVersion().toUtf8() + '\n'
                                                 + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n');
}

} // namespace imageprep
