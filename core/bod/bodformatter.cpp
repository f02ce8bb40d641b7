// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/bodformatter.h"

#include "bod/xmlshapecheck.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

QByteArray BodFormatter::pretty(const QByteArray &xml)
{
    if (XmlShapeCheck::check(xml))
        return xml; // the parser names the problem; formatting it would take minutes
    QByteArray out;
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false); // keep the document's own prefixes and xmlns
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    // Whitespace between elements is layout (the writer indents on its own), but the
    // whitespace-only value of an element without children (`<b> </b>`) is data: it is kept.
    QString pendingWhitespace;
    bool afterStart = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return xml;
        if (token == QXmlStreamReader::Characters && reader.isWhitespace() && !reader.isCDATA()) {
            if (afterStart)
                pendingWhitespace += reader.text();
            continue;
        }
        if (token == QXmlStreamReader::EndElement && !pendingWhitespace.isEmpty())
            writer.writeCharacters(pendingWhitespace);
        pendingWhitespace.clear();
        afterStart = token == QXmlStreamReader::StartElement;
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? xml : out;
}
