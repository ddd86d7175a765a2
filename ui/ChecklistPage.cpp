#include "ChecklistPage.h"

#include "UiSupport.h"

#include "checks/Catalogue.h"
#include "checks/ManualSteps.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QSyntaxHighlighter>
#include <QTextBrowser>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace imageprep::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int StatusRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;
const QString ProblemsOnlyKey = QStringLiteral("checklist/problemsOnly");
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

ChecklistPage::ChecklistPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(tr("The checklist appears when the inspection is done."));
    m_summary->setWordWrap(true);
    m_problemsOnly = new QCheckBox(tr("Show &problems only"));
    m_problemsOnly->setAccessibleName(tr("Show only failed, warning and unknown requirements"));
    m_problemsOnly->setChecked(QSettings().value(ProblemsOnlyKey, false).toBool());
    top->addWidget(m_summary, 1);
    top->addWidget(m_problemsOnly);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Status"), tr("Severity"), tr("Requirement"), tr("Fix")});
    m_tree->setAccessibleName(tr("Requirements"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    split->addWidget(m_tree);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser;
    m_details->setAccessibleName(tr("Requirement details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a requirement to see why it matters and what was found."));
    // Lab mode's steps go below the details; the handle between them moves.
    auto *detailsSplit = new QSplitter(Qt::Vertical);
    detailsSplit->setChildrenCollapsible(false);
    detailsSplit->addWidget(m_details);
    rightLayout->addWidget(detailsSplit, 1);
    m_fixBox = new QGroupBox(tr("Fixes"));
    auto *fixLayout = new QVBoxLayout(m_fixBox);
    m_fixNotice = new QLabel(tr("Select a requirement to see its fix."));
    m_fixNotice->setWordWrap(true);
    fixLayout->addWidget(m_fixNotice);
    m_fixChosen = new QCheckBox(tr("&Apply this fix"));
    m_fixChosen->setAccessibleName(tr("Apply the fix for the selected requirement"));
    fixLayout->addWidget(m_fixChosen);
    auto *altRow = new QHBoxLayout;
    auto *altLabel = new QLabel(tr("&How:"));
    m_fixAlternative = new QComboBox;
    m_fixAlternative->setAccessibleName(tr("Fix alternative"));
    altLabel->setBuddy(m_fixAlternative);
    altRow->addWidget(altLabel);
    altRow->addWidget(m_fixAlternative, 1);
    fixLayout->addLayout(altRow);
    m_fixAlternativeNote = new QLabel;
    m_fixAlternativeNote->setWordWrap(true);
    fixLayout->addWidget(m_fixAlternativeNote);
    m_fixChosen->hide();
    m_fixAlternative->hide();
    altLabel->hide();
    m_fixAlternativeNote->hide();
    connect(m_fixChosen, &QCheckBox::toggled, this, [this](bool on) { setFixChosen(selectedRequirement(), on); });
    connect(m_fixAlternative, &QComboBox::activated, this, [this](int index) {
        setAlternative(selectedRequirement(), m_fixAlternative->itemData(index).toString());
    });
    m_fixAlternative->setProperty("buddyLabel", QVariant::fromValue<QObject *>(altLabel));

    m_labBox = new QGroupBox(tr("Lab: by hand"));
    auto *labLayout = new QVBoxLayout(m_labBox);
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
    detailsSplit->addWidget(m_labBox);
    detailsSplit->setStretchFactor(0, 2);
    detailsSplit->setStretchFactor(1, 3);
    m_labBox->setVisible(QSettings().value(LabModeKey, false).toBool());
    updateCheckAgain();

    rightLayout->addWidget(m_fixBox);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(ProblemsOnlyKey, on);
        applyFilter();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistPage::showDetails);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistPage::itemChanged);
}

QString ChecklistPage::title() const
{
    return tr("Checklist");
}

void ChecklistPage::clear()
{
    m_tree->clear();
    m_details->clear();
    m_run = {};
    m_hasRun = false;
    m_recheckId.clear();
    m_recheckNotes.clear();
    m_defaultPlan = {};
    m_hasPlan = false;
    m_chosen.clear();
    m_alternative.clear();
    m_summary->setText(tr("The checklist appears when the inspection is done."));
    Q_EMIT completeChanged();
}

