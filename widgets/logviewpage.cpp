// SPDX-License-Identifier: GPL-3.0-or-later
#include "logviewpage.h"

#include "filechooser.h"

#include "backgroundtask.h"
#include "bodinspector.h"
#include "columnchooser.h"
#include "flowdiagnosislauncher.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "logfilterbar.h"
#include "logoutcomedecorator.h"
#include "logtimelineview.h"
#include "teamactivity.h"
#include "messagelog/logexport.h"
#include "messagelog/logreplicator.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "messagelog/payloadcollector.h"
#include "resubmission/resubmissionjournal.h"
#include "resubmission/resubmissionplan.h"
#include "resubmissionhistory.h"
#include "resubmitdialog.h"
#include "savedsearches.h"
#include "sortarrowstyle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LogViewPage::LogViewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageLogModel(this))
    , m_filters(new LogFilterBar(this))
    , m_timeline(new LogTimelineView(this))
    , m_searches(new SavedSearches([this] { return m_filters->state(); }, this))
    , m_refresh(new QPushButton(QIcon(u":/icons/import.svg"_s), tr("&Refresh"), this))
    , m_resubmit(new QPushButton(tr("Res&ubmit…"), this))
    , m_history(new QPushButton(tr("Histor&y…"), this))
    , m_why(new QPushButton(tr("&Why?…"), this))
    , m_diagnosis(new FlowDiagnosisLauncher(this))
    , m_progress(new QProgressBar(this))
    , m_team(new TeamActivity(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_inspector(new BodInspector(this))
{
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Copy what is new in the tenant's message log (F5)"));
    m_refresh->setObjectName(u"refresh"_s);
    m_counts->setObjectName(u"logCounts"_s);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"logNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    QPalette warning = m_notice->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd6)); // the pale amber of a message bar
    warning.setColor(QPalette::WindowText, QColor(0x5c, 0x3d, 0x00));
    m_notice->setPalette(warning);
    m_notice->setVisible(false);
    m_resubmit->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_resubmit->setToolTip(tr("Send the selected messages again through IMS, journalled (Ctrl+R)"));
    m_resubmit->setObjectName(u"resubmit"_s);
    m_why->setObjectName(u"diagnose"_s);
    m_why->setShortcut(QKeySequence(u"Ctrl+D"_s));
    m_why->setToolTip(tr("Why did this message not arrive? Check its route, step by step, against the routing model (Ctrl+D)"));
    auto *transfer = new QToolButton(this);
    transfer->setText(tr("E&xport"));
    transfer->setPopupMode(QToolButton::InstantPopup);
    auto *transferMenu = new QMenu(transfer);
    transferMenu->addAction(tr("Selection as &CSV…"), this, [this] { askExport(ExportFormat::Csv); });
    transferMenu->addAction(tr("Selection as &JSON (with payloads)…"), this, [this] { askExport(ExportFormat::Json); })
        ->setShortcut(QKeySequence(u"Ctrl+E"_s));
    transferMenu->addSeparator();
    transferMenu->addAction(tr("&Import JSON…"), this, &LogViewPage::askImport)->setShortcut(QKeySequence(u"Ctrl+I"_s));
    transfer->setMenu(transferMenu);
    addActions(transferMenu->actions()); // the shortcuts work without opening the menu

    m_table->setObjectName(u"logTable"_s);
    auto *decorator = new LogOutcomeDecorator(this);
    decorator->setSourceModel(m_model);
    m_table->setModel(decorator);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    sizeColumns();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Sorting asks the store; newest first until the person clicks a header.
    m_table->horizontalHeader()->setStyle(new SortArrowStyle(m_table->horizontalHeader()));
    m_table->horizontalHeader()->setSortIndicator(MessageLogModel::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_columns = new ColumnChooser(m_table->horizontalHeader(), u"logView/header"_s);
    m_columns->restore();
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!MessageLogModel::isSortable(column)) { // no index serves it: keep the order shown
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_lastSortColumn, m_lastSortOrder);
            Q_EMIT statusMessage(tr("The log cannot be sorted by this column."));
            return;
        }
        m_lastSortColumn = column;
        m_lastSortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filters, 1);
    bar->addWidget(m_searches);
    bar->addWidget(m_refresh);
    auto *status = new QHBoxLayout;
    status->addWidget(m_counts, 1);
    status->addWidget(m_team, 1);
    status->addWidget(m_progress);
    status->addWidget(transfer);
    status->addWidget(m_why);
    status->addWidget(m_resubmit);
    status->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_timeline);
    layout->addWidget(m_notice);
    layout->addLayout(status);
    layout->addWidget(splitter, 1);

    connect(m_filters, &LogFilterBar::changed, this, &LogViewPage::applyFilter);
    // A teammate replicated: show what is new (this window's own replication refreshes when it ends).
    connect(m_team, &TeamActivity::logChanged, this, [this] {
        if (m_workspace && !m_workspace->replicator()->isRunning())
            applyFilter();
    });
    connect(m_searches, &SavedSearches::applyRequested, m_filters, &LogFilterBar::setState);
    connect(m_timeline, &LogTimelineView::hourClicked, m_filters, &LogFilterBar::narrowToHour);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_workspace && m_workspace->replicator()->isRunning()) {
            m_cancelling = true;
            m_workspace->replicator()->cancel();
        }
        else
            refresh();
    });
    connect(m_resubmit, &QPushButton::clicked, this, &LogViewPage::resubmitSelection);
    // While a large document is still coming in, what it will be is not settled yet: resubmit
    // and diagnosis wait for it, and say so.
    connect(m_inspector, &BodInspector::loadingChanged, this, [this](bool loading) {
        m_resubmit->setEnabled(!loading);
        m_why->setEnabled(!loading);
        m_resubmit->setToolTip(loading ? tr("The document is still loading; resubmit is offered once it is in.")
                                       : tr("Send the selected messages again through IMS, journalled (Ctrl+R)"));
        m_why->setToolTip(loading ? tr("The document is still loading; the diagnosis is offered once it is in.")
                                  : tr("Why did this message not arrive? Check its route, step by step, against the routing "
                                       "model (Ctrl+D)"));
    });
    connect(m_history, &QPushButton::clicked, this, &LogViewPage::showHistory);
    connect(m_why, &QPushButton::clicked, this, &LogViewPage::diagnoseCurrent);
    connect(m_diagnosis, &FlowDiagnosisLauncher::statusMessage, this, &LogViewPage::statusMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (!current.isValid() || m_model->messageAt(current.row()).messageId == m_shownMessageId)
                    return;
                if (!mayDropEdits()) {
                    // Back to the message being edited, without asking again.
                    const QSignalBlocker blocker(m_table->selectionModel());
                    m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect
                                                                             | QItemSelectionModel::Rows);
                    m_table->viewport()->update();
                    return;
                }
                openMessage(current.row());
            });
}

