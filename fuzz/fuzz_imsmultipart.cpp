// SPDX-License-Identifier: GPL-3.0-or-later
// The IMS multipart reader: the input's first line is the Content-Type header, the rest the body.
#include "fuzzinput.h"
#include "multipartbody.h"

IONWB_FUZZ_TARGET
{
    const QByteArray input = fuzzBytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    if (const auto parts = MultipartBody::parse(input.left(newline), input.mid(newline + 1))) {
        for (auto it = parts->cbegin(); it != parts->cend(); ++it)
            (void)it.value().size();
    }
    return 0;
}
