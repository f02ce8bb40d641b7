// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/xmlshapecheck.h"

#include "bod/parsinglimits.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// A cursor over the bytes that counts lines as it moves.
struct Cursor
{
    const char *data;
    qsizetype size;
    qsizetype pos = 0;
    qint64 line = 1;

    bool startsWith(const char *s) const
    {
        const qsizetype n = qsizetype(std::strlen(s));
        return pos + n <= size && std::memcmp(data + pos, s, size_t(n)) == 0;
    }
    // Moves past the next `end`, or to the end of the data; returns the bytes skipped.
    qsizetype skipPast(const char *end)
    {
        const qsizetype n = qsizetype(std::strlen(end));
        const qsizetype start = pos;
        while (pos < size && !startsWith(end))
            advance();
        pos = std::min(size, pos + n);
        return pos - start;
    }
    void advance()
    {
        if (data[pos] == '\n')
            ++line;
        ++pos;
    }
};

} // namespace

std::optional<XmlShapeCheck::Violation> XmlShapeCheck::check(const QByteArray &xml)
{
    Cursor c {xml.constData(), xml.size()};
    qsizetype textBytes = 0; // of the current text node, CDATA included
    qint64 textLine = 1;
    auto textTooLarge = [&]() -> std::optional<Violation> {
        if (textBytes <= ParsingLimits::MaxTextNodeBytes)
            return std::nullopt;
        return Violation {u"text-too-large"_s,
                          tr("A text node of more than %1 MB starts here; the limit is %1 MB.")
                              .arg(ParsingLimits::MaxTextNodeBytes / (1024 * 1024)),
                          textLine};
    };
    while (c.pos < c.size) {
        if (c.data[c.pos] != '<') {
            if (textBytes == 0)
                textLine = c.line;
            ++textBytes;
            c.advance();
            if (textBytes > ParsingLimits::MaxTextNodeBytes)
                return textTooLarge();
            continue;
        }
        if (c.startsWith("<!--")) {
            c.skipPast("-->");
        } else if (c.startsWith("<![CDATA[")) {
            if (textBytes == 0)
                textLine = c.line;
            textBytes += c.skipPast("]]>");
            if (auto v = textTooLarge())
                return v;
        } else if (c.startsWith("<?")) {
            c.skipPast("?>");
        } else if (c.startsWith("<!")) {
            c.skipPast(">"); // a DOCTYPE: the parsers refuse it themselves
        } else {
            // A start or end tag: count its attributes (an '=' outside quotes) up to its '>'.
            textBytes = 0;
            const qint64 tagLine = c.line;
            int attributes = 0;
            char quote = 0;
            for (c.advance(); c.pos < c.size; c.advance()) {
                const char ch = c.data[c.pos];
                if (quote) {
                    if (ch == quote)
                        quote = 0;
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '=') {
                    if (++attributes > ParsingLimits::MaxAttributesPerElement)
                        return Violation {u"too-many-attributes"_s,
                                          tr("An element here has more than %1 attributes; the limit is %1.")
                                              .arg(ParsingLimits::MaxAttributesPerElement),
                                          tagLine};
                } else if (ch == '>') {
                    c.advance();
                    break;
                }
            }
        }
    }
    return std::nullopt;
}