LogViewPage::~LogViewPage() = default;

void LogViewPage::sizeColumns()
{
    // Dates and ids whole, from samples of what they hold; the error text takes what is left.
    // A width the person drags is remembered (ColumnChooser) and wins over these.
    using M = MessageLogModel;
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(M::ErrorColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    const QFontMetrics fm(m_table->font());
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    const QList<std::pair<int, QString>> samples {
        {M::StatusColumn, u"Size Over Limit"_s},      {M::DateColumn, u"2026-12-31 23:59:59"_s},
        {M::DocumentColumn, u"Sync.PayableTransaction"_s}, {M::DirectionColumn, u"outbound"_s},
        {M::FromColumn, u"lid://infor.ims.wms_connector"_s}, {M::ToColumn, u"lid://infor.ims.wms_connector"_s},
        {M::DocumentIdColumn, u"PO-2026-000000"_s},   {M::MessageIdColumn, u"00000000-0000-0000-0000-000000000000"_s},
        {M::SizeColumn, u"1,023.9 KiB"_s}};
    for (const auto &[column, sample] : samples) {
        const int icon = column == M::StatusColumn ? 22 : 0;
        header->resizeSection(column, qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(
                                               m_model->headerData(column, Qt::Horizontal).toString()) + 16) + padding + icon);
    }
}

void LogViewPage::setWorkspace(ConnectionWorkspace *workspace)
{
    if (m_workspace)
        m_workspace->replicator()->disconnect(this);
    m_workspace = workspace;
    m_model->setStore(workspace ? workspace->logStore() : nullptr);
    m_diagnosis->setWorkspace(workspace);
    m_team->setWorkspace(workspace);
    if (!workspace)
        return;
    if (!workspace->journal())
        Q_EMIT statusMessage(tr("The resubmission journal cannot be opened: %1").arg(workspace->journalError()));
    LogReplicator *replicator = workspace->replicator();
    connect(replicator, &LogReplicator::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_progress->setFormat(tr("%v of %m"));
    });
    connect(replicator, &LogReplicator::retrying, this, [this](int attempt, int of, const QString &why, int inMs) {
        m_progress->setFormat(tr("Retrying in %1 s (%2 of %3): %4").arg((inMs + 999) / 1000).arg(attempt).arg(of).arg(why));
    });
    connect(replicator, &LogReplicator::finished, this, [this](bool ok, const QString &message) {
        // A failure stays in sight until the next refresh, where the person is looking.
        m_notice->setVisible(!ok && !m_cancelling);
        m_notice->setText(message);
        m_cancelling = false;
        m_progress->setVisible(false);
        m_refresh->setText(tr("&Refresh"));
        m_refresh->setShortcut(QKeySequence::Refresh);
        Q_EMIT statusMessage(message);
        m_team->reload();
        applyFilter();
    });
    applyFilter();
    if (workspace->logStore()->count() == 0)
        refresh(); // a new environment: fill it
}

