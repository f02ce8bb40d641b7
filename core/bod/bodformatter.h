// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Re-indents a BOD for reading. Only for documents BodParser read as XML (so no DOCTYPE and no
// entity is ever expanded here); anything else is returned unchanged.
namespace BodFormatter {
QByteArray pretty(const QByteArray &xml);
// The first whole lines of pretty(xml), formatted from its first `bytes` only: a large document's
// first screen while the rest is formatted. Empty when that start cannot be formatted.
QByteArray prettyStart(const QByteArray &xml, qsizetype bytes);
// Whether `xml` already has lines short enough to read (judged from its first megabyte): a large
// document is then shown with its own lines, not re-indented.
bool hasReadableLines(const QByteArray &xml);
// `xml`'s text as UTF-8, line for line: its own bytes when it is UTF-8, else decoded from its
// declared encoding. Empty when Qt cannot decode that encoding.
QByteArray asUtf8(const QByteArray &xml);
}
