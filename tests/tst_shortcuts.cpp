// SPDX-License-Identifier: GPL-3.0-or-later
// Every key of the window does one thing wherever it is pressed: on each page, every shortcut
// of every action, button and QShortcut is pressed, and none is ambiguous (Qt then does
// nothing at all: F5 and Ctrl+E once did nothing on the Message Log). The keys a page owns reach
// it. In every menu each accelerator letter is used once. Run in English and, with
// IONWB_TEST_LANGUAGE=de, in German (whose accelerators are its own), where Qt's own buttons
// speak German too.
#include "connection/appcontext.h"
#include "connectionspage.h"
#include "logviewpage.h"
#include "mainwindow.h"
#include "sandboxcontroller.h"
#include "scimpage.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QMenuBar>
#include <QShortcut>
#include <QShortcutEvent>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QMessageBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Takes every shortcut event before it is delivered (so that nothing is triggered) and
// remembers where it went and whether Qt found it ambiguous.
class ShortcutSpy : public QObject
{
public:
    struct Hit
    {
        QObject *target;
        bool ambiguous;
    };
    QList<Hit> hits;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        hits.append({watched, static_cast<QShortcutEvent *>(event)->isAmbiguous()});
        return true;
    }
};

QString describe(QObject *o)
{
    if (auto *a = qobject_cast<QAction *>(o))
        return u"action \"%1\""_s.arg(a->text());
    if (auto *b = qobject_cast<QAbstractButton *>(o))
        return u"button \"%1\""_s.arg(b->text());
    return QString::fromLatin1(o->metaObject()->className()) + u' ' + o->objectName();
}