MessageLogStore *LogViewPage::store() const
{
    return m_workspace ? m_workspace->logStore() : nullptr;
}

ResubmissionJournal *LogViewPage::journal() const
{
    return m_workspace ? m_workspace->journal() : nullptr;
}

void LogViewPage::refresh()
{
    if (!m_workspace || m_workspace->replicator()->isRunning())
        return;
    m_notice->setVisible(false);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setVisible(true);
    m_refresh->setText(tr("Cance&l"));
    m_refresh->setShortcut(QKeySequence::Refresh); // F5 again stops it (the text's mnemonic replaced it)
    m_workspace->replicator()->start();
}

QString LogViewPage::filterText() const
{
    return m_filters->filterText();
}

QComboBox *LogViewPage::outcomeFilter() const
{
    return m_filters->outcomeFilter();
}

void LogViewPage::applyFilter()
{
    QString error;
    const auto filter = OneViewFilter::parse(filterText(), &error);
    if (!filter) {
        Q_EMIT statusMessage(error);
        return;
    }
    m_model->setQuery(*filter, m_filters->freeText());
    updateSummaries();
    if (store() && !m_filters->hasDocumentTypes()) {
        const auto types = store()->facet(*OneViewFilter::parse({}, &error), u"document_type"_s, &error);
        QStringList names = types ? types->keys() : QStringList();
        names.sort();
        m_filters->setDocumentTypes(names);
    }
}

void LogViewPage::updateSummaries()
{
    const int generation = ++*m_summaryGeneration;
    showCounts({});
    if (!m_workspace)
        return;
    m_timeline->setCounting();
    // Counted on a worker with its own connection: a busy filter over a million messages takes
    // seconds, and the window must not wait for it. A newer search makes the older one stop.
    auto latest = m_summaryGeneration;
    runInBackground(this, [path = m_workspace->databasePath(), filter = filterText(), latest, generation] {
        return LogTimeline::summarize(path, filter, [latest, generation] { return *latest == generation; });
    }, [this, generation](const LogTimeline::Summary &summary) {
        if (generation != *m_summaryGeneration || !summary.complete)
            return;
        showCounts(summary.outcomes);
        m_timeline->setBuckets(summary.hours);
        if (const QString text = m_filters->freeText(); !text.isEmpty() && !summary.hours.isEmpty())
            m_timeline->chart()->setTitle(tr("Per hour, leaving out the text “%1”").arg(text));
    });
}

void LogViewPage::showCounts(const std::optional<QHash<QString, qint64>> &outcomes)
{
    QStringList parts;
    parts << (m_model->isCountCapped()       ? tr("more than %L1 messages").arg(MessageLogModel::CountCap)
              : m_model->totalCount() >= 0 ? tr("%L1 messages").arg(m_model->totalCount())
                                           : tr("matching messages"));
    if (!outcomes)
        parts << tr("counting…");
    else {
        // The counts come from the indexed fields; the free text is not counted (that would read
        // every payload). Say so, instead of numbers that seem to contradict the table.
        if (const QString text = m_filters->freeText(); !text.isEmpty())
            parts << tr("leaving out the text “%1”:").arg(text);
        for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it) {
            if (!it.key().isEmpty())
                parts << u"%1 %L2"_s.arg(it.key()).arg(it.value());
        }
    }
    m_counts->setText(m_workspace ? parts.join(u" · "_s) : QString());
}

