// The checklist's lab mode: how to check and fix the selected requirement
// by hand (core/checks/ManualSteps, with the image path put in), and "Check
// again", which re-runs that one check on the session's current workspace.
#include "ChecklistPage.h"

#include "checks/ManualSteps.h"
#include "session/Session.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSyntaxHighlighter>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {
const QString LabModeKey = QStringLiteral("checklist/labMode");

// Explanations ("# ..." lines) in the palette's muted italic, so that the
// commands stand out; the colour follows the theme, dark included.
class ShellCommentHighlighter final : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        if (!text.trimmed().startsWith(QLatin1Char('#')))
            return;
        QTextCharFormat f;
        f.setFontItalic(true);
        // Three quarters text, one quarter background: muted, still well above 4.5:1.
        const QPalette palette;
        const QColor fg = palette.color(QPalette::Text);
        const QColor bg = palette.color(QPalette::Base);
        f.setForeground(QColor::fromRgbF(0.75f * fg.redF() + 0.25f * bg.redF(), 0.75f * fg.greenF() + 0.25f * bg.greenF(),
                                         0.75f * fg.blueF() + 0.25f * bg.blueF()));
        setFormat(0, int(text.size()), f);
    }
};

// A read-only, selectable, copyable view of shell commands.
QPlainTextEdit *commandView(const QString &accessibleName)
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true); // Tab leaves the view: keyboard users are not trapped
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setAccessibleName(accessibleName);
    new ShellCommentHighlighter(view->document());
    return view;
}
} // namespace

QGroupBox *ChecklistPage::buildLabBox()
{
    auto *box = new QGroupBox(tr("Lab: by hand"));
    auto *labLayout = new QVBoxLayout(box);
    auto *againRow = new QHBoxLayout;
    m_checkAgain = new QPushButton(tr("Check a&gain"));
    m_checkAgain->setAccessibleName(tr("Check the selected requirement again"));
    m_checkAgain->setToolTip(tr("Runs this one check again on the image as it is now, fixes included."));
    m_checkAgainNote = new QLabel;
    m_checkAgainNote->setWordWrap(true);
    m_checkAgainNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    againRow->addWidget(m_checkAgain);
    againRow->addStretch(1);
    labLayout->addLayout(againRow);
    labLayout->addWidget(m_checkAgainNote);
    //: Lab mode: heading above the commands that check the selected requirement by hand.
    auto *checkLabel = new QLabel(tr("Check by han&d"));
    m_labCheck = commandView(tr("Commands to check the requirement by hand"));
    checkLabel->setBuddy(m_labCheck);
    //: Lab mode: heading above the commands that fix the selected requirement by hand.
    auto *fixLabel = new QLabel(tr("Fi&x by hand"));
    m_labFix = commandView(tr("Commands to fix the requirement by hand"));
    fixLabel->setBuddy(m_labFix);
    for (QLabel *heading : {checkLabel, fixLabel}) {
        QFont f = heading->font();
        f.setBold(true);
        heading->setFont(f);
    }
    labLayout->addWidget(checkLabel);
    labLayout->addWidget(m_labCheck, 1);
    labLayout->addWidget(fixLabel);
    labLayout->addWidget(m_labFix, 1);
    connect(m_checkAgain, &QPushButton::clicked, this, [this] { checkAgain(); });
    box->setVisible(QSettings().value(LabModeKey, false).toBool());
    return box;
}

void ChecklistPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::rechecked, this, &ChecklistPage::recheckArrived);
        // Read isBusy(), not the signal's value: a chained step may already
        // have made the session busy again while this signal is delivered.
        connect(session, &Session::busyChanged, this, &ChecklistPage::updateCheckAgain);
        connect(session, &Session::failed, this, [this](const Error &error) {
            if (m_recheckId.isEmpty())
                return;
            m_recheckNotes.insert(m_recheckId, tr("Could not check again: %1").arg(error.message));
            m_recheckId.clear();
            showLab(selectedRequirement());
        });
    }
    showLab(selectedRequirement());
}

void ChecklistPage::setLabMode(bool on)
{
    if (labMode() == on && m_labBox->isVisibleTo(this) == on)
        return;
    QSettings().setValue(LabModeKey, on);
    m_labBox->setVisible(on);
    showLab(selectedRequirement());
    Q_EMIT labModeChanged(on);
}

