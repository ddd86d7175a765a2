// The wizard follows the desktop: a dark palette keeps every coloured element
// readable (contrast measured, not eyeballed), a live theme switch recolours
// the diff, and the pages speak Simplified Chinese when that language is
// installed. Screenshots of each go to the artifacts folder.
#include "GuiTestSupport.h"

#include "ChecklistPage.h"
#include "DiffView.h"
#include "MainWindow.h"
#include "OpenPage.h"
#include "UiSupport.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace imageprep;
using namespace imageprep::ui;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A dark palette as a dark desktop theme hands it to Qt (Breeze Dark's colours).
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::ToolTipBase, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return p;
}

const QString kDiff = QStringLiteral("--- a/etc/default/grub\n"
                                     "+++ b/etc/default/grub\n"
                                     "@@ -3,3 +3,4 @@\n"
                                     " GRUB_TIMEOUT=5\n"
                                     "-GRUB_CMDLINE_LINUX=\"quiet\"\n"
                                     "+GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8\"\n"
                                     "+GRUB_TERMINAL=\"serial console\"\n"
                                     " GRUB_DEFAULT=0\n");

struct DiffColours {
    QColor added;
    QColor removed;
    QColor hunk;
};

DiffColours coloursOf(const DiffView &view)
{
    DiffColours c;
    for (const QTextEdit::ExtraSelection &sel : view.extraSelections()) {
        const int line = sel.cursor.blockNumber();
        if (view.lineNumbers(line).newLine)
            c.added = sel.format.background().color();
        else
            c.removed = sel.format.background().color();
    }
    const QTextBlock hunk = view.document()->findBlockByNumber(2);
    const QList<QTextLayout::FormatRange> formats = hunk.layout()->formats();
    if (!formats.isEmpty())
        c.hunk = formats.first().format.foreground().color();
    return c;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    return cjk.match(text).hasMatch();
}

} // namespace

class TestWizardLook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void diffIsReadableInBothThemes_data();
    void diffIsReadableInBothThemes();
    void themeSwitchRecoloursTheDiff();
    void darkScreenshots();
    void wizardSpeaksChinese();
    void everyControlHasANameAndTakesFocus();
    void languageMenuShowsTheChoice();

private:
    QTemporaryDir m_dir;
    QPalette m_light;
};

void TestWizardLook::initTestCase()
{
    QVERIFY(m_dir.isValid());
    guitest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    // Fusion draws with the palette it is given, as desktop styles do.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(m_light);
}

void TestWizardLook::cleanup()
{
    QApplication::setPalette(m_light);
    installTranslations(QStringLiteral("en"));
}

void TestWizardLook::diffIsReadableInBothThemes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestWizardLook::diffIsReadableInBothThemes()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : m_light);
    QCOMPARE(isDarkPalette(), dark);
    DiffView view;
    view.setDiff(kDiff);
    const DiffColours c = coloursOf(view);
    QVERIFY(c.added.isValid() && c.removed.isValid() && c.hunk.isValid());
    const QColor text = view.palette().color(QPalette::Text);
    const QColor base = view.palette().color(QPalette::Base);
    // WCAG AA for body text: 4.5:1.
    QVERIFY2(contrast(text, c.added) >= 4.5, qPrintable(QString::number(contrast(text, c.added))));
    QVERIFY2(contrast(text, c.removed) >= 4.5, qPrintable(QString::number(contrast(text, c.removed))));
    QVERIFY2(contrast(c.hunk, base) >= 4.5, qPrintable(QString::number(contrast(c.hunk, base))));
    // Added and removed differ by more than hue alone would show.
    QVERIFY(c.added != c.removed);
    // The line backgrounds belong to the theme: dark on dark, light on light.
    QCOMPARE(c.added.lightness() < 128, dark);
    QCOMPARE(c.removed.lightness() < 128, dark);
    view.resize(640, 220);
    view.show();
    QVERIFY(!guitest::saveScreenshot(&view, dark ? QStringLiteral("dark-diffview") : QStringLiteral("light-diffview")).isEmpty());
}

void TestWizardLook::themeSwitchRecoloursTheDiff()
{
    DiffView view;
    view.setDiff(kDiff);
    view.show();
    const DiffColours light = coloursOf(view);
    QApplication::setPalette(darkPalette()); // the desktop switches theme while the wizard runs
    QCoreApplication::processEvents();
    const DiffColours dark = coloursOf(view);
    QVERIFY(dark.added != light.added);
    QVERIFY(dark.added.lightness() < 128);
    QVERIFY(dark.hunk != light.hunk);
}

