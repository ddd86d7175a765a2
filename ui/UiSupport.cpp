#include "UiSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPalette>

namespace imageprep::ui {

QIcon statusIcon(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QIcon(QStringLiteral(":/imageprep/icons/status-pass.svg"));
    case CheckStatus::Fail: return QIcon(QStringLiteral(":/imageprep/icons/status-fail.svg"));
    case CheckStatus::Warning: return QIcon(QStringLiteral(":/imageprep/icons/status-warning.svg"));
    case CheckStatus::NotApplicable: return QIcon(QStringLiteral(":/imageprep/icons/status-na.svg"));
    case CheckStatus::Unknown: break;
    }
    return QIcon(QStringLiteral(":/imageprep/icons/status-unknown.svg"));
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/imageprep/icons/imageprep.svg"));
}

QString groupTitle(const QString &group)
{
    if (group == u"disk-boot")
        return QApplication::translate("Checklist", "Disk and boot");
    if (group == u"network")
        return QApplication::translate("Checklist", "Network");
    if (group == u"access")
        return QApplication::translate("Checklist", "Access");
    if (group == u"cloud-init")
        //: Product name, usually not translated.
        return QApplication::translate("Checklist", "cloud-init");
    if (group == u"hygiene")
        //: Checklist group: leftovers that should not be in a shared image (logs, keys, machine id).
        return QApplication::translate("Checklist", "Hygiene");
    return group;
}

QStringList groupOrder()
{
    return {QStringLiteral("disk-boot"), QStringLiteral("network"), QStringLiteral("access"),
            QStringLiteral("cloud-init"), QStringLiteral("hygiene")};
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QApplication::translate("Sizes", "unknown");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString errorHtml(const Error &error)
{
    QString html = QStringLiteral("<p>%1</p>").arg(error.message.toHtmlEscaped());
    if (!error.detail.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(error.detail.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    return html;
}

void setMessage(QLabel *label, const QString &html, bool isError)
{
    if (html.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    //: Prefix of an error message; the word matters, the colour is only a hint.
    const QString prefix = isError ? QApplication::translate("Messages", "Error:") : QString();
    label->setText(prefix.isEmpty() ? html : QStringLiteral("<b>%1</b> %2").arg(prefix.toHtmlEscaped(), html));
    label->show();
}

bool isDarkPalette()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    return window.lightness() < 128;
}

} // namespace imageprep::ui
