// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowdiagnosisdialog.h"

#include "bod/bodformatter.h"
#include "bod/bodparser.h"
#include "codeview.h"
#include "filtertester.h"
#include "progressivetextloader.h"
#include "xmlhighlighter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QIcon verdictIcon(FlowDiagnosis::Verdict v)
{
    switch (v) {
    case FlowDiagnosis::Verdict::Pass: return QIcon(u":/icons/passed.svg"_s);
    case FlowDiagnosis::Verdict::Fail: return QIcon(u":/icons/failed.svg"_s);
    case FlowDiagnosis::Verdict::Warning: return QIcon(u":/icons/running.svg"_s);
    case FlowDiagnosis::Verdict::NotChecked: return {};
    }
    return {};
}
} // namespace

FlowDiagnosisDialog::FlowDiagnosisDialog(const TenantRouting &routing, const QByteArray &bod, const QString &from,
                                         const QString &to, QWidget *parent)
    : QDialog(parent)
    , m_routing(routing)
    , m_bod(BodFormatter::pretty(bod)) // the lines of the matches are the lines shown
    , m_from(new QLineEdit(from, this))
    , m_to(new QLineEdit(to, this))
    , m_summary(new QLabel(this))
    , m_checklist(new QTreeWidget(this))
    , m_tester(new FilterTester(this))
    , m_view(new CodeView(this))
    , m_documentType(BodParser::parse(m_bod).facts.documentName()) // once, not on every keystroke
{
    setWindowTitle(tr("Why Did It Not Arrive?"));
    m_from->setObjectName(u"diagnosisFrom"_s);
    m_to->setObjectName(u"diagnosisTo"_s);
    m_to->setPlaceholderText(u"lid://default"_s); // not translated: a logical id
    m_summary->setObjectName(u"diagnosisSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checklist->setObjectName(u"diagnosisChecklist"_s);
    m_checklist->setHeaderLabels({tr("Check"), tr("Verdict")});
    m_checklist->header()->setStretchLastSection(false);
    m_checklist->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checklist->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checklist->setWordWrap(true);
    m_view->setReadOnly(true);
    m_view->setObjectName(u"diagnosisBod"_s);
    XmlHighlighter::attach(m_view->document());
    // A large BOD comes in a slice at a time, as in the inspector; lines asked for before they
    // were in are highlighted when they are.
    auto *loader = new ProgressiveTextLoader(m_view);
    connect(loader, &ProgressiveTextLoader::finished, this, [this] { highlight(m_lines); });
    loader->load(QString::fromUtf8(m_bod));
    m_tester->setBod(m_bod);

    auto *route = new QFormLayout;
    route->addRow(tr("&From:"), m_from);
    route->addRow(tr("&To:"), m_to);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_checklist, tr("Checklist"));
    tabs->addTab(m_tester, tr("Filter Tester"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(tabs);
    splitter->addWidget(m_view);
    splitter->setSizes({650, 450});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *edit = buttons->addButton(tr("&Routing Model…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(route);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 700);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, &FlowDiagnosisDialog::editRoutingRequested);
    for (QLineEdit *e : {m_from, m_to})
        connect(e, &QLineEdit::textChanged, this, &FlowDiagnosisDialog::rerun);
    connect(m_tester, &FilterTester::linesMatched, this, &FlowDiagnosisDialog::highlight);
    connect(m_checklist, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        const int index = item ? m_checklist->indexOfTopLevelItem(item) : -1;
        if (index < 0 || index >= m_diagnosis.steps.size())
            return;
        const FlowDiagnosis::Step &step = m_diagnosis.steps.at(index);
        highlight(step.lines);
        if (step.kind == FlowDiagnosis::Kind::Filter) // try it out, or change it, in the tester
            for (const DocumentFlow &f : m_routing.flows)
                if (f.name == step.flow)
                    m_tester->setFilter(f.filter.text());
    });
    rerun();
}

void FlowDiagnosisDialog::setRouting(const TenantRouting &routing)
{
    m_routing = routing;
    rerun();
}

void FlowDiagnosisDialog::setLoggedSize(qint64 bytes)
{
    m_loggedSize = bytes;
    rerun();
}

void FlowDiagnosisDialog::setAcceptedDocuments(const QStringList &documents)
{
    m_accepted = documents;
    rerun();
}

void FlowDiagnosisDialog::rerun()
{
    m_diagnosis = FlowDiagnosis::run(m_routing, {m_bod, m_documentType, m_from->text().trimmed(), m_to->text().trimmed(),
                                                 m_accepted, m_loggedSize});
    const QString color = m_diagnosis.arrives ? u"#1b7f3b"_s : u"#c01c28"_s;
    m_summary->setText(u"<b style='color:%1'>%2</b>"_s.arg(color, m_diagnosis.summary.toHtmlEscaped())); // not translated: markup
    m_checklist->clear();
    for (const FlowDiagnosis::Step &s : std::as_const(m_diagnosis.steps)) {
        auto *item = new QTreeWidgetItem(m_checklist, {s.title, FlowDiagnosis::verdictName(s.verdict)});
        item->setIcon(0, verdictIcon(s.verdict));
        item->setToolTip(0, s.evidence);
        for (const QString &line : s.evidence.split(u'\n', Qt::SkipEmptyParts))
            new QTreeWidgetItem(item, {line});
        item->setExpanded(s.verdict != FlowDiagnosis::Verdict::Pass);
    }
}

void FlowDiagnosisDialog::highlight(const QList<qint64> &lines)
{
    m_lines = lines;
    QList<QTextEdit::ExtraSelection> selections;
    for (qint64 line : lines) {
        QTextEdit::ExtraSelection s;
        const QTextBlock block = m_view->document()->findBlockByNumber(int(line - 1));
        if (!block.isValid())
            continue; // not loaded yet
        s.cursor = QTextCursor(block);
        s.cursor.select(QTextCursor::LineUnderCursor);
        s.format.setBackground(QColor(0xff, 0xe0, 0x82));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << s;
    }
    m_view->setExtraSelections(selections);
    if (!selections.isEmpty()) { // scroll there without taking the focus from where the person types
        m_view->setTextCursor(QTextCursor(selections.first().cursor.block()));
        m_view->centerCursor();
    }
}

QList<int> FlowDiagnosisDialog::highlightedLines() const
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection &s : m_view->extraSelections())
        lines << s.cursor.blockNumber() + 1;
    return lines;
}
