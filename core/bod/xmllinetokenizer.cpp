// SPDX-License-Identifier: GPL-3.0-or-later
#include "bod/xmllinetokenizer.h"

namespace XmlLineTokenizer {
namespace {
bool isNameChar(char16_t c)
{
    return c > 0x7F || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u':'
        || c == u'_' || c == u'-' || c == u'.';
}

// One walk for both entry points: `Char` is QChar's code unit or a byte; markup is ASCII in both.
template<typename Char>
struct Walker
{
    const Char *s;
    qsizetype n;
    QList<Span> *spans;

    void add(qsizetype from, qsizetype to, Kind kind) const
    {
        if (spans && to > from)
            spans->append({int(from), int(to - from), kind});
    }
    qsizetype find(qsizetype from, const char *what) const
    {
        for (qsizetype i = from; i < n; ++i) {
            qsizetype k = 0;
            while (what[k] && i + k < n && s[i + k] == Char(what[k]))
                ++k;
            if (!what[k])
                return i;
        }
        return -1;
    }
    bool at(qsizetype i, const char *what) const
    {
        for (qsizetype k = 0; what[k]; ++k)
            if (i + k >= n || s[i + k] != Char(what[k]))
                return false;
        return true;
    }
    // Runs to the end of something closed by `close`; the state when the line ends first.
    State closeBy(qsizetype &i, const char *close, Kind kind, State open) const
    {
        const qsizetype end = find(i, close);
        const qsizetype stop = end < 0 ? n : end + qsizetype(strlen(close));
        add(i, stop, kind);
        i = stop;
        return end < 0 ? open : Text;
    }
    State quoted(qsizetype &i, Char quote, State open) const
    {
        qsizetype j = i;
        while (j < n && s[j] != quote)
            ++j;
        const bool closed = j < n;
        add(i, closed ? j + 1 : n, Kind::Value);
        i = closed ? j + 1 : n;
        return closed ? InTag : open;
    }

    State run(State state) const
    {
        qsizetype i = 0;
        while (i < n) {
            switch (state) {
            case InComment:
                state = closeBy(i, "-->", Kind::Comment, InComment);
                break;
            case InCData:
                state = closeBy(i, "]]>", Kind::Value, InCData);
                break;
            case InDeclaration: {
                const qsizetype end = find(i, ">");
                const qsizetype stop = end < 0 ? n : end + 1;
                add(i, stop, Kind::Declaration);
                i = stop;
                state = end < 0 ? InDeclaration : Text;
                break;
            }
            case InDoubleQuoted:
                state = quoted(i, Char('"'), InDoubleQuoted);
                break;
            case InSingleQuoted:
                state = quoted(i, Char('\''), InSingleQuoted);
                break;
            case InTag: {
                const Char c = s[i];
                if (c == Char('>') || (c == Char('/') && at(i, "/>"))) {
                    const qsizetype stop = c == Char('>') ? i + 1 : i + 2;
                    add(i, stop, Kind::Tag);
                    i = stop;
                    state = Text;
                } else if (c == Char('"') || c == Char('\'')) {
                    const qsizetype start = i++;
                    const qsizetype before = spans ? spans->size() : 0;
                    state = quoted(i, c, c == Char('"') ? InDoubleQuoted : InSingleQuoted);
                    if (spans && spans->size() == before) // an opening quote that ends the line
                        add(start, i, Kind::Value);
                    else if (spans) // the opening quote belongs to the value
                        spans->last() = {int(start), int(i - start), Kind::Value};
                } else if (isNameChar(char16_t(c))) {
                    qsizetype j = i;
                    while (j < n && isNameChar(char16_t(s[j])))
                        ++j;
                    add(i, j, Kind::Attribute);
                    i = j;
                } else {
                    ++i; // spaces and '='
                }
                break;
            }
            case Text: {
                qsizetype open = i;
                while (open < n && s[open] != Char('<'))
                    ++open;
                if (open >= n)
                    return Text;
                i = open;
                if (at(i, "<!--")) {
                    const qsizetype end = find(i + 4, "-->");
                    const qsizetype stop = end < 0 ? n : end + 3;
                    add(i, stop, Kind::Comment);
                    i = stop;
                    state = end < 0 ? InComment : Text;
                } else if (at(i, "<![CDATA[")) {
                    add(i, i + 9, Kind::Tag);
                    i += 9;
                    state = closeBy(i, "]]>", Kind::Value, InCData);
                } else if (at(i, "<?")) {
                    state = closeBy(i, "?>", Kind::Declaration, InDeclaration);
                } else if (at(i, "<!")) {
                    state = InDeclaration;
                } else {
                    qsizetype j = i + 1;
                    if (j < n && s[j] == Char('/'))
                        ++j;
                    while (j < n && isNameChar(char16_t(s[j])))
                        ++j;
                    if (j < n && s[j] == Char('>'))
                        ++j; // "</Name>" in one span
                    add(i, j, Kind::Tag);
                    state = j > i && s[j - 1] == Char('>') && j - i > 1 ? Text : InTag;
                    i = j;
                }
                break;
            }
            }
        }
        return state;
    }
};
} // namespace

State tokenize(QStringView line, State state, QList<Span> *spans)
{
    if (spans)
        spans->clear();
    return Walker<char16_t> {reinterpret_cast<const char16_t *>(line.utf16()), line.size(), spans}.run(state);
}

State advance(const char *line, qsizetype length, State state)
{
    return Walker<char> {line, length, nullptr}.run(state);
}
} // namespace XmlLineTokenizer