bool ChecklistPage::isProblem(CheckStatus status)
{
    return status == CheckStatus::Fail || status == CheckStatus::Warning || status == CheckStatus::Unknown;
}

void ChecklistPage::setRun(const CheckRun &run)
{
    m_run = run;
    m_hasRun = true;
    m_tree->clear();
    const Catalogue &catalogue = Catalogue::instance();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const QString &group : groupOrder()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, groupTitle(group));
        item->setFirstColumnSpanned(true);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(0, GroupRole, group);
        groups.insert(group, item);
    }
    for (const CheckResult &r : run.results) {
        const Requirement *req = catalogue.find(r.id);
        const QString group = req ? req->group() : QString();
        QTreeWidgetItem *parent = groups.value(group);
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {groupTitle(group)});
            parent->setFlags(Qt::ItemIsEnabled);
            parent->setData(0, GroupRole, group);
            groups.insert(group, parent);
        }
        showRow(new QTreeWidgetItem(parent), r);
    }
    for (QTreeWidgetItem *g : std::as_const(groups)) {
        if (g->childCount() == 0)
            delete g;
    }

    showSummary();
    m_tree->expandAll();
    applyFilter();
    updateCheckAgain();
    Q_EMIT completeChanged();
}

void ChecklistPage::showRow(QTreeWidgetItem *item, const CheckResult &r)
{
    const Requirement *req = Catalogue::instance().find(r.id);
    item->setIcon(0, statusIcon(r.status));
    item->setText(0, statusWord(r.status));
    item->setText(1, req ? severityWord(req->severity()) : QString());
    item->setText(2, req ? req->title() : r.id);
    item->setToolTip(2, r.summary);
    item->setData(0, IdRole, r.id);
    item->setData(0, StatusRole, int(r.status));
    // Read as one sentence by screen readers: status, severity, title.
    item->setData(0, Qt::AccessibleTextRole,
                  QStringLiteral("%1, %2: %3").arg(item->text(0), item->text(1), item->text(2)));
}

void ChecklistPage::showSummary()
{
    const CheckRun &run = m_run;
    const int failed = run.count(CheckStatus::Fail);
    const int warnings = run.count(CheckStatus::Warning);
    const int unknown = run.count(CheckStatus::Unknown);
    const int passed = run.count(CheckStatus::Pass);
    QString verdict = run.requiredPassed() ? tr("Every required check passes.")
                                           : tr("Some required checks do not pass.");
    m_summary->setText(QStringLiteral("%1 %2")
                           .arg(verdict,
                                tr("Passed: %1 · Failed: %2 · Warnings: %3 · Unknown: %4 · Not applicable: %5")
                                    .arg(passed)
                                    .arg(failed)
                                    .arg(warnings)
                                    .arg(unknown)
                                    .arg(run.count(CheckStatus::NotApplicable))));
}

void ChecklistPage::applyFilter()
{
    const bool only = m_problemsOnly->isChecked();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const bool hide = only && !isProblem(CheckStatus(item->data(0, StatusRole).toInt()));
            item->setHidden(hide);
            shown += hide ? 0 : 1;
        }
        group->setHidden(shown == 0);
        group->setText(0, QStringLiteral("%1 (%2)").arg(groupTitle(group->data(0, GroupRole).toString())).arg(shown));
    }
}

void ChecklistPage::setProblemsOnly(bool only)
{
    m_problemsOnly->setChecked(only);
}

bool ChecklistPage::problemsOnly() const
{
    return m_problemsOnly->isChecked();
}

