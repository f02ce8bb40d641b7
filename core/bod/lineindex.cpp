// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/lineindex.h"

#include <algorithm>
#include <cstring>

namespace {
char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

qsizetype findIgnoringCase(QByteArrayView hay, QByteArrayView needle, qsizetype from, qsizetype to)
{
    const char first = lower(needle[0]);
    const qsizetype last = qMin(to, hay.size() - needle.size());
    for (qsizetype i = qMax<qsizetype>(0, from); i <= last; ++i) {
        if (lower(hay[i]) == first && qstrnicmp(hay.data() + i, needle.data(), needle.size()) == 0)
            return i;
    }
    return -1;
}
} // namespace

LineIndex LineIndex::build(const QByteArray &utf8)
{
    LineIndex index = ofStart(utf8, utf8.size());
    return index;
}

LineIndex LineIndex::ofStart(const QByteArray &utf8, qsizetype bytes)
{
    LineIndex index;
    index.m_bytes = utf8;
    const char *data = utf8.constData();
    const qsizetype size = qMin(bytes, utf8.size());
    const bool whole = size == utf8.size();
    index.m_starts.reserve(whole ? size / 40 + 1 : 1024);
    XmlLineTokenizer::State state = XmlLineTokenizer::Text;
    qsizetype from = 0;
    while (from < size || (whole && from == size && (size == 0 || data[size - 1] == '\n'))) {
        const void *nl = std::memchr(data + from, '\n', size_t(size - from));
        if (!nl && !whole)
            break; // a line cut by the end of the start is left for build()
        const qsizetype end = nl ? static_cast<const char *>(nl) - data : size;
        if (index.m_starts.size() % CheckpointLines == 0)
            index.m_checkpoints.append(state);
        index.m_starts.append(from);
        state = XmlLineTokenizer::advance(data + from, end - from, state);
        index.m_longest = qMax(index.m_longest, end - from);
        index.m_end = end;
        from = end + 1;
        if (!nl)
            break;
    }
    return index;
}

QByteArrayView LineIndex::lineBytes(qsizetype line) const
{
    if (line < 0 || line >= m_starts.size())
        return {};
    qsizetype from = m_starts[line];
    qsizetype end = line + 1 < m_starts.size() ? m_starts[line + 1] - 1 : m_end;
    if (end > from && m_bytes[end - 1] == '\r')
        --end;
    if (line == 0 && m_bytes.startsWith("\xEF\xBB\xBF"))
        from = qMin<qsizetype>(3, end);
    return QByteArrayView(m_bytes.constData() + from, end - from);
}

qsizetype LineIndex::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return qMax<qsizetype>(0, (it - m_starts.cbegin()) - 1);
}

XmlLineTokenizer::State LineIndex::stateBefore(qsizetype line) const
{
    if (line <= 0 || m_checkpoints.isEmpty())
        return XmlLineTokenizer::Text;
    line = qMin(line, lineCount());
    const qsizetype checkpoint = qMin((line) / CheckpointLines, m_checkpoints.size() - 1);
    XmlLineTokenizer::State state = m_checkpoints[checkpoint];
    for (qsizetype l = checkpoint * CheckpointLines; l < line; ++l) {
        const QByteArrayView bytes = lineBytes(l);
        state = XmlLineTokenizer::advance(bytes.data(), bytes.size(), state);
    }
    return state;
}

qsizetype LineIndex::find(QByteArrayView needle, qsizetype from) const
{
    if (needle.isEmpty())
        return -1;
    const qsizetype after = findIgnoringCase(m_bytes, needle, from, m_bytes.size());
    return after >= 0 ? after : findIgnoringCase(m_bytes, needle, 0, from - 1);
}
