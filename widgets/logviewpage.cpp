// SPDX-License-Identifier: GPL-3.0-or-later
#include "logviewpage.h"

#include "bodinspector.h"
#include "logoutcomedecorator.h"
#include "logreplicator.h"
#include "messagelogmodel.h"
#include "messagelogstore.h"
#include "oauthsession.h"
#include "oneviewfilter.h"
#include "resubmissionhistory.h"
#include "resubmissionjournal.h"
#include "resubmitdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LogViewPage::LogViewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageLogModel(this))
    , m_direction(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_documentType(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_logicalId(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_refresh(new QPushButton(QIcon(u":/icons/import.svg"_s), tr("&Refresh"), this))
    , m_resubmit(new QPushButton(tr("Re&submit…"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_inspector(new BodInspector(this))
{
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
    m_period->addItem(tr("Last hour"), 1);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    m_period->addItem(tr("All"), 0);
    m_period->setCurrentIndex(4);
    m_logicalId->setPlaceholderText(tr("Logical id (from or to)"));
    m_text->setPlaceholderText(tr("Message id, document id, error or payload text"));
    m_text->setClearButtonEnabled(true);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Copy what is new in the tenant's message log (F5)"));
    m_counts->setObjectName(u"logCounts"_s);
    m_resubmit->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_resubmit->setToolTip(tr("Send the selected messages again through IMS, journalled (Ctrl+R)"));
    m_resubmit->setObjectName(u"resubmit"_s);

    m_table->setObjectName(u"logTable"_s);
    auto *decorator = new LogOutcomeDecorator(this);
    decorator->setSourceModel(m_model);
    m_table->setModel(decorator);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_direction),
                       static_cast<QWidget *>(m_outcome), static_cast<QWidget *>(m_documentType),
                       static_cast<QWidget *>(m_logicalId)})
        bar->addWidget(w);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_refresh);
    auto *status = new QHBoxLayout;
    status->addWidget(m_counts, 1);
    status->addWidget(m_progress);
    status->addWidget(m_resubmit);
    status->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(status);
    layout->addWidget(splitter, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LogViewPage::applyFilter);
    for (QComboBox *c : {m_direction, m_outcome, m_period})
        connect(c, &QComboBox::currentIndexChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_documentType, &QComboBox::currentTextChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *e : {m_logicalId, m_text})
        connect(e, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_replicator && m_replicator->isRunning())
            m_replicator->cancel();
        else
            refresh();
    });
    connect(m_resubmit, &QPushButton::clicked, this, &LogViewPage::resubmitSelection);
    connect(m_history, &QPushButton::clicked, this, &LogViewPage::showHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openMessage(current.row());
            });
}

LogViewPage::~LogViewPage() = default;

void LogViewPage::setConnection(const ConnectionProfile &profile, OAuthSession *session, const QString &databasePath)
{
    m_profile = profile;
    m_session = session;
    delete m_replicator;
    m_replicator = nullptr;
    m_model->setStore(nullptr);
    m_store = std::make_unique<MessageLogStore>(databasePath);
    QString error;
    if (!m_store->open(&error)) {
        Q_EMIT statusMessage(tr("The replication environment cannot be opened: %1").arg(error));
        m_store.reset();
        return;
    }
    m_journal = std::make_unique<ResubmissionJournal>(databasePath);
    if (!m_journal->open(&error))
        Q_EMIT statusMessage(tr("The resubmission journal cannot be opened: %1").arg(error));
    m_replicator = new LogReplicator(session, m_store.get(), profile.serviceUrl, this);
    m_replicator->setBatchSize(profile.batchSize);
    connect(m_replicator, &LogReplicator::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_progress->setFormat(tr("%v of %m"));
    });
    connect(m_replicator, &LogReplicator::finished, this, [this](bool, const QString &message) {
        m_progress->setVisible(false);
        m_refresh->setText(tr("&Refresh"));
        m_refresh->setShortcut(QKeySequence::Refresh);
        Q_EMIT statusMessage(message);
        applyFilter();
    });
    m_model->setStore(m_store.get());
    applyFilter();
    if (m_store->count() == 0)
        refresh(); // a new environment: fill it
}

void LogViewPage::refresh()
{
    if (!m_replicator || m_replicator->isRunning())
        return;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_refresh->setText(tr("&Cancel"));
    m_replicator->start();
}

