// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/xmllinetokenizer.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A large text's lines found once: where each line starts in its UTF-8 bytes, and the XML
// colouring state every CheckpointLines lines, so a view can show and colour any of millions of
// lines without reading what comes before it, and without a copy of the text.
class LineIndex
{
public:
    static constexpr qsizetype CheckpointLines = 64;

    LineIndex() = default;
    // Every line of `utf8` (cut at LF; a CR before it is not part of the line), with checkpoints.
    // Linear in the size: for a large text, build it on a worker.
    static LineIndex build(const QByteArray &utf8);
    // Only the whole lines within the first `bytes` of `utf8`: a first screen while build() runs.
    static LineIndex ofStart(const QByteArray &utf8, qsizetype bytes);

    qsizetype lineCount() const { return m_starts.size(); }
    bool isEmpty() const { return m_starts.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }
    qsizetype longestLineBytes() const { return m_longest; }
    // Line `line` (from 0) without its terminator, and without a byte order mark.
    QByteArrayView lineBytes(qsizetype line) const;
    QString lineText(qsizetype line) const { return QString::fromUtf8(lineBytes(line)); }
    qsizetype lineStart(qsizetype line) const { return m_starts.value(line, m_bytes.size()); }
    qsizetype lineAt(qsizetype offset) const; // the line holding byte `offset`
    // The colouring state open before `line`: the nearest checkpoint, walked forward.
    XmlLineTokenizer::State stateBefore(qsizetype line) const;
    // Where `needle` (UTF-8) next starts at or after byte `from`, ignoring ASCII case, wrapping
    // around to the start; -1 when it is nowhere. Linear: for a large text, call it on a worker.
    qsizetype find(QByteArrayView needle, qsizetype from) const;

private:
    QByteArray m_bytes;
    QList<qsizetype> m_starts;
    QList<XmlLineTokenizer::State> m_checkpoints; // before lines 0, CheckpointLines, 2 * CheckpointLines, …
    qsizetype m_longest = 0;
    qsizetype m_end = 0; // where the indexed lines end (less than the size for ofStart)
};
