// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtertester.h"

#include "backgroundtask.h"

#include "routing/flowfilter.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FilterTester::FilterTester(QWidget *parent)
    : QWidget(parent)
    , m_condition(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    m_condition->setObjectName(u"filterCondition"_s);
    m_condition->setPlaceholderText(tr("DataArea/SalesOrder/SalesOrderLine/Item/ItemID starts with 'A-' and …"));
    m_condition->setClearButtonEnabled(true);
    m_condition->setFont(QFont(u"monospace"_s));
    m_verdict->setObjectName(u"filterVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setObjectName(u"filterResults"_s);
    m_results->setHeaderLabels({tr("Condition / repetition"), tr("Line"), tr("Value")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *hint = new QLabel(tr("Operators: = != < > contains, starts with, exists; combine with and, or and parentheses. "
                               "A path starts at the root element or at DataArea; @name ends it for an attribute."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_condition);
    layout->addWidget(hint);
    layout->addWidget(m_verdict);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &FilterTester::evaluate);
    connect(m_condition, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        QList<qint64> lines;
        if (!item)
            return;
        if (item->parent()) { // one repetition
            lines << item->text(1).toLongLong();
        } else {
            for (int i = 0; i < item->childCount(); ++i) {
                if (item->child(i)->data(0, Qt::UserRole).toBool())
                    lines << item->child(i)->text(1).toLongLong();
            }
        }
        Q_EMIT linesMatched(lines);
    });
}

void FilterTester::setBod(const QByteArray &bod)
{
    m_bod = bod;
    evaluate();
}

void FilterTester::setFilter(const QString &text)
{
    m_condition->setText(text);
    evaluate();
}

QString FilterTester::filter() const
{
    return m_condition->text();
}

void FilterTester::evaluate()
{
    m_debounce.stop();
    const int generation = ++m_generation;
    m_results->clear();
    if (m_condition->text().trimmed().isEmpty()) {
        m_verdict->setText(tr("Type a condition to test it on this BOD."));
        Q_EMIT linesMatched({});
        return;
    }
    QString error;
    const auto filter = FlowFilter::parse(m_condition->text(), &error);
    if (!filter) {
        m_verdict->setText(tr("<b>Not a valid filter.</b> %1").arg(error.toHtmlEscaped()));
        Q_EMIT linesMatched({});
        return;
    }
    if (m_bod.size() < BackgroundBytes) {
        showResult(*filter, filter->evaluate(m_bod));
        return;
    }
    m_verdict->setText(tr("Testing the filter on %1 MB…").arg(double(m_bod.size()) / 1024 / 1024, 0, 'f', 1));
    runInBackground(this, [f = *filter, bod = m_bod] { return f.evaluate(bod); },
                    [this, generation, f = *filter](const FlowFilter::Result &r) {
                        if (generation == m_generation)
                            showResult(f, r);
                    });
}

void FilterTester::showResult(const FlowFilter &filter, const FlowFilter::Result &r)
{
    if (!r.readable) {
        m_verdict->setText(tr("<b>The BOD cannot be read:</b> %1").arg(r.error.toHtmlEscaped()));
        return;
    }
    QString text = r.passes ? tr("<b style='color:#1b7f3b'>Passes</b>: a flow with this filter delivers the BOD.")
                            : tr("<b style='color:#c01c28'>Filtered out</b>: a flow with this filter drops the BOD, "
                                 "and ION logs no error.");
    for (const QString &path : r.pathsMatchingNothing)
        text += u"<br>"_s + tr("⚠ %1 matches nothing in this BOD: check the path.").arg(path.toHtmlEscaped());
    m_verdict->setText(text);
    QList<qint64> matched;
    for (qsizetype i = 0; i < r.conditions.size(); ++i) {
        const FlowFilter::ConditionResult &c = r.conditions[i];
        auto *top = new QTreeWidgetItem(m_results, {filter.conditions()[i].text(), QString(),
                                                    c.holds ? tr("holds (%Ln found)", nullptr, int(c.found))
                                                            : tr("does not hold (%Ln found)", nullptr, int(c.found))});
        top->setIcon(0, QIcon(c.holds ? u":/icons/passed.svg"_s : u":/icons/failed.svg"_s));
        for (const FlowFilter::Repetition &rep : c.repetitions) {
            auto *child = new QTreeWidgetItem(top, {rep.holds ? tr("matches") : tr("no match"), QString::number(rep.line), rep.value});
            child->setData(0, Qt::UserRole, rep.holds);
            if (rep.holds)
                matched << rep.line;
        }
        top->setExpanded(true);
    }
    m_results->resizeColumnToContents(1);
    Q_EMIT linesMatched(matched);
}