QString LogViewPage::filterText() const
{
    QStringList parts;
    using Op = OneViewFilter::Op;
    if (const int hours = m_period->currentData().toInt(); hours > 0)
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

void LogViewPage::applyFilter()
{
    QString error;
    const auto filter = OneViewFilter::parse(filterText(), &error);
    if (!filter) {
        Q_EMIT statusMessage(error);
        return;
    }
    m_model->setQuery(*filter, m_text->text().trimmed());
    updateCounts();
    if (m_store && m_documentType->count() == 0) {
        const auto types = m_store->facet(*OneViewFilter::parse({}, &error), u"document_type"_s, &error);
        QStringList names = types ? types->keys() : QStringList();
        names.sort();
        const QSignalBlocker blocker(m_documentType);
        m_documentType->addItem(QString());
        m_documentType->addItems(names);
    }
}

void LogViewPage::updateCounts()
{
    if (!m_store) {
        m_counts->clear();
        return;
    }
    QString error;
    const auto filter = OneViewFilter::parse(filterText(), &error);
    const auto outcomes = filter ? m_store->facet(*filter, u"exception_type"_s, &error) : std::nullopt;
    QStringList parts;
    parts << (m_model->totalCount() >= 0 ? tr("%L1 messages").arg(m_model->totalCount()) : tr("matching messages"));
    if (outcomes) {
        for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it) {
            if (!it.key().isEmpty())
                parts << u"%1 %L2"_s.arg(it.key()).arg(it.value());
        }
    }
    m_counts->setText(parts.join(u" · "_s));
}

void LogViewPage::openMessage(int row)
{
    const LogMessage message = m_model->messageAt(row);
    auto show = [this, message](const QByteArray &payload, const QList<LogEvent> &events) {
        m_shownMessageId = message.messageId;
        m_inspector->setDocument(payload, events);
    };
    const auto cached = m_store ? m_store->payload(message.messageId) : std::nullopt;
    if (!m_session) {
        show(cached.value_or(QByteArray()), {});
        return;
    }
    // Events always come fresh; the payload once, then from the environment.
    const QString base = m_profile.serviceUrl.toString() + u"/IONSERVICES/oneviewapi/data"_s;
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(message.messageId));
    QPointer<LogViewPage> self(this);
    auto withEvents = [self, base, id, show](const QByteArray &payload) {
        self->m_session->get(QUrl(base + u"/events?messageId="_s + id), [self, payload, show](const HttpOutcome &o) {
            if (!self)
                return;
            QList<LogEvent> events;
            for (const QJsonValue &v : QJsonDocument::fromJson(o.body).object().value(u"events"_s).toArray())
                events.append({QDateTime::fromString(v[u"time"_s].toString(), Qt::ISODateWithMs), v[u"event"_s].toString(),
                               v[u"detail"_s].toString()});
            show(payload, events);
        });
    };
    if (cached) {
        withEvents(*cached);
        return;
    }
    m_session->get(QUrl(base + u"/streamDocumentPayload?messageId="_s + id), [self, message, withEvents](const HttpOutcome &o) {
        if (!self)
            return;
        if (!o.ok()) {
            Q_EMIT self->statusMessage(tr("The payload could not be fetched: %1").arg(o.describe()));
            return;
        }
        self->m_store->setPayload(message.messageId, o.body);
        withEvents(o.body);
    });
}

void LogViewPage::resubmitSelection()
{
    if (!m_store || !m_journal || !m_session)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the messages to resubmit."));
        return;
    }
    // Payloads: the inspector's (maybe edited) one for the message it shows, the cached ones,
    // and the rest fetched first.
    auto candidates = std::make_shared<QList<ResubmitDialog::Candidate>>();
    auto missing = std::make_shared<int>(0);
    auto open = [this, candidates] {
        auto *dialog = new ResubmitDialog(*candidates, m_journal.get(), m_session, m_profile.serviceUrl,
                                          u"lid://infor.ims.workbench"_s, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        Q_EMIT resubmitDialogOpened(dialog);
        dialog->open();
    };
    for (int row : rows) {
        const LogMessage m = m_model->messageAt(row);
        ResubmitDialog::Candidate c {m, {}};
        if (m.messageId == m_shownMessageId)
            c.payload = m_inspector->currentPayload();
        else if (const auto cached = m_store->payload(m.messageId))
            c.payload = *cached;
        candidates->append(c);
    }
    const QString base = m_profile.serviceUrl.toString() + u"/IONSERVICES/oneviewapi/data/streamDocumentPayload?messageId="_s;
    QPointer<LogViewPage> self(this);
    for (int i = 0; i < candidates->size(); ++i) {
        if (!(*candidates)[i].payload.isEmpty())
            continue;
        ++*missing;
        const QString id = (*candidates)[i].message.messageId;
        m_session->get(QUrl(base + QString::fromLatin1(QUrl::toPercentEncoding(id))),
                       [self, candidates, missing, i, id, open](const HttpOutcome &o) {
                           if (!self)
                               return;
                           if (o.ok()) {
                               (*candidates)[i].payload = o.body;
                               self->m_store->setPayload(id, o.body);
                           }
                           if (--*missing == 0)
                               open();
                       });
    }
    if (*missing == 0)
        open();
}

void LogViewPage::showHistory()
{
    if (!m_journal)
        return;
    auto *history = new ResubmissionHistory(m_journal.get(), this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->open();
}