void TestWizardLook::darkScreenshots()
{
    QApplication::setPalette(darkPalette());
    MainWindow w;
    w.resize(1000, 680);
    w.show();
    w.openPage()->setImagePath(QStringLiteral("/srv/images/debian-12.qcow2"));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("dark-1-open")).isEmpty());

    ChecklistPage page;
    page.setRun(guitest::sampleRun());
    QVERIFY(page.selectRequirement(Catalogue::instance().ids().first()));
    page.resize(1000, 600);
    page.show();
    QVERIFY(!guitest::saveScreenshot(&page, QStringLiteral("dark-3-checklist")).isEmpty());
    // Rows keep their icon and word on a dark background.
    QTreeWidgetItem *row = page.tree()->currentItem();
    QVERIFY(!row->icon(0).isNull());
    QCOMPARE(row->text(0), statusWord(CheckStatus::Fail));
    page.setLabMode(true);
    QVERIFY(page.selectRequirement(QStringLiteral("serial-console")));
    QVERIFY(page.labCheckText().contains(QLatin1String("virt-cat")));
    QTest::qWait(20); // the splitter lays the new box out
    QVERIFY(!guitest::saveScreenshot(&page, QStringLiteral("dark-3-checklist-lab")).isEmpty());
    page.setLabMode(false);
}

void TestWizardLook::wizardSpeaksChinese()
{
    QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    MainWindow w;
    w.resize(1000, 680);
    w.show();
    w.openPage()->setImagePath(QStringLiteral("/srv/images/debian-12.qcow2"));
    QVERIFY2(hasChinese(w.nextButton()->text()), qPrintable(w.nextButton()->text()));
    QVERIFY2(hasChinese(w.openPage()->title()), qPrintable(w.openPage()->title()));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("zh_CN-1-open")).isEmpty());

    ChecklistPage page;
    page.setRun(guitest::sampleRun());
    const QString failId = Catalogue::instance().ids().first();
    QVERIFY(page.selectRequirement(failId));
    QTreeWidgetItem *row = page.tree()->currentItem();
    QCOMPARE(row->text(0), QStringLiteral("失败"));
    QVERIFY2(hasChinese(row->text(2)), qPrintable(row->text(2))); // the requirement's title
    const QString details = page.detailsText();
    QVERIFY2(hasChinese(details), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("/etc/default/grub:7"))); // evidence stays as found
    page.resize(1000, 600);
    page.show();
    QVERIFY(!guitest::saveScreenshot(&page, QStringLiteral("zh_CN-3-checklist")).isEmpty());
}

void TestWizardLook::everyControlHasANameAndTakesFocus()
{
    // Every page of the wizard is built up front; walk all of their controls.
    MainWindow w;
    w.show();
    QStringList problems;
    int controls = 0;
    for (QWidget *c : w.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(c) || qobject_cast<QLineEdit *>(c)
                             || qobject_cast<QComboBox *>(c) || qobject_cast<QAbstractItemView *>(c)
                             || qobject_cast<QPlainTextEdit *>(c) || qobject_cast<QTextEdit *>(c)
                             || qobject_cast<QAbstractSpinBox *>(c);
        // Qt's own parts of composite widgets (a combo box's list, a line edit's
        // clear button, a view's headers and corner button) are reached through their owner.
        if (!control || c->objectName().startsWith(QLatin1String("qt_")) || c->inherits("QLineEditIconButton")
            || c->inherits("QHeaderView") || c->inherits("QTableCornerButton")
            || qobject_cast<QComboBox *>(c->parentWidget()) || c->window()->inherits("QComboBoxPrivateContainer"))
            continue;
        // A list that only shows (no selection, no focus) is a display, not a control:
        // the step list beside the pages, which Back and Next drive.
        if (auto *view = qobject_cast<QAbstractItemView *>(c);
            view && view->selectionMode() == QAbstractItemView::NoSelection && view->focusPolicy() == Qt::NoFocus)
            continue;
        ++controls;
        const QString what = QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ')
                             + (c->objectName().isEmpty() ? QString() : c->objectName());
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(c);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("no accessible name: ") + what
                            + QStringLiteral(" (parent %1)").arg(QString::fromLatin1(c->parent()->metaObject()->className()));
        if (!(c->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("not reachable with Tab: ") + what;
    }
    QVERIFY(controls > 20);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWizardLook::languageMenuShowsTheChoice()
{
    QSettings().setValue(LanguageSettingsKey, QStringLiteral("zh_CN"));
    MainWindow w;
    QMenu *language = nullptr;
    for (QMenu *m : w.menuBar()->findChildren<QMenu *>()) {
        if (m->title().remove(QLatin1Char('&')) == QLatin1String("Language"))
            language = m;
    }
    QVERIFY(language);
    QStringList entries;
    QString checked;
    for (QAction *a : language->actions()) {
        if (a->isSeparator())
            continue;
        entries << a->text();
        if (a->isChecked())
            checked = a->data().toString();
        QVERIFY(a->isCheckable());
    }
    // Each language in its own name, so a reader of either finds theirs.
    QCOMPARE(entries, (QStringList{QStringLiteral("System Language"), QStringLiteral("English"), QStringLiteral("简体中文")}));
    QCOMPARE(checked, QStringLiteral("zh_CN"));
    QSettings().remove(LanguageSettingsKey);
}

QTEST_MAIN(TestWizardLook)
#include "tst_wizardlook.moc"
