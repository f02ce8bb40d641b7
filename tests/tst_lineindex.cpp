// SPDX-License-Identifier: GPL-3.0-or-later
// The large-document view's ground: a text's lines found once, and XML coloured a line at a time
// from a state carried over lines, equal wherever the colouring starts from a checkpoint.
#include "bod/lineindex.h"
#include "bod/xmllinetokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using XmlLineTokenizer::Kind;

namespace {
QString spansOf(const QString &line, XmlLineTokenizer::State state = XmlLineTokenizer::Text,
                XmlLineTokenizer::State *after = nullptr)
{
    QList<XmlLineTokenizer::Span> spans;
    const auto end = XmlLineTokenizer::tokenize(line, state, &spans);
    if (after)
        *after = end;
    static const char *names[] = {"tag", "attr", "value", "comment", "decl"};
    QStringList out;
    for (const auto &s : spans)
        out << u"%1[%2]"_s.arg(QLatin1StringView(names[int(s.kind)]), line.mid(s.start, s.length));
    return out.join(u' ');
}
} // namespace

class TestLineIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenizesALine()
    {
        QCOMPARE(spansOf(u"<?xml version=\"1.0\"?>"_s), u"decl[<?xml version=\"1.0\"?>]"_s);
        QCOMPARE(spansOf(u"  <Quantity unitCode=\"EA\" x='1'>5</Quantity>"_s),
                 u"tag[<Quantity] attr[unitCode] value[\"EA\"] attr[x] value['1'] tag[>] tag[</Quantity>]"_s);
        QCOMPARE(spansOf(u"<a/><!-- note --><b><![CDATA[ <x> ]]></b>"_s),
                 u"tag[<a] tag[/>] comment[<!-- note -->] tag[<b>] tag[<![CDATA[] value[ <x> ]]>] tag[</b>]"_s);
        QCOMPARE(spansOf(u"plain text & more"_s), QString());
        QCOMPARE(spansOf(u"<Name>Cr\u00e8me</Name>"_s), u"tag[<Name>] tag[</Name>]"_s);
    }

    void carriesWhatIsOpenToTheNextLine()
    {
        XmlLineTokenizer::State state;
        QCOMPARE(spansOf(u"<a> <!-- starts"_s, XmlLineTokenizer::Text, &state), u"tag[<a>] comment[<!-- starts]"_s);
        QCOMPARE(state, XmlLineTokenizer::InComment);
        QCOMPARE(spansOf(u"<still> a comment"_s, state, &state), u"comment[<still> a comment]"_s);
        QCOMPARE(spansOf(u"ends --><b>"_s, state, &state), u"comment[ends -->] tag[<b>]"_s);
        QCOMPARE(state, XmlLineTokenizer::Text);
        QCOMPARE(spansOf(u"<Item id=\"first"_s, state, &state), u"tag[<Item] attr[id] value[\"first]"_s);
        QCOMPARE(state, XmlLineTokenizer::InDoubleQuoted);
        QCOMPARE(spansOf(u"second\" b=\"2\""_s, state, &state), u"value[second\"] attr[b] value[\"2\"]"_s);
        QCOMPARE(state, XmlLineTokenizer::InTag);
        QCOMPARE(spansOf(u"/>"_s, state, &state), u"tag[/>]"_s);
        QCOMPARE(state, XmlLineTokenizer::Text);
        // The byte walk (for checkpoints) ends in the same states as the character walk.
        QCOMPARE(XmlLineTokenizer::advance("<x a='", 6, XmlLineTokenizer::Text), XmlLineTokenizer::InSingleQuoted);
        QCOMPARE(XmlLineTokenizer::advance("<![CDATA[ a", 11, XmlLineTokenizer::Text), XmlLineTokenizer::InCData);
    }

    void findsLinesWithTheirEnds()
    {
        const QByteArray text = "\xEF\xBB\xBF<a>\r\n  <b/>\n\n</a>\n"_ba;
        const LineIndex index = LineIndex::build(text);
        QCOMPARE(index.lineCount(), 5); // the empty line after the last line feed counts, as BodBytes counts
        QCOMPARE(index.lineText(0), u"<a>"_s); // no byte order mark, no CR
        QCOMPARE(index.lineText(1), u"  <b/>"_s);
        QCOMPARE(index.lineText(2), QString());
        QCOMPARE(index.lineText(3), u"</a>"_s);
        QCOMPARE(index.lineText(4), QString());
        QCOMPARE(index.lineText(5), QString()); // past the end
        QCOMPARE(index.lineAt(text.indexOf("<b/>")), 1);
        QCOMPARE(index.lineAt(text.size() - 1), 3);
        QCOMPARE(index.longestLineBytes(), 7); // the first, with its mark and CR
        QCOMPARE(LineIndex::build({}).lineCount(), 1);
        QCOMPARE(LineIndex::build("no end"_ba).lineText(0), u"no end"_s);
        // The start only: whole lines, never one cut by the end of the start.
        const LineIndex start = LineIndex::ofStart(text, text.indexOf("</a>") + 2);
        QCOMPARE(start.lineCount(), 3);
        QCOMPARE(start.lineText(2), QString());
    }

    void findsIgnoringCaseAndWraps()
    {
        const LineIndex index = LineIndex::build("<a>Crème</a>\n<b>crème BRÛLÉE</b>\n"_ba);
        QCOMPARE(index.find("CR", 0), 3);
        QCOMPARE(index.find("cr", 4), 17);                     // the next one
        QCOMPARE(index.find("cr", 18), 3);                     // wrapped around to the first
        QCOMPARE(index.find("brÛlée"_ba, 0), -1);             // only ASCII letters ignore case
        QCOMPARE(index.find("BRÛLÉE", 0), 24);
        QCOMPARE(index.find("absent", 5), -1);
        QCOMPARE(index.find("", 0), -1);
        QCOMPARE(index.find("</b>\n", 0), index.bytes().size() - 5); // up to the last byte
    }

    // A state taken from a checkpoint and walked forward is the state of reading every line
    // before: comments and values open across checkpoint boundaries included.
    void checkpointsGiveTheStateOfEveryLine()
    {
        QByteArray text;
        for (int i = 0; i < 1000; ++i) {
            if (i % 97 == 60)
                text += "<!-- a comment over\nlines\n-->";
            else if (i % 89 == 63)
                text += "<x a=\"over\nthe end\"/>";
            else
                text += "<Line n=\"" + QByteArray::number(i) + "\">value</Line>";
            text += '\n';
        }
        const LineIndex index = LineIndex::build(text);
        QVERIFY(index.lineCount() > 3 * LineIndex::CheckpointLines);
        XmlLineTokenizer::State sequential = XmlLineTokenizer::Text;
        int open = 0;
        for (qsizetype line = 0; line < index.lineCount(); ++line) {
            QCOMPARE(index.stateBefore(line), sequential);
            open += sequential != XmlLineTokenizer::Text;
            sequential = XmlLineTokenizer::tokenize(index.lineText(line), sequential, nullptr);
        }
        QVERIFY(open > 20); // the walk did cross open comments and values
    }
};

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
