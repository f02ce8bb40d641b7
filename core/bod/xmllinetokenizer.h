// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

// Colours XML one line at a time, carrying what is still open at the line's end (a comment, a
// tag's attributes, a quoted value, CDATA, a declaration) to the next. The inspector's built-in
// highlighter and the large-document view both use it, so a document looks the same in either;
// the view keeps the state at checkpoints and colours only the lines it paints.
namespace XmlLineTokenizer {
enum class Kind : quint8 { Tag, Attribute, Value, Comment, Declaration };
struct Span
{
    int start = 0;
    int length = 0;
    Kind kind = Kind::Tag;
};
enum State : quint8 { Text = 0, InComment, InTag, InDoubleQuoted, InSingleQuoted, InCData, InDeclaration };

// The spans of `line` (in order, not overlapping) when `state` was open before it; returns the
// state open after it. `spans` may be null when only the state is wanted.
State tokenize(QStringView line, State state, QList<Span> *spans);
// The same for a line of UTF-8 bytes, without decoding it: the state only (XML's markup is ASCII).
State advance(const char *line, qsizetype length, State state);
} // namespace XmlLineTokenizer
