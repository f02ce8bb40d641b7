// SPDX-License-Identifier: GPL-3.0-or-later
// The BOD parser and formatter: every payload from the message log, a file or the clipboard.
#include "bod/bodformatter.h"
#include "bod/bodparser.h"
#include "fuzzinput.h"

IONWB_FUZZ_TARGET
{
    const QByteArray xml = fuzzBytes(data, size);
    const BodDocument doc = BodParser::parse(xml);
    (void)doc.facts.documentName();
    const QByteArray pretty = BodFormatter::pretty(xml);
    (void)BodParser::parse(pretty);
    return 0;
}
