// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct HttpOutcome;

// What an answer to a resubmitted document means for it (DOMAIN.md section 10), apart from
// what the resubmitter then does about it.
struct ImsAnswer
{
    enum class Meaning {
        Accepted,  // 2xx: IMS took it
        SendAgain, // refused before anything was accepted (503, 429, 401, connection refused)
        AskTheLog, // it may have been accepted (500, 502, 504, timeout, a dropped connection)
        Refused,   // the document itself was refused (other 4xx): sending again cannot help
        NoToken,   // the token endpoint failed, not IMS: the document was never sent
    };
    Meaning meaning = Meaning::AskTheLog;
    int retryAfterMs = -1; // a 429's Retry-After, when it gave one
    QString reason;

    static ImsAnswer of(const HttpOutcome &outcome);
};