QList<QKeySequence> everyShortcut(QWidget *window)
{
    QList<QKeySequence> keys;
    auto add = [&keys](const QKeySequence &k) {
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    };
    for (QAction *a : window->findChildren<QAction *>())
        for (const QKeySequence &k : a->shortcuts())
            add(k);
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        add(b->shortcut());
    for (QShortcut *s : window->findChildren<QShortcut *>())
        add(s->key());
    return keys;
}
} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SandboxController> m_sandbox;
    std::unique_ptr<MainWindow> m_window;

    static bool german() { return qEnvironmentVariable("IONWB_TEST_LANGUAGE") == u"de"_s; }

    void focusInto(QWidget *page)
    {
        m_window->showPage(page);
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus();
                break;
            }
        }
        if (page == m_window->logPage()) // its log opens when it is shown; then its keys work
            QTRY_VERIFY_WITH_TIMEOUT(m_window->logPage()->workspace(), 10'000);
        QTRY_VERIFY2(page->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(QApplication::focusWidget() ? describe(QApplication::focusWidget()) : u"no focus"_s));
    }

    // Presses `key` where the focus is; every shortcut event it caused.
    QList<ShortcutSpy::Hit> press(const QKeySequence &key)
    {
        ShortcutSpy spy;
        qApp->installEventFilter(&spy);
        QTest::keySequence(QApplication::focusWidget(), key);
        qApp->removeEventFilter(&spy);
        return spy.hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A fresh data and settings folder: no connection from an earlier run.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        const QLocale locale = german() ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(locale);
        installTranslations(qApp, locale);
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_sandbox = std::make_unique<SandboxController>(m_context.get());
        m_window = std::make_unique<MainWindow>(m_context.get(), m_sandbox.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void startSandboxIsOfferedOnlyWhenThereIsNone()
    {
        auto *start = m_window->findChild<QAction *>(u"startSandbox"_s);
        QVERIFY(start);
        QMenu *menu = qobject_cast<QMenu *>(start->parent()) ? qobject_cast<QMenu *>(start->parent()) : nullptr;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(start))
                menu = top->menu();
        }
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QVERIFY(start->isEnabled());
        m_sandbox->setDemoMessages(10);
        start->trigger(); // as a person does: the Sandbox connection is selected and its log shown
        QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->isStarting(), 30'000);
        // Its connection is what the Connections page's keys act on in the tests after this one.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionsPage()->findChild<QAbstractItemView *>()->isVisible(), 10'000);
        Q_EMIT menu->aboutToShow();
        QVERIFY(!start->isEnabled());
        QCOMPARE(start->text(), QCoreApplication::translate("MainWindow", "Sandbox &Running"));
    }
    void noKeyIsAmbiguousOnAnyPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("Connections") << u"connections"_s;
        QTest::newRow("Message Log") << u"log"_s;
        QTest::newRow("SCIM") << u"scim"_s;
    }
    void noKeyIsAmbiguousOnAnyPage()
    {
        QFETCH(QString, page);
        QWidget *widget = page == u"connections"_s ? static_cast<QWidget *>(m_window->connectionsPage())
                          : page == u"log"_s       ? static_cast<QWidget *>(m_window->logPage())
                                                   : static_cast<QWidget *>(m_window->scimPage());
        focusInto(widget);
        const QList<QKeySequence> keys = everyShortcut(m_window.get());
        QVERIFY(keys.size() > 10);
        for (const QKeySequence &key : keys) {
            // Qt delivers an ambiguous key to one of its owners per press, in turn: press it a
            // few times to name them all.
            QStringList ambiguous;
            for (int round = 0; round < 4; ++round) {
                for (const auto &hit : press(key)) {
                    if (hit.ambiguous && !ambiguous.contains(describe(hit.target)))
                        ambiguous << describe(hit.target);
                }
            }
            QVERIFY2(ambiguous.isEmpty(), qPrintable(u"%1 on %2 is ambiguous between %3"_s.arg(
                                              key.toString(), page, ambiguous.join(u", "_s))));
        }
    }

    void thePagesOwnKeysReachThem()
    {
        if (german())
            QSKIP("the keys are those of the English run; only the texts named here differ");
        auto target = [this](const QKeySequence &key) {
            const auto hits = press(key);
            return hits.size() == 1 ? describe(hits.first().target) : u"%1 targets"_s.arg(hits.size());
        };
        focusInto(m_window->logPage());
        const auto f5 = press(QKeySequence::Refresh);
        QCOMPARE(f5.size(), 1);
        QCOMPARE(f5.first().target->objectName(), u"refresh"_s); // Refresh, or Cancel while it runs
        QCOMPARE(target(QKeySequence(u"Ctrl+E"_s)), u"action \"Selection as &JSON (with payloads)…\""_s);
        focusInto(m_window->connectionsPage());
        QCOMPARE(target(QKeySequence::Refresh), u"action \"&Re-test\""_s);
        QCOMPARE(target(QKeySequence(u"Ctrl+E"_s)), u"action \"&Edit…\""_s);
        QCOMPARE(target(QKeySequence::New), u"action \"&New Connection…\""_s); // and from every page
        focusInto(m_window->logPage());
        QCOMPARE(target(QKeySequence::New), u"action \"&New Connection…\""_s);
    }

    void tabReachesEveryFieldAndLeavesEveryTable_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("connections") << u"connections"_s;
        QTest::newRow("log") << u"log"_s;
    }

    void tabReachesEveryFieldAndLeavesEveryTable()
    {
        // Tab from the first field goes round the page: every field, table and toolbar button
        // is reached, and no table keeps the focus for its cells.
        QFETCH(QString, page);
        QWidget *root = page == u"log"_s ? static_cast<QWidget *>(m_window->logPage()) : m_window->connectionsPage();
        focusInto(root);
        QSet<QWidget *> visited;
        QStringList kept; // widgets that took a Tab for themselves (a table moving between cells)
        for (int i = 0; i < 300; ++i) {
            QWidget *w = QApplication::focusWidget();
            visited << w;
            QTest::keyClick(w, Qt::Key_Tab);
            if (QApplication::focusWidget() == w && !kept.contains(describe(w)))
                kept << describe(w);
        }
        QVERIFY2(kept.isEmpty(), qPrintable(kept.join(u", "_s)));
        QStringList missed;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool reachable = w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
            if (reachable && !visited.contains(w))
                missed << describe(w);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u", "_s)));
        const auto views = root->findChildren<QAbstractItemView *>();
        QVERIFY(std::any_of(views.cbegin(), views.cend(), [&](QAbstractItemView *v) { return v->isVisible() && visited.contains(v); }));
        if (page == u"connections"_s) {
            const auto buttons = root->findChildren<QToolButton *>();
            QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [&](QToolButton *b) {
                return qobject_cast<QToolBar *>(b->parentWidget()) && b->isEnabled() && visited.contains(b);
            }));
        }
    }

    void everyMenuUsesEachAcceleratorOnce()
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            QMenu *menu = top->menu();
            QVERIFY(menu);
            Q_EMIT menu->aboutToShow(); // menus that fill or relabel themselves do it now
            QHash<QChar, QString> taken;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                const QString text = a->text();
                const qsizetype amp = text.indexOf(u'&');
                QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(u"\"%1\" has no accelerator"_s.arg(text)));
                const QChar letter = text.at(amp + 1).toLower();
                QVERIFY2(!taken.contains(letter), qPrintable(u"%1: \"%2\" and \"%3\" share %4"_s.arg(
                                                      top->text(), taken.value(letter), text, letter)));
                taken.insert(letter, text);
            }
        }
    }


    void pluralsReadAsWords()
    {
        const auto resubmit = [](int n) { return QCoreApplication::translate("ResubmitDialog", "Resubmit %Ln Message(s)", nullptr, n); };
        QCOMPARE(resubmit(1), german() ? u"1 Nachricht erneut senden"_s : u"Resubmit 1 Message"_s);
        QCOMPARE(resubmit(2), german() ? u"2 Nachrichten erneut senden"_s : u"Resubmit 2 Messages"_s);
        const QString exported = QCoreApplication::translate("LogViewPage", "%Ln message(s) exported to %1.", nullptr, 1);
        QVERIFY2(!exported.contains(u"(s)"_s) && !exported.contains(u"(en)"_s), qPrintable(exported));
        // Counts in the language's own digits grouping.
        const QString replicated = QCoreApplication::translate("LogReplicator", "%Ln message(s) replicated.", nullptr, 50000);
        QVERIFY2(replicated.startsWith(german() ? u"50.000 "_s : u"50,000 messages"_s), qPrintable(replicated));
    }

    void qtsOwnButtonsSpeakTheLanguage()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), german() ? u"Abbrechen"_s : u"Cancel"_s);
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(u'&'), german() ? u"Speichern"_s : u"Save"_s);
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