bool ChecklistPage::selectRequirement(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id && !(*it)->isHidden()) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString ChecklistPage::selectedRequirement() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void ChecklistPage::showDetails()
{
    const QString id = selectedRequirement();
    const CheckResult *r = m_run.result(id);
    const Requirement *req = Catalogue::instance().find(id);
    if (!r || !req) {
        m_details->clear();
        showLab({});
        return;
    }
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(req->title().toHtmlEscaped());
    html += QStringLiteral("<p><b>%1 %2</b> · %3 · <code>%4</code></p>")
                .arg(statusSymbol(r->status), statusWord(r->status).toHtmlEscaped(),
                     severityWord(req->severity()).toHtmlEscaped(), id.toHtmlEscaped());
    if (!r->summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(r->summary.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Why OpenStack needs it").toHtmlEscaped(),
                                                     req->rationale().toHtmlEscaped());
    if (!r->evidence.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Evidence").toHtmlEscaped());
        for (const Evidence &e : r->evidence) {
            html += QStringLiteral("<li>");
            if (!e.file.isEmpty()) {
                const QString where = e.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.line) : e.file;
                html += QStringLiteral("<code>%1</code>").arg(where.toHtmlEscaped());
                if (!e.text.isEmpty())
                    html += QStringLiteral("<pre>%1</pre>").arg(e.text.toHtmlEscaped());
            }
            if (!e.note.isEmpty())
                html += QStringLiteral(" %1").arg(e.note.toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
    showFixes(id);
    showLab(id);
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

QTreeWidgetItem *ChecklistPage::rowOf(const QString &id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id)
            return *it;
    }
    return nullptr;
}

void ChecklistPage::setAvailableFixes(const FixPlan &plan)
{
    m_defaultPlan = plan;
    m_hasPlan = true;
    m_chosen.clear();
    m_alternative.clear();
    const QSignalBlocker block(m_tree);
    for (const Fix &fix : plan.fixes) {
        m_chosen.insert(fix.requirementId, true);
        if (QTreeWidgetItem *row = rowOf(fix.requirementId)) {
            row->setCheckState(3, Qt::Checked);
            row->setText(3, tr("fix"));
            row->setData(3, Qt::AccessibleTextRole, tr("Apply the fix"));
        }
    }
    for (const FixOption &o : plan.options)
        m_alternative.insert(o.requirementId, o.chosen.isEmpty() ? o.defaultAlternative : o.chosen);
    for (const Unfixed &u : plan.unfixed) {
        if (QTreeWidgetItem *row = rowOf(u.requirementId)) {
            row->setText(3, tr("manual"));
            row->setToolTip(3, u.reason);
        }
    }
    showFixes(selectedRequirement());
    Q_EMIT fixChoiceChanged();
}

QStringList ChecklistPage::fixableIds() const
{
    QStringList ids;
    for (const Fix &fix : m_defaultPlan.fixes)
        ids << fix.requirementId;
    return ids;
}

void ChecklistPage::setFixChosen(const QString &id, bool chosen)
{
    if (!m_chosen.contains(id) || m_chosen.value(id) == chosen)
        return;
    m_chosen.insert(id, chosen);
    if (QTreeWidgetItem *row = rowOf(id)) {
        const QSignalBlocker block(m_tree);
        row->setCheckState(3, chosen ? Qt::Checked : Qt::Unchecked);
    }
    if (id == selectedRequirement()) {
        const QSignalBlocker block(m_fixChosen);
        m_fixChosen->setChecked(chosen);
        m_fixAlternative->setEnabled(chosen);
    }
    Q_EMIT fixChoiceChanged();
}

bool ChecklistPage::isFixChosen(const QString &id) const
{
    return m_chosen.value(id, false);
}

QStringList ChecklistPage::chosenFixes() const
{
    QStringList ids;
    for (const Fix &fix : m_defaultPlan.fixes) {
        if (m_chosen.value(fix.requirementId))
            ids << fix.requirementId;
    }
    return ids;
}

QStringList ChecklistPage::alternatives(const QString &id) const
{
    QStringList ids;
    for (const FixOption &o : m_defaultPlan.options) {
        if (o.requirementId != id)
            continue;
        for (const FixAlternative &a : o.alternatives)
            ids << a.id;
    }
    return ids;
}

void ChecklistPage::setAlternative(const QString &id, const QString &alternative)
{
    if (!alternatives(id).contains(alternative))
        return;
    m_alternative.insert(id, alternative);
    if (id == selectedRequirement())
        showFixes(id);
    Q_EMIT fixChoiceChanged();
}

QString ChecklistPage::alternative(const QString &id) const
{
    return m_alternative.value(id);
}

PlanOptions ChecklistPage::planOptions() const
{
    PlanOptions o;
    o.only = chosenFixes();
    for (auto it = m_alternative.cbegin(); it != m_alternative.cend(); ++it)
        o.alternatives.insert(it.key(), it.value());
    return o;
}

void ChecklistPage::itemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 3)
        return;
    const QString id = item->data(0, IdRole).toString();
    if (m_chosen.contains(id))
        setFixChosen(id, item->checkState(3) == Qt::Checked);
}

