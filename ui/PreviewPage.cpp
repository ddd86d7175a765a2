#include "PreviewPage.h"

#include "DiffView.h"

#include "checks/Catalogue.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {
constexpr int FixRole = Qt::UserRole;      // index into plan.fixes
constexpr int EditRole = Qt::UserRole + 1; // index into that fix's edits, -1 for the fix row
} // namespace

PreviewPage::PreviewPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(tr("Choose fixes on the checklist first."));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    auto *split = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("Fix, file or action"), tr("Change")});
    m_tree->setAccessibleName(tr("Planned changes"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff = new DiffView;
    split->addWidget(m_tree);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PreviewPage::showSelected);
}

QString PreviewPage::title() const
{
    return tr("Preview");
}

void PreviewPage::clear()
{
    m_plan = {};
    m_hasPlan = false;
    m_tree->clear();
    m_diff->setDiff({});
    m_notice->setText(tr("Choose fixes on the checklist first."));
    Q_EMIT completeChanged();
}

void PreviewPage::setPlanning()
{
    clear();
    m_notice->setText(tr("Planning the chosen fixes…"));
}

void PreviewPage::showError(const QString &message)
{
    clear();
    m_notice->setText(tr("Error: no plan. %1").arg(message));
}

void PreviewPage::setPlan(const FixPlan &plan)
{
    m_plan = plan;
    m_hasPlan = true;
    m_tree->clear();
    for (int f = 0; f < plan.fixes.size(); ++f) {
        const Fix &fix = plan.fixes[f];
        auto *fixItem = new QTreeWidgetItem(m_tree, {fix.title, tr("%n change(s)", nullptr, int(fix.edits.size()))});
        fixItem->setData(0, FixRole, f);
        fixItem->setData(0, EditRole, -1);
        for (int e = 0; e < fix.edits.size(); ++e) {
            const EditPtr &edit = fix.edits[e];
            const QString where = edit->path().isEmpty() ? edit->summary() : edit->path();
            auto *item = new QTreeWidgetItem(fixItem, {where, toString(edit->kind())});
            item->setToolTip(0, edit->summary());
            item->setData(0, FixRole, f);
            item->setData(0, EditRole, e);
        }
    }
    m_tree->expandAll();
    QStringList notes;
    notes << tr("%n change(s) planned; nothing is written until Apply.", nullptr, plan.editCount());
    for (const Unfixed &u : plan.unfixed) {
        const Requirement *req = Catalogue::instance().find(u.requirementId);
        notes << tr("Not fixed automatically: %1 (%2).").arg(req ? req->title() : u.requirementId, u.reason);
    }
    for (const Unfixed &u : plan.unproven) {
        const Requirement *req = Catalogue::instance().find(u.requirementId);
        notes << tr("%1: %2").arg(req ? req->title() : u.requirementId, u.reason);
    }
    for (const QString &e : plan.errors)
        notes << tr("Left alone: %1").arg(e);
    for (const QString &e : plan.invalidChoices)
        notes << e;
    if (plan.isEmpty())
        notes = QStringList{tr("No fix chosen, nothing to apply. Go back to choose fixes, or on to export.")};
    m_notice->setText(notes.join(u'\n'));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    Q_EMIT completeChanged();
}

void PreviewPage::showSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_diff->setDiff({});
        return;
    }
    const int f = item->data(0, FixRole).toInt();
    const int e = item->data(0, EditRole).toInt();
    if (f < 0 || f >= m_plan.fixes.size())
        return;
    const Fix &fix = m_plan.fixes[f];
    if (e < 0) {
        QStringList all;
        for (const EditPtr &edit : fix.edits)
            all << edit->diff();
        m_diff->setDiff(all.join(u'\n'));
    } else if (e < fix.edits.size()) {
        m_diff->setDiff(fix.edits[e]->diff());
    }
}

bool PreviewPage::selectFile(const QString &path)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int f = (*it)->data(0, FixRole).toInt();
        const int e = (*it)->data(0, EditRole).toInt();
        if (e >= 0 && m_plan.fixes[f].edits[e]->path() == path) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString PreviewPage::noticeText() const
{
    return m_notice->text();
}

} // namespace imageprep::ui
