// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimconformanceview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int PlannedChecks = 19;
}

ScimConformanceView::ScimConformanceView(QWidget *parent)
    : QWidget(parent)
    , m_run(new QPushButton(QIcon(u":/icons/test.svg"_s), tr("Run C&onformance"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_checks(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    m_run->setObjectName(u"runConformance"_s);
    m_run->setToolTip(tr("Create, read, filter, change and delete a test user and group, as Azure AD or Okta would"));
    m_summary->setObjectName(u"conformanceSummary"_s);
    m_checks->setObjectName(u"conformanceChecks"_s);
    m_checks->setHeaderLabels({tr("Check"), tr("Verdict")});
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setStretchLastSection(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a check to see its request, what was expected and what came."));
    m_progress->setRange(0, PlannedChecks);
    m_progress->setVisible(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_summary, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_checks);
    splitter->addWidget(m_details);
    splitter->setSizes({300, 150});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    connect(m_run, &QPushButton::clicked, this, &ScimConformanceView::runRequested);
    connect(m_checks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !m_conformance)
            return;
        const auto &c = m_conformance->checks().value(m_checks->indexOfTopLevelItem(item));
        m_details->setPlainText(tr("Request:\n%1\n\nExpected:\n%2\n\nActual:\n%3").arg(c.request, c.expected, c.actual));
    });
}

void ScimConformanceView::run(ScimClient *client)
{
    delete m_conformance;
    m_conformance = new ScimConformance(client, this);
    m_checks->clear();
    m_details->clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_run->setEnabled(false);
    m_summary->setText(tr("Running; SCIM servers limit calls a minute, so this takes a while."));
    connect(m_conformance, &ScimConformance::checkDone, this, [this](const ScimConformance::Check &c) {
        using V = ScimConformance::Verdict;
        auto *item = new QTreeWidgetItem(m_checks, {c.name, ScimConformance::verdictName(c.verdict)});
        item->setIcon(0, QIcon(c.verdict == V::Pass ? u":/icons/passed.svg"_s : c.verdict == V::Fail ? u":/icons/failed.svg"_s
                                                                                                     : u":/icons/hide.svg"_s));
        item->setToolTip(0, c.actual);
        m_progress->setValue(qMin(PlannedChecks, m_progress->value() + 1));
    });
    connect(m_conformance, &ScimConformance::finished, this, [this](bool nothingFailed) {
        using V = ScimConformance::Verdict;
        m_progress->setVisible(false);
        m_run->setEnabled(true);
        m_summary->setText(tr("%1 passed, %2 failed, %3 skipped")
                               .arg(m_conformance->count(V::Pass))
                               .arg(m_conformance->count(V::Fail))
                               .arg(m_conformance->count(V::Skipped)));
        Q_EMIT finished(nothingFailed);
    });
    m_conformance->run();
}