void ChecklistPage::showFixes(const QString &id)
{
    auto *altLabel = qobject_cast<QWidget *>(m_fixAlternative->property("buddyLabel").value<QObject *>());
    m_fixChosen->hide();
    m_fixAlternative->hide();
    altLabel->hide();
    m_fixAlternativeNote->hide();
    const CheckResult *r = m_run.result(id);
    if (!r) {
        m_fixNotice->setText(tr("Select a requirement to see its fix."));
        return;
    }
    if (!m_hasPlan) {
        m_fixNotice->setText(tr("Looking for fixes…"));
        return;
    }
    const Fix *fix = m_defaultPlan.fix(id);
    if (!fix) {
        QString reason;
        for (const Unfixed &u : m_defaultPlan.unfixed) {
            if (u.requirementId == id)
                reason = u.reason;
        }
        if (!reason.isEmpty())
            m_fixNotice->setText(tr("No automatic fix: %1").arg(reason));
        else if (r->status == CheckStatus::Pass || r->status == CheckStatus::NotApplicable)
            m_fixNotice->setText(tr("Nothing to fix."));
        else
            m_fixNotice->setText(tr("No automatic fix for this result."));
        return;
    }
    m_fixNotice->setText(tr("%1 (%n change(s))", nullptr, int(fix->edits.size())).arg(fix->title));
    {
        const QSignalBlocker block(m_fixChosen);
        m_fixChosen->setChecked(isFixChosen(id));
    }
    m_fixChosen->show();
    for (const FixOption &o : m_defaultPlan.options) {
        if (o.requirementId != id)
            continue;
        const QSignalBlocker block(m_fixAlternative);
        m_fixAlternative->clear();
        QStringList notes;
        for (const FixAlternative &a : o.alternatives) {
            m_fixAlternative->addItem(a.available ? a.title : tr("%1 (not available: %2)").arg(a.title, a.note), a.id);
            if (!a.available) // a disabled entry: visible, not choosable
                qobject_cast<QStandardItemModel *>(m_fixAlternative->model())
                    ->item(m_fixAlternative->count() - 1)
                    ->setEnabled(false);
        }
        m_fixAlternative->setCurrentIndex(std::max(0, m_fixAlternative->findData(alternative(id))));
        m_fixAlternative->setEnabled(isFixChosen(id));
        m_fixAlternative->show();
        altLabel->show();
        if (alternative(id) != o.defaultAlternative) {
            m_fixAlternativeNote->setText(tr("Not the default choice."));
            m_fixAlternativeNote->show();
        }
    }
    if (fix->alternative != QLatin1String("default") && !alternatives(id).contains(fix->alternative)) {
        // A choice offered by another requirement (the shared cloud-init install): name it.
        for (const FixOption &o : m_defaultPlan.options) {
            const Requirement *owner = Catalogue::instance().find(o.requirementId);
            const bool offers = std::any_of(o.alternatives.cbegin(), o.alternatives.cend(),
                                            [&](const FixAlternative &a) { return a.id == fix->alternative; });
            if (!owner || !offers)
                continue;
            m_fixAlternativeNote->setText(tr("Follows the cloud-init choice made on “%1”.").arg(owner->title()));
            m_fixAlternativeNote->show();
            break;
        }
    }
}

QString ChecklistPage::detailsHtml() const
{
    return m_details->toHtml();
}

QString ChecklistPage::detailsText() const
{
    return m_details->toPlainText();
}

QString ChecklistPage::summaryText() const
{
    return m_summary->text();
}

int ChecklistPage::visibleRequirementCount() const
{
    int n = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, IdRole).toString().isEmpty() && !(*it)->isHidden() && !(*it)->parent()->isHidden())
            ++n;
    }
    return n;
}

} // namespace imageprep::ui
