// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// A BOD's own bytes as a person edits them, and back. What failed is what is resent: the text
// a person edits is the document decoded from its declared encoding (not a re-formatted copy),
// and the edit is written back so that every line the person did not change keeps its exact
// bytes, and changed lines are written in the document's own encoding (a character the
// encoding cannot hold becomes a character reference).
class BodBytes
{
public:
    explicit BodBytes(const QByteArray &original);

    const QByteArray &original() const { return m_original; }
    // The encoding named by the BOM or the XML declaration ("UTF-8" when neither says).
    QByteArray encoding() const { return m_encoding; }
    // False when Qt has no codec for the declared encoding: the document can be resent as it
    // is, but not edited.
    bool isEditable() const { return m_editable; }
    // The text to edit: one line per line of the document, without line terminators (the
    // document's own, LF or CRLF, are put back by withEdits()).
    QString text() const { return m_text; }
    // The document with `edited` (a changed copy of text()) applied. Equal to the original,
    // byte for byte, when nothing was changed.
    QByteArray withEdits(const QString &edited) const;

    static QByteArray declaredEncoding(const QByteArray &document);
    // Whether single lines of `document` can be replaced in place: an encoding Qt knows in
    // which a 0x0A byte is always a line feed (not UTF-16 or UTF-32).
    static bool isLineEditable(const QByteArray &document);
    // `document` with the lines in `edits` (by number from 0, as text() counts them) replaced,
    // each in the document's encoding with its own terminator; every other byte is kept. For a
    // large document: nothing is decoded but the edited lines. Empty when !isLineEditable().
    static QByteArray withLineEdits(const QByteArray &document, const QMap<qsizetype, QString> &edits);

private:
    QByteArray encodeLine(QStringView line) const { return encodeLine(m_encoding, line); }
    static QByteArray encodeLine(const QByteArray &encoding, QStringView line);

    QByteArray m_original;
    QByteArray m_encoding;
    QByteArray m_bom;
    QList<QByteArray> m_rawLines; // each with its terminator, as in the document
    QStringList m_lines;          // decoded, without terminators
    QString m_text;
    QByteArray m_newline = "\n";
    bool m_editable = true;
    bool m_lineWise = true; // lines can be cut at 0x0A bytes (false for UTF-16 and UTF-32)
};
