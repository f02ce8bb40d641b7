// SPDX-License-Identifier: GPL-3.0-or-later
// What failed is what is resent: a BOD's own bytes survive editing everywhere the person did
// not edit, in the document's own encoding.
#include "bod/bodbytes.h"
#include "bod/bodformatter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A Latin-1 BOD with CRLF line ends, a whitespace-only value, CDATA and a no-break space.
const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n"
                          "<SyncItemMaster>\r\n"
                          "  <Name>Cr\xE8me br\xFBl\xE9\x65</Name>\r\n"
                          "  <Blank> </Blank>\r\n"
                          "  <Note><![CDATA[  a < b  ]]></Note>\r\n"
                          "  <Code>A\xA0" "B</Code>\r\n"
                          "</SyncItemMaster>\r\n";
} // namespace

class TestBodBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unchangedIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("latin-1, CRLF") << latin1 << "ISO-8859-1"_ba;
        QTest::newRow("utf-8, one line, no final newline") << "<a><b> </b><c>\xC3\xA9</c></a>"_ba << "UTF-8"_ba;
        QTest::newRow("utf-8 BOM") << "\xEF\xBB\xBF<?xml version='1.0'?>\n<a/>\n"_ba << "UTF-8"_ba;
        QTest::newRow("invalid utf-8 byte") << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\xE9</a>\n"_ba << "UTF-8"_ba;
        const QString text = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<a>\u00e9\u20ac</a>"_s;
        QByteArray utf16("\xFF\xFE");
        utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16 BOM") << utf16 << "UTF-16LE"_ba;
        QTest::newRow("windows-1252") << "<?xml version='1.0' encoding='windows-1252'?><a>\x80</a>"_ba << "windows-1252"_ba;
        QTest::newRow("empty") << QByteArray() << "UTF-8"_ba;
    }
    void unchangedIsByteIdentical()
    {
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, encoding);
        const BodBytes bytes(document);
        QCOMPARE(bytes.encoding(), encoding);
        QVERIFY(bytes.isEditable());
        QCOMPARE(bytes.withEdits(bytes.text()), document);
    }

    void anEditChangesOnlyItsLineInTheDocumentsEncoding()
    {
        const BodBytes bytes(latin1);
        QVERIFY(bytes.text().contains(u"Cr\u00e8me br\u00fbl\u00e9e"_s));
        QVERIFY(bytes.text().contains(u"A\u00a0B"_s)); // the no-break space is text, not a space
        QString text = bytes.text();
        text.replace(u"Cr\u00e8me"_s, u"Cr\u00e8me \u20ac5"_s); // the euro sign is not in Latin-1
        const QByteArray edited = bytes.withEdits(text);
        QByteArray expected = latin1;
        expected.replace("Cr\xE8me", "Cr\xE8me &#x20AC;5");
        QCOMPARE(edited, expected);
    }

    void addedAndRemovedLinesKeepTheOthersBytes()
    {
        const BodBytes bytes(latin1);
        QStringList lines = bytes.text().split(u'\n');
        lines.insert(2, u"  <New>\u00e9</New>"_s);
        QByteArray expected = latin1;
        expected.replace("<SyncItemMaster>\r\n", "<SyncItemMaster>\r\n  <New>\xE9</New>\r\n");
        QCOMPARE(bytes.withEdits(lines.join(u'\n')), expected);
        lines = bytes.text().split(u'\n');
        lines.removeAt(3); // <Blank>
        expected = latin1;
        expected.replace("  <Blank> </Blank>\r\n", "");
        QCOMPARE(bytes.withEdits(lines.join(u'\n')), expected);
        // Two edits far apart: the lines between keep their bytes too.
        lines = bytes.text().split(u'\n');
        lines[1] = u"<SyncItemMaster a=\"1\">"_s;
        lines[5] = u"  <Code>Z</Code>"_s;
        expected = latin1;
        expected.replace("<SyncItemMaster>\r\n", "<SyncItemMaster a=\"1\">\r\n").replace("A\xA0" "B", "Z");
        QCOMPARE(bytes.withEdits(lines.join(u'\n')), expected);
        // A stray byte that is not UTF-8 survives an edit of another line.
        const QByteArray stray = "<?xml version=\"1.0\"?>\n<a>\xE9</a>\n";
        const BodBytes strayBytes(stray);
        QCOMPARE(strayBytes.withEdits(strayBytes.text().replace(u"1.0"_s, u"1.1"_s)),
                 "<?xml version=\"1.1\"?>\n<a>\xE9</a>\n"_ba);
        // Text added after the last line.
        QCOMPARE(BodBytes("<a/>"_ba).withEdits(u"<a/>\n<!-- x -->"_s), "<a/>\n<!-- x -->"_ba);
    }

    void anEditedUtf16DocumentStaysUtf16()
    {
        const QString text = u"<a>\u00e9</a>"_s;
        QByteArray utf16("\xFF\xFE");
        utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const BodBytes bytes(utf16);
        const QByteArray edited = bytes.withEdits(u"<a>\u00e8</a>"_s);
        QVERIFY(edited.startsWith("\xFF\xFE"));
        QCOMPARE(QStringView(reinterpret_cast<const char16_t *>(edited.constData() + 2), (edited.size() - 2) / 2),
                 u"<a>\u00e8</a>");
    }

    // The large-document view's edits: lines by number, nothing else decoded or written again.
    void lineEditsAgreeWithWholeTextEdits()
    {
        const BodBytes bytes(latin1);
        QStringList lines = bytes.text().split(u'\n');
        lines[2] = u"  <Name>Cr\u00e8me \u20ac5</Name>"_s; // the euro sign is not in Latin-1
        lines[5] = u"  <Code>\u00fc</Code>"_s;
        const QMap<qsizetype, QString> edits {{2, lines[2]}, {5, lines[5]}};
        QVERIFY(BodBytes::isLineEditable(latin1));
        QCOMPARE(BodBytes::withLineEdits(latin1, edits), bytes.withEdits(lines.join(u'\n')));
        QVERIFY(BodBytes::withLineEdits(latin1, edits).contains("  <Code>\xFC</Code>\r\n"));
        QCOMPARE(BodBytes::withLineEdits(latin1, {}), latin1);
        // The first and the last line, a byte order mark kept, a line past the end changes nothing.
        const QByteArray bom = "\xEF\xBB\xBF<a>\n<b/>\n</a>"_ba;
        QCOMPARE(BodBytes::withLineEdits(bom, {{0, u"<z>"_s}, {2, u"</z>"_s}}), "\xEF\xBB\xBF<z>\n<b/>\n</z>"_ba);
        QCOMPARE(BodBytes::withLineEdits(bom, {{7, u"x"_s}}), bom);
        // An empty last line after the final line feed is a line too, as text() counts them.
        QCOMPARE(BodBytes::withLineEdits("<a/>\n"_ba, {{1, u"<!-- x -->"_s}}), "<a/>\n<!-- x -->"_ba);
        // Not line by line: UTF-16, or an encoding Qt does not know.
        QByteArray utf16("\xFF\xFE<\0a\0/\0>\0", 10);
        QVERIFY(!BodBytes::isLineEditable(utf16));
        QVERIFY(BodBytes::withLineEdits(utf16, {{0, u"<b/>"_s}}).isEmpty());
        QVERIFY(!BodBytes::isLineEditable("<?xml version='1.0' encoding='x-no-such-charset'?><a/>"_ba));
    }

    void anEncodingWithoutCodecIsNotEditable()
    {
        const BodBytes bytes("<?xml version='1.0' encoding='x-no-such-charset'?><a/>"_ba);
        QVERIFY(!bytes.isEditable());
        QVERIFY(bytes.withEdits(u"<b/>"_s).isEmpty());
    }

    void theIndentedViewKeepsWhitespaceOnlyValues()
    {
        const QByteArray pretty = BodFormatter::pretty("<a><b> </b><c>\n  <d>x</d>\n</c><e><![CDATA[ ]]></e></a>");
        QVERIFY2(pretty.contains("<b> </b>"), pretty.constData());
        QVERIFY2(pretty.contains("<![CDATA[ ]]>"), pretty.constData());
        QVERIFY2(pretty.contains("<c>\n    <d>"), pretty.constData()); // layout whitespace is re-indented
    }
};

QTEST_GUILESS_MAIN(TestBodBytes)
#include "tst_bodbytes.moc"
