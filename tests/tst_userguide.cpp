// SPDX-License-Identifier: GPL-3.0-or-later
// Help: F1 opens the user guide at the page about what is on screen (every page of it loads,
// with its screenshots), and every field of the connection form says what it is on Shift+F1.
#include "connection/appcontext.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "logviewpage.h"
#include "mainwindow.h"
#include "sandboxcontroller.h"
#include "userguide.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestUserGuide : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SandboxController> m_sandbox;
    std::unique_ptr<MainWindow> m_window;

    static UserGuide *openGuide()
    {
        UserGuide *guide = nullptr;
        QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *g = qobject_cast<UserGuide *>(w); g && g->isVisible())
                    guide = g;
            }
            return guide != nullptr;
        }, 5000);
        return guide;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_sandbox = std::make_unique<SandboxController>(m_context.get());
        m_window = std::make_unique<MainWindow>(m_context.get(), m_sandbox.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void everyPageOfTheGuideLoadsWithItsPictures()
    {
        UserGuide *guide = UserGuide::open(m_window.get(), u"index"_s);
        QTextBrowser *browser = guide->browser();
        const QString index = browser->toHtml();
        QVERIFY2(browser->document()->toPlainText().contains(u"ION Workbench"_s), qPrintable(index));
        // Every link of the contents leads to a page with a title and whatever pictures it shows.
        static const QRegularExpression link(u"href=\"([a-z-]+)\\.html\""_s);
        QStringList pages;
        for (const auto &m : link.globalMatch(QString::fromUtf8([] {
                 QFile f(u":/guide/index.html"_s);
                 return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
             }())))
            pages << m.captured(1);
        QCOMPARE(pages.size(), 5);
        static const QRegularExpression image(u"<img src=\"([a-z-]+\\.png)\""_s);
        for (const QString &page : std::as_const(pages)) {
            QFile source(u":/guide/%1.html"_s.arg(page));
            QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(page));
            const QString html = QString::fromUtf8(source.readAll());
            guide = UserGuide::open(m_window.get(), page);
            QCOMPARE(guide->page(), page);
            if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty())
                guide->grab().save(shots + u"/guide-"_s + page + u".png"_s);
            QVERIFY2(!guide->browser()->documentTitle().isEmpty(), qPrintable(page));
            for (const auto &m : image.globalMatch(html)) {
                const QVariant picture = guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(m.captured(1)));
                QVERIFY2(!picture.isNull() && !picture.toByteArray().isEmpty(), qPrintable(page + u": "_s + m.captured(1)));
            }
        }
        guide->close();
    }

    void f1OpensThePageAboutWhatIsOnScreen()
    {
        m_window->showPage(m_window->logPage());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        UserGuide *guide = openGuide();
        QVERIFY(guide);
        QCOMPARE(guide->page(), u"message-log"_s);
        guide->close();
        m_window->showPage(m_window->connectionsPage());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        guide = openGuide();
        QVERIFY(guide);
        QCOMPARE(guide->page(), u"connections"_s);
        guide->close();
    }

    void everyFieldOfTheConnectionFormSaysWhatItIs()
    {
        ConnectionDialog *dialog = m_window->connectionsPage()->newConnection();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QStringList silent;
        int fields = 0;
        for (QWidget *w : dialog->form()->tabs()->findChildren<QWidget *>()) {
            const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractButton *>(w);
            // The line edit inside a spin box or combo box belongs to it.
            const bool part = qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())
                || qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QTabBar *>(w->parentWidget());
            fields += field && !part;
            if (field && !part && w->whatsThis().isEmpty())
                silent << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        }
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u", "_s)));
        QVERIFY2(fields >= 18, qPrintable(QString::number(fields)));

        // Shift+F1 on the focused field shows its text.
        dialog->form()->tabs()->setCurrentIndex(1);
        auto *serviceUrl = dialog->findChild<QLineEdit *>(u"serviceUrl"_s);
        serviceUrl->setFocus();
        QTRY_VERIFY(serviceUrl->hasFocus());
        QTest::keyClick(serviceUrl, Qt::Key_F1, Qt::ShiftModifier);
        QLabel *shown = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && QByteArray(w->metaObject()->className()) == "QWhatsThat")
                    shown = reinterpret_cast<QLabel *>(w);
            }
            return shown != nullptr;
        }());
        shown->close();

        // F1 in the dialog: the guide's page on the form, usable while the dialog is up.
        QTest::keyClick(serviceUrl, Qt::Key_F1);
        UserGuide *guide = openGuide();
        QVERIFY(guide);
        QCOMPARE(guide->page(), u"connection-form"_s);
        QCOMPARE(guide->parentWidget(), dialog);
        guide->close();
        dialog->reject();
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
