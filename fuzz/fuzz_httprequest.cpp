// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP request parser, fed in pieces whose sizes come from the input itself, so
// that every way of splitting a request across reads is tried.
#include "fuzzinput.h"
#include "httprequestparser.h"

IONWB_FUZZ_TARGET
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray input = fuzzBytes(data + 1, size - 1);
    HttpRequestParser::Limits limits;
    limits.maxHeadBytes = 4096;
    limits.maxBodyBytes = 4096;
    HttpRequestParser parser(limits);
    for (qsizetype at = 0; at < input.size(); at += piece) {
        parser.feed(input.mid(at, piece));
        for (auto state = parser.next(); state != HttpRequestParser::State::NeedMore; state = parser.next()) {
            if (state == HttpRequestParser::State::Error)
                return 0;
            if (state == HttpRequestParser::State::Complete) {
                const HttpRequest r = parser.takeRequest();
                (void)r.form();
                (void)r.query.queryItems(QUrl::FullyDecoded);
            }
        }
    }
    return 0;
}
