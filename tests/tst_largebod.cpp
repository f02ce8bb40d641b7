// SPDX-License-Identifier: GPL-3.0-or-later
// A BOD too large for a text document: shown from a line index in the LineView, its own lines,
// checked on a worker, found in, gone to, and edited a line at a time, with every other byte
// kept; the event loop turning throughout.
#include "bod/bodbytes.h"
#include "bod/bodformatter.h"
#include "bodinspector.h"
#include "largebod.h"
#include "filtertester.h"
#include "lineview.h"

#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
// A Process.PurchaseOrder of about `bytes`, indented, one element a line.
QByteArray indentedBod(qsizetype bytes, const QString &documentId)
{
    return BodFormatter::pretty(purchaseOrderOfSize(bytes, documentId));
}

struct Heartbeat
{
    int ticks = 0;
    QTimer timer;
    Heartbeat()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { ++ticks; });
        timer.start();
    }
};

qsizetype lineOf(const QByteArray &text, const QByteArray &what)
{
    return text.left(text.indexOf(what)).count('\n');
}
} // namespace

class TestLargeBod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isShownFromItsOwnLines()
    {
        BodInspector inspector;
        inspector.resize(900, 600);
        inspector.show();
        const QByteArray bod = indentedBod(6 * 1024 * 1024, u"PO-HUGE"_s);
        QVERIFY(bod.size() >= BodInspector::LineViewBytes);
        QVERIFY(bod.count('\n') > 100'000);
        QSignalSpy shown(&inspector, &BodInspector::shown);
        QSignalSpy validated(&inspector, &BodInspector::validated);
        Heartbeat heartbeat;
        inspector.setDocument(bod);
        QVERIFY(inspector.showsLineView());
        LineView *view = inspector.lineView();
        QCOMPARE(inspector.textArea(), view);
        // The first screen at once: the document's own first lines, before the whole is indexed.
        QVERIFY(inspector.isLoading());
        QVERIFY(view->lineCount() > 100);
        QCOMPARE(view->lineText(1), QString::fromUtf8(bod.split('\n').value(1)));
        QVERIFY(shown.wait(60'000));
        QTRY_VERIFY_WITH_TIMEOUT(!validated.isEmpty() && !inspector.isLoading(), 60'000);
        QVERIFY2(heartbeat.ticks > 3, qPrintable(u"%1 heartbeats"_s.arg(heartbeat.ticks)));
        QCOMPARE(view->lineCount(), bod.count('\n') + 1);
        QCOMPARE(view->lineText(view->lineCount() - 2), QString::fromUtf8(bod.split('\n').value(view->lineCount() - 2)));
        QCOMPARE(inspector.parsed().facts.documentId, u"PO-HUGE"_s);
        QVERIFY(inspector.parsed().isValid());
        QCOMPARE(inspector.currentPayload(), bod); // nothing edited: the bytes as they came
        QVERIFY(!inspector.isModified());

        // Go to line and find, both wrapping and answering off the GUI thread.
        view->goToLine(int(view->lineCount()));
        QCOMPARE(view->currentLine(), view->lineCount() - 1);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QSignalSpy found(view, &LineView::found);
        QLineEdit *find = inspector.findChild<QLineEdit *>();
        find->setText(u"po-huge"_s); // any case
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(found.wait(30'000));
        QCOMPARE(found.takeFirst().at(0).toBool(), true);
        QCOMPARE(view->currentLine(), lineOf(bod, "PO-HUGE")); // wrapped to the first
        find->setText(u"no such text anywhere"_s);
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(found.wait(30'000));
        QCOMPARE(found.takeFirst().at(0).toBool(), false);
        QVERIFY(inspector.findChild<QLabel *>(u"bodStatus"_s)->text().contains(u"not in the document"_s));
    }

    // Edited a line at a time: through the editor on the line, Enter keeps and Escape drops,
    // re-checked on a worker, and only that line sent differently, in the document's encoding.
    void isEditedLineByLineInItsOwnEncoding()
    {
        BodInspector inspector;
        inspector.resize(900, 600);
        inspector.show();
        QByteArray bod = indentedBod(5 * 1024 * 1024, u"PO-EDIT"_s);
        bod.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        QVERIFY(bod.contains("ISO-8859-1"));
        QVERIFY(BodBytes::isLineEditable(bod));
        QSignalSpy shown(&inspector, &BodInspector::shown);
        inspector.setDocument(bod);
        QVERIFY(shown.wait(60'000));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isLoading(), 60'000);
        auto *edit = inspector.findChild<QPushButton *>(u"editBod"_s);
        QVERIFY(edit->isEnabled());
        edit->click();
        LineView *view = inspector.lineView();
        QVERIFY(view->isEditable());

        const qsizetype actionLine = lineOf(bod, "actionCode=\"Add\"");
        view->editLine(actionLine);
        auto *editor = view->findChild<QLineEdit *>(u"lineEditor"_s);
        QVERIFY(editor && editor->isVisible());
        QVERIFY(editor->text().contains(u"actionCode=\"Add\""_s));
        editor->setText(editor->text().replace(u"\"Add\""_s, u"\"Sync\""_s)); // not an action code for Process
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QVERIFY(!inspector.isModified()); // Escape dropped it

        QSignalSpy validated(&inspector, &BodInspector::validated);
        view->editLine(actionLine);
        editor->setText(editor->text().replace(u"\"Add\""_s, u"\"Sync\""_s));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!editor->isVisible());
        QVERIFY(inspector.isModified());
        QVERIFY(validated.wait(60'000));
        QVERIFY(!inspector.parsed().isValid());
        QVERIFY(inspector.changes().contains(u"+%1: "_s.arg(actionLine + 1)));

        // A character of the document's encoding is written in it; one outside it as a reference.
        const qsizetype idLine = lineOf(bod, "PO-EDIT");
        view->setLine(idLine, view->lineText(idLine).replace(u"PO-EDIT"_s, u"PO-\u00c9\u20ac"_s));
        QByteArray expected = bod;
        expected.replace("actionCode=\"Add\"", "actionCode=\"Sync\"");
        const qsizetype at = expected.indexOf("PO-EDIT");
        expected.replace(at, 7, "PO-\xC9&#x20AC;");
        QCOMPARE(inspector.currentPayload(), expected);
        QCOMPARE(inspector.currentPayload(), BodBytes::withLineEdits(bod, view->edits()));

        // Ctrl+Z undoes both: the original bytes again, and valid again.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!inspector.isModified());
        QCOMPARE(inspector.currentPayload(), bod);
        QTRY_VERIFY_WITH_TIMEOUT(inspector.parsed().isValid() && !inspector.isLoading(), 60'000);
    }

    // Broken and on one line: shown as it came (nothing to re-indent), its problem listed, and
    // painted from its start only.
    void aBrokenDocumentOnOneLineIsShownAsItCame()
    {
        BodInspector inspector;
        inspector.resize(900, 600);
        inspector.show();
        QByteArray bod = indentedBod(5 * 1024 * 1024, u"PO-BROKEN"_s).replace('\n', "");
        bod.chop(30); // the end tags cut off
        QSignalSpy shown(&inspector, &BodInspector::shown);
        inspector.setDocument(bod);
        QVERIFY(shown.wait(60'000));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isLoading(), 60'000);
        QCOMPARE(inspector.lineView()->lineCount(), 1);
        QVERIFY(!inspector.parsed().isValid());
        QVERIFY(inspector.problemList()->count() >= 1);
        QVERIFY(!inspector.lineView()->viewport()->grab().isNull());
        QCOMPARE(inspector.currentPayload(), bod);
    }

    // The flow-filter tester on a large BOD answers from a worker; the newest filter wins.
    void aFilterIsTestedOffTheGuiThread()
    {
        FilterTester tester;
        const QByteArray bod = indentedBod(3 * 1024 * 1024, u"PO-FILTER"_s);
        QVERIFY(bod.size() > FilterTester::BackgroundBytes);
        tester.setBod(bod);
        Heartbeat heartbeat;
        const QString id = u"DataArea/PurchaseOrder/PurchaseOrderHeader/DocumentID/ID"_s;
        tester.setFilter(id + u" = 'PO-FILTER'"_s);
        QVERIFY(tester.verdict()->text().contains(u"Testing the filter"_s)); // not answered on this thread
        QTRY_VERIFY_WITH_TIMEOUT(tester.verdict()->text().contains(u"Passes"_s), 60'000);
        QCOMPARE(tester.results()->topLevelItemCount(), 1);
        tester.setFilter(id + u" = 'PO-OTHER'"_s);
        tester.setFilter(id + u" = 'PO-NEWEST'"_s); // typed on before the first answer
        QTRY_VERIFY_WITH_TIMEOUT(tester.verdict()->text().contains(u"Filtered out"_s), 60'000);
        QTest::qWait(300); // an older answer arriving now must not replace it
        QVERIFY(tester.verdict()->text().contains(u"Filtered out"_s));
        QCOMPARE(tester.results()->topLevelItem(0)->text(0), id + u" = 'PO-NEWEST'"_s);
        QVERIFY2(heartbeat.ticks > 0, "the event loop turned while the filters were tested");
    }

    // Written on one line, it is shown re-indented; that copy is not the document, so it is not
    // edited here, and says so.
    void onOneLineIsShownIndentedAndNotEdited()
    {
        BodInspector inspector;
        QByteArray bod = indentedBod(5 * 1024 * 1024, u"PO-FLAT"_s).replace('\n', "");
        QSignalSpy shown(&inspector, &BodInspector::shown);
        inspector.setDocument(bod);
        QVERIFY(inspector.lineView()->lineCount() > 100); // the first screen, indented from the start
        QVERIFY(shown.wait(120'000));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isLoading(), 60'000);
        QVERIFY(inspector.lineView()->lineCount() > 100'000);
        QVERIFY(inspector.parsed().isValid());
        QVERIFY(inspector.problemList()->count() == 0);
        inspector.setEditable(true);
        QVERIFY(!inspector.lineView()->isEditable());
        QVERIFY(inspector.findChild<QLabel *>(u"bodStatus"_s)->text().contains(u"cannot be edited here"_s));
        QCOMPARE(inspector.currentPayload(), bod);
        // The next document, a small one, goes back to the text view and lets go of this one.
        inspector.setDocument("<a/>"_ba);
        QVERIFY(!inspector.showsLineView());
        QCOMPARE(inspector.lineView()->lineCount(), 1);
    }
};

QTEST_MAIN(TestLargeBod)
#include "tst_largebod.moc"
