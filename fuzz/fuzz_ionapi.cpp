// SPDX-License-Identifier: GPL-3.0-or-later
// The .ionapi reader: any bytes a person may import or drop on the window.
#include "connection/ionapifile.h"
#include "fuzzinput.h"

IONWB_FUZZ_TARGET
{
    IonApiError error;
    if (const auto file = IonApiFile::parse(fuzzBytes(data, size), &error)) {
        (void)file->describe();
        (void)file->toJson();
        (void)file->tokenEndpoint();
    }
    return 0;
}
