// SPDX-License-Identifier: GPL-3.0-or-later
// The message-log filter grammar: typed in the filter bar, saved searches, `log search`.
#include "fuzzinput.h"
#include "messagelog/oneviewfilter.h"

IONWB_FUZZ_TARGET
{
    QString error;
    if (const auto filter = OneViewFilter::parse(fuzzText(data, size), &error)) {
        QVariantList bindings;
        (void)filter->toSql(&bindings); // what the sandbox and the store run
    }
    return 0;
}
