// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodoverview.h"

#include "factvalue.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QScrollArea>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

BodOverview::BodOverview(QWidget *parent)
    : QTabWidget(parent)
    , m_problems(new QListWidget(this))
    , m_structure(new QTreeWidget(this))
    , m_events(new QTreeWidget(this))
{
    m_structure->setHeaderLabels({tr("Element"), tr("Line")});
    m_structure->header()->setStretchLastSection(false); // the element names take the room, not the line numbers
    m_structure->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_structure->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->setHeaderLabels({tr("Time"), tr("Event"), tr("Detail")});
    m_problems->setObjectName(u"bodProblems"_s);
    m_problems->setWordWrap(true);

    // In a scroll area: a long BODID wraps onto more lines, and nothing is cut in a short window.
    auto *factsPage = new QWidget(this);
    m_facts = new QFormLayout(factsPage);
    auto *factsScroll = new QScrollArea(this);
    factsScroll->setObjectName(u"bodFacts"_s);
    factsScroll->setWidget(factsPage);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    addTab(factsScroll, tr("Facts"));
    addTab(m_problems, tr("Problems"));
    addTab(m_structure, tr("Structure"));
    addTab(m_events, tr("Events"));

    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT lineActivated(item->data(Qt::UserRole).toInt()); });
    connect(m_structure, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->text(1).toInt()); });
}

void BodOverview::showEvents(const QList<LogEvent> &events)
{
    m_events->clear();
    for (const LogEvent &e : events)
        m_events->addTopLevelItem(new QTreeWidgetItem({e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                                                       e.event, e.detail}));
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1); // "Validation failed" whole; the detail has the tooltip and the rest
    for (int i = 0; i < m_events->topLevelItemCount(); ++i)
        m_events->topLevelItem(i)->setToolTip(2, m_events->topLevelItem(i)->text(2));
}

void BodOverview::showDocument(const BodDocument &document)
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const BodFacts &f = document.facts;
    const QList<QPair<QString, QString>> rows {
        {tr("Document"), f.verb.isEmpty() ? QString() : f.documentName()},
        {tr("Instances"), QString::number(f.nounCount)},
        {tr("BODID"), f.bodId},
        {tr("Business key"), f.documentId},
        {tr("Variation"), f.variationId},
        {tr("Sender"), f.senderLogicalId},
        {tr("Created"), f.creationDateTime},
        {tr("Accounting entity"), f.accountingEntity},
        {tr("Location"), f.location},
        {tr("Action code"), f.actionCode},
    };
    for (const auto &[label, value] : rows) {
        auto *v = new FactValue(value.isEmpty() ? u"—"_s : value);
        v->setObjectName(u"fact"_s);
        m_facts->addRow(label + u':', v);
    }
    m_problems->clear();
    for (const BodProblem &p : document.problems) {
        auto *item = new QListWidgetItem(
            QIcon(p.severity == BodProblem::Severity::Error ? u":/icons/failed.svg"_s : u":/icons/running.svg"_s),
            tr("Line %1: %2").arg(p.line).arg(p.message));
        item->setData(Qt::UserRole, int(p.line));
        m_problems->addItem(item);
    }
    m_structure->clear();
    QList<QTreeWidgetItem *> parents;
    for (const BodOutlineNode &n : document.outline) {
        auto *item = new QTreeWidgetItem({n.name, QString::number(n.line)});
        while (parents.size() > n.depth)
            parents.removeLast();
        if (parents.isEmpty())
            m_structure->addTopLevelItem(item);
        else
            parents.last()->addChild(item);
        parents.append(item);
        while (parents.size() < n.depth + 1)
            parents.append(item);
    }
    m_structure->expandToDepth(1);
    const int errors = document.errorCount();
    setTabText(1, errors ? tr("Problems (%1)").arg(errors) : tr("Problems"));
}
