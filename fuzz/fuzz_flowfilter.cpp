// SPDX-License-Identifier: GPL-3.0-or-later
// Document-flow filters and their evaluation: the input's first line is the filter, the rest
// the BOD it is evaluated on (routing files, the Filter Tester, the sandbox's router).
#include "fuzzinput.h"
#include "routing/flowfilter.h"

IONWB_FUZZ_TARGET
{
    const QByteArray input = fuzzBytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString text = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    QString error;
    if (const auto filter = FlowFilter::parse(text, &error); filter && newline >= 0)
        (void)filter->evaluate(input.mid(newline + 1));
    return 0;
}
