// SPDX-License-Identifier: GPL-3.0-or-later
// The log view's tools, driven against the sandbox: sorting from the header, the column
// chooser, the timeline that narrows the search, saved searches, export and import.
#include "columnchooser.h"
#include "ion/oauthsession.h"
#include "logfilterbar.h"
#include "logoutcomedecorator.h"
#include "logtimelineview.h"
#include "logviewpage.h"
#include "openlog.h"
#include "messagelog/logexport.h"
#include "messagelog/logtimeline.h"
#include "messagelog/messagelogmodel.h"
#include "messagelog/messagelogstore.h"
#include "messagelog/oneviewfilter.h"
#include "sandboxfixture.h"
#include "savedsearches.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineSeries>
#include <QDateTimeAxis>
#include <QValueAxis>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogViewTools : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<OAuthSession> m_session;

    std::unique_ptr<LogViewPage> openPage(const QString &environment = u"env.sqlite"_s)
    {
        auto page = std::make_unique<LogViewPage>();
        page->resize(1200, 800);
        page->show();
        openLog(*page, m_sandbox->profile(), m_session.get(), m_dir.filePath(environment));
        if (!QTest::qWaitFor([&] { return page->model()->totalCount() == 1500; }, 20000))
            qFatal("the log was not replicated");
        return page;
    }

    static QPoint headerPoint(QTableView *table, int column)
    {
        QHeaderView *h = table->horizontalHeader();
        return {h->sectionViewportPosition(column) + h->sectionSize(column) / 2, h->height() / 2};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (saved searches, columns) go to a throw-away place.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"ion-workbench-tests"_s);
        SandboxConfig config;
        config.demoMessages = 1500;
        config.seed = 31;
        m_sandbox = std::make_unique<SandboxFixture>(config);
        m_session = std::make_unique<OAuthSession>(OAuthSession::configFor(m_sandbox->profile()));
    }

    void clickingAHeaderSortsThroughTheStore()
    {
        auto page = openPage();
        QTableView *table = page->table();
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          headerPoint(table, MessageLogModel::DocumentColumn));
        QTRY_COMPARE(page->model()->order().key(), LogOrder::Key::DocumentType);
        while (page->model()->canFetchMore({}))
            page->model()->fetchMore({});
        QCOMPARE(page->model()->rowCount(), 1500);
        const bool descending = page->model()->order().isDescending();
        for (int row = 1; row < page->model()->rowCount(); ++row) {
            const QString a = page->model()->messageAt(row - 1).documentType, b = page->model()->messageAt(row).documentType;
            QVERIFY2(descending ? a >= b : a <= b, qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(a, b)));
        }
        // Size has no index: the order stays, and the person is told.
        QSignalSpy told(page.get(), &LogViewPage::statusMessage);
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          headerPoint(table, MessageLogModel::SizeColumn));
        QCOMPARE(page->model()->order().key(), LogOrder::Key::DocumentType);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(MessageLogModel::DocumentColumn));
        QVERIFY(!told.isEmpty() && told.last().at(0).toString().contains(u"cannot be sorted"_s));
    }

    void theColumnChooserHidesAColumnAndRemembersIt()
    {
        {
            auto page = openPage();
            QHeaderView *header = page->table()->horizontalHeader();
            QTimer::singleShot(200, this, [] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *a : menu->actions()) {
                    if (a->text() == u"Direction"_s)
                        a->trigger();
                }
                menu->close();
            });
            Q_EMIT header->customContextMenuRequested(headerPoint(page->table(), 0));
            QVERIFY(header->isSectionHidden(MessageLogModel::DirectionColumn));
        }
        auto again = openPage(); // tomorrow
        QVERIFY(again->table()->horizontalHeader()->isSectionHidden(MessageLogModel::DirectionColumn));
        again->table()->horizontalHeader()->setSectionHidden(MessageLogModel::DirectionColumn, false);
        again->columnChooser()->save();
    }

    void clickingTheTimelineNarrowsTheSearchToThatHour()
    {
        auto page = openPage();
        LogTimelineView *timeline = page->timeline();
        auto *series = qobject_cast<QLineSeries *>(timeline->chart()->series().value(0));
        QVERIFY(series);
        QTRY_VERIFY(series->count() > 24); // counted on a worker
        // The busiest hour, clicked where its point is drawn.
        QPointF busiest = series->at(0);
        for (const QPointF &p : series->points())
            busiest = p.y() > busiest.y() ? p : busiest;
        const QPointF inChart = timeline->chart()->mapToPosition(QPointF(busiest.x() + 1800'000, busiest.y() / 2), series);
        const QPoint inView = timeline->mapFromScene(timeline->chart()->mapToScene(inChart));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, inView);
        QTRY_VERIFY(page->filterText().contains(u"message_date range"_s));
        QTRY_COMPARE(page->model()->totalCount(), qint64(busiest.y()));
        QTRY_COMPARE(series->count(), 1); // the timeline follows the narrower search
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(qint64(busiest.x()), Qt::UTC);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const QDateTime at = page->model()->messageAt(row).messageDate;
            QVERIFY(at >= start && at < start.addSecs(3600));
        }
    }

    void aSavedSearchComesBack()
    {
        auto page = openPage();
        LogFilterBar *bar = page->filterBar();
        bar->outcomeFilter()->setCurrentIndex(bar->outcomeFilter()->findData(u"Error"_s));
        bar->findChild<QLineEdit *>(u"logicalIdFilter"_s)->setText(u"lid://infor.m3.m3be"_s);
        const QString wanted = page->filterText();
        page->savedSearches()->save(u"M3 errors"_s, bar->state());
        bar->setState({});
        QVERIFY(page->filterText() != wanted);
        // The menu lists it; choosing it brings the search back.
        QTimer::singleShot(200, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (a->text() == u"M3 errors"_s)
                    a->trigger();
            }
            menu->close();
        });
        page->savedSearches()->showMenu();
        QCOMPARE(page->filterText(), wanted);
        QTRY_VERIFY(page->model()->totalCount() < 1500);
        page->savedSearches()->remove(u"M3 errors"_s);
        QVERIFY(page->savedSearches()->names().isEmpty());
    }

    void exportThenImportKeepsMessagesPayloadsAndEvents()
    {
        auto page = openPage();
        page->table()->selectRow(0);
        page->table()->setSelectionMode(QAbstractItemView::MultiSelection);
        page->table()->selectRow(1);
        page->table()->selectRow(2);
        const QString json = m_dir.filePath(u"three.json"_s), csv = m_dir.filePath(u"three.csv"_s);
        page->exportSelection(LogViewPage::ExportFormat::Csv, csv);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("message_date,exception_type"));
        // JSON needs the payloads: fetched from the sandbox first.
        page->exportSelection(LogViewPage::ExportFormat::Json, json);
        QTRY_VERIFY(QFile::exists(json));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QString error;
        auto entries = LogExport::fromJson(jsonFile.readAll(), &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 3);
        for (const auto &e : *entries) {
            QVERIFY(e.payload.startsWith('<'));
            QVERIFY(!e.events.isEmpty());
        }
        // Into another environment: the same messages, payloads and events.
        MessageLogStore other(m_dir.filePath(u"other.sqlite"_s));
        QVERIFY(other.open(&error));
        QVERIFY(LogExport::importInto(&other, *entries, &error));
        QVERIFY(LogExport::importInto(&other, *entries, &error)); // twice: nothing doubled
        QCOMPARE(other.count(), 3);
        for (const auto &e : *entries) {
            QCOMPARE(*other.payload(e.message.messageId), e.payload);
            QCOMPARE(other.events(e.message.messageId).size(), e.events.size());
            QCOMPARE(other.message(e.message.messageId)->documentId, e.message.documentId);
        }
        // Through the page, renamed so they are new here.
        for (auto &e : *entries)
            e.message.messageId += u"-copy"_s;
        QFile renamed(m_dir.filePath(u"renamed.json"_s));
        QVERIFY(renamed.open(QIODevice::WriteOnly));
        renamed.write(LogExport::toJson(*entries));
        renamed.close();
        QVERIFY2(page->importFile(renamed.fileName(), &error), qPrintable(error));
        QTRY_COMPARE(page->model()->totalCount(), 1503);
    }

    void exportKeepsAPayloadThatIsNotUtf8ByteForByte()
    {
        LogExport::Entry latin1;
        latin1.message.messageId = u"latin1"_s;
        latin1.message.messageDate = QDateTime::currentDateTimeUtc();
        latin1.payload = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Cr\xE8me <b> </b></a>";
        LogExport::Entry utf8 = latin1;
        utf8.message.messageId = u"utf8"_s;
        utf8.payload = "<a>Cr\xC3\xA8me</a>";
        QString error;
        const auto back = LogExport::fromJson(LogExport::toJson({latin1, utf8}), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->at(0).payload, latin1.payload);
        QCOMPARE(back->at(1).payload, utf8.payload);
        QVERIFY(LogExport::toJson({utf8}).contains("\"payload\": \"<a>Cr\xC3\xA8me</a>\"")); // readable when it can be
    }

    void aBadImportSaysWhatIsWrong()
    {
        QString error;
        QVERIFY(!LogExport::fromJson("{not json", &error));
        QVERIFY(error.contains(u"not JSON"_s));
        QVERIFY(!LogExport::fromJson(R"({"format":"something.else","version":1,"messages":[]})", &error));
        QVERIFY(error.contains(u"not a message export"_s));
        QVERIFY(!LogExport::fromJson(R"({"format":"ion-workbench.messages","version":7,"messages":[]})", &error));
        QVERIFY(error.contains(u"Version 7"_s));
        QVERIFY(!LogExport::fromJson(R"({"format":"ion-workbench.messages","version":1,"messages":[{"document_id":"x"}]})",
                                     &error));
        QVERIFY(error.contains(u"Message 1"_s));
        auto page = openPage(u"bad.sqlite"_s);
        QVERIFY(!page->importFile(m_dir.filePath(u"missing.json"_s), &error));
        QVERIFY(error.contains(u"cannot be read"_s));
    }

    void theTimelineAxesReadEvenly()
    {
        LogTimelineView view;
        auto *count = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
        auto *time = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(count && time);
        // Being counted, then nothing: no axis of repeated "01 Jan 00:00", words instead.
        view.setCounting();
        QCOMPARE(view.chart()->title(), u"Counting…"_s);
        view.setBuckets({});
        QVERIFY(!time->isVisible() && !count->isVisible());
        QCOMPARE(view.chart()->title(), u"No messages in this search"_s);
        // A month with at most 153 an hour: whole-number count steps, whole-day time steps.
        QList<LogTimeline::Bucket> month;
        const QDateTime start(QDate(2026, 11, 3), QTime(15, 0), Qt::UTC);
        for (int h = 0; h < 30 * 24; ++h)
            month.append({start.addSecs(h * 3600), h % 24 == 5 ? 153 : 40, 1});
        view.setBuckets(month);
        QVERIFY(time->isVisible() && view.chart()->title().isEmpty());
        const double countStep = count->max() / (count->tickCount() - 1);
        QCOMPARE(count->min(), 0.0);
        QVERIFY(count->max() >= 153);
        QCOMPARE(countStep, double(qint64(countStep))); // labels are whole numbers, each once
        const qint64 spanSecs = time->min().secsTo(time->max());
        QCOMPARE(spanSecs % ((time->tickCount() - 1) * 86400LL), 0LL);
        QCOMPARE(time->min().time(), QTime(0, 0));
        QVERIFY(time->min() <= month.first().start.toLocalTime() && time->max() >= month.last().start.toLocalTime());
        if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            view.resize(1000, 170);
            view.grab().save(QDir(shots).filePath(u"timeline-month.png"_s));
        }
        // A few hours: whole-hour steps.
        view.setBuckets(month.mid(0, 5));
        QCOMPARE(time->min().secsTo(time->max()) % ((time->tickCount() - 1) * 3600LL), 0LL);
    }

    void eachOutcomeHasAShapeOfItsOwn()
    {
        QStandardItemModel source(5, MessageLogModel::ColumnCount);
        const QStringList outcomes {u"Error"_s, u"Filtered Out"_s, u"Warning"_s, u"completed"_s, u"in_flight"_s};
        for (int row = 0; row < outcomes.size(); ++row)
            source.setData(source.index(row, MessageLogModel::StatusColumn), outcomes[row], MessageLogModel::OutcomeRole);
        LogOutcomeDecorator decorator;
        decorator.setSourceModel(&source);
        QList<QImage> icons;
        for (int row = 0; row < outcomes.size(); ++row) {
            const QIcon icon = decorator.index(row, MessageLogModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!icon.isNull(), qPrintable(outcomes[row]));
            icons << icon.pixmap(16, 16).toImage();
        }
        for (int a = 0; a < icons.size(); ++a)
            for (int b = a + 1; b < icons.size(); ++b)
                QVERIFY2(icons[a] != icons[b], qPrintable(outcomes[a] + u" and "_s + outcomes[b] + u" look alike"_s));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_sandbox.reset();
    }
};

QTEST_MAIN(TestLogViewTools)
#include "tst_logviewtools.moc"