bool LogViewPage::mayDropEdits()
{
    if (!m_inspector->isModified() || m_inspector->currentPayload() == m_journalledEdit)
        return true; // nothing edited, or the edited document is in the journal already
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("You changed this document and have not resubmitted it. Open the other message and "
                       "discard your changes?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChanges"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    box.setDetailedText(m_inspector->changes());
    return box.exec() == QMessageBox::Discard;
}

void LogViewPage::openMessage(int row)
{
    const LogMessage message = m_model->messageAt(row);
    auto show = [this, message](const QByteArray &payload, const QList<LogEvent> &events) {
        m_shownMessageId = message.messageId;
        m_inspector->setDocument(payload, events);
    };
    if (!m_workspace)
        return;
    QPointer<LogViewPage> self(this);
    m_workspace->fetchMessage(message.messageId, this, [self, message](const std::optional<QByteArray> &payload,
                                                                       const QList<LogEvent> &events, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT self->statusMessage(error);
        if (!payload && !error.isEmpty())
            return;
        self->m_shownMessageId = message.messageId;
        self->m_inspector->setDocument(payload.value_or(QByteArray()), events);
    });
}

QList<int> LogViewPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<LogExport::Entry> LogViewPage::entriesFor(const QList<int> &rows) const
{
    QList<LogExport::Entry> entries;
    for (int row : rows) {
        LogExport::Entry e {m_model->messageAt(row), {}, {}};
        if (e.message.messageId == m_shownMessageId)
            e.payload = m_inspector->currentPayload(); // the original bytes, or with the person's edits
        entries.append(e);
    }
    return entries;
}

void LogViewPage::withPayloads(const QList<int> &rows, std::function<void(const QList<LogExport::Entry> &)> done)
{
    if (m_workspace)
        m_workspace->completePayloads(entriesFor(rows), this, std::move(done));
}

void LogViewPage::resubmitSelection()
{
    if (!m_workspace || !m_workspace->journal() || !m_workspace->session())
        return;
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the messages to resubmit."));
        return;
    }
    if (m_inspector->isLoading()) {
        Q_EMIT statusMessage(tr("The document is still loading; resubmit once it is in."));
        return;
    }
    // The same plan the command line makes: payloads fetched where not stored, the guard asked.
    std::unique_ptr<ResubmissionPlan> plan = m_workspace->newPlan();
    plan->prepare(entriesFor(rows));
    auto *dialog = new ResubmitDialog(std::move(plan), m_workspace, IonEndpoints::workbenchLogicalId, this);
    if (m_inspector->isModified()) {
        connect(dialog, &ResubmitDialog::journalChanged, this, [this, edited = m_inspector->currentPayload()] {
            m_journalledEdit = edited; // sent (or being sent): leaving it loses nothing
        });
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT resubmitDialogOpened(dialog);
    dialog->open();
}

void LogViewPage::exportSelection(ExportFormat format, const QString &path)
{
    const QList<int> rows = selectedRows();
    if (!m_workspace || rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the messages to export."));
        return;
    }
    auto write = [this, path](const QByteArray &data, qsizetype count) {
        QString error;
        Q_EMIT statusMessage(LogExport::writeFile(path, data, &error)
                                 ? tr("%Ln message(s) exported to %1.", nullptr, int(count)).arg(path)
                                 : error);
    };
    if (format == ExportFormat::Csv) {
        QList<LogMessage> messages;
        for (int row : rows)
            messages << m_model->messageAt(row);
        write(LogExport::toCsv(messages), messages.size());
        return;
    }
    withPayloads(rows, [write](const QList<LogExport::Entry> &entries) { write(LogExport::toJson(entries), entries.size()); });
}

bool LogViewPage::importFile(const QString &path, QString *error)
{
    if (!m_workspace) {
        *error = tr("No connection is open.");
        return false;
    }
    const qsizetype imported = LogExport::importFile(path, m_workspace->logStore(), error);
    if (imported < 0)
        return false;
    applyFilter();
    Q_EMIT statusMessage(tr("%Ln message(s) imported from %1.", nullptr, int(imported)).arg(path));
    return true;
}

void LogViewPage::askExport(ExportFormat format)
{
    if (selectedRows().isEmpty()) {
        Q_EMIT statusMessage(tr("Select the messages to export."));
        return;
    }
    const bool csv = format == ExportFormat::Csv;
    const QString path = FileChooser::save(this, u"exports"_s, tr("Export Messages"),
                                           csv ? u"messages.csv"_s : u"messages.json"_s,
                                           csv ? tr("CSV files (*.csv)") : tr("Message exports (*.json)"));
    if (!path.isEmpty())
        exportSelection(format, path);
}

void LogViewPage::askImport()
{
    const QString path = FileChooser::open(this, u"exports"_s, tr("Import Messages"), tr("Message exports (*.json)"));
    QString error;
    if (!path.isEmpty() && !importFile(path, &error))
        Q_EMIT statusMessage(tr("Nothing was imported: %1").arg(error));
}

void LogViewPage::diagnoseCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->messageAt(current.row()).messageId != m_shownMessageId) {
        Q_EMIT statusMessage(tr("Select the message to diagnose."));
        return;
    }
    m_diagnosis->open(m_model->messageAt(current.row()), m_inspector->currentPayload());
}

void LogViewPage::showHistory()
{
    if (!journal())
        return;
    auto *history = new ResubmissionHistory(journal(), this);
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->open();
}
