// SPDX-License-Identifier: GPL-3.0-or-later
// The walk a new user takes, at 1024x700 and 1600x970 (and, with IONWB_TEST_LANGUAGE=de, in
// German): every page, every menu and the dialogs they open, each checked for text that does not
// fit (a label or button narrower than its text, a table header narrower than its title). With
// IONWB_WALKTHROUGH_DIR set, each is also saved as a PNG (scripts/walkthrough.sh).
#include "bodinspector.h"
#include "connection/appcontext.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "factvalue.h"
#include "flowdiagnosisdialog.h"
#include "flowdiagnosislauncher.h"
#include "logviewpage.h"
#include "mainwindow.h"
#include "messagelog/messagelogmodel.h"
#include "resubmissionhistory.h"
#include "resubmitdialog.h"
#include "routingeditor.h"
#include "sandboxcontroller.h"
#include "scimpage.h"
#include "translations.h"
#include "userguide.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u' '
        + (w->objectName().isEmpty() ? QString() : w->objectName() + u' ');
}

// Whatever on `root` shows less of its text than it has.
QStringList clipped(QWidget *root)
{
    QStringList found;
    auto visible = [root](QWidget *w) { return w->isVisibleTo(root) && w->width() > 0 && !w->visibleRegion().isEmpty(); };
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!visible(l) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->wordWrap()) { // wrapped text needs its lines' height
            if (l->height() + 1 < l->heightForWidth(l->width()))
                found << describe(l) + u'"' + l->text().left(60) + u"\" height "_s + QString::number(l->height()) + u'<'
                        + QString::number(l->heightForWidth(l->width()));
            continue;
        }
        if (l->width() + 1 < l->minimumSizeHint().width() || l->height() + 1 < l->minimumSizeHint().height())
            found << describe(l) + u'"' + l->text().left(60) + u"\" "_s + QString::number(l->width()) + u'<'
                    + QString::number(l->minimumSizeHint().width());
    }
    for (FactValue *v : root->findChildren<FactValue *>()) {
        if (visible(v) && v->height() + 1 < v->heightForWidth(v->viewport()->width()))
            found << describe(v) + u'"' + v->value() + u"\" height "_s + QString::number(v->height());
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        const bool textButton = qobject_cast<QPushButton *>(b) || qobject_cast<QCheckBox *>(b) || qobject_cast<QRadioButton *>(b);
        if (!textButton || !visible(b) || b->text().isEmpty())
            continue;
        if (b->width() + 1 < b->minimumSizeHint().width())
            found << describe(b) + u'"' + b->text() + u"\" "_s + QString::number(b->width()) + u'<'
                    + QString::number(b->minimumSizeHint().width());
    }
    for (QHeaderView *h : root->findChildren<QHeaderView *>()) {
        if (!visible(h) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        const QFontMetrics metrics(h->font());
        for (int s = 0; s < h->count(); ++s) {
            if (h->isSectionHidden(s) || h->sectionSize(s) == 0)
                continue;
            const QString title = h->model()->headerData(s, Qt::Horizontal).toString();
            // The title, the sort arrow's room and the section's margins.
            const int needed = metrics.horizontalAdvance(title) + 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin);
            if (h->sectionSize(s) < needed)
                found << describe(h->parentWidget()) + u"header \""_s + title + u"\" "_s + QString::number(h->sectionSize(s))
                        + u'<' + QString::number(needed);
        }
    }
    return found;
}
} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SandboxController> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QString m_size;
    QStringList m_problems;

    static QString language() { return qEnvironmentVariable("IONWB_TEST_LANGUAGE", u"en"_s); }

    // Checks `w` and, when asked, photographs it.
    void look(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        QTest::qWait(50);
        for (const QString &problem : clipped(w))
            m_problems << name + u": "_s + problem;
        // A dialog's title must fit its title bar, beside the window manager's buttons.
        if (qobject_cast<QDialog *>(w) && w->fontMetrics().horizontalAdvance(w->windowTitle()) + 150 > w->width())
            m_problems << name + u": the title \""_s + w->windowTitle() + u"\" in "_s + QString::number(w->width()) + u" px"_s;
        if (const QString dir = qEnvironmentVariable("IONWB_WALKTHROUGH_DIR"); !dir.isEmpty()) {
            const QString folder = QDir(dir).filePath(language() + u'/' + m_size);
            QDir().mkpath(folder);
            // 256 colours: a quarter of the bytes, and the text as sharp (the widgets use few colours).
            const QImage image = w->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
            image.save(QDir(folder).filePath(name + u".png"_s), "PNG", 0);
        }
    }

    template<typename Dialog>
    Dialog *opened()
    {
        Dialog *found = nullptr;
        QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<Dialog *>(w); d && d->isVisible())
                    found = d;
            }
            return found != nullptr;
        }, 10'000);
        return found;
    }

    void selectFirst(const QString &outcome)
    {
        LogViewPage *log = m_window->logPage();
        QComboBox *filter = log->outcomeFilter();
        filter->setCurrentIndex(filter->findData(outcome));
        QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() > 0 && log->model()->messageAt(0).exceptionType == outcome, 10'000);
        log->table()->setCurrentIndex(log->model()->index(0, 0));
        log->table()->selectRow(0);
        const QByteArray key = log->model()->messageAt(0).documentId.toUtf8();
        QTRY_VERIFY(log->inspector()->currentPayload().contains(key));
        QTest::qWait(300);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        const QLocale locale = language() == u"de"_s ? QLocale(QLocale::German, QLocale::Germany)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(locale);
        installTranslations(qApp, locale);
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_sandbox = std::make_unique<SandboxController>(m_context.get());
        m_sandbox->setDemoMessages(3000);
        m_window = std::make_unique<MainWindow>(m_context.get(), m_sandbox.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->findChild<QAction *>(u"startSandbox"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->isStarting() && m_sandbox->server(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionsPage()->findChild<QAbstractItemView *>()->isVisible(), 10'000);
        m_window->showPage(m_window->logPage()); // its log opens and replicates when it is shown
        QTRY_VERIFY_WITH_TIMEOUT(m_window->logPage()->workspace() && m_window->logPage()->model()->rowCount() > 0, 60'000);
    }

    void newestFirstShowsADownwardArrow()
    {
        // The log opens newest first (descending): its Date header shows the arrow pointing
        // down, as Windows, macOS and GNOME draw descending (Qt's own style points it up).
        auto arrowPointsDown = [](QHeaderView *header) {
            const QImage image = header->grab().toImage();
            const QColor background = image.pixelColor(2, image.height() / 2);
            // The arrow's rows: how many pixels of each differ clearly from the background.
            QList<int> widths;
            const int from = header->sectionViewportPosition(0) + header->sectionSize(0) * 3 / 4; // past the title
            for (int y = 0; y < image.height(); ++y) {
                int n = 0;
                for (int x = from; x < header->sectionViewportPosition(0) + header->sectionSize(0); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += qAbs(c.lightness() - background.lightness()) > 60;
                }
                if (n > 0 && n < 40)
                    widths << n;
            }
            return widths.size() >= 2 ? widths.first() > widths.last() : false;
        };
        QStandardItemModel model(3, 1);
        model.setHorizontalHeaderLabels({u"Date"_s});
        QTableView plain;
        plain.setModel(&model);
        plain.setSortingEnabled(true);
        plain.horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
        plain.horizontalHeader()->resizeSection(0, 160);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        const bool qtPointsDown = arrowPointsDown(plain.horizontalHeader()); // Fusion in Qt 6.4: up
        QHeaderView *log = m_window->logPage()->table()->horizontalHeader();
        QCOMPARE(log->sortIndicatorOrder(), Qt::DescendingOrder);
        plain.horizontalHeader()->setStyle(log->style());
        QVERIFY2(arrowPointsDown(plain.horizontalHeader()), qtPointsDown ? "" : "the arrow was not turned");
    }

    void everySurface_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1600x970") << QSize(1600, 970);
    }

    void everySurface()
    {
        QFETCH(QSize, size);
        m_size = QString::fromLatin1(QTest::currentDataTag());
        m_problems.clear();
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);

        m_window->showPage(m_window->connectionsPage());
        look(m_window.get(), u"01-connections"_s);
        m_window->showPage(m_window->logPage());
        selectFirst(u"Error"_s);
        look(m_window.get(), u"02-message-log"_s);
        for (int tab = 0; tab < 4; ++tab) {
            if (auto *side = m_window->logPage()->inspector()->findChild<QTabWidget *>())
                side->setCurrentIndex(tab);
            look(m_window->logPage()->inspector(), u"03-inspector-%1"_s.arg(tab));
        }
        m_window->showPage(m_window->scimPage());
        look(m_window.get(), u"04-scim"_s);
        m_window->showPage(m_window->logPage());

        // Every menu of the menu bar, opened.
        int n = 0;
        for (QAction *top : m_window->menuBar()->actions()) {
            QMenu *menu = top->menu();
            if (!menu)
                continue;
            Q_EMIT menu->aboutToShow();
            menu->popup(m_window->mapToGlobal(QPoint(20, 20)));
            QTRY_VERIFY(menu->isVisible());
            look(menu, u"05-menu-%1"_s.arg(++n));
            menu->close();
        }

        // The dialogs of the day's work.
        ConnectionDialog *connection = m_window->connectionsPage()->newConnection(m_sandbox->ionApiPath());
        QVERIFY(QTest::qWaitForWindowExposed(connection));
        for (int tab = 0; tab < 3; ++tab) {
            connection->form()->tabs()->setCurrentIndex(tab);
            look(connection, u"06-connection-%1"_s.arg(tab));
        }
        connection->form()->tabs()->setCurrentIndex(0);
        QTimer::singleShot(0, this, [this] {
            QDialog *provision = nullptr;
            QTest::qWaitFor([&] { return (provision = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                                         && provision->objectName() != u"connectionDialog"_s; }, 5000);
            if (provision) {
                look(provision, u"07-provision"_s);
                provision->reject();
            }
        });
        connection->findChild<QPushButton *>(u"provision"_s)->click();
        connection->reject();

        selectFirst(u"Filtered Out"_s);
        m_window->logPage()->diagnoseCurrent();
        FlowDiagnosisDialog *why = opened<FlowDiagnosisDialog>();
        QVERIFY(why);
        look(why, u"08-why"_s);
        why->close();

        m_window->logPage()->diagnosis()->editRouting();
        RoutingEditor *routing = opened<RoutingEditor>();
        QVERIFY(routing);
        look(routing, u"09-routing-model"_s);
        routing->reject();

        selectFirst(u"Error"_s);
        m_window->logPage()->resubmitSelection();
        ResubmitDialog *resubmit = opened<ResubmitDialog>();
        QVERIFY(resubmit);
        // The guard's verdict (its text arrives after the check) is shown whole, not cut.
        auto *preview = resubmit->findChild<QTableWidget *>(u"resubmitPreview"_s);
        QTRY_VERIFY(!preview->item(0, ResubmitDialog::GuardColumn)->text().isEmpty());
        QTRY_VERIFY2(preview->columnWidth(ResubmitDialog::GuardColumn) >= preview->fontMetrics().horizontalAdvance(preview->item(0, ResubmitDialog::GuardColumn)->text()),
                     qPrintable(preview->item(0, ResubmitDialog::GuardColumn)->text()));
        // Where it goes, from the connection's routing model (kept since Why? above).
        QTRY_VERIFY2(preview->item(0, ResubmitDialog::ToColumn)->text().contains(u"→"_s),
                     qPrintable(preview->item(0, ResubmitDialog::ToColumn)->text()));
        QVERIFY(preview->item(0, ResubmitDialog::ToColumn)->toolTip().contains(u"lid://infor."_s));
        look(resubmit, u"10-resubmit"_s);
        resubmit->reject();

        m_window->logPage()->showHistory();
        ResubmissionHistory *history = opened<ResubmissionHistory>();
        QVERIFY(history);
        // Nothing resubmitted yet: it says so, instead of two empty tables.
        QTRY_VERIFY(history->findChild<QLabel *>(u"historyEmpty"_s)->isVisible());
        QVERIFY(!history->batches()->isVisible());
        look(history, u"11-history"_s);
        history->reject();

        UserGuide *guide = UserGuide::open(m_window.get(), u"message-log"_s);
        look(guide, u"12-user-guide"_s);
        guide->close();

        QVERIFY2(m_problems.isEmpty(), qPrintable(u"\n"_s + m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
