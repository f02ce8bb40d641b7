// SPDX-License-Identifier: GPL-3.0-or-later
// The BOD inspector with large documents: formatted and checked off the GUI thread, shown a
// slice at a time, never an undo step, and the newest document always wins.
#include "bod/bodformatter.h"
#include "bodinspector.h"
#include "largebod.h"
#include "codeview.h"
#include "factvalue.h"
#include "progressivetextloader.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
// A Process.PurchaseOrder of about `bytes`, on one line as some senders write them.
QByteArray largeBod(qsizetype bytes, const QString &documentId)
{
    return purchaseOrderOfSize(bytes, documentId).replace('\n', "");
}
} // namespace

class TestBodInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSmallDocumentIsReadyAtOnce()
    {
        BodInspector inspector;
        const QByteArray bod = largeBod(4000, u"PO-SMALL"_s);
        QVERIFY(bod.size() < BodInspector::LargeBytes);
        inspector.setDocument(bod);
        QVERIFY(!inspector.isLoading());
        QCOMPARE(inspector.parsed().facts.documentId, u"PO-SMALL"_s);
        QCOMPARE(inspector.view()->toPlainText().toUtf8(), BodFormatter::pretty(bod));
    }

    void aLongBodIdIsShownWhole()
    {
        // A BODID has no spaces: in a narrow inspector it wraps onto more lines, all of them
        // shown, and selecting it copies the id exactly.
        BodInspector inspector;
        inspector.resize(520, 500);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        const QByteArray bod = largeBod(4000, u"PO-0123456789-ABCDEFGHIJ"_s);
        inspector.setDocument(bod);
        FactValue *bodId = nullptr;
        for (FactValue *v : inspector.findChildren<FactValue *>()) {
            if (v->value().startsWith(u"infor-nid:"_s))
                bodId = v;
        }
        QVERIFY(bodId);
        QCOMPARE(bodId->value(), inspector.parsed().facts.bodId);
        QTRY_VERIFY(bodId->isVisible() && bodId->width() > 0);
        const int oneLine = bodId->fontMetrics().height();
        QVERIFY2(bodId->width() < bodId->fontMetrics().horizontalAdvance(bodId->value()), "the test needs a narrow column");
        QTRY_VERIFY2(bodId->height() >= 2 * oneLine && bodId->height() >= bodId->heightForWidth(bodId->viewport()->width()),
                     qPrintable(u"%1 px for %2 px of text"_s.arg(bodId->height()).arg(bodId->heightForWidth(bodId->viewport()->width()))));
        bodId->selectAll();
        QCOMPARE(bodId->textCursor().selectedText(), inspector.parsed().facts.bodId);
    }

    void aLargeDocumentArrivesWithoutFreezingTheWindow()
    {
        BodInspector inspector;
        inspector.resize(900, 600);
        inspector.show();
        const QByteArray bod = largeBod(3 * 1024 * 1024, u"PO-LARGE"_s);
        QVERIFY(bod.size() < BodInspector::LineViewBytes); // the text view's progressive path
        QSignalSpy shown(&inspector, &BodInspector::shown);
        QSignalSpy validated(&inspector, &BodInspector::validated);
        // The event loop must keep turning while the document comes in.
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(20);
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start();

        inspector.setDocument(bod);
        QVERIFY(inspector.isLoading());
        QVERIFY(!inspector.findChild<QPushButton *>(u"editBod"_s)->isEnabled()); // no editing half a document
        // The first screen at once: the start of the formatted document, whole lines, before it is all formatted.
        const QByteArray firstScreen = inspector.view()->toPlainText().toUtf8();
        QVERIFY2(firstScreen.count('\n') > 100, firstScreen.left(200).constData());
        QVERIFY(BodFormatter::pretty(bod).startsWith(firstScreen));
        QVERIFY(shown.wait(120'000));
        QTRY_VERIFY_WITH_TIMEOUT(!validated.isEmpty(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isLoading(), 60'000);

        QVERIFY2(ticks > 5, qPrintable(u"only %1 heartbeats while loading"_s.arg(ticks)));
        // Each slice is time-boxed; even a debug build with sanitizers stays far from a freeze.
        QVERIFY2(inspector.loader()->longestSliceMs() < 1000,
                 qPrintable(u"longest slice %1 ms"_s.arg(inspector.loader()->longestSliceMs())));
        QCOMPARE(inspector.parsed().facts.documentId, u"PO-LARGE"_s);
        QVERIFY(inspector.parsed().isValid());
        QCOMPARE(inspector.view()->toPlainText().toUtf8(), BodFormatter::pretty(bod));
        // Loading is not an edit: nothing to undo, nothing modified, editing allowed again.
        QVERIFY(!inspector.view()->document()->isUndoAvailable());
        QVERIFY(!inspector.view()->document()->isModified());
        QVERIFY(inspector.findChild<QPushButton *>(u"editBod"_s)->isEnabled());
    }

    void theNewestDocumentWins()
    {
        BodInspector inspector;
        inspector.setDocument(largeBod(3 * 1024 * 1024, u"PO-OLD"_s));
        QVERIFY(inspector.isLoading());
        const QByteArray small = largeBod(2000, u"PO-NEW"_s);
        inspector.setDocument(small); // the person clicked the next message before the first arrived
        QCOMPARE(inspector.parsed().facts.documentId, u"PO-NEW"_s);
        QTest::qWait(3000); // the worker for the old one finishes in this time and must be ignored
        QCOMPARE(inspector.parsed().facts.documentId, u"PO-NEW"_s);
        QCOMPARE(inspector.view()->toPlainText().toUtf8(), BodFormatter::pretty(small));
    }

    void editingALargeDocumentIsCheckedInTheBackground()
    {
        BodInspector inspector;
        QSignalSpy shown(&inspector, &BodInspector::shown);
        const QByteArray bod = largeBod(1024 * 1024, u"PO-EDIT"_s);
        inspector.setDocument(bod);
        QVERIFY(inspector.isLoading());
        QVERIFY(shown.wait(60'000));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isLoading(), 30'000);
        QVERIFY(inspector.parsed().isValid());
        inspector.setEditable(true); // the view now takes the document's own text, a slice at a time
        if (inspector.loader()->isLoading())
            QVERIFY(inspector.view()->isReadOnly()); // no typing into a text still arriving
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.isLoading(), 30'000);
        QVERIFY(!inspector.view()->isReadOnly());
        QSignalSpy validated(&inspector, &BodInspector::validated);
        QTextCursor cursor = inspector.view()->document()->find(u"actionCode=\"Add\""_s);
        QVERIFY(!cursor.isNull());
        cursor.insertText(u"actionCode=\"Sync\""_s); // not an action code for Process
        QVERIFY(validated.wait(30'000));
        QVERIFY(!inspector.parsed().isValid());
        QVERIFY(inspector.view()->document()->isUndoAvailable());
    }
};

QTEST_MAIN(TestBodInspector)
#include "tst_bodinspector.moc"
