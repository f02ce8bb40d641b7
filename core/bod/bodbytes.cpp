// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/bodbytes.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace {
struct Bom
{
    QByteArray bytes;
    QByteArray encoding;
};

Bom bomOf(const QByteArray &d)
{
    if (d.startsWith("\xEF\xBB\xBF"))
        return {d.left(3), "UTF-8"};
    if (d.startsWith(QByteArray("\xFF\xFE\0\0", 4)))
        return {d.left(4), "UTF-32LE"};
    if (d.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        return {d.left(4), "UTF-32BE"};
    if (d.startsWith("\xFF\xFE"))
        return {d.left(2), "UTF-16LE"};
    if (d.startsWith("\xFE\xFF"))
        return {d.left(2), "UTF-16BE"};
    return {};
}

QByteArray terminatorOf(const QByteArray &rawLine)
{
    if (rawLine.endsWith("\r\n"))
        return "\r\n";
    return rawLine.endsWith('\n') ? "\n" : "";
}
} // namespace

QByteArray BodBytes::declaredEncoding(const QByteArray &document)
{
    if (const Bom bom = bomOf(document); !bom.encoding.isEmpty())
        return bom.encoding;
    if (document.startsWith(QByteArray("<\0?\0", 4)))
        return "UTF-16LE";
    if (document.startsWith(QByteArray("\0<\0?", 4)))
        return "UTF-16BE";
    if (!document.startsWith("<?xml"))
        return "UTF-8";
    const qsizetype end = document.indexOf("?>");
    const QByteArray declaration = document.left(end < 0 ? 256 : qMin<qsizetype>(end, 256));
    static const QRegularExpression encoding(uR"(\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["'])"_s);
    const auto match = encoding.match(QString::fromLatin1(declaration));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray("UTF-8");
}

BodBytes::BodBytes(const QByteArray &original)
    : m_original(original)
    , m_encoding(declaredEncoding(original))
    , m_bom(bomOf(original).bytes)
{
    const QByteArray upper = m_encoding.toUpper();
    m_lineWise = !upper.startsWith("UTF-16") && !upper.startsWith("UTF-32") && !upper.startsWith("UCS");
    QStringDecoder probe(m_encoding.constData());
    m_editable = probe.isValid();
    if (!m_editable)
        return;
    const QByteArray body = original.mid(m_bom.size());
    if (m_lineWise) {
        // Cut at 0x0A bytes (in an ASCII-compatible encoding always a line feed) and decode
        // line by line: a stray invalid byte then only affects its own line, which keeps its
        // bytes unless the person edits it.
        qsizetype from = 0;
        while (true) {
            const qsizetype nl = body.indexOf('\n', from);
            const QByteArray raw = nl < 0 ? body.mid(from) : body.mid(from, nl - from + 1);
            m_rawLines.append(raw);
            QByteArray content = raw;
            content.chop(terminatorOf(raw).size());
            QStringDecoder decoder(m_encoding.constData());
            m_lines.append(decoder.decode(content));
            if (nl < 0)
                break;
            from = nl + 1;
        }
    } else {
        QStringDecoder decoder(m_encoding.constData());
        QString whole = decoder.decode(body);
        if (whole.contains(u"\r\n"_s))
            m_newline = "\r\n";
        whole.replace(u"\r\n"_s, u"\n"_s);
        m_lines = whole.split(u'\n');
    }
    if (!m_rawLines.isEmpty() && terminatorOf(m_rawLines.first()) == "\r\n")
        m_newline = "\r\n";
    m_text = m_lines.join(u'\n');
}

bool BodBytes::isLineEditable(const QByteArray &document)
{
    const QByteArray encoding = declaredEncoding(document).toUpper();
    return !encoding.startsWith("UTF-16") && !encoding.startsWith("UTF-32") && !encoding.startsWith("UCS")
        && QStringDecoder(encoding.constData()).isValid();
}

QByteArray BodBytes::withLineEdits(const QByteArray &document, const QMap<qsizetype, QString> &edits)
{
    if (!isLineEditable(document))
        return {};
    if (edits.isEmpty())
        return document;
    const QByteArray encoding = declaredEncoding(document);
    const qsizetype bomSize = bomOf(document).bytes.size();
    QByteArray out;
    out.reserve(document.size() + 1024);
    qsizetype line = 0;
    qsizetype from = bomSize;
    qsizetype copiedTo = 0; // bytes before this are in `out` already
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        while (line < it.key()) { // skip to the edited line's start
            const qsizetype nl = document.indexOf('\n', from);
            if (nl < 0)
                return out + document.mid(copiedTo); // an edit past the last line changes nothing
            from = nl + 1;
            ++line;
        }
        const qsizetype nl = document.indexOf('\n', from);
        qsizetype end = nl < 0 ? document.size() : nl;
        if (end > from && document[end - 1] == '\r')
            --end;
        out += QByteArrayView(document).sliced(copiedTo, from - copiedTo);
        out += encodeLine(encoding, it.value());
        copiedTo = end; // the terminator stays the document's own
    }
    return out + QByteArrayView(document).sliced(copiedTo);
}

