// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (b) of the message-log issue: parse and validate, pretty-print and highlight a 5 MB
// and a 50 MB BOD, against `xmllint --noout` on the same file; then open each in the real
// inspector: time to the first highlighted screen, to the whole text, and the longest time the
// event loop did not turn.
#include "benchmeasure.h"
#include "bod/bodformatter.h"
#include "bod/bodparser.h"
#include "bodinspector.h"
#include "bodtemplates.h"
#include "codeview.h"
#include "lineview.h"
#include "progressivetextloader.h"
#include "xmlhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTextDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QByteArray bodOfSize(qint64 bytes)
{
    BodTemplates::Fields f;
    f.documentType = u"Process.PurchaseOrder"_s;
    f.senderLogicalId = u"lid://infor.m3.m3be"_s;
    f.tenant = u"ACME_TST"_s;
    f.accountingEntity = u"100"_s;
    f.location = u"WH1"_s;
    f.documentId = u"PO-BENCH"_s;
    f.bodId = u"bench"_s;
    f.created = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    f.lines = 1;
    const QByteArray one = BodTemplates::make(f);
    const qsizetype lineStart = one.indexOf("<PurchaseOrderLine>");
    const qsizetype lineEnd = one.indexOf("</PurchaseOrderLine>") + int(strlen("</PurchaseOrderLine>"));
    const QByteArray line = one.mid(lineStart, lineEnd - lineStart) + '\n';
    QByteArray lines;
    lines.reserve(bytes);
    while (lines.size() + one.size() < bytes)
        lines += line;
    QByteArray out = one;
    out.insert(lineEnd, lines);
    return out;
}


struct Opened
{
    double firstScreen = -1, whole = -1, longestStall = 0, residentMiB = 0;
};

// Opens `xml` in a shown inspector and reports what the person would feel: the first highlighted
// screen, the whole document navigable (text in, problems listed), then scrolls it end to end; the
// longest time the event loop did not turn, over both.
Opened openInInspector(const QByteArray &xml, const char *label)
{
    const qint64 residentBefore = residentKiB();
    Opened o;
    BodInspector inspector;
    inspector.resize(1200, 800);
    inspector.show();
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    double shown = -1, checked = -1;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        o.longestStall = qMax(o.longestStall, ms(sinceTick));
        sinceTick.restart();
    });
    // The first screen: the view in use shows (highlighted) text of this document.
    auto firstScreen = [&] {
        if (o.firstScreen < 0 && clock.isValid() && inspector.shownLineCount() > 20)
            o.firstScreen = ms(clock);
    };
    QObject::connect(inspector.view()->document(), &QTextDocument::contentsChanged, &inspector, firstScreen);
    QObject::connect(inspector.lineView(), &LineView::indexChanged, &inspector, firstScreen);
    QObject::connect(&inspector, &BodInspector::shown, &inspector, [&] { shown = ms(clock); });
    QObject::connect(&inspector, &BodInspector::validated, &inspector, [&] { checked = ms(clock); });
    clock.start();
    sinceTick.start();
    heartbeat.start();
    inspector.setDocument(xml);
    const double setDocumentReturned = ms(clock);
    while ((inspector.isLoading() || checked < 0) && clock.elapsed() < 600'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    o.whole = qMax(shown, checked);
    const double loadStall = o.longestStall;
    QScrollBar *bar = inspector.textArea()->verticalScrollBar();
    const int steps = 200;
    for (int i = 0; i <= steps; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / steps));
        QCoreApplication::processEvents();
    }
    o.residentMiB = double(residentKiB() - residentBefore) / 1024;
    std::printf("  inspector, %s: setDocument returned %.0f ms, first highlighted screen %.0f ms, whole text %.0f ms, "
                "checked %.0f ms, longest event-loop stall %.0f ms (%.0f ms while loading; %d lines), %.0f MiB more resident\n",
                label, setDocumentReturned, o.firstScreen, shown, checked, o.longestStall, loadStall, int(inspector.shownLineCount()),
                o.residentMiB);
    return o;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    std::printf("highlighter: %s\n", XmlHighlighter::usesKSyntaxHighlighting() ? "KSyntaxHighlighting" : "built-in");
    for (const qint64 size : {5LL * 1024 * 1024, 50LL * 1024 * 1024}) {
        const QByteArray xml = bodOfSize(size);
        const QString path = dir.filePath(u"bod-%1.xml"_s.arg(size));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(xml);
        f.close();
        std::printf("\n%.1f MB BOD\n", double(xml.size()) / 1024 / 1024);
        QElapsedTimer t;
        t.start();
        const BodDocument doc = BodParser::parse(xml);
        const double parseMs = ms(t);
        std::printf("  parse and validate   %8.1f ms (%lld elements, %d problems)\n", parseMs, doc.elementCount,
                    int(doc.problems.size()));
        t.restart();
        const QByteArray pretty = BodFormatter::pretty(xml);
        std::printf("  pretty-print         %8.1f ms\n", ms(t));
        if (xmllint.isEmpty())
            qFatal("the baseline needs xmllint (package libxml2-utils)");
        t.restart();
        QProcess::execute(xmllint, {u"--noout"_s, path});
        const double lintMs = ms(t);
        std::printf("  baseline xmllint --noout %8.1f ms; ratio parse+validate / xmllint: %.2f\n", lintMs, parseMs / lintMs);
        const QByteArray name = size > 10 * 1024 * 1024 ? "bod.50mb" : "bod.5mb";
        const bool big = name == "bod.50mb";
        const Opened o = openInInspector(xml, "indented");
        reportFigure(QByteArray(name + ".first_screen").constData(), o.firstScreen, "ms", "xmllint --noout, same file", lintMs, big ? "<= 0.5" : "");
        reportFigure(QByteArray(name + ".whole").constData(), o.whole, "ms", "xmllint --noout, same file", lintMs, big ? "<= 3" : "");
        reportFigure(QByteArray(name + ".max_stall").constData(), o.longestStall, "ms", "budget: 50 ms", 50, big ? "<= 1" : "");
        reportFigure(QByteArray(name + ".memory").constData(), o.residentMiB, "MiB", "the document's size", double(xml.size()) / 1024 / 1024,
                     big ? "<= 4" : "");
        openInInspector(QByteArray(xml).replace('\n', ""), "on one line");
    }
    return 0;
}
