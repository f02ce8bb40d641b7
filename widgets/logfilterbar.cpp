// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterbar.h"

#include "messagelog/oneviewfilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr int RangeHours = -1; // the period combo's data for a picked range
}

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_documentType(new QComboBox(this))
    , m_logicalId(new QLineEdit(this))
    , m_text(new QLineEdit(this))
{
    m_period->setObjectName(u"periodFilter"_s);
    m_period->addItem(tr("Last hour"), 1);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    m_period->addItem(tr("All"), 0);
    m_period->setCurrentIndex(4);
    m_direction->addItem(tr("Any direction"), QString());
    m_direction->addItem(tr("Inbound"), u"inbound"_s);
    m_direction->addItem(tr("Outbound"), u"outbound"_s);
    m_outcome->setObjectName(u"outcomeFilter"_s);
    m_outcome->addItem(tr("Any status"), QString());
    for (const QString &e : {u"Error"_s, u"Filtered Out"_s, u"No Route"_s, u"Size Over Limit"_s, u"Warning"_s})
        m_outcome->addItem(e, e);
    m_outcome->addItem(tr("Completed"), u"completed"_s);
    m_outcome->addItem(tr("In flight"), u"in_flight"_s);
    m_documentType->setEditable(true);
    m_documentType->setMinimumContentsLength(22);
    m_documentType->lineEdit()->setPlaceholderText(tr("Any document"));
    m_logicalId->setObjectName(u"logicalIdFilter"_s);
    m_logicalId->setPlaceholderText(tr("Logical id (from or to)"));
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("Message id, document id, error or payload text"));
    m_text->setClearButtonEnabled(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_direction),
                       static_cast<QWidget *>(m_outcome), static_cast<QWidget *>(m_documentType),
                       static_cast<QWidget *>(m_logicalId)})
        layout->addWidget(w);
    layout->addWidget(m_text, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LogFilterBar::changed);
    for (QComboBox *c : {m_direction, m_outcome, m_period})
        connect(c, &QComboBox::currentIndexChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_documentType, &QComboBox::currentTextChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *e : {m_logicalId, m_text})
        connect(e, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
}

QString LogFilterBar::filterText() const
{
    QStringList parts;
    using Op = OneViewFilter::Op;
    const int hours = m_period->currentData().toInt();
    if (hours == RangeHours && m_rangeFrom.isValid())
        parts << u"message_date range [%1, %2]"_s.arg(OneViewFilter::timestamp(m_rangeFrom),
                                                      OneViewFilter::timestamp(m_rangeTo.addMSecs(-1)));
    else if (hours > 0)
        parts << OneViewFilter::condition(u"message_date"_s, Op::Ge,
                                          OneViewFilter::timestamp(QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours)));
    if (const QString d = m_direction->currentData().toString(); !d.isEmpty())
        parts << OneViewFilter::condition(u"direction"_s, Op::Eq, d);
    if (const QString o = m_outcome->currentData().toString(); !o.isEmpty()) {
        const bool isStatus = o == u"completed"_s || o == u"in_flight"_s;
        parts << OneViewFilter::condition(isStatus ? u"status"_s : u"exception_type"_s, Op::Eq, o);
        if (isStatus)
            parts << OneViewFilter::condition(u"exception_type"_s, Op::Eq, QString());
    }
    if (const QString t = m_documentType->currentText().trimmed(); !t.isEmpty())
        parts << OneViewFilter::condition(u"document_type"_s, Op::Eq, t);
    if (const QString lid = m_logicalId->text().trimmed(); !lid.isEmpty())
        parts << u"(%1 or %2)"_s.arg(OneViewFilter::condition(u"from_logical_id"_s, Op::Eq, lid),
                                     OneViewFilter::condition(u"to_logical_id"_s, Op::Eq, lid));
    return OneViewFilter::allOf(parts);
}

QString LogFilterBar::freeText() const
{
    return m_text->text().trimmed();
}

QJsonObject LogFilterBar::state() const
{
    QJsonObject o {{u"periodHours"_s, m_period->currentData().toInt()},
                   {u"direction"_s, m_direction->currentData().toString()},
                   {u"outcome"_s, m_outcome->currentData().toString()},
                   {u"documentType"_s, m_documentType->currentText().trimmed()},
                   {u"logicalId"_s, m_logicalId->text().trimmed()},
                   {u"text"_s, freeText()}};
    if (m_period->currentData().toInt() == RangeHours) {
        o.insert(u"from"_s, m_rangeFrom.toString(Qt::ISODate));
        o.insert(u"to"_s, m_rangeTo.toString(Qt::ISODate));
    }
    return o;
}

void LogFilterBar::setState(const QJsonObject &o)
{
    auto pick = [](QComboBox *box, const QVariant &data) { box->setCurrentIndex(qMax(0, box->findData(data))); };
    if (o.value(u"periodHours"_s).toInt() == RangeHours)
        setRange(QDateTime::fromString(o.value(u"from"_s).toString(), Qt::ISODate),
                 QDateTime::fromString(o.value(u"to"_s).toString(), Qt::ISODate));
    else
        pick(m_period, o.value(u"periodHours"_s).toInt());
    pick(m_direction, o.value(u"direction"_s).toString());
    pick(m_outcome, o.value(u"outcome"_s).toString());
    m_documentType->setCurrentText(o.value(u"documentType"_s).toString());
    m_logicalId->setText(o.value(u"logicalId"_s).toString());
    m_text->setText(o.value(u"text"_s).toString());
    m_debounce.start();
}

void LogFilterBar::setDocumentTypes(const QStringList &types)
{
    const QSignalBlocker blocker(m_documentType);
    const QString current = m_documentType->currentText();
    m_documentType->clear();
    m_documentType->addItem(QString());
    m_documentType->addItems(types);
    m_documentType->setCurrentText(current);
}

bool LogFilterBar::hasDocumentTypes() const
{
    return m_documentType->count() > 0;
}

void LogFilterBar::narrowToHour(const QDateTime &startUtc)
{
    setRange(startUtc, startUtc.addSecs(3600));
}

void LogFilterBar::setRange(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    if (!fromUtc.isValid() || !toUtc.isValid())
        return;
    m_rangeFrom = fromUtc.toUTC();
    m_rangeTo = toUtc.toUTC();
    const QLocale locale;
    const QString label = tr("%1 to %2").arg(locale.toString(m_rangeFrom.toLocalTime(), QLocale::ShortFormat),
                                             locale.toString(m_rangeTo.toLocalTime().time(), QLocale::ShortFormat));
    int index = m_period->findData(RangeHours);
    if (index < 0) {
        m_period->addItem(label, RangeHours);
        index = m_period->count() - 1;
    }
    m_period->setItemText(index, label);
    m_period->setCurrentIndex(index);
    m_debounce.start();
}
