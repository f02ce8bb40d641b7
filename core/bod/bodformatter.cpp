// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/bodformatter.h"

#include "bod/bodbytes.h"
#include "bod/xmlshapecheck.h"

#include <QStringDecoder>

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {
// Writes `xml` re-indented into `out`; false when it must be shown as it came (a DTD, an entity).
bool writeIndented(QXmlStreamReader &reader, QByteArray *out)
{
    QXmlStreamWriter writer(out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    // Whitespace between elements is layout (the writer indents on its own), but the
    // whitespace-only value of an element without children (`<b> </b>`) is data: it is kept.
    QString pendingWhitespace;
    bool afterStart = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return false;
        if (token == QXmlStreamReader::Characters && reader.isWhitespace() && !reader.isCDATA()) {
            if (afterStart)
                pendingWhitespace += reader.text();
            continue;
        }
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::EndElement && !pendingWhitespace.isEmpty())
            writer.writeCharacters(pendingWhitespace);
        pendingWhitespace.clear();
        afterStart = token == QXmlStreamReader::StartElement;
        writer.writeCurrentToken(reader);
    }
    return true;
}
} // namespace

QByteArray BodFormatter::pretty(const QByteArray &xml)
{
    if (XmlShapeCheck::check(xml))
        return xml; // the parser names the problem; formatting it would take minutes
    QByteArray out;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false); // keep the document's own prefixes and xmlns
    if (!writeIndented(reader, &out))
        return xml;
    return reader.hasError() ? xml : out;
}

QByteArray BodFormatter::prettyStart(const QByteArray &xml, qsizetype bytes)
{
    // A bounded start is cheap to read whatever its shape; the whole document is checked by pretty().
    QByteArray out;
    QXmlStreamReader reader(xml.left(bytes));
    reader.setNamespaceProcessing(false);
    // The start ends in the middle of the document: only that error is expected.
    if (!writeIndented(reader, &out)
        || (reader.hasError() && reader.error() != QXmlStreamReader::PrematureEndOfDocumentError))
        return {};
    return out.left(out.lastIndexOf('\n') + 1);
}

bool BodFormatter::hasReadableLines(const QByteArray &xml)
{
    // A line a screen or two wide on average; one long line (a document written without breaks)
    // is re-indented instead.
    constexpr qsizetype Sample = 1024 * 1024;
    constexpr qsizetype LongestAverage = 1024;
    const QByteArrayView start = QByteArrayView(xml).first(qMin(Sample, xml.size()));
    return start.count('\n') + 1 >= start.size() / LongestAverage;
}

QByteArray BodFormatter::asUtf8(const QByteArray &xml)
{
    const QByteArray encoding = BodBytes::declaredEncoding(xml).toUpper();
    if (encoding == "UTF-8" || encoding == "UTF8" || encoding == "US-ASCII" || encoding == "ASCII")
        return xml;
    QStringDecoder decoder(encoding.constData());
    if (!decoder.isValid())
        return {};
    return QString(decoder.decode(xml)).toUtf8();
}