QByteArray BodBytes::encodeLine(const QByteArray &encoding, QStringView line)
{
    QStringEncoder encoder(encoding.constData());
    QByteArray whole = encoder.encode(line);
    if (!encoder.hasError())
        return whole;
    // Some character has no place in this encoding: it becomes a character reference.
    QByteArray out;
    for (qsizetype i = 0; i < line.size();) {
        const bool pair = line[i].isHighSurrogate() && i + 1 < line.size() && line[i + 1].isLowSurrogate();
        const QStringView one = line.mid(i, pair ? 2 : 1);
        QStringEncoder single(encoding.constData());
        const QByteArray bytes = single.encode(one);
        if (single.hasError()) {
            const char32_t code = pair ? QChar::surrogateToUcs4(one[0], one[1]) : one[0].unicode();
            out += "&#x" + QByteArray::number(quint32(code), 16).toUpper() + ';';
        } else {
            out += bytes;
        }
        i += one.size();
    }
    return out;
}

QByteArray BodBytes::withEdits(const QString &edited) const
{
    if (edited == m_text)
        return m_original;
    if (!m_editable)
        return {};
    const QStringList after = edited.split(u'\n');
    if (!m_lineWise) {
        QByteArray out = m_bom;
        for (qsizetype i = 0; i < after.size(); ++i) {
            QString line = after[i];
            if (i + 1 < after.size())
                line += QString::fromLatin1(m_newline);
            out += encodeLine(line);
        }
        return out;
    }
    // Lines the person did not touch keep their bytes: the unchanged head and tail are copied,
    // and only the lines between are written again.
    const qsizetype n = m_lines.size();
    const qsizetype m = after.size();
    const qsizetype shortest = qMin(n, m);
    qsizetype head = 0;
    while (head < shortest - 1 && m_lines[head] == after[head]) // the last line has no terminator
        ++head;
    qsizetype tail = 0;
    while (tail < shortest - head && m_lines[n - 1 - tail] == after[m - 1 - tail])
        ++tail;
    QByteArray out = m_bom;
    for (qsizetype i = 0; i < head; ++i)
        out += m_rawLines[i];
    const qsizetype changedBefore = n - head - tail;
    const qsizetype changedAfter = m - head - tail;
    for (qsizetype k = 0; k < changedAfter; ++k) {
        const qsizetype index = head + k;
        if (changedBefore == changedAfter) {
            // Same number of lines: line k replaces line k, and one left as it was keeps its bytes.
            const QByteArray &raw = m_rawLines[index];
            out += after[index] == m_lines[index] ? raw : encodeLine(after[index]) + terminatorOf(raw);
        } else {
            out += encodeLine(after[index]) + (index + 1 < m ? m_newline : QByteArray());
        }
    }
    for (qsizetype i = n - tail; i < n; ++i)
        out += m_rawLines[i];
    return out;
}
