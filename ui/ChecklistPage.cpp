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

namespace imageprep::ui {

namespace {
constexpr int StatusRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;
const QString ProblemsOnlyKey = QStringLiteral("checklist/problemsOnly");
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
    m_fixBox = buildFixBox();
    m_labBox = buildLabBox();
    detailsSplit->addWidget(m_labBox);
    detailsSplit->setStretchFactor(0, 2);
    detailsSplit->setStretchFactor(1, 3);
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

QTreeWidgetItem *ChecklistPage::rowOf(const QString &id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id)
            return *it;
    }
    return nullptr;
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
