#pragma once
// Shared by the wizard tests: settings kept out of the user's home,
// screenshots saved as test artifacts, a wait on a condition with a deadline.

#include "TestSupport.h"

#include "checks/Catalogue.h"
#include "checks/CheckRun.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace guitest {

inline QString screenshotDir()
{
    return QStringLiteral(IMAGEPREP_BINARY_DIR "/artifacts/screenshots");
}

// Saves widget as NAME.png; returns the path, empty on failure.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(screenshotDir());
    const QString path = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

// Every QSettings of the process goes to dir (call before the first QSettings).
inline void isolateSettings(const QString &dir)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QCoreApplication::setOrganizationName(QStringLiteral("imageprep-tests"));
}

inline QByteArray sha256Of(const QString &path)
{
    return imageprep::test::sha256(path); // tests/common/TestSupport.h
}

// Every catalogue requirement: the first fails with evidence (an HTML-looking
// line, to prove it is shown as text), the second warns, the rest pass.
inline imageprep::CheckRun sampleRun()
{
    using namespace imageprep;
    CheckRun run;
    const QStringList ids = Catalogue::instance().ids();
    for (int i = 0; i < ids.size(); ++i) {
        CheckResult r;
        r.id = ids[i];
        r.status = i == 0 ? CheckStatus::Fail : i == 1 ? CheckStatus::Warning : CheckStatus::Pass;
        r.summary = QStringLiteral("summary of %1").arg(ids[i]);
        if (i == 0)
            r.evidence.append(Evidence{QStringLiteral("/etc/default/grub"), 7,
                                       QStringLiteral("GRUB_CMDLINE_LINUX=\"quiet <splash>\""), {}});
        run.results.append(r);
    }
    return run;
}

} // namespace guitest