bool ChecklistPage::labMode() const
{
    return QSettings().value(LabModeKey, false).toBool();
}

void ChecklistPage::showLab(const QString &id)
{
    updateCheckAgain();
    if (!labMode())
        return;
    const ManualSteps steps = manualSteps(id);
    if (steps.isEmpty()) {
        m_labCheck->setPlainText(QString());
        m_labFix->setPlainText(QString());
        m_labCheck->setPlaceholderText(tr("Select a requirement to see how to check it by hand."));
        m_labFix->setPlaceholderText(tr("Select a requirement to see how to fix it by hand."));
        m_checkAgainNote->clear();
        return;
    }
    // The commands name the image the session opened (read only) and a copy
    // beside it for the fixes; before an image is open they keep IMAGE and COPY.
    const QString image = m_session ? m_session->image().originalPath : QString();
    m_labCheck->setPlainText(withImagePath(steps.check, image));
    m_labFix->setPlainText(withImagePath(steps.fix, image));
    for (QPlainTextEdit *view : {m_labCheck, m_labFix})
        view->moveCursor(QTextCursor::Start); // each requirement's steps are read from the top
    m_checkAgainNote->setText(m_recheckNotes.value(id));
}

void ChecklistPage::updateCheckAgain()
{
    const bool busy = !m_session || m_session->isBusy() || !m_recheckId.isEmpty();
    m_checkAgain->setEnabled(labMode() && !busy && m_run.result(selectedRequirement()));
}

bool ChecklistPage::checkAgain()
{
    const QString id = selectedRequirement();
    if (!labMode() || !m_checkAgain->isEnabled() || !m_run.result(id))
        return false;
    m_recheckId = id;
    m_recheckNotes.insert(id, tr("Checking again…"));
    m_checkAgainNote->setText(m_recheckNotes.value(id));
    m_session->recheck(id);
    updateCheckAgain();
    return true;
}

void ChecklistPage::recheckArrived(const CheckResult &result)
{
    if (result.id != m_recheckId)
        return;
    m_recheckId.clear();
    for (CheckResult &r : m_run.results) {
        if (r.id != result.id)
            continue;
        const QString note = changeNote(r, result);
        r = result;
        //: Lab mode: %1 says what changed ("Now passes (was FAIL)."), %2 is the time of day.
        m_recheckNotes.insert(result.id, tr("%1 Checked again at %2.")
                                             .arg(note, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        break;
    }
    if (QTreeWidgetItem *row = rowOf(result.id))
        showRow(row, result);
    showSummary();
    if (selectedRequirement() == result.id)
        showDetails();
    updateCheckAgain();
}

QString ChecklistPage::changeNote(const CheckResult &before, const CheckResult &after)
{
    if (before.status != after.status) {
        switch (after.status) {
        case CheckStatus::Pass: return tr("Now passes (was %1).").arg(statusWord(before.status));
        case CheckStatus::Fail: return tr("Now fails (was %1).").arg(statusWord(before.status));
        default:
            //: Lab mode: a check's status changed; %1 and %2 are status words such as FAIL and WARN.
            return tr("Status changed from %1 to %2.").arg(statusWord(before.status), statusWord(after.status));
        }
    }
    const bool sameFindings = before.summary == after.summary && before.evidence == after.evidence;
    QString still;
    switch (after.status) {
    case CheckStatus::Pass: still = tr("Still passes."); break;
    case CheckStatus::Fail: still = tr("Still failing."); break;
    case CheckStatus::Warning: still = tr("Still a warning."); break;
    case CheckStatus::NotApplicable: still = tr("Still not applicable."); break;
    case CheckStatus::Unknown: still = tr("Still unknown."); break;
    }
    return sameFindings ? still : tr("%1 The evidence changed.").arg(still);
}

QString ChecklistPage::labCheckText() const
{
    return labMode() ? m_labCheck->toPlainText() : QString();
}

QString ChecklistPage::labFixText() const
{
    return labMode() ? m_labFix->toPlainText() : QString();
}

QString ChecklistPage::checkAgainNote() const
{
    return m_checkAgainNote->text();
}

} // namespace imageprep::ui
